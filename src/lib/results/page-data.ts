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

export interface PartyRow {
  number: number;
  name: string;
  votes: number;
  /** Seats in the official result (520); null when the snapshot has no result.json. */
  official: number | null;
  ours: number;
  agrees: boolean | null;
}

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

/**
 * Who is who between our recount and the 520: the ShortCode when both have one (TK/EP, where the
 * 510d keys candidates by ShortCode), else the position on the list (GR and other single-list
 * elections, where the 520 and the 230b share positions).
 */
function officialKey(x: { list: string; shortCode: string | null; position: string }): string {
  return `${x.list}:${x.shortCode ?? `#${x.position}`}`;
}
function engineKey(list: number, c: { id?: string; position: number }): string {
  return `${list}:${c.id !== undefined && !c.id.startsWith('name|') ? c.id : `#${c.position}`}`;
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

  const officialSeats = new Map(official?.lists.map((l) => [l.list, l.seats]) ?? []);
  const parties: PartyRow[] = r.lists.map((l) => {
    const off = official ? (officialSeats.get(String(l.number)) ?? 0) : null;
    return {
      number: l.number,
      name: l.name ?? String(l.number),
      votes: l.votes,
      official: off,
      ours: l.seats,
      agrees: off === null ? null : off === l.seats,
    };
  });

  const officialElected = new Set(official?.elected.map(officialKey) ?? []);
  const candidates = await snap.candidates();
  const nameOf = new Map<string, string>();
  for (const c of candidates?.contests ?? [])
    for (const l of c.lists) for (const p of l.candidates) nameOf.set(personKey(p), displayName(p));

  const ourElectedKeys = new Set<string>();
  const elected: PartyElected[] = r.lists
    .filter((l) => l.seats > 0 || (official?.elected.some((x) => x.list === String(l.number)) ?? false))
    .map((l) => {
      const keys = (l.elected ?? []).map((c) => engineKey(l.number, c));
      keys.forEach((k) => ourElectedKeys.add(k));
      const rows: ElectedRow[] = (l.elected ?? []).map((c, i) => ({
        position: c.position,
        name: (c.id !== undefined ? nameOf.get(c.id) : undefined) ?? c.name ?? `#${c.position}`,
        votes: c.votes,
        preference: c.reason === 'preference',
        officiallyElected: official ? officialElected.has(keys[i]!) : null,
      }));
      const missing =
        official?.elected
          .filter((x) => x.list === String(l.number) && !keys.includes(officialKey(x)))
          .map((x) => x.name) ?? [];
      return { number: l.number, name: l.name ?? String(l.number), seats: l.seats, elected: rows, missing };
    });
  const common = [...ourElectedKeys].filter((k) => officialElected.has(k)).length;

  const rs = reasons(counts, total);
  const blank = rs.rejected['blanco'] ?? null;
  const invalid = rs.rejected['ongeldig'] ?? null;
  const cast = total.totalCounted + (blank ?? 0) + (invalid ?? 0);
  const compared = parties.filter((p) => p.official !== null && (p.official > 0 || p.ours > 0));

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
    agreement: official
      ? {
          parties: compared.length,
          agreeing: compared.filter((p) => p.agrees).length,
          differing: compared.filter((p) => !p.agrees),
        }
      : null,
    electedAgreement: official ? { ours: ourElectedKeys.size, official: officialElected.size, common } : null,
    elected,
    unassigned: r.unassigned,
    drawingOfLots: r.drawingOfLots ? r.drawingOfLots.description : null,
    sources: e.sources,
  };
}
