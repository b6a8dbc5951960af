/**
 * The default dataset: TK2023 (all levels; Arnhem and 's-Hertogenbosch municipal figures from the
 * provisional CSVs because their 510c files are missing), GR2022 (330 municipalities from osv4-3 CSVs,
 * West Maas en Waal official from EML), TK2025 West Maas en Waal and GR2026 Assen (osv4-3 CSV). The HvA/UvA Amsterdam subset is
 * deliberately left out: it is a derived teaching file, not a complete municipality.
 */
import path from 'node:path';
import { readdir } from 'node:fs/promises';
import { importFiles } from './import.ts';
import type { ImportResult } from './import.ts';
import { plainFile } from './input.ts';
import { buildSnapshot } from './snapshot.ts';
import { writeSnapshotAtomic } from './write.ts';
import { matchPollingPlaces, readPollingPlaces } from '../model/polling-places.ts';
import type { PollingPlace } from '../model/snapshot-types.ts';
import { importBoundaries } from '../geo/boundaries.ts';
import { readPvFolder } from '../pv/read.ts';
import { snapshotJson } from '../model/json.ts';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';

async function filesUnder(dir: string, re: RegExp): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(p, re)));
    else if (re.test(e.name)) out.push(p);
  }
  return out.sort();
}

function stations(r: ImportResult) {
  return r.counts
    .filter((f) => f.level === 'GSB')
    .flatMap((f) =>
      f.units.map((u) => ({
        id: u.id,
        municipality: u.parent ?? '',
        name: u.name,
        postcode: u.postcode,
        status: f.source.status,
      })),
    )
    .filter(
      (
        s,
      ): s is {
        id: string;
        municipality: string;
        name: string;
        postcode: string | undefined;
        status: 'official' | 'provisional';
      } => Boolean(s.municipality),
    )
    .map(({ status: _status, postcode, ...rest }) => (postcode ? { ...rest, postcode } : rest))
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}

/** TK2023's inputs: all EML plus every osv4-3 CSV (those covered by EML become comparisons only). */
export async function tk2023Files(shared: string): Promise<string[]> {
  return [
    ...(await filesUnder(path.join(shared, 'kiesraad-tk2023'), /\.eml\.xml$/)),
    ...(await filesUnder(path.join(shared, 'kiesraad-osv-csv-tk2023'), /\.csv$/i)),
  ];
}

/** The TK2023 polling places (Centerdata list) that the TK2023 snapshot links its stations to. */
export function tk2023PollingPlaces(shared: string): Promise<PollingPlace[]> {
  return readPollingPlaces(
    path.join(shared, 'stemlokalen-tk2023-centerdata', 'TweedeKamer-verkiezingen_2023.csv'),
  );
}

/**
 * Imports the TK2023 files and writes outRoot/TK2023 with its polling places, as `npm run data`
 * does (also used by the election-night benchmark, which re-imports with one new municipal file).
 */
export async function writeTk2023(files: readonly string[], places: PollingPlace[], outRoot: string) {
  const result = await importFiles(files.map(plainFile));
  const links = matchPollingPlaces(stations(result), places);
  await writeSnapshotAtomic(
    path.join(outRoot, 'TK2023'),
    buildSnapshot(result, { pollingPlaces: places, pollingPlaceLinks: links }),
  );
  return { result, links };
}

export async function buildDefaultData(shared: string, outRoot: string): Promise<string[]> {
  const log: string[] = [];
  const places: PollingPlace[] = await tk2023PollingPlaces(shared);

  const report = (r: ImportResult) => {
    const byKind = r.findings.reduce<Record<string, number>>(
      (a, f) => ((a[f.kind] = (a[f.kind] ?? 0) + 1), a),
      {},
    );
    log.push(
      `${r.election.eventId}: ${r.sources.length} sources, ${r.counts.length} count files, findings ${JSON.stringify(byKind)}`,
    );
  };

  const { result: r23, links: links23 } = await writeTk2023(await tk2023Files(shared), places, outRoot);
  report(r23);
  log.push(
    `TK2023 polling-place links: ${links23.filter((l) => l.place).length} of ${links23.length} matched`,
  );

  // GR2022: 330 municipal CSVs plus the official EML of West Maas en Waal.
  const gr2022 = [
    ...(await filesUnder(path.join(shared, 'kiesraad-osv-csv-gr2022'), /\.csv$/i)),
    ...(await filesUnder(path.join(shared, 'kiesraad-gr2022-sample'), /\.eml\.xml$/)),
  ];
  const r22 = await importFiles(gr2022.map(plainFile));
  const links22 = matchPollingPlaces(stations(r22), places, true);
  await writeSnapshotAtomic(
    path.join(outRoot, 'GR2022'),
    buildSnapshot(r22, { pollingPlaceLinks: links22, pollingPlacesRef: '../TK2023/polling-places.json' }),
  );
  report(r22);
  log.push(
    `GR2022 polling-place links: ${links22.filter((l) => l.place).length} of ${links22.length} matched`,
  );

  // TK2025: West Maas en Waal (EML) with its CSV as comparison, and the two candidate lists.
  const r25 = await importFiles(
    (await filesUnder(path.join(shared, 'kiesraad-tk2025-sample'), /\.(eml\.xml|csv)$/)).map(plainFile),
  );
  await writeSnapshotAtomic(path.join(outRoot, 'TK2025'), buildSnapshot(r25));
  report(r25);

  // GR2026: Assen's osv4-3 CSV only. The GR2026 110a in the same folder is Stadskanaal's, a different
  // council: combining them would give Assen Stadskanaal's 23 seats. Assen's council size is therefore
  // not in the files (catalog().domains() says so: seats null, seatsMissing).
  const r26 = await importFiles(
    [path.join(shared, 'kiesraad-gr2026-sample', 'osv4-3_telling_gr2026_assen.csv')].map(plainFile),
  );
  await writeSnapshotAtomic(path.join(outRoot, 'GR2026'), buildSnapshot(r26));
  report(r26);
  return log;
}

