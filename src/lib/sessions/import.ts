/**
 * Files → sessions. A polling-place list (CKAN JSON or CSV in the VNG standard, or the Centerdata
 * TK2023 list) becomes one count session per polling place; nothing is written unless every file
 * and every row is right (the caller writes the snapshot only after this returns).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SourceFileError, toSourceFileError } from '../model/source-error.ts';
import { readCkanTable, readCsvTable } from './rows.ts';
import type { ImportedSource, PollingStationSnapshot } from './snapshot.ts';
import type { Session } from './types.ts';
import { sessionsFromVngTable } from './vng-standard.ts';
import { readXlsxTable } from './xlsx.ts';

export interface ImportOptions {
  election: string;
  /** YYYY-MM-DD of the export; defaults to a date in the file name ("…__2025-08-20.json"). */
  updated?: string;
  /** A human name of the source; defaults by format. */
  sourceName?: string;
}

export const ELECTION_ID = /^(TK|EK|EP|PS|AB|GR|ER|NR)\d{4}[A-Z0-9-]*$/;

export async function importPollingPlaces(
  files: readonly string[],
  options: ImportOptions,
): Promise<PollingStationSnapshot> {
  if (!ELECTION_ID.test(options.election))
    throw new Error(`--election "${options.election}" is not an election id: use e.g. TK2023, GR2026`);
  const sources: ImportedSource[] = [];
  const sessions: Session[] = [];
  const firstSeen = new Map<string, string>();
  for (const file of files) {
    const isXlsx = /\.xlsx$/i.test(file);
    let content = '';
    try {
      if (!isXlsx) content = await readFile(file, 'utf8');
    } catch (e) {
      throw toSourceFileError(file, e);
    }
    const name = path.basename(file);
    const updated = options.updated ?? /(\d{4}-\d{2}-\d{2})/.exec(name)?.[1];
    if (!updated)
      throw new SourceFileError(
        file,
        1,
        1,
        'the export date is not in the file name: pass --updated YYYY-MM-DD',
      );
    const isJson = !isXlsx && (/\.json$/i.test(file) || /^\s*[[{]/.test(content.slice(0, 100)));
    const table = isXlsx
      ? await readXlsxTable(file)
      : isJson
        ? readCkanTable(file, content)
        : readCsvTable(file, content);
    const sourceName =
      options.sourceName ??
      (isJson
        ? 'Waar is mijn stemlokaal (VNG Stembureaus Open Data Standaard)'
        : isXlsx
          ? 'Stembureaus Open Data Standaard (spreadsheet)'
          : 'Stembureaus Open Data Standaard (CSV)');
    const found = sessionsFromVngTable(table, { election: options.election, sourceName, updated });
    for (const s of found) {
      const other = firstSeen.get(s.id);
      if (other)
        throw new SourceFileError(
          file,
          s.source.line,
          1,
          `polling place ${s.id} is also in ${other}: import each list once`,
        );
      firstSeen.set(s.id, name);
    }
    sessions.push(...found);
    sources.push({ name: sourceName, file: name, updated, sessions: found.length });
  }
  sessions.sort(
    (a, b) =>
      a.municipalityCode.localeCompare(b.municipalityCode) ||
      a.name.localeCompare(b.name, 'nl') ||
      a.id.localeCompare(b.id, 'en', { numeric: true }),
  );
  return { election: options.election, sources, sessions };
}
