/**
 * All sessions of all elections, read once per build (memoized per folder) from content/sessions:
 * per election folder the imported polling-stations.json and the hand-kept sessions.csv. A wrong row
 * in sessions.csv throws SourceFileError, which fails the build with `file:line:column`.
 * Folders starting with "." (an importer's temporary files) are ignored.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SourceFileError } from '../model/source-error.ts';
import { eventName } from '../model/election-name.ts';
import { readManualSessions } from './manual.ts';
import {
  MANUAL_FILE,
  POLLING_STATIONS_FILE,
  type ImportedSource,
  type PollingStationSnapshot,
} from './snapshot.ts';
import type { Session } from './types.ts';

function findSessionsDir(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'content', 'sessions')))
      return path.join(dir, 'content', 'sessions');
    if (path.dirname(dir) === dir) return path.resolve(process.cwd(), 'content', 'sessions');
  }
}

/** Found once: every page of a build asks, and the walk up costs two file-system calls per folder. */
let foundSessionsDir: string | undefined;

export function sessionsDir(): string {
  return (
    process.env['OPEN_TELLING_SESSIONS_DIR'] ??
    (foundSessionsDir ??= findSessionsDir(path.dirname(fileURLToPath(import.meta.url))))
  );
}

export interface ElectionSessions {
  /** "TK2023" */
  id: string;
  /** "tk2023" */
  slug: string;
  /** "Tweede Kamerverkiezing 2023" */
  name: string;
  /** Election day (YYYY-MM-DD): the most common polling-station date. */
  date: string | null;
  sources: ImportedSource[];
  /** All sessions, polling stations and the hand-kept ones, sorted by municipality, time, name. */
  sessions: Session[];
}

const cache = new Map<string, ElectionSessions[]>();

/** Elections with session data, newest first. */
export function sessionElections(root: string = sessionsDir()): ElectionSessions[] {
  const hit = cache.get(root);
  if (hit) return hit;
  const out: ElectionSessions[] = [];
  const folders = existsSync(root)
    ? readdirSync(root).filter((f) => !f.startsWith('.') && statSync(path.join(root, f)).isDirectory())
    : [];
  for (const id of folders.sort()) {
    const dir = path.join(root, id);
    const sessions: Session[] = [];
    let sources: ImportedSource[] = [];
    const stationsFile = path.join(dir, POLLING_STATIONS_FILE);
    if (existsSync(stationsFile)) {
      const snap = JSON.parse(readFileSync(stationsFile, 'utf8')) as PollingStationSnapshot;
      if (snap.election !== id)
        throw new SourceFileError(
          stationsFile,
          1,
          1,
          `the file is for ${snap.election} but lies in the folder ${id}: import it again with --election ${id}`,
        );
      sessions.push(...snap.sessions);
      sources = snap.sources;
    }
    const names = new Map(sessions.map((s) => [s.municipalityCode, s.municipalityName]));
    const manualFile = path.join(dir, MANUAL_FILE);
    if (existsSync(manualFile)) {
      const manual = readManualSessions(manualFile, readFileSync(manualFile, 'utf8'), id);
      const ids = new Set(sessions.map((s) => s.id));
      for (const s of manual) {
        const known = names.get(s.municipalityCode);
        const line = s.source.line;
        if (known && known !== s.municipalityName)
          throw new SourceFileError(
            manualFile,
            line,
            4,
            `municipality ${s.municipalityCode} is called "${known}" in the polling-place list, not "${s.municipalityName}": use the official name`,
          );
        if (ids.has(s.id))
          throw new SourceFileError(
            manualFile,
            line,
            1,
            `id "${s.id}" is already a polling station's id: choose another`,
          );
      }
      sessions.push(...manual);
    }
    if (sessions.length === 0) continue;
    const days = new Map<string, number>();
    for (const s of sessions)
      if (s.kind === 'polling-station-count' && s.start)
        days.set(s.start.slice(0, 10), (days.get(s.start.slice(0, 10)) ?? 0) + 1);
    const date = [...days].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
    const category = /^[A-Z]+/.exec(id)?.[0] ?? id;
    out.push({
      id,
      slug: id.toLowerCase(),
      name: eventName(category, date ?? id.replace(/^[A-Z]+/, '')),
      date,
      sources,
      sessions: sessions.sort(
        (a, b) =>
          a.municipalityCode.localeCompare(b.municipalityCode) ||
          (a.start ?? '9').localeCompare(b.start ?? '9') ||
          a.name.localeCompare(b.name, 'nl') ||
          a.id.localeCompare(b.id),
      ),
    });
  }
  out.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.id.localeCompare(a.id));
  cache.set(root, out);
  return out;
}