/**
 * Municipality boundaries for the maps (content/geo/): the 2023 set (342 municipalities, TK2023) and
 * the April 2022 set (344, GR2022), both RD New, simplified and quantized (src/lib/geo/boundaries.ts).
 */
export async function buildDefaultGeo(shared: string, outDir: string): Promise<string[]> {
  const geo = path.join(shared, 'geo');
  const files = new Map<string, unknown>();
  const log: string[] = [];
  const sets = [
    {
      name: 'gemeenten-2023.json',
      file: 'gemeenten_2023_rd_hilbrand.geojson',
      id: 'gemeenten-2023',
      origin:
        'Hilbrand/verkiezingsuitslagen @ 82c601376f8d951a30e30dd6f817ed0275952dc9, geo/2023/gemeenten.geojson (geometry CBS/Kadaster, CC-BY 4.0)',
    },
    {
      name: 'gemeenten-2022.json',
      file: 'kiesraad-electionmaps_cbs2022_april.min.geo.json',
      id: 'gemeenten-2022',
      origin:
        'kiesraad/electionmaps @ 02614a14ea2d659f0e4aecebd57ffcf43fa21138, cbs2022_april.min.geo.json (CBS, Kadaster, CC-BY 4.0)',
    },
  ];
  for (const s of sets) {
    const b = await importBoundaries(path.join(geo, s.file), {
      id: s.id,
      origin: s.origin,
      keep: 0.1,
      quantization: 10000,
    });
    files.set(s.name, b);
    log.push(`geo ${s.id}: ${b.count} municipalities, ${b.topology.arcs.length} arcs`);
  }
  await writeSnapshotAtomic(outDir, files, { replaceRegenerated: true });
  return log;
}

const PV_README = `# Processen-verbaal addresses (\`content/pv/<election>.json\`)

Written by \`npm run data\` (this file too) from \`../shared/data/processen-verbaal-urls/\`: a volunteer
archive of the web addresses where each municipality published its count reports; only the addresses
and SHA256SUMS are used. A unit test checks that the committed files equal a fresh import.

Per municipality (\`code\`, \`name\`, \`files\` = lines listed): \`municipal\` (Na 31-1 / Na 31-2 and other
municipal reports), \`control\` (controleprotocol), \`stations\` (station number as in the count files'
\`SB<n>\` → its files) and \`unmatched\` (each with the \`reason\` no rule could place it). A link has
\`url\`, and \`form\` (N 10-1, Na 31-2, corrigendum…) and \`sha256\` when known. The rules are in
\`src/lib/pv/match.ts\`; nothing is guessed. \`npm run data\` prints the unmatched count per municipality.
Read through \`pvLinksFor(election, municipalityCode, stationNumber?)\` in \`src/lib/results/pv-links.ts\`.
`;

const PV_ORIGIN =
  'Sjors/verkiezingen-processen-verbaal @ 9a5ebe33520bd6206e5ae675fc3c64e0c01cc578 (MIT): addresses and SHA256SUMS only';

/**
 * Where each municipality published its processen-verbaal (content/pv/<election>.json), matched to
 * polling stations and municipal reports by file-name rules (src/lib/pv/match.ts); what no rule places
 * is listed as unmatched with its reason, and counted per municipality in the log and in the file.
 */
export async function buildDefaultPv(shared: string, outDir: string): Promise<string[]> {
  const root = path.join(shared, 'processen-verbaal-urls');
  const log: string[] = [];
  const tmp = `${outDir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  try {
    await writeFile(path.join(tmp, 'README.md'), PV_README);
    for (const [folder, election] of [
      ['2023-TK', 'TK2023'],
      ['2024-EP', 'EP2024'],
      ['2025-TK', 'TK2025'],
      ['2026-GR', 'GR2026'],
    ] as const) {
      const pv = await readPvFolder(path.join(root, folder), election, PV_ORIGIN);
      await writeFile(path.join(tmp, `${election}.json`), snapshotJson(pv, 2));
      const s = pv.summary;
      log.push(
        `pv ${election}: ${s.files} addresses in ${s.municipalities} municipalities; ${s.stations} to polling stations, ${s.municipal} municipal, ${s.control} control protocols, ${s.unmatched} unmatched`,
      );
      const worst = pv.municipalities
        .filter((m) => m.unmatched.length > 0)
        .sort((a, b) => b.unmatched.length - a.unmatched.length || a.code.localeCompare(b.code));
      log.push(
        `pv ${election} unmatched per municipality: ${worst.map((m) => `${m.code} ${m.name} ${m.unmatched.length}/${m.files}`).join('; ')}`,
      );
    }
    await rm(outDir, { recursive: true, force: true });
    await rename(tmp, outDir);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  return log;
}
