/**
 * View model of the checks pages (/uitslag/<election>/controle/, /en/results/<election>/checks/), the
 * downloads, the "check your own notes" station pages and the checked line. Plain data computed once
 * per snapshot and shared by both languages; the components only render it.
 */
import {
  checksPath,
  notesPath,
  RESULTS_UNIT_PAGES,
  stationName,
  unitPath,
  type UnitLinkTarget,
} from '../checks/links.ts';
import type { CheckRun } from '../checks/run.ts';
import type { CheckId, CheckResult } from '../checks/types.ts';
import type { Locale } from '../i18n/locales.ts';
import { catalog, dataDir, type CatalogEntry } from '../model/catalog.ts';
import { reasons } from '../model/load.ts';
import type { SnapshotCounts, SnapshotElection } from '../model/snapshot-types.ts';
import type { Source, Status } from '../model/types.ts';
import { resultsSnapshotIds } from '../results/page-data.ts';
import { checkSnapshot, summarize, type CheckSummaryRow } from './report.ts';

/** Rows per group on the page (all rows are in the downloads): keeps the page light and quick to use. */
export const ROW_LIMIT = 30;
/** Changed figures listed per municipality on the page (all are in the downloads). */
export const CHANGE_LIMIT = 15;

export type GroupId = 'files' | 'seats' | 'turnout' | 'ballots' | 'explanations' | 'provisional' | 'signals';

export const GROUP_CHECKS: Record<GroupId, readonly CheckId[]> = {
  files: [
    'sum-of-units',
    'list-sum-of-candidates',
    'valid-sum-of-lists',
    'same-unit-across-levels',
    'source-files',
  ],
  seats: ['seats', 'elected'],
  turnout: ['turnout'],
  ballots: ['ballots-vs-admitted'],
  explanations: ['explanations-account'],
  provisional: ['provisional-vs-official'],
  signals: [
    'signal-zero-list',
    'signal-blank-invalid-share',
    'signal-far-from-average',
    'signal-swapped-lists',
  ],
};

export interface FindingRow {
  result: CheckResult;
  link: UnitLinkTarget;
  /** A "check your own notes" page exists for this polling station. */
  notes: boolean;
  /** The candidate's name when the key can be resolved. */
  candidateName: string | null;
}

export interface FindingGroup {
  /** The provisional changes have their own per-municipality table. */
  id: Exclude<GroupId, 'provisional'>;
  total: number;
  rows: FindingRow[];
  more: number;
}

export interface ProvisionalRow {
  link: UnitLinkTarget;
  changed: number;
  /** The first CHANGE_LIMIT changed figures: first (found) → final (expected). */
  changes: { result: CheckResult; candidateName: string | null }[];
  moreChanges: number;
  validFirst: number | null;
  validFinal: number | null;
}

export interface StationLink {
  municipality: string;
  stations: { name: string; code: string }[];
}

export interface ChecksSummaryData {
  checks: number;
  csbUnits: number | null;
  csbFailed: number;
  hsbUnits: number | null;
  hsbFailed: number;
  gsbFiles: number | null;
  gsbFailed: number;
  listFailed: number;
  differences: number;
  explained: number;
  seats: { seats: number; failed: number } | null;
  elected: { count: number; failed: number } | null;
  turnout: number;
  ballotsStations: number;
  provisional: { count: number; units: number } | null;
  signals: number;
}

export interface ChecksPageData {
  id: string;
  slug: string;
  name: string;
  date: string;
  hasResultsPage: boolean;
  summary: ChecksSummaryData;
  table: CheckSummaryRow[];
  groups: FindingGroup[];
  provisional: { rows: ProvisionalRow[]; more: number; total: number };
  sources: Source[];
  stations: StationLink[];
}

const runMemo = new Map<string, Promise<CheckRun>>();

/** The check run of a snapshot, computed once per build. */
export function checkRunFor(entry: CatalogEntry): Promise<CheckRun> {
  let p = runMemo.get(entry.dir);
  if (!p) {
    p = checkSnapshot(entry.snapshot);
    runMemo.set(entry.dir, p);
  }
  return p;
}

function regionName(e: SnapshotElection, code: string): string | null {
  return e.regions.find((r) => r.id === code)?.name ?? null;
}

