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

export async function buildDefaultData(shared: string, outRoot: string): Promise<string[]> {
  const log: string[] = [];
  const places: PollingPlace[] = await readPollingPlaces(
    path.join(shared, 'stemlokalen-tk2023-centerdata', 'TweedeKamer-verkiezingen_2023.csv'),
  );

  const report = (r: ImportResult) => {
    const byKind = r.findings.reduce<Record<string, number>>(
      (a, f) => ((a[f.kind] = (a[f.kind] ?? 0) + 1), a),
      {},
    );
    log.push(
      `${r.election.eventId}: ${r.sources.length} sources, ${r.counts.length} count files, findings ${JSON.stringify(byKind)}`,
    );
  };

  // TK2023: all EML plus every osv4-3 CSV (those covered by EML become comparisons only).
  const tk2023 = [
    ...(await filesUnder(path.join(shared, 'kiesraad-tk2023'), /\.eml\.xml$/)),
    ...(await filesUnder(path.join(shared, 'kiesraad-osv-csv-tk2023'), /\.csv$/i)),
  ];
  const r23 = await importFiles(tk2023.map(plainFile));
  const links23 = matchPollingPlaces(stations(r23), places);
  await writeSnapshotAtomic(
    path.join(outRoot, 'TK2023'),
    buildSnapshot(r23, { pollingPlaces: places, pollingPlaceLinks: links23 }),
  );
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
