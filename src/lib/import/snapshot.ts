/** Turns an ImportResult into the snapshot files (path → JSON value); see content/data/README.md. */
import type { ImportResult } from './import.ts';
import type { CountFile, Finding, Level, ListVotes, UnitCounts } from '../model/types.ts';
import { SNAPSHOT_FORMAT } from '../model/snapshot-types.ts';
import { eventName } from '../model/election-name.ts';
import { countFileCode } from '../model/count-code.ts';
import type {
  PollingPlace,
  PollingPlaceLink,
  SnapshotCandidates,
  SnapshotCounts,
  SnapshotElection,
  SnapshotFindings,
  SnapshotPollingStations,
  SnapshotResult,
  SnapshotUnit,
} from '../model/snapshot-types.ts';

const UNIT_LEVEL: Record<Level, Level | null> = { CSB: 'HSB', HSB: 'GSB', GSB: 'SB', SB: null };

/** Natural order for unit ids: "SB2" before "SB10", "HSB2" before "HSB10". */
export function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

export function countFilePath(level: Level, code: string): string {
  return level === 'CSB'
    ? 'counts/csb.json'
    : `counts/${level.toLowerCase()}/${code.replace(/[^A-Za-z0-9_-]/g, '_')}.json`;
}

export interface SnapshotExtras {
  pollingPlaces?: PollingPlace[];
  pollingPlaceLinks?: PollingPlaceLink[];
  /** Electionfolder-relative path of the polling places the links refer to. */
  pollingPlacesRef?: string;
}