/** Name of a municipality by code: the 110a region, else the count file's own name. */
function municipalityName(e: SnapshotElection, code: string, files: readonly SnapshotCounts[]): string {
  return (
    regionName(e, code) ??
    e.domains.find((d) => d.id === code)?.name ??
    files.find((f) => f.level === 'GSB' && f.code === code)?.name.replace(/^Gemeente /, '') ??
    code
  );
}

function codeOf(unitId: string): string {
  return unitId.includes('::') ? unitId.slice(unitId.lastIndexOf('::') + 2) : unitId;
}
function parentOf(unitId: string): string | null {
  return unitId.includes('::') ? unitId.slice(0, unitId.lastIndexOf('::')) : null;
}

export interface LinkContext {
  election: SnapshotElection;
  files: readonly SnapshotCounts[];
  /** Station ids (`<municipality>::SB<n>`) that have a notes page. */
  notes: ReadonlySet<string>;
}

export function linkTarget(ctx: LinkContext, r: CheckResult): UnitLinkTarget {
  const code = codeOf(r.unit);
  switch (r.level) {
    case 'CSB':
      return { level: 'CSB', code: 'CSB', name: r.unitName };
    case 'HSB':
      return {
        level: 'HSB',
        code,
        name: regionName(ctx.election, code) ?? r.unitName.replace(/^Kieskring /, ''),
      };
    case 'GSB':
      return { level: 'GSB', code, name: municipalityName(ctx.election, code, ctx.files) };
    case 'SB': {
      const parent = parentOf(r.unit) ?? '';
      return {
        level: 'SB',
        code,
        name: r.unitName,
        municipality: municipalityName(ctx.election, codeOf(parent), ctx.files),
      };
    }
  }
}

/** Where a finding links: the unit's results page when those exist, else its notes page, else nowhere. */
export function findingHref(
  locale: Locale,
  slug: string,
  row: Pick<FindingRow, 'link' | 'notes'>,
): string | null {
  if (RESULTS_UNIT_PAGES) return unitPath(locale, slug, row.link);
  if (row.notes && row.link.level === 'SB')
    return notesPath(locale, slug, row.link.municipality ?? '', { name: row.link.name, code: row.link.code });
  return null;
}

/** Polling stations that get a notes page: those in official municipal files (510b). */
export function notesStations(files: readonly SnapshotCounts[]): SnapshotCounts[] {
  return files.filter(
    (f) => f.level === 'GSB' && f.status === 'official' && f.units.some((u) => u.id.includes('::SB')),
  );
}

function candidateNames(entryCandidates: Awaited<ReturnType<CatalogEntry['snapshot']['candidates']>>) {
  const byShortCode = new Map<string, string>();
  const byPosition = new Map<string, string>(); // `${contest}|${list}|${position}`
  for (const c of entryCandidates?.contests ?? [])
    for (const l of c.lists)
      for (const p of l.candidates) {
        const name = [p.initials, p.prefix, p.lastName].filter(Boolean).join(' ');
        if (p.shortCode) byShortCode.set(`${l.list}|${p.shortCode}`, name);
        byPosition.set(`${c.id}|${l.list}|${p.position}`, name);
      }
  return { byShortCode, byPosition };
}

