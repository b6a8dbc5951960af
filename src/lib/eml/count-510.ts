/**
 * Streaming reader for EML 510b/c/d (Count). EML_NL 510 schema: Count/Election/Contests/Contest with
 * TotalVotes and ReportingUnitVotes; each holds Selections (an AffiliationIdentifier opens a list, the
 * Candidate selections after it belong to that list), Cast, TotalCounted, 2 RejectedVotes and up to 14
 * UncountedVotes, optionally preceded by kr:Initial* values in a corrigendum.
 */
import type { SaxesAttributeNS } from 'saxes';
import { XmlStream } from './xml-stream.ts';
import type { Position } from './xml-stream.ts';
import { attr, checkRoot, ElectionIdentifierBuilder, HeaderBuilder, parseCount } from './common.ts';
import { postcodeFromName } from './postcode.ts';
import type { CountFile, ElectionIdentifier, Level, ListVotes, Source, UnitCounts } from '../model/types.ts';

const LEVELS: Record<'510b' | '510c' | '510d', [Level, Level]> = {
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
  selectionKeys: Set<string>;
}

export function create510Reader(xml: () => XmlStream, source: Source) {
  const header = new HeaderBuilder();
  const electionId = new ElectionIdentifierBuilder();
  let kind: '510b' | '510c' | '510d' | null = null;
  let election: ElectionIdentifier | null = null;
  let countingMethod: string | null = null;
  let phase: string | null = null;
  let contestId: string | null = null;
  let contestName: string | null = null;
  let contests = 0;
  let total: UnitCounts | null = null;
  const units: UnitCounts[] = [];
  const unitIds = new Map<string, Position>();
  let current: UnitBuilder | null = null;
  let currentList: ListVotes | null = null;
  // Selection state
  let selAt: Position = { line: 0, column: 0 };
  let selType: 'list' | 'candidate' | 'other' | null = null;
  let selId = '';
  let selShortCode: string | null = null;
  let selName = '';
  let selVotes: number | null = null;
  let selInitial: number | null = null;
  let seenCount = false;
  let rootAt: Position = { line: 1, column: 1 };

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
      selectionKeys: new Set(),
    };
  }

  function finishUnit(b: UnitBuilder, isTotal: boolean, at: Position): void {
    const x: XmlStream = xml();

    const what = isTotal ? 'TotalVotes' : `ReportingUnitVotes ${b.unit.id}`;
    if (b.unit.lists.length === 0) x.fail(`${what} has no Selection`, at);
    if (!b.seenCast) x.fail(`missing required element Cast in ${what}`, at);
    if (!b.seenTotalCounted) x.fail(`missing required element TotalCounted in ${what}`, at);
    if (b.rejectedCount !== 2)
      x.fail(`${what} must have 2 RejectedVotes (ongeldig, blanco), found ${b.rejectedCount}`, at);
  }

  const reader = {
    open(
      name: string,
      attributes: Record<string, SaxesAttributeNS>,
      path: readonly string[],
      at: Position,
    ): void {
      const x: XmlStream = xml();
      const depth = path.length;
      if (depth === 1) {
        kind = checkRoot(x, name, attributes, at, ['510b', '510c', '510d']) as '510b' | '510c' | '510d';
        rootAt = at;
        return;
      }
      header.open(name, attributes, path);
      if (depth >= 4 && path[3] === 'ElectionIdentifier') {
        electionId.open(name, attributes);
        return;
      }
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
          contests++;
          if (contests > 1) {
            x.fail(
              'this file has more than one Contest; split it into one file per contest before importing',
              at,
            );
          }
          break;
        case 'ContestIdentifier':
          contestId = attr(attributes, 'Id') ?? null;
          if (!contestId) x.fail('ContestIdentifier has no Id attribute', at);
          break;
        case 'TotalVotes':
          if (total !== null) x.fail('a second TotalVotes in one Contest', at);
          current = newUnit(at);
          break;
        case 'ReportingUnitVotes':
          current = newUnit(at);
          break;
        case 'ReportingUnitIdentifier':
          if (current) {
            const id = attr(attributes, 'Id');
            if (!id) x.fail('ReportingUnitIdentifier has no Id attribute', at);
            const earlier = unitIds.get(id);
            if (earlier) {
              x.fail(
                `reporting unit ${id} appears twice (first at line ${earlier.line}); a unit may be counted only once`,
                at,
              );
            }
            unitIds.set(id, at);
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
            if (!selId && !selShortCode) x.fail('CandidateIdentifier has neither Id nor ShortCode', at);
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

    close(name: string, text: string, path: readonly string[], at: Position): void {
      const x: XmlStream = xml();
      const depth = path.length;
      if (header.close(name, text, path)) return;
      if (depth >= 4 && path[3] === 'ElectionIdentifier') {
        electionId.close(name, text);
        if (name === 'ElectionIdentifier') election = electionId.build(xml(), at);
        return;
      }

      switch (name) {
        case 'ContestName':
          contestName = text.trim() || null;
          break;
        case 'RegisteredName':
          if (selType === 'list') selName = text.trim();
          break;
        case 'ReportingUnitIdentifier':
          if (current) current.unit.name = text.trim();
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
            if (current.selectionKeys.has(`L${selId}`))
              x.fail(`list ${selId} appears twice in one unit`, selAt);
            current.selectionKeys.add(`L${selId}`);
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
            const k = `C${currentList.list}/${key}`;
            if (current.selectionKeys.has(k))
              x.fail(`candidate ${key} of list ${currentList.list} appears twice in one unit`, selAt);
            current.selectionKeys.add(k);
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
          if (current) {
            finishUnit(current, true, at);
            total = current.unit;
            current = null;
            currentList = null;
          }
          break;
        case 'ReportingUnitVotes':
          if (current) {
            if (!current.unit.id) x.fail('missing required element ReportingUnitIdentifier', current.at);
            finishUnit(current, false, at);
            units.push(current.unit);
            current = null;
            currentList = null;
          }
          break;
      }
    },

    end(): void {
      /* checks happen in result() so that errors carry a position */
    },

    result(): CountFile {
      const x: XmlStream = xml();

      if (!kind) x.fail('the root element EML is missing', rootAt);
      if (!seenCount) x.fail('missing required element Count', rootAt);
      if (!election) x.fail('missing required element Election/ElectionIdentifier', rootAt);
      if (contestId === null) x.fail('missing required element Contest/ContestIdentifier', rootAt);
      if (!total && units.length === 0)
        x.fail('the Contest has neither TotalVotes nor ReportingUnitVotes', rootAt);
      const [totalLevel, unitLevel] = LEVELS[kind];
      const issuerId = header.issuerId ?? contestId;
      const totalParent =
        kind === '510b'
          ? /^\d+$/.test(contestId) && election.category !== 'GR'
            ? `HSB${contestId}`
            : null
          : kind === '510c'
            ? 'CSB'
            : null;
      if (total) {
        total.id = issuerId;
        total.name = header.issuerName ?? contestName ?? issuerId;
        total.level = totalLevel;
        total.code = issuerId;
        total.parent = totalParent;
      }
      for (const u of units) {
        u.level = unitLevel;
        const sep = u.id.indexOf('::');
        u.code = sep >= 0 ? u.id.slice(sep + 2) : u.id;
        u.parent = sep >= 0 ? u.id.slice(0, sep) : issuerId;
        const pc = unitLevel === 'SB' ? postcodeFromName(u.name) : undefined;
        if (pc) u.postcode = pc;
      }
      source.issuer = header.issuerName;
      source.created = header.created;
      return {
        source,
        kind,
        election,
        contest: { id: contestId, name: contestName },
        countingMethod,
        phase,
        level: totalLevel,
        total,
        units,
      };
    },
  };
  return reader;
}