export function buildSnapshot(r: ImportResult, extras: SnapshotExtras = {}): Map<string, unknown> {
  const files = new Map<string, unknown>();
  const id = r.election.eventId;
  const countIndex: SnapshotElection['counts'] = [];
  const sorted = [...r.counts].sort((a, b) =>
    naturalCompare(countFilePath(a.level, countFileCode(a)), countFilePath(b.level, countFileCode(b))),
  );
  for (const f of sorted) {
    const p = countFilePath(f.level, countFileCode(f));
    files.set(p, countsFile(id, f));
    countIndex.push({
      level: f.level,
      code: countFileCode(f),
      name: f.total?.name ?? f.contest.name ?? countFileCode(f),
      parent: f.total?.parent ?? null,
      status: f.source.status,
      source: f.source.id,
      file: p,
      units: f.units.length,
    });
  }
  if (r.candidateLists.length) files.set('candidates.json', candidatesFile(r));
  if (r.result) files.set('result.json', resultFile(r));
  if (r.pollingStations.length) files.set('polling-stations.json', pollingStationsFile(r));
  const findings: SnapshotFindings = { format: SNAPSHOT_FORMAT, election: id, findings: r.findings };
  files.set('findings.json', findings);
  if (extras.pollingPlaces) files.set('polling-places.json', extras.pollingPlaces);
  if (extras.pollingPlaceLinks) {
    files.set('polling-place-links.json', {
      places: extras.pollingPlacesRef ?? 'polling-places.json',
      links: extras.pollingPlaceLinks,
    });
  }
  const byKind: Record<string, number> = {};
  for (const f of r.findings) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
  const domains = new Map<string, { id: string; name: string | null; source: string }>();
  for (const f of [...r.counts, ...r.candidateLists]) {
    const d = f.election.domain;
    if (d && !domains.has(d.id)) domains.set(d.id, { id: d.id, name: d.name, source: f.source.id });
  }
  const election: SnapshotElection = {
    format: SNAPSHOT_FORMAT,
    election: {
      ...r.election,
      id: r.election.domain && domains.size > 1 ? id : r.election.id,
      // Several domains (e.g. 330 municipalities): the first file's "Gemeenteraad Groningen 2022" would
      // name them all; the event gets a generic name and each domain keeps its own in `domains`.
      name: domains.size > 1 ? eventName(r.election.category, r.election.date) : r.election.name,
      domain: domains.size > 1 ? null : r.election.domain,
    },
    seats: r.definition?.seats ?? null,
    preferenceThreshold: r.definition?.preferenceThreshold ?? null,
    regions: r.definition?.regions ?? [],
    registeredParties: r.definition?.parties.map((p) => p.appellation) ?? [],
    domains: [...domains.values()].sort((a, b) => naturalCompare(a.id, b.id)),
    counts: countIndex,
    sources: r.sources,
    files: ['election.json', ...[...files.keys()].sort(naturalCompare)],
    findings: Object.fromEntries(Object.entries(byKind).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
  const out = new Map<string, unknown>([['election.json', election]]);
  for (const k of [...files.keys()].sort(naturalCompare)) out.set(k, files.get(k));
  return out;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function countsFile(election: string, f: CountFile): SnapshotCounts {
  // Layout: lists and candidate keys in order of first appearance (total first, then units).
  // Maps and sets keep this linear in units × candidates (25,000 candidates must not take minutes).
  const layout: { list: string; name: string; candidates: string[]; candidateNames?: string[] }[] = [];
  const layoutIndex = new Map<string, { entry: (typeof layout)[number]; keys: Set<string> }>();
  const all = f.total ? [f.total, ...f.units] : f.units;
  const rejected = new Set<string>();
  const uncounted = new Set<string>();
  for (const u of all) {
    Object.keys(u.rejected).forEach((k) => rejected.add(k));
    Object.keys(u.uncounted).forEach((k) => uncounted.add(k));
    for (const l of u.lists) {
      let e = layoutIndex.get(l.list);
      if (!e) {
        const entry: (typeof layout)[number] = { list: l.list, name: l.name, candidates: [] };
        const names = (l as ListVotes & { names?: string[] }).names;
        if (names && names.length) entry.candidateNames = names;
        layout.push(entry);
        layoutIndex.set(l.list, (e = { entry, keys: new Set() }));
      }
      for (const k of l.keys) {
        if (!e.keys.has(k)) {
          e.keys.add(k);
          e.entry.candidates.push(k);
        }
      }
    }
  }
  const rejectedReasons = [...rejected];
  const uncountedReasons = [...uncounted];
  const unit = (u: UnitCounts): SnapshotUnit => {
    const byList = new Map<string, ListVotes>();
    for (const l of u.lists) if (!byList.has(l.list)) byList.set(l.list, l);
    const s: SnapshotUnit = {
      id: u.id,
      name: u.name,
      code: u.code,
      parent: u.parent,
      cast: u.cast,
      totalCounted: u.totalCounted,
      rejected: rejectedReasons.map((k) => u.rejected[k] ?? null),
      uncounted: uncountedReasons.map((k) => u.uncounted[k] ?? null),
      votes: layout.map((e) => {
        const l = byList.get(e.list);
        if (!l) return null;
        // The usual case: the unit lists the same candidates in the layout's order, so no map of
        // key to position is needed for this list in this unit.
        if (sameKeys(l.keys, e.candidates)) return [l.votes, ...l.candidates];
        const at = new Map<string, number>();
        l.keys.forEach((k, i) => {
          if (!at.has(k)) at.set(k, i);
        });
        return [
          l.votes,
          ...e.candidates.map((k) => {
            const i = at.get(k);
            return i !== undefined ? l.candidates[i]! : null;
          }),
        ];
      }),
    };
    if (u.postcode) s.postcode = u.postcode;
    if (u.extra) s.extra = u.extra;
    const initial: Record<string, unknown> = { ...(u.initial ?? {}) };
    const initLists: Record<string, unknown> = {};
    for (const l of u.lists) {
      if (l.initial !== undefined || l.initialCandidates)
        initLists[l.list] = { votes: l.initial ?? null, candidates: l.initialCandidates ?? null };
    }
    if (Object.keys(initLists).length) initial['lists'] = initLists;
    if (Object.keys(initial).length) s.initial = initial;
    return s;
  };
  return {
    format: SNAPSHOT_FORMAT,
    election,
    level: f.level,
    unitLevel: f.units.length ? UNIT_LEVEL[f.level] : null,
    code: countFileCode(f),
    name: f.total?.name ?? f.contest.name ?? countFileCode(f),
    status: f.source.status,
    source: f.source.id,
    contest: f.contest,
    countingMethod: f.countingMethod,
    phase: f.phase,
    lists: layout,
    rejectedReasons,
    uncountedReasons,
    total: f.total ? unit(f.total) : null,
    units: [...f.units].sort((a, b) => naturalCompare(a.id, b.id)).map(unit),
  };
}

function candidatesFile(r: ImportResult): SnapshotCandidates {
  // ShortCodes (national candidate identity) come from the 510d rows per kieskring: Id = position, ShortCode.
  const shortCodes = new Map<string, string>();
  for (const f of [...r.counts, ...r.compared]) {
    if (f.kind !== '510d') continue;
    for (const u of f.units) {
      const contest = u.code.replace(/^HSB/, '');
      for (const l of u.lists) {
        l.positions.forEach((pos, i) => {
          if (pos !== null && l.keys[i] !== pos) shortCodes.set(`${contest}|${l.list}|${pos}`, l.keys[i]!);
        });
      }
    }
  }
  const contests = [...r.candidateLists]
    .sort(
      (a, b) => naturalCompare(a.contest.id, b.contest.id) || naturalCompare(a.election.id, b.election.id),
    )
    .map((c) => ({
      id: c.contest.id,
      name: c.contest.name,
      source: c.source.id,
      lists: c.lists.map((l) => ({
        list: l.list,
        name: l.name,
        type: l.type,
        set: l.set,
        publishGender: l.publishGender,
        candidates: l.candidates.map((cand) => ({
          ...cand,
          shortCode: cand.shortCode ?? shortCodes.get(`${c.contest.id}|${l.list}|${cand.position}`) ?? null,
        })),
      })),
    }));
  return { format: SNAPSHOT_FORMAT, election: r.election.eventId, contests };
}

function resultFile(r: ImportResult): SnapshotResult {
  const res = r.result!;
  const seats = new Map<string, number>();
  for (const c of res.candidates) if (c.elected) seats.set(c.list, (seats.get(c.list) ?? 0) + 1);
  return {
    format: SNAPSHOT_FORMAT,
    election: r.election.eventId,
    source: res.source.id,
    lists: res.lists.map(({ line: _line, ...l }) => ({ ...l, seats: seats.get(l.list) ?? 0 })),
    elected: res.candidates
      .filter((c) => c.elected)
      .map((c) => ({
        list: c.list,
        shortCode: c.candidate.shortCode,
        position: c.candidate.position,
        name: [c.candidate.initials, c.candidate.prefix, c.candidate.lastName].filter(Boolean).join(' '),
        ranking: c.ranking,
      })),
  };
}

export type { Finding };

/** The 110b stations with the count unit of the same number in the same municipality (official first). */
function pollingStationsFile(r: ImportResult): SnapshotPollingStations {
  const units = new Map<string, string>();
  for (const f of [...r.counts, ...r.compared]) {
    for (const u of f.units) {
      const m = /^SB(\d+)$/.exec(u.code);
      const key = m && u.parent ? `${u.parent}|${Number(m[1])}` : null;
      if (key && !units.has(key)) units.set(key, u.id);
    }
  }
  return {
    format: SNAPSHOT_FORMAT,
    election: r.election.eventId,
    municipalities: [...r.pollingStations]
      .sort((a, b) => naturalCompare(a.municipality, b.municipality))
      .map((p) => ({
        code: p.municipality,
        name: p.municipalityName,
        source: p.source.id,
        stations: p.stations.map((s) => ({
          number: s.number,
          name: s.name,
          postcode: s.postcode,
          electorate: s.electorate,
          channel: s.channel,
          type: s.type,
          unit: units.get(`${p.municipality}|${Number(s.number)}`) ?? null,
        })),
      })),
  };
}
