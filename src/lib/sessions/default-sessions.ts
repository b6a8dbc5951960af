/**
 * The default session data: the polling places of TK2023 (Centerdata list, 9,140 places), PS/WS 2023
 * (Centerdata spreadsheet, 8,669 places; provincial and water-board elections share polling places), TK2025 and
 * GR2026 (partial exports of waarismijnstemlokaal.nl, as published by then) from ../shared/data,
 * written into content/sessions/<election>/polling-stations.json. The hand-kept sessions.csv files
 * beside them are not touched. Deterministic: two runs give byte-identical files.
 */
import path from 'node:path';
import { importPollingPlaces } from './import.ts';
import { writeSnapshotFile } from './snapshot.ts';

export const defaultSessionSources = [
  {
    election: 'TK2023',
    files: ['stemlokalen-tk2023-centerdata/TweedeKamer-verkiezingen_2023.csv'],
    sourceName: 'Centerdata, stemlokalen Tweede Kamerverkiezing 2023 (Kiesraad / Waar is mijn stemlokaal)',
    // The list has no export date of its own; it describes the polling places of election day.
    updated: '2023-11-22',
  },
  {
    election: 'PS2023',
    files: ['stemlokalen-tk2023-centerdata/Stemlokalen_PS_WS_2023.xlsx'],
    sourceName:
      'Centerdata, stemlokalen Provinciale Staten- en waterschapsverkiezingen 2023 (Kiesraad / Waar is mijn stemlokaal)',
    // As above: the polling places of election day, 15 March 2023.
    updated: '2023-03-15',
  },
  {
    election: 'TK2025',
    files: ['wims-stemlokalen/stemlokalen_TK2025__2025-08-20.json'],
    sourceName: 'Waar is mijn stemlokaal (VNG Stembureaus Open Data Standaard), deellijst',
  },
  {
    election: 'GR2026',
    files: ['wims-stemlokalen/stemlokalen_gr2026__2026-01-21.json'],
    sourceName: 'Waar is mijn stemlokaal (VNG Stembureaus Open Data Standaard), deellijst',
  },
] as const;

export async function buildDefaultSessions(shared: string, outRoot: string): Promise<string[]> {
  const log: string[] = [];
  for (const source of defaultSessionSources) {
    const snapshot = await importPollingPlaces(
      source.files.map((f) => path.join(shared, f)),
      {
        election: source.election,
        sourceName: source.sourceName,
        ...('updated' in source ? { updated: source.updated } : {}),
      },
    );
    await writeSnapshotFile(path.join(outRoot, source.election), snapshot);
    const municipalities = new Set(snapshot.sessions.map((s) => s.municipalityCode)).size;
    log.push(
      `${source.election} sessions: ${snapshot.sessions.length} polling places in ${municipalities} municipalities`,
    );
  }
  return log;
}
