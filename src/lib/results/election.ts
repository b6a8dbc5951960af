/**
 * The results model of one election, built once per build from its snapshot (memoized per snapshot
 * folder; the nl and en pages share it): the nation, the kieskringen, every municipality (or council)
 * and every polling station the data has, each with its figures, its status (official EML or
 * provisional CSV) and its source file. Plain data, no Astro, no wording: the page view models
 * (./views/*.ts) turn it into text per language.
 *
 * Which count gives which unit (the general rule; the most official file wins, and a unit is never
 * assembled from two files):
 * - nation: the CSB count's total (510d);
 * - kieskring: its row in the CSB count (510d), else the total of its HSB count;
 * - municipality: its row in the HSB count of its kieskring (510c, or the osv4-3 CSV where the 510c is
 *   missing), else the total of its own GSB count (council elections: one GSB count per council);
 * - polling station: the rows of the municipality's GSB count (510b or osv4-3 CSV).
 */
import { catalog, dataDir, type Catalog, type CatalogEntry } from '../model/catalog.ts';
import { reasons, type LoadedSnapshot } from '../model/load.ts';
import type { SnapshotCountIndexEntry, SnapshotCounts, SnapshotUnit } from '../model/snapshot-types.ts';
import type { Source, Status } from '../model/types.ts';
import { resultsPageData, type ResultsPageData } from './page-data.ts';
import { displayName, wholeAreaCountEntry } from './seat-input.ts';
import { linkPreviousCouncils, type PreviousCouncil } from './previous-council.ts';
import { resultsSegments } from './paths.ts';
import { listSlug, regionSlug, stationSlug, uniqueSlugs } from './slug.ts';

export interface ListCount {
  /** List number as published ("4"). */
  list: string;
  name: string;
  votes: number;
}

/** The admission count of a polling station or municipality (PV N 10 / Na 31, section "toelating"). */
export interface Admission {
  /** Valid stempassen, volmachtbewijzen, kiezerspassen handed in; null when the file does not give it. */
  stempassen: number | null;
  volmachten: number | null;
  kiezerspassen: number | null;
  /** Toegelaten kiezers (admitted voters); null when the file does not give it. */
  admitted: number | null;
  /** Ballots found in the ballot box: valid + blank + invalid. */
  ballots: number;
  /** Explanations recorded for a difference, by the published reason code, only non-zero ones. */
  explanations: { reason: string; count: number }[];
}

export interface Provenance {
  status: Status;
  source: Source | null;
}

export interface UnitFigures {
  /** Kiesgerechtigden (opgeroepenen at a polling station); null when the file reports none (0). */
  eligible: number | null;
  valid: number;
  blank: number | null;
  invalid: number | null;
  /** Ballots cast: valid + blank + invalid. */
  votesCast: number;
  /** Lists on the ballot here, in list order. */
  lists: ListCount[];
  admission: Admission | null;
  provenance: Provenance;
}

export interface StationResult {
  /** ReportingUnitIdentifier as published ("0482::SB1"). */
  id: string;
  code: string;
  /** The name as published, without the "(postcode: …)" suffix some files add. */
  name: string;
  postcode: string | null;
  slug: string;
  figures: UnitFigures;
}

export type MunicipalityKind = 'municipality' | 'island' | 'postal';

/** A polling place of this election with its location (the snapshot's own polling-place list only). */
export interface PlaceRef {
  key: string;
  name: string;
  lat: number | null;
  lon: number | null;
  address: string;
  /** The polling station (slug) counted at this place, when the station is matched to it. */
  station: string | null;
}

export interface MunicipalityResult {
  /** CBS code without "GM" ("0482"); 9001–9003 the islands, 9010 the postal-vote office (NBSB). */
  code: string;
  name: string;
  slug: string;
  kind: MunicipalityKind;
  /** Kieskring id ("HSB14") or null (council elections). */
  region: string | null;
  figures: UnitFigures;
  stations: StationResult[];
  /**
   * Polling places with coordinates from the snapshot's own polling-place list (TK2023). Another
   * election's list is never used: a 2023 location is not proof of a 2022 polling place.
   */
  places: PlaceRef[];
  /** Council elections: the council's seats, or null with the reason (files do not give the size). */
  council: { seats: number | null; seatsMissing: string | null } | null;
  /** Council elections: the same council's previous result in the data (./previous-council.ts), or null. */
  previous: PreviousCouncil | null;
}

