/**
 * The committed snapshot of the imported polling stations of one election,
 * content/sessions/<election>/polling-stations.json: one session per line for readable diffs,
 * written atomically (temporary file, then rename) so a failed import leaves the old file whole.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Session } from './types.ts';

export interface ImportedSource {
  name: string;
  file: string;
  updated: string;
  sessions: number;
}

export interface PollingStationSnapshot {
  election: string;
  sources: ImportedSource[];
  sessions: Session[];
}

export const POLLING_STATIONS_FILE = 'polling-stations.json';
export const MANUAL_FILE = 'sessions.csv';

export function renderSnapshot(s: PollingStationSnapshot): string {
  return (
    `{\n  "election": ${JSON.stringify(s.election)},\n  "sources": [\n${s.sources.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ],\n` +
    `  "sessions": [\n${s.sessions.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]\n}\n`
  );
}

export async function writeSnapshotFile(dir: string, snapshot: PollingStationSnapshot): Promise<string> {
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, POLLING_STATIONS_FILE);
  const tmp = path.join(dir, `.${POLLING_STATIONS_FILE}.tmp-${process.pid}`);
  try {
    await writeFile(tmp, renderSnapshot(snapshot));
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  return target;
}
