/**
 * Everything a results page shows for one election snapshot, computed at build time: the official
 * seats (520) next to our recount (engine on seatInputFromSnapshot), the totals of the whole-area
 * count, the elected candidates and the source files. Plain data, no Astro.
 *
 * Which snapshots get a page (the general rule): every snapshot in the data folder that has a seat
 * count (110a) and a count covering the whole election area (see seat-input.ts). A snapshot without
 * one of those cannot be recounted, so it gets no results page rather than a partial one.
 */
import { allocateSeats, type ApportionmentResult } from '../apportionment/index.ts';
import { compareSeats, type SeatRow } from '../checks/seats.ts';
import { catalog, dataDir, type CatalogEntry } from '../model/catalog.ts';
import { reasons, type LoadedSnapshot } from '../model/load.ts';
import type { Source, Status } from '../model/types.ts';
import { displayName, personKey, seatInputFromSnapshot, wholeAreaCountEntry } from './seat-input.ts';

/** URL slug of an election page: the snapshot id in lower case ("tk2023"). */
export function electionSlug(id: string): string {
  return id.toLowerCase();
}

/** Snapshots in the catalog that can have a results page (seats and a whole-area count), sorted. */
export async function resultsSnapshotIds(root: string = dataDir()): Promise<string[]> {
  const c = await catalog(root);
  return c.entries
    .filter((e) => e.election.seats !== null && wholeAreaCountEntry(e.election) !== null)
    .map((e) => e.id);
}

const pageDataMemo = new Map<string, Promise<ResultsPageData>>();

/** The results page data of a catalog entry, computed once per build (nl and en share it). */
export function resultsPageDataFor(entry: CatalogEntry): Promise<ResultsPageData> {
  let p = pageDataMemo.get(entry.dir);
  if (!p) {
    p = resultsPageData(entry.snapshot);
    pageDataMemo.set(entry.dir, p);
  }
  return p;
}

/** One list: votes, the official seats (520; null without result.json), ours, and whether they agree. */
export type PartyRow = SeatRow;

export interface ElectedRow {
  position: number;
  name: string;
  votes: number;
  preference: boolean;
  /** Whether the official 520 also lists this person as elected for this list (null: no 520). */
  officiallyElected: boolean | null;
}

export interface PartyElected {
  number: number;
  name: string;
  seats: number;
  elected: ElectedRow[];
  /** Officially elected people that our recount did not elect (should be empty). */
  missing: string[];
}

/** An exact percentage a/b, rounded half up to `decimals` places, as digits (no locale). */
export function roundedPercent(a: number, b: number, decimals: number): { int: string; frac: string } {
  if (b <= 0) return { int: '0', frac: '0'.repeat(decimals) };
  const scale = 10n ** BigInt(decimals);
  const num = BigInt(a) * 100n * scale * 2n + BigInt(b);
  const scaled = num / (2n * BigInt(b));
  const int = (scaled / scale).toString();
  const frac = (scaled % scale).toString().padStart(decimals, '0');
  return { int, frac };
}

export interface ResultsPageData {
  id: string;
  slug: string;
  name: string;
  category: string;
  date: string;
  seats: number;
  count: { level: string; name: string; status: Status; source: Source | null };
  totals: {
    eligible: number;
    cast: number;
    valid: number;
    blank: number | null;
    invalid: number | null;
    /** Exact turnout cast / eligible as a fraction. */
    turnout: { numerator: number; denominator: number };
  };
  quota: { text: string; numerator: string; denominator: string };
  preferenceThreshold: { percentage: number; text: string } | null;
  parties: PartyRow[];
  /** Null when there is no official result to compare with. */
  agreement: { parties: number; agreeing: number; differing: PartyRow[] } | null;
  electedAgreement: { ours: number; official: number; common: number } | null;
  elected: PartyElected[];
  unassigned: number;
  drawingOfLots: string | null;
  sources: Source[];
}

/** Builds the page data of one snapshot (throws when it cannot be recounted). */
export async function resultsPageData(snap: LoadedSnapshot): Promise<ResultsPageData> {
  const e = snap.election;
  const entry = wholeAreaCountEntry(e);
  if (entry === null || e.seats === null) throw new Error(`${e.election.id}: no results page possible`);
  const counts = await snap.counts(entry.level, entry.code);
  const total = counts?.total;
  if (!counts || !total) throw new Error(`${e.election.id}: ${entry.file} has no total`);
  const r: ApportionmentResult = allocateSeats(await seatInputFromSnapshot(snap));
  const official = await snap.result();

  // The comparison with the 520 is a check (src/lib/checks/seats.ts); the page shows its outcome.
  const comparison = compareSeats(
    r,
    official,
    { level: entry.level, id: total.id, code: entry.code, name: total.name, parent: null },
    { count: entry.source },
  );
  const parties: PartyRow[] = comparison.rows;

  const candidates = await snap.candidates();
  const nameOf = new Map<string, string>();
  for (const c of candidates?.contests ?? [])
    for (const l of c.lists) for (const p of l.candidates) nameOf.set(personKey(p), displayName(p));

  const elected: PartyElected[] = r.lists.flatMap((l, li) => {
    const cmp = comparison.lists[li]!;
    if (!(
      l.seats > 0 ||
      cmp.missing.length > 0 ||
      (official?.elected.some((x) => x.list === String(l.number)) ?? false)
    ))
      return [];
    const rows: ElectedRow[] = (l.elected ?? []).map((c, i) => ({
      position: c.position,
      name: (c.id !== undefined ? nameOf.get(c.id) : undefined) ?? c.name ?? `#${c.position}`,
      votes: c.votes,
      preference: c.reason === 'preference',
      officiallyElected: cmp.officiallyElected[i] ?? null,
    }));
    return [
      {
        number: l.number,
        name: l.name ?? String(l.number),
        seats: l.seats,
        elected: rows,
        missing: cmp.missing,
      },
    ];
  });

  const rs = reasons(counts, total);
  const blank = rs.rejected['blanco'] ?? null;
  const invalid = rs.rejected['ongeldig'] ?? null;
  const cast = total.totalCounted + (blank ?? 0) + (invalid ?? 0);

  return {
    id: e.election.id,
    slug: electionSlug(e.election.id),
    name: e.election.name,
    category: e.election.category,
    date: e.election.date,
    seats: e.seats,
    count: {
      level: entry.level,
      name: entry.name,
      status: entry.status,
      source: e.sources.find((s) => s.id === entry.source) ?? null,
    },
    totals: {
      eligible: total.cast,
      cast,
      valid: total.totalCounted,
      blank,
      invalid,
      turnout: { numerator: cast, denominator: total.cast },
    },
    quota: { text: r.quota.toText(), numerator: r.quota.num.toString(), denominator: r.quota.den.toString() },
    preferenceThreshold: r.preferenceThreshold
      ? { percentage: r.preferenceThreshold.percentage, text: r.preferenceThreshold.votes.toText() }
      : null,
    parties,
    agreement: comparison.agreement,
    electedAgreement: comparison.electedAgreement,
    elected,
    unassigned: r.unassigned,
    drawingOfLots: r.drawingOfLots ? r.drawingOfLots.description : null,
    sources: e.sources,
  };
}