export interface RegionResult {
  id: string;
  number: string;
  /** The kieskring's name as the Kiesraad publishes it in the 110a ("Groningen"). */
  name: string;
  slug: string;
  figures: UnitFigures;
  municipalities: string[];
}

export interface CandidateVotes {
  /** ShortCode or position: the key the count uses. */
  key: string;
  position: number | null;
  name: string;
  votes: number;
}

export interface ElectionList {
  list: string;
  name: string;
  slug: string;
  votes: number;
  candidates: CandidateVotes[];
}

export interface ResultsElection {
  id: string;
  slug: string;
  name: string;
  category: string;
  date: string;
  /** national: one contest (TK, EP); council: one contest per municipality (GR). */
  type: 'national' | 'council';
  seats: number | null;
  preferenceThreshold: number | null;
  nation: UnitFigures | null;
  regions: RegionResult[];
  municipalities: MunicipalityResult[];
  /** Lists of the whole-area contest with their candidates' votes (national elections). */
  lists: ElectionList[];
  /** Seats: official result and our recount (null when the election cannot be recounted). */
  seatData: ResultsPageData | null;
  sources: Source[];
}

/** "Stembureau De Damsteen (postcode: 2951ED)" → "Stembureau De Damsteen". */
export function publishedName(name: string): string {
  return name.replace(/\s*\(postcode:[^)]*\)\s*$/i, '').trim() || name.trim();
}

const ADMISSION_KEYS = new Set([
  'geldige stempassen',
  'geldige volmachtbewijzen',
  'geldige kiezerspassen',
  'toegelaten kiezers',
]);

function figuresOf(counts: SnapshotCounts, unit: SnapshotUnit, provenance: Provenance): UnitFigures {
  const rs = reasons(counts, unit);
  const blank = rs.rejected['blanco'] ?? null;
  const invalid = rs.rejected['ongeldig'] ?? null;
  const lists: ListCount[] = [];
  counts.lists.forEach((l, i) => {
    const row = unit.votes[i];
    if (row) lists.push({ list: l.list, name: l.name, votes: row[0] ?? 0 });
  });
  const votesCast = unit.totalCounted + (blank ?? 0) + (invalid ?? 0);
  const u = rs.uncounted;
  const hasAdmission = Object.keys(u).some((k) => ADMISSION_KEYS.has(k));
  const admission: Admission | null = hasAdmission
    ? {
        stempassen: u['geldige stempassen'] ?? null,
        volmachten: u['geldige volmachtbewijzen'] ?? null,
        kiezerspassen: u['geldige kiezerspassen'] ?? null,
        admitted: u['toegelaten kiezers'] ?? null,
        ballots: votesCast,
        explanations: Object.entries(u)
          .filter(([k, v]) => !ADMISSION_KEYS.has(k) && v > 0)
          .map(([reason, count]) => ({ reason, count })),
      }
    : null;
  return {
    eligible: unit.cast > 0 ? unit.cast : null,
    valid: unit.totalCounted,
    blank,
    invalid,
    votesCast,
    lists,
    admission,
    provenance,
  };
}

function provenanceOf(entry: CatalogEntry, ix: SnapshotCountIndexEntry): Provenance {
  return { status: ix.status, source: entry.election.sources.find((s) => s.id === ix.source) ?? null };
}

const collator = new Intl.Collator('en', { numeric: true });
function naturalCompare(a: string, b: string): number {
  return collator.compare(a, b);
}

function municipalityKind(code: string): MunicipalityKind {
  if (code === '9010') return 'postal';
  if (/^900[1-9]$/.test(code)) return 'island';
  return 'municipality';
}

