/**
 * Streaming reader for EML 510a/b/c/d (Count). EML_NL 510 schema: Count/Election/Contests/Contest with
 * TotalVotes and/or ReportingUnitVotes; each holds Selections (an AffiliationIdentifier opens a list, the
 * Candidate selections after it belong to that list), Cast, TotalCounted, 2 RejectedVotes and up to 14
 * UncountedVotes, optionally preceded by kr:Initial* values in a corrigendum. The schema allows several
 * Contests per file (maxOccurs="unbounded"); each becomes its own CountFile.
 */
import type { XmlStream } from './xml-stream.ts';
import type { Position } from './xml-stream.ts';
import { attr, parseCount } from './common.ts';
import { createEmlReader } from './reader.ts';
import { postcodeFromName } from '../model/postcode.ts';
import type { CountFile, Level, ListVotes, Source, UnitCounts } from '../model/types.ts';

type CountKind = CountFile['kind'] & `510${string}`;

/** Level of the file's total and of its reporting units: 510a is one polling station (no units). */
const LEVELS: Record<CountKind, [Level, Level]> = {
  '510a': ['SB', 'SB'],
  '510b': ['GSB', 'SB'],
  '510c': ['HSB', 'GSB'],
  '510d': ['CSB', 'HSB'],
};

interface UnitBuilder {
  unit: UnitCounts;
  at: Position;
  seenCast: boolean;
  seenTotalCounted: boolean;
  rejectedCount: number;
  /** List numbers seen in this unit, each with the candidate keys seen under it (duplicates are errors). */
  seenLists: Map<string, Set<string>>;
}

interface ContestCounts {
  id: string | null;
  name: string | null;
  at: Position;
  total: UnitCounts | null;
  units: UnitCounts[];
  unitIds: Map<string, Position>;
}