export async function checksPageData(entry: CatalogEntry): Promise<ChecksPageData> {
  const run = await checkRunFor(entry);
  const e = entry.election;
  const files: SnapshotCounts[] = [];
  for (const c of e.counts) {
    const f = await entry.snapshot.counts(c.level, c.code);
    if (f) files.push(f);
  }
  const notesFiles = notesStations(files);
  const notes = new Set(notesFiles.flatMap((f) => f.units.map((u) => u.id)));
  const ctx: LinkContext = { election: e, files, notes };
  const names = candidateNames(await entry.snapshot.candidates());
  const contests = new Set(((await entry.snapshot.candidates())?.contests ?? []).map((c) => c.id));
  const kieskringOf = (r: CheckResult): string | null => {
    const m = /^HSB(\d+)(::|$)/.exec(r.unit);
    if (m) return m[1]!;
    // A municipality or station: its kieskring from the region tree.
    const muni = r.level === 'SB' ? codeOf(parentOf(r.unit) ?? '') : codeOf(r.unit);
    const parent = e.regions.find((x) => x.id === muni)?.parent ?? null;
    const num = parent ? e.regions.find((x) => x.id === parent)?.number : null;
    if (num) return num;
    return contests.size === 1 ? [...contests][0]! : null;
  };
  const candidateName = (r: CheckResult): string | null => {
    if (r.candidate === undefined || r.list === undefined) return null;
    if (r.check === 'elected') return r.candidate;
    const byCode = names.byShortCode.get(`${r.list}|${r.candidate}`);
    if (byCode) return byCode;
    const k = kieskringOf(r);
    return k ? (names.byPosition.get(`${k}|${r.list}|${r.candidate}`) ?? null) : null;
  };
  const row = (r: CheckResult): FindingRow => ({
    result: r,
    link: linkTarget(ctx, r),
    notes: r.level === 'SB' && notes.has(r.unit),
    candidateName: candidateName(r),
  });

  const failed = run.results.filter((r) => !r.passed);
  const groups: FindingGroup[] = (
    ['files', 'seats', 'turnout', 'ballots', 'explanations', 'signals'] as const
  ).map((id) => {
    const all = failed.filter((r) => GROUP_CHECKS[id].includes(r.check));
    return {
      id,
      total: all.length,
      rows: all.slice(0, ROW_LIMIT).map(row),
      more: Math.max(0, all.length - ROW_LIMIT),
    };
  });

  // Provisional changes per municipality (or kieskring): how many figures changed, and the valid votes.
  const prov = new Map<
    string,
    { first: CheckResult; changed: number; valid: CheckResult | null; all: CheckResult[] }
  >();
  for (const r of failed) {
    if (r.check !== 'provisional-vs-official') continue;
    let p = prov.get(r.unit);
    if (!p) prov.set(r.unit, (p = { first: r, changed: 0, valid: null, all: [] }));
    p.changed++;
    p.all.push(r);
    if (r.field === 'totalCounted') p.valid = r;
  }
  const provRows: ProvisionalRow[] = [...prov.values()].map((p) => ({
    link: linkTarget(ctx, p.first),
    changed: p.changed,
    changes: p.all.slice(0, CHANGE_LIMIT).map((r) => ({ result: r, candidateName: candidateName(r) })),
    moreChanges: Math.max(0, p.all.length - CHANGE_LIMIT),
    validFirst: typeof p.valid?.found === 'number' ? p.valid.found : null,
    validFinal: typeof p.valid?.expected === 'number' ? p.valid.expected : null,
  }));

  const table = summarize(run.results);
  const cell = (check: CheckId, level: string) => table.find((t) => t.check === check && t.level === level);
  const count = (pred: (r: CheckResult) => boolean) => run.results.filter(pred).length;
  const csb = files.find((f) => f.level === 'CSB');
  const hsbFiles = files.filter((f) => f.level === 'HSB' && f.units.length > 0);
  const gsbFiles = files.filter((f) => f.level === 'GSB' && f.units.length > 0);
  const differences = failed.filter((r) => GROUP_CHECKS.files.includes(r.check));
  const seatsRows = run.results.filter((r) => r.check === 'seats');
  const electedRows = run.results.filter((r) => r.check === 'elected');
  const provFailed = failed.filter((r) => r.check === 'provisional-vs-official');

  return {
    id: e.election.id,
    slug: entry.slug,
    name: e.election.name,
    date: e.election.date,
    hasResultsPage: (await resultsSnapshotIds(dataDir())).includes(entry.id),
    summary: {
      checks: run.results.length,
      csbUnits: csb && csb.units.length > 0 ? csb.units.length : null,
      csbFailed: cell('sum-of-units', 'CSB')?.failed ?? 0,
      hsbUnits: hsbFiles.length > 0 ? hsbFiles.reduce((a, f) => a + f.units.length, 0) : null,
      hsbFailed: cell('sum-of-units', 'HSB')?.failed ?? 0,
      gsbFiles: gsbFiles.length > 0 ? gsbFiles.length : null,
      gsbFailed: cell('sum-of-units', 'GSB')?.failed ?? 0,
      listFailed: count((r) => r.check === 'list-sum-of-candidates' && !r.passed),
      differences: differences.length,
      explained: differences.filter((r) => r.severity === 'explained').length,
      seats: seatsRows.length
        ? {
            seats: e.seats ?? seatsRows.reduce((a, r) => a + Number(r.expected ?? 0), 0),
            failed: seatsRows.filter((r) => !r.passed).length,
          }
        : null,
      elected: electedRows.length
        ? {
            count: electedRows.filter((r) => r.expected === 'elected').length,
            failed: electedRows.filter((r) => !r.passed).length,
          }
        : null,
      turnout: count((r) => r.check === 'turnout' && !r.passed),
      ballotsStations: count((r) => r.check === 'ballots-vs-admitted' && r.level === 'SB' && !r.passed),
      provisional: provFailed.length ? { count: provFailed.length, units: prov.size } : null,
      signals: failed.filter(
        (r) => GROUP_CHECKS.signals.includes(r.check) || r.check === 'explanations-account',
      ).length,
    },
    table,
    groups,
    provisional: {
      rows: provRows.slice(0, ROW_LIMIT),
      more: Math.max(0, provRows.length - ROW_LIMIT),
      total: provRows.length,
    },
    sources: e.sources,
    stations: notesFiles.map((f) => ({
      municipality: municipalityName(e, f.code, files),
      stations: f.units.map((u) => ({ name: u.name, code: u.code })),
    })),
  };
}