function stationsOf(
  entry: CatalogEntry,
  ix: SnapshotCountIndexEntry,
  counts: SnapshotCounts,
): StationResult[] {
  const prov = provenanceOf(entry, ix);
  const units = [...counts.units].sort((a, b) => naturalCompare(a.code, b.code));
  const out: StationResult[] = [];
  const seen = new Set<string>();
  for (const u of units) {
    const name = publishedName(u.name);
    let slug = stationSlug(name, u.code);
    // Codes are unique within a count file; this only guards against a file that repeats one.
    while (seen.has(slug)) slug = `${slug}-x`;
    seen.add(slug);
    out.push({
      id: u.id,
      code: u.code,
      name,
      postcode: u.postcode ?? null,
      slug,
      figures: figuresOf(counts, u, prov),
    });
  }
  return out;
}

async function build(entry: CatalogEntry, cat: Catalog): Promise<ResultsElection> {
  const snap: LoadedSnapshot = entry.snapshot;
  const e = entry.election;
  const council = e.domains.length > 0 || /^(GR|ER|IR)$/.test(e.election.category);
  const gsbCounts = e.counts.filter((c) => c.level === 'GSB');

  // Nation
  const csbIx = e.counts.find((c) => c.level === 'CSB') ?? null;
  const csb = csbIx ? await snap.counts('CSB', 'CSB') : null;
  const nation = csb && csb.total && csbIx ? figuresOf(csb, csb.total, provenanceOf(entry, csbIx)) : null;

  // Kieskringen (national elections with a region tree)
  const regionDefs = e.regions.filter((r) => r.category === 'KIESKRING');
  const regions: RegionResult[] = [];
  const municipalityRows = new Map<string, { name: string; region: string | null; figures: UnitFigures }>();
  for (const r of regionDefs) {
    const hsbIx = e.counts.find((c) => c.level === 'HSB' && c.code === r.id) ?? null;
    const hsb = hsbIx ? await snap.counts('HSB', r.id) : null;
    const csbRow = csb?.units.find((u) => u.code === r.id) ?? null;
    let figures: UnitFigures | null = null;
    if (csb && csbRow && csbIx) figures = figuresOf(csb, csbRow, provenanceOf(entry, csbIx));
    else if (hsb?.total && hsbIx) figures = figuresOf(hsb, hsb.total, provenanceOf(entry, hsbIx));
    const munis: string[] = [];
    if (hsb && hsbIx) {
      for (const u of hsb.units) {
        munis.push(u.code);
        municipalityRows.set(u.code, {
          name: publishedName(u.name),
          region: r.id,
          figures: figuresOf(hsb, u, provenanceOf(entry, hsbIx)),
        });
      }
    }
    if (figures)
      regions.push({
        id: r.id,
        number: r.number ?? r.id.replace(/\D/g, ''),
        name: r.name,
        slug: regionSlug(r.number ?? r.id, r.name),
        figures,
        municipalities: munis,
      });
  }

  // Municipalities: from the HSB rows, plus councils / municipalities only known from their GSB count.
  const domains = council ? cat.domains(entry) : [];
  const regionName = new Map(e.regions.map((r) => [r.id, r.name]));
  const items: Omit<MunicipalityResult, 'slug' | 'places'>[] = [];
  const codes = new Set<string>([...municipalityRows.keys(), ...gsbCounts.map((c) => c.code)]);
  for (const code of [...codes].sort(naturalCompare)) {
    const row = municipalityRows.get(code);
    const gsbIx = gsbCounts.find((c) => c.code === code) ?? null;
    const gsb = gsbIx ? await snap.counts('GSB', code) : null;
    let figures = row?.figures ?? null;
    if (!figures && gsb?.total && gsbIx) figures = figuresOf(gsb, gsb.total, provenanceOf(entry, gsbIx));
    if (!figures) continue;
    const domain = domains.find((d) => d.id === code);
    const name =
      domain?.name ??
      regionName.get(code) ??
      row?.name ??
      publishedName(gsb?.name ?? code).replace(/^Gemeente\s+/i, '');
    items.push({
      code,
      name,
      kind: municipalityKind(code),
      region: row?.region ?? e.regions.find((r) => r.id === code)?.parent ?? null,
      figures,
      stations: gsb && gsbIx ? stationsOf(entry, gsbIx, gsb) : [],
      council: council
        ? {
            seats: domain?.seats ?? null,
            seatsMissing: domain ? domain.seatsMissing : 'no-election-definition',
          }
        : null,
      previous: null,
    });
  }
  // Polling places of this election (only when the snapshot has its own list).
  const ownPlaces = await snap.pollingPlaces();
  const placeLinks = ownPlaces ? await snap.pollingPlaceLinks() : null;
  const placesByCode = new Map<string, PlaceRef[]>();
  if (ownPlaces) {
    const linkOf = new Map(
      (placeLinks?.links ?? [])
        .filter((l) => l.place !== null && (l.confidence === 'high' || l.confidence === 'medium'))
        .map((l) => [l.place!, l.unit]),
    );
    for (const p of ownPlaces) {
      const list = placesByCode.get(p.code) ?? [];
      list.push({
        key: p.id,
        name: p.name,
        lat: p.lat,
        lon: p.lon,
        address: [p.address, p.place].filter(Boolean).join(', '),
        station: linkOf.get(p.id) ?? null,
      });
      placesByCode.set(p.code, list);
    }
  }
  // A municipality called "Sorteer" must not take the address of the sorted table (paths.ts).
  const slugs = uniqueSlugs(
    items,
    (m) => m.name,
    (m) => m.code,
    new Set(Object.values(resultsSegments.sort)),
  );
  const municipalities = items.map((m) => {
    const stationSlugById = new Map(m.stations.map((st) => [st.id, st.slug]));
    const places = (placesByCode.get(m.code) ?? []).map((p) => ({
      ...p,
      station: p.station ? (stationSlugById.get(p.station) ?? null) : null,
    }));
    return { ...m, places, slug: slugs.get(m)! };
  });

  // Seats (official and recount) and the lists with their candidates' votes (national count only).
  let seatData: ResultsPageData | null = null;
  if (e.seats !== null && wholeAreaCountEntry(e) !== null && !council) seatData = await resultsPageData(snap);
  const lists: ElectionList[] = [];
  if (csb?.total) {
    const cands = await snap.candidates();
    const byKey = new Map<string, { name: string; position: number }>();
    for (const contest of cands?.contests ?? [])
      for (const l of contest.lists)
        for (const c of l.candidates) {
          const key = c.shortCode ?? `${l.list}#${c.position}`;
          if (!byKey.has(key)) byKey.set(key, { name: displayName(c), position: Number(c.position) });
        }
    csb.lists.forEach((l, i) => {
      const row = csb.total!.votes[i];
      if (!row) return;
      lists.push({
        list: l.list,
        name: l.name,
        slug: listSlug(l.list, l.name),
        votes: row[0] ?? 0,
        candidates: l.candidates.map((key, j) => {
          const who = byKey.get(key) ?? byKey.get(`${l.list}#${key}`);
          return {
            key,
            position: who?.position ?? null,
            name: who?.name ?? l.candidateNames?.[j] ?? key,
            votes: row[j + 1] ?? 0,
          };
        }),
      });
    });
  }

  return {
    id: e.election.id,
    slug: entry.slug,
    name: e.election.name,
    category: e.election.category,
    date: e.election.date,
    type: council ? 'council' : 'national',
    seats: council ? null : e.seats,
    preferenceThreshold: e.preferenceThreshold,
    nation,
    regions,
    municipalities,
    lists,
    seatData,
    sources: e.sources,
  };
}

const memo = new Map<string, Promise<ResultsElection>>();

/** The results model of one catalog entry, built once per process (nl and en share it). */
export function resultsElection(entry: CatalogEntry, cat: Catalog): Promise<ResultsElection> {
  let p = memo.get(entry.dir);
  if (!p) {
    p = build(entry, cat);
    memo.set(entry.dir, p);
    p.catch(() => memo.delete(entry.dir));
  }
  return p;
}

/** Every election of the data folder that has at least one result to show, in date order. */
export async function resultsElections(root: string = dataDir()): Promise<ResultsElection[]> {
  const cat = await catalog(root);
  const all = await Promise.all(cat.entries.map((entry) => resultsElection(entry, cat)));
  const shown = all
    .filter((r) => r.nation !== null || r.municipalities.length > 0)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  linkPreviousCouncils(shown);
  return shown;
}