export function create510Reader(xml: () => XmlStream, source: Source) {
  let countingMethod: string | null = null;
  let phase: string | null = null;
  const contests: ContestCounts[] = [];
  let contest: ContestCounts | null = null;
  let current: UnitBuilder | null = null;
  let currentList: ListVotes | null = null;
  /** The candidate keys seen under currentList in the current unit. */
  let currentKeys: Set<string> | null = null;
  // Selection state
  let selAt: Position = { line: 0, column: 0 };
  let selType: 'list' | 'candidate' | 'other' | null = null;
  let selId = '';
  let selShortCode: string | null = null;
  let selName = '';
  let selVotes: number | null = null;
  let selInitial: number | null = null;
  let seenCount = false;

  function newUnit(at: Position): UnitBuilder {
    return {
      unit: {
        id: '',
        name: '',
        level: 'SB',
        code: '',
        parent: null,
        cast: 0,
        totalCounted: 0,
        rejected: {},
        uncounted: {},
        lists: [],
        line: at.line,
        column: at.column,
      },
      at,
      seenCast: false,
      seenTotalCounted: false,
      rejectedCount: 0,
      seenLists: new Map(),
    };
  }

  function finishUnit(x: XmlStream, b: UnitBuilder, isTotal: boolean, at: Position): void {
    const what = isTotal ? 'TotalVotes' : `ReportingUnitVotes ${b.unit.id}`;
    if (b.unit.lists.length === 0) x.fail(`${what} has no Selection`, at);
    if (!b.seenCast) x.fail(`missing required element Cast in ${what}`, at);
    if (!b.seenTotalCounted) x.fail(`missing required element TotalCounted in ${what}`, at);
    if (b.rejectedCount !== 2)
      x.fail(`${what} must have 2 RejectedVotes (ongeldig, blanco), found ${b.rejectedCount}`, at);
  }

  return createEmlReader<CountFile[]>(xml, source, {
    accepted: ['510a', '510b', '510c', '510d'],
    open(name, attributes, path, at, x: XmlStream) {
      const depth = path.length;
      switch (name) {
        case 'Count':
          seenCount = true;
          break;
        case 'kr:CountingMethod':
          countingMethod = attr(attributes, 'MethodCode') ?? null;
          break;
        case 'kr:Phase':
          phase = attr(attributes, 'PhaseCode') ?? null;
          break;
        case 'Contest':
          contest = { id: null, name: null, at, total: null, units: [], unitIds: new Map() };
          contests.push(contest);
          break;
        case 'ContestIdentifier':
          if (contest) {
            contest.id = attr(attributes, 'Id') ?? null;
            if (!contest.id) x.fail('ContestIdentifier has no Id attribute', at);
          }
          break;
        case 'TotalVotes':
          if (contest?.total) x.fail('a second TotalVotes in one Contest', at);
          current = newUnit(at);
          break;
        case 'ReportingUnitVotes':
          current = newUnit(at);
          break;
        case 'ReportingUnitIdentifier':
          if (current && contest) {
            const id = attr(attributes, 'Id');
            if (!id) x.fail('ReportingUnitIdentifier has no Id attribute', at);
            const earlier = contest.unitIds.get(id);
            if (earlier) {
              x.fail(
                `reporting unit ${id} appears twice (first at line ${earlier.line}); a unit may be counted only once`,
                at,
              );
            }
            contest.unitIds.set(id, at);
            current.unit.id = id;
          }
          break;
        case 'Selection':
          selAt = at;
          selType = null;
          selId = '';
          selShortCode = null;
          selName = '';
          selVotes = null;
          selInitial = null;
          break;
        case 'AffiliationIdentifier':
          if (path[depth - 2] === 'Selection') {
            selType = 'list';
            selId = attr(attributes, 'Id') ?? '';
            if (!selId) x.fail('AffiliationIdentifier has no Id (the list number)', at);
          }
          break;
        case 'CandidateIdentifier':
          if (path[depth - 3] === 'Selection') {
            selType = 'candidate';
            selId = attr(attributes, 'Id') ?? '';
            selShortCode = attr(attributes, 'ShortCode') ?? null;
          }
          break;
        case 'ReferendumOptionIdentifier':
          selType = 'other';
          break;
        case 'RejectedVotes':
        case 'UncountedVotes':
        case 'kr:InitialRejectedVotes':
        case 'kr:InitialUncountedVotes':
          if (current) {
            const reason = attr(attributes, 'ReasonCode');
            if (!reason) x.fail(`${name} has no ReasonCode`, at);
            selName = reason; // reuse as the pending reason
          }
          break;
      }
    },

    close(name, text, path, at, x: XmlStream) {
      switch (name) {
        case 'ContestName':
          if (contest) contest.name = text.trim() || null;
          break;
        case 'RegisteredName':
          if (selType === 'list') selName = text.trim();
          break;
        case 'ReportingUnitIdentifier':
          if (current) current.unit.name = text.trim();
          break;
        case 'ShortCode':
          // EML_NL 510 strict schema: the ShortCode as an element of CandidateIdentifier (the OSV2020
          // files use the attribute instead); both are read.
          if (path[path.length - 2] === 'CandidateIdentifier' && selType === 'candidate')
            selShortCode = text.trim() || selShortCode;
          break;
        case 'CandidateIdentifier':
          if (selType === 'candidate' && !selId && !selShortCode)
            x.fail('CandidateIdentifier has neither Id nor ShortCode', at);
          break;
        case 'ValidVotes':
          selVotes = parseCount(x, text, 'ValidVotes', at);
          break;
        case 'kr:InitialValidVotes':
          selInitial = parseCount(x, text, 'kr:InitialValidVotes', at);
          break;
        case 'Selection': {
          if (!current) break;
          if (selVotes === null) x.fail('missing required element ValidVotes in Selection', selAt);
          if (selType === 'list') {
            if (current.seenLists.has(selId)) x.fail(`list ${selId} appears twice in one unit`, selAt);
            currentKeys = new Set();
            current.seenLists.set(selId, currentKeys);
            currentList = {
              list: selId,
              name: selName,
              votes: selVotes,
              keys: [],
              positions: [],
              candidates: [],
            };
            if (selInitial !== null) currentList.initial = selInitial;
            current.unit.lists.push(currentList);
          } else if (selType === 'candidate') {
            if (!currentList)
              x.fail('a candidate Selection comes before any list (AffiliationIdentifier)', selAt);
            const key = selShortCode ?? selId;
            // No string built per candidate: the keys are kept per list (thousands of rows per unit).
            if (currentKeys!.has(key))
              x.fail(`candidate ${key} of list ${currentList.list} appears twice in one unit`, selAt);
            currentKeys!.add(key);
            currentList.keys.push(key);
            currentList.positions.push(selId || null);
            currentList.candidates.push(selVotes);
            if (selInitial !== null) {
              currentList.initialCandidates ??= currentList.candidates.map(() => null);
              currentList.initialCandidates[currentList.candidates.length - 1] = selInitial;
            } else if (currentList.initialCandidates) {
              currentList.initialCandidates.push(null);
            }
          } else if (selType === null) {
            x.fail('Selection has neither AffiliationIdentifier nor Candidate', selAt);
          }
          break;
        }
        case 'Cast':
        case 'TotalCounted':
        case 'kr:InitialCast':
        case 'kr:InitialTotalCounted':
          if (current) {
            const n = parseCount(x, text, name, at);
            if (name === 'Cast') {
              current.unit.cast = n;
              current.seenCast = true;
            } else if (name === 'TotalCounted') {
              current.unit.totalCounted = n;
              current.seenTotalCounted = true;
            } else {
              current.unit.initial ??= {};
              if (name === 'kr:InitialCast') current.unit.initial.cast = n;
              else current.unit.initial.totalCounted = n;
            }
          }
          break;
        case 'RejectedVotes':
        case 'UncountedVotes':
        case 'kr:InitialRejectedVotes':
        case 'kr:InitialUncountedVotes':
          if (current) {
            const n = parseCount(x, text, `${name} "${selName}"`, at);
            let target: Record<string, number>;
            if (name === 'RejectedVotes') {
              target = current.unit.rejected;
              current.rejectedCount++;
            } else if (name === 'UncountedVotes') target = current.unit.uncounted;
            else {
              current.unit.initial ??= {};
              target =
                name === 'kr:InitialRejectedVotes'
                  ? (current.unit.initial.rejected ??= {})
                  : (current.unit.initial.uncounted ??= {});
            }
            if (target[selName] !== undefined) x.fail(`${name} "${selName}" appears twice in one unit`, at);
            target[selName] = n;
          }
          break;
        case 'TotalVotes':
          if (current && contest) {
            finishUnit(x, current, true, at);
            contest.total = current.unit;
            current = null;
            currentList = null;
          }
          break;
        case 'ReportingUnitVotes':
          if (current && contest) {
            if (!current.unit.id) x.fail('missing required element ReportingUnitIdentifier', current.at);
            finishUnit(x, current, false, at);
            contest.units.push(current.unit);
            current = null;
            currentList = null;
          }
          break;
        case 'Contest':
          contest = null;
          break;
      }
    },

    result({ xml, kind, election, electionAt, header, rootAt }) {
      const x: XmlStream = xml;
      if (!seenCount) x.fail('missing required element Count', rootAt);
      if (contests.length === 0) x.fail('missing required element Contest/ContestIdentifier', rootAt);
      const countKind = kind as CountKind;
      const [totalLevel, unitLevel] = LEVELS[countKind];
      const several = contests.length > 1;
      const seen = new Set<string>();
      return contests.map((c): CountFile => {
        if (c.id === null) x.fail('missing required element Contest/ContestIdentifier', c.at);
        if (seen.has(c.id)) x.fail(`contest ${c.id} appears twice in this file`, c.at);
        seen.add(c.id);
        if (!c.total && c.units.length === 0)
          x.fail('the Contest has neither TotalVotes nor ReportingUnitVotes', c.at);
        const issuerId = fileCode(countKind, header.issuerId, election.domain?.id ?? null) ?? c.id;
        // Several contests in one file: each contest total is its own unit, named after the contest.
        const totalCode = several ? `${issuerId}-${c.id}` : issuerId;
        const totalParent =
          countKind === '510b'
            ? /^\d+$/.test(c.id) && !isMunicipalElection(election.category)
              ? `HSB${c.id}`
              : null
            : countKind === '510c'
              ? 'CSB'
              : null;
        if (c.total) {
          c.total.id = totalCode;
          c.total.name = several
            ? (c.name ?? `${header.issuerName ?? issuerId} ${c.id}`)
            : (header.issuerName ?? c.name ?? issuerId);
          c.total.level = totalLevel;
          c.total.code = totalCode;
          c.total.parent = totalParent;
        }
        for (const u of c.units) {
          u.level = unitLevel;
          const sep = u.id.indexOf('::');
          const code = sep >= 0 ? u.id.slice(sep + 2) : u.id;
          u.code = several ? `${c.id}:${code}` : code;
          u.parent = several ? totalCode : sep >= 0 ? u.id.slice(0, sep) : issuerId;
          const pc = unitLevel === 'SB' ? postcodeFromName(u.name) : undefined;
          if (pc) u.postcode = pc;
        }
        return {
          source,
          kind: countKind,
          election,
          electionAt,
          contest: { id: c.id, name: c.name },
          countingMethod,
          phase,
          level: totalLevel,
          total: c.total,
          units: c.units,
        };
      });
    },
  });
}

/**
 * The code of the body that made the file: the ManagingAuthority Id ("0518", "HSB3", "CSB"). A 510b
 * whose authority Id is not a municipality code (seen in generated test files) falls back on the
 * kr:ElectionDomain Id, which is the municipality code in GR/ER elections.
 */
function fileCode(kind: CountKind, issuerId: string | null, domainId: string | null): string | null {
  if (kind === '510b' && issuerId !== null && !/^\d+$/.test(issuerId) && domainId && /^\d+$/.test(domainId))
    return domainId.padStart(4, '0');
  return issuerId;
}

/**
 * Elections whose count is one contest per municipality (no kieskring above it): gemeenteraad (GR),
 * and the island councils of Bonaire, Sint Eustatius and Saba (ER; older files use IR). A numeric
 * ContestIdentifier in their 510b is not a kieskring number.
 */
function isMunicipalElection(category: string): boolean {
  return category === 'GR' || category === 'ER' || category === 'IR';
}