/** Every snapshot gets a checks page: the checks run on any imported snapshot. */
export async function checksSnapshotIds(): Promise<CatalogEntry[]> {
  return [...(await catalog()).entries];
}

export interface UnitCheckSummary {
  passed: number;
  failed: number;
  explained: number;
}

/**
 * The checked line of one unit: how many of its figures agree, differ, and are explained. A unit is
 * matched by level and code (and, for a polling station, its municipality), so a municipality counts the
 * checks on its 510b total and on its row in the kieskring's file alike. Signals are not counted as
 * differences: they are no error.
 */
export function checkSummaryForUnit(
  results: readonly CheckResult[],
  unit: { level: CheckResult['level']; code: string; parent?: string | null },
): UnitCheckSummary {
  const s: UnitCheckSummary = { passed: 0, failed: 0, explained: 0 };
  for (const r of results) {
    if (r.level !== unit.level || codeOf(r.unit) !== unit.code) continue;
    if (unit.level === 'SB' && unit.parent && codeOf(parentOf(r.unit) ?? '') !== unit.parent) continue;
    if (r.passed) s.passed++;
    else if (r.severity === 'signal' || r.severity === 'change') continue;
    else {
      s.failed++;
      if (r.severity === 'explained') s.explained++;
    }
  }
  return s;
}

/** The published figures of one polling station, for the notes check. */
export interface StationFigures {
  election: string;
  slug: string;
  municipality: string;
  municipalityCode: string;
  station: { id: string; code: string; name: string; number: string };
  lists: { number: string; name: string; votes: number }[];
  valid: number;
  blank: number | null;
  invalid: number | null;
  admitted: number | null;
  source: Source | null;
  status: Status;
  summary: UnitCheckSummary;
}

export async function stationFiguresOf(entry: CatalogEntry): Promise<StationFigures[]> {
  const run = await checkRunFor(entry);
  const e = entry.election;
  const files: SnapshotCounts[] = [];
  for (const c of e.counts) {
    const f = await entry.snapshot.counts(c.level, c.code);
    if (f) files.push(f);
  }
  return notesStations(files).flatMap((f) =>
    f.units.map((u) => {
      const rs = reasons(f, u);
      return {
        election: e.election.id,
        slug: entry.slug,
        municipality: municipalityName(e, f.code, files),
        municipalityCode: f.code,
        station: { id: u.id, code: u.code, name: stationName(u.name), number: u.code.replace(/^SB/, '') },
        lists: f.lists.flatMap((l, i) => {
          const row = u.votes[i];
          return row ? [{ number: l.list, name: l.name, votes: row[0] ?? 0 }] : [];
        }),
        valid: u.totalCounted,
        blank: rs.rejected['blanco'] ?? null,
        invalid: rs.rejected['ongeldig'] ?? null,
        admitted: rs.uncounted['toegelaten kiezers'] ?? null,
        source: e.sources.find((s) => s.id === f.source) ?? null,
        status: f.status,
        summary: checkSummaryForUnit(run.results, { level: 'SB', code: u.code, parent: f.code }),
      };
    }),
  );
}

export { checksPath };
