/**
 * Loader for snapshots written by the importer (content/data/<election>/). The site build and the seat
 * engine read the model only through these functions. Files are read on demand, so a page that needs
 * one municipality reads one small file.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SNAPSHOT_FORMAT } from './snapshot-types.ts';
import type {
  PollingPlace,
  PollingPlaceLink,
  SnapshotCandidates,
  SnapshotCounts,
  SnapshotElection,
  SnapshotFindings,
  SnapshotPollingStations,
  SnapshotResult,
  SnapshotUnit,
} from './snapshot-types.ts';
import type { Level } from './types.ts';

/**
 * content/data in this repository. Found by walking up from this module to the folder that holds
 * package.json and content/data: the module may run from src/lib/model (scripts, tests) or from a
 * bundled chunk anywhere under the build's output folder (the site build), so a fixed number of
 * "../" is not enough.
 */
export const defaultDataDir = findDataDir(path.dirname(fileURLToPath(import.meta.url)));

function findDataDir(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'content', 'data'))) {
      return path.join(dir, 'content', 'data');
    }
    if (path.dirname(dir) === dir) return path.resolve(process.cwd(), 'content', 'data');
  }
}

async function readJson<T>(file: string): Promise<T> {
  let value: T & { format?: string };
  try {
    value = JSON.parse(await readFile(file, 'utf8')) as T & { format?: string };
  } catch (e) {
    throw new Error(
      `${file}: ${e instanceof SyntaxError ? 'not valid JSON' : 'cannot be read'} (${(e as Error).message})`,
      { cause: e },
    );
  }
  if (!Array.isArray(value) && value.format !== undefined && value.format !== SNAPSHOT_FORMAT) {
    throw new Error(`${file}: snapshot format ${value.format} is not ${SNAPSHOT_FORMAT}; run npm run data`);
  }
  return value;
}

export interface LoadedSnapshot {
  dir: string;
  election: SnapshotElection;
  /** The count file of one unit at one level (CSB has code "CSB"), or null if the snapshot has none. */
  counts(level: Level, code: string): Promise<SnapshotCounts | null>;
  candidates(): Promise<SnapshotCandidates | null>;
  result(): Promise<SnapshotResult | null>;
  findings(): Promise<SnapshotFindings>;
  pollingPlaces(): Promise<PollingPlace[] | null>;
  pollingPlaceLinks(): Promise<{ places: string; links: PollingPlaceLink[] } | null>;
  /** EML 110b stations (number, name, postcode, electorate) joined to their count unit, when imported. */
  pollingStations(): Promise<SnapshotPollingStations | null>;
}

/** Loads the snapshot in `dir` (the folder holding election.json). */
export async function loadSnapshot(dir: string): Promise<LoadedSnapshot> {
  const election = await readJson<SnapshotElection>(path.join(dir, 'election.json'));
  const optional = async <T>(rel: string): Promise<T | null> =>
    election.files.includes(rel) ? readJson<T>(path.join(dir, rel)) : null;
  return {
    dir,
    election,
    async counts(level, code) {
      const entry = election.counts.find((c) => c.level === level && (level === 'CSB' || c.code === code));
      return entry ? readJson<SnapshotCounts>(path.join(dir, entry.file)) : null;
    },
    candidates: () => optional<SnapshotCandidates>('candidates.json'),
    result: () => optional<SnapshotResult>('result.json'),
    findings: () => readJson<SnapshotFindings>(path.join(dir, 'findings.json')),
    pollingPlaces: () => optional<PollingPlace[]>('polling-places.json'),
    pollingPlaceLinks: () =>
      optional<{ places: string; links: PollingPlaceLink[] }>('polling-place-links.json'),
    pollingStations: () => optional<SnapshotPollingStations>('polling-stations.json'),
  };
}

/** Loads content/data/<id> (e.g. "TK2023"). */
export function loadElection(id: string, root: string = defaultDataDir): Promise<LoadedSnapshot> {
  return loadSnapshot(path.join(root, id));
}

/** Votes of one list in one unit: { list, votes, candidates: Map<key, votes> } or null when not on the ballot. */
export function listVotes(
  counts: SnapshotCounts,
  unit: SnapshotUnit,
  list: string,
): { votes: number; candidates: Map<string, number> } | null {
  const i = counts.lists.findIndex((l) => l.list === list);
  const row = i >= 0 ? unit.votes[i] : null;
  if (!row) return null;
  const candidates = new Map<string, number>();
  counts.lists[i]!.candidates.forEach((key, j) => {
    const v = row[j + 1];
    if (v !== null && v !== undefined) candidates.set(key, v);
  });
  return { votes: row[0] ?? 0, candidates };
}

/** RejectedVotes / UncountedVotes of a unit by ReasonCode. */
export function reasons(
  counts: SnapshotCounts,
  unit: SnapshotUnit,
): { rejected: Record<string, number>; uncounted: Record<string, number> } {
  const pick = (names: string[], values: (number | null)[]) =>
    Object.fromEntries(
      names.flatMap((n, i) => (values[i] === null || values[i] === undefined ? [] : [[n, values[i]]])),
    );
  return {
    rejected: pick(counts.rejectedReasons, unit.rejected),
    uncounted: pick(counts.uncountedReasons, unit.uncounted),
  };
}
