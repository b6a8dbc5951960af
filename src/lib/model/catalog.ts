/**
 * The snapshot catalog: the one place that lists the election snapshots in the data folder. Read once
 * per build (memoized per folder), so every route and every language shares the same loaded data.
 *
 * Rules (issue 9):
 * - Every folder in the data folder is a snapshot, except folders whose name starts with "." (an
 *   importer's temporary or old folder, an editor's folder): those are ignored, never published.
 * - A snapshot folder that cannot be read fails the build with the folder and the file named: a
 *   broken snapshot must not silently lose its pages.
 * - An election made of many councils (GR2022: one domain per municipality) is a first-class election:
 *   `domains()` gives each council with its own seats, or `seats: null` and the reason when the
 *   published files do not give the council's size.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { defaultDataDir, loadSnapshot, type LoadedSnapshot } from './load.ts';
import type { SnapshotElection } from './snapshot-types.ts';

/** content/data, or OPEN_TELLING_DATA_DIR (tests build pages from a fixture data folder). */
export function dataDir(): string {
  return process.env['OPEN_TELLING_DATA_DIR'] ?? defaultDataDir;
}

/** An unreadable snapshot: the message names the folder and the file, and what to do. */
export class CatalogError extends Error {
  readonly folder: string;
  constructor(folder: string, message: string) {
    super(`${folder}: ${message}`);
    this.folder = folder;
    this.name = 'CatalogError';
  }
}

export interface CatalogEntry {
  /** The folder name, e.g. "TK2023". */
  id: string;
  /** URL slug: the id in lower case ("tk2023"). */
  slug: string;
  dir: string;
  snapshot: LoadedSnapshot;
  election: SnapshotElection;
}

/** Why a council has no seat count in the model. */
export type SeatsMissingReason = 'no-election-definition';

/** One contest area: the whole election (TK, EP) or one council (GR, ER, …). */
export interface CatalogDomain {
  /** CBS municipality code without "GM" ("0518"), or null for an election with one national contest. */
  id: string | null;
  name: string;
  seats: number | null;
  preferenceThreshold: number | null;
  /** Set exactly when seats is null. */
  seatsMissing: SeatsMissingReason | null;
}

export interface Catalog {
  root: string;
  entries: readonly CatalogEntry[];
  /** The entry with this id or slug; throws with the known ids when there is none. */
  get(idOrSlug: string): CatalogEntry;
  /** The contest areas of an election, in code order. */
  domains(entry: CatalogEntry): CatalogDomain[];
}

const memo = new Map<string, Promise<Catalog>>();

/** The catalog of a data folder (default: dataDir()), read once per process. */
export function catalog(root: string = dataDir()): Promise<Catalog> {
  const key = path.resolve(root);
  let c = memo.get(key);
  if (!c) {
    c = readCatalog(key);
    memo.set(key, c);
    // A failed read is not cached: the next call reports the error again instead of a stale promise.
    c.catch(() => memo.delete(key));
  }
  return c;
}

/** The folders of the data folder that are snapshots: every folder not starting with ".". */
export function snapshotFolders(root: string): string[] {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch (e) {
    throw new CatalogError(root, `cannot list the data folder (${(e as Error).message})`);
  }
  return names
    .filter((n) => !n.startsWith('.'))
    .filter((n) => statSync(path.join(root, n)).isDirectory())
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function readCatalog(root: string): Promise<Catalog> {
  const entries: CatalogEntry[] = [];
  for (const id of snapshotFolders(root)) {
    const dir = path.join(root, id);
    let snapshot: LoadedSnapshot;
    try {
      snapshot = await loadSnapshot(dir);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      throw new CatalogError(
        dir,
        `not a readable snapshot (${why}). Re-import it with "npm run import -- <files> --out ${dir}", ` +
          `or move it out of the data folder (folders starting with "." are ignored).`,
      );
    }
    const missing = snapshot.election.files.filter((f) => !existsIn(dir, f));
    if (missing.length > 0)
      throw new CatalogError(
        dir,
        `election.json lists ${missing.join(', ')} but the file is missing: the snapshot is incomplete. Re-import it.`,
      );
    entries.push({ id, slug: id.toLowerCase(), dir, snapshot, election: snapshot.election });
  }
  const bySlug = new Map(entries.map((e) => [e.slug, e]));
  return {
    root,
    entries,
    get(idOrSlug) {
      const e = bySlug.get(idOrSlug.toLowerCase());
      if (!e)
        throw new CatalogError(
          root,
          `no snapshot "${idOrSlug}"; known: ${entries.map((x) => x.id).join(', ')}`,
        );
      return e;
    },
    domains: electionDomains,
  };
}

function existsIn(dir: string, rel: string): boolean {
  try {
    return statSync(path.join(dir, rel)).isFile();
  } catch {
    return false;
  }
}

/**
 * The contest areas of an election. A snapshot with one domain in its ElectionIdentifier (a single
 * council imported with its 110a) or none (TK, EP: one national contest) has one area with the 110a's
 * seats. A multi-council import (GR2022: `domains` lists 330 municipalities, one osv4-3 CSV each) has no
 * 110a per council in the published files, so each council's seats are null with the reason.
 */
export function electionDomains(entry: CatalogEntry): CatalogDomain[] {
  const e = entry.election;
  const seatsOf = (seats: number | null) => ({
    seats,
    preferenceThreshold: seats === null ? null : e.preferenceThreshold,
    seatsMissing: seats === null ? ('no-election-definition' as const) : null,
  });
  if (e.domains.length <= 1) {
    const d = e.domains[0] ?? e.election.domain;
    return [{ id: d?.id ?? null, name: d?.name ?? e.election.name, ...seatsOf(e.seats) }];
  }
  // Several councils: a 110a belongs to one council only (its kr:ElectionDomain); the snapshot's
  // single seats figure can only be that council's when the election names it.
  const defined = e.election.domain?.id ?? null;
  return [...e.domains]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((d) => ({ id: d.id, name: d.name ?? d.id, ...seatsOf(d.id === defined ? e.seats : null) }));
}
