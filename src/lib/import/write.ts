/**
 * Safe snapshot write. The promise of `npm run import` is "nothing destroyed, nothing half-written":
 *
 * - The target (`--out`) must be missing, an empty folder, or a folder that is recognisably an earlier
 *   snapshot: its election.json carries the format id and lists every file in the folder. Anything else
 *   (someone's files, the input folder, a plain file, content/data itself, a symbolic link) is refused
 *   before a single byte is written, and nothing is ever deleted there.
 * - An existing snapshot is replaced only if all of it can be removed (checked up front: a read-only or
 *   immutable file would otherwise leave the old folder half-deleted after the new one is in place).
 * - Everything is written to a hidden sibling folder first; the swap is two renames done synchronously,
 *   so no signal handler can run between them. An abort request (SIGINT/SIGTERM, parent gone) is honoured
 *   between files and removes the temporary folder.
 * - Leftovers of a process that was killed outright (SIGKILL) are recognised by name and dead process id
 *   and cleaned up by the next import to the same target.
 */
import { constants, existsSync, renameSync, rmSync } from 'node:fs';
import { access, lstat, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { snapshotJson } from '../model/json.ts';
import { SNAPSHOT_FORMAT } from '../model/snapshot-types.ts';

/** The target folder cannot be used; nothing was written or deleted. */
export class OutputRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputRefusedError';
  }
}

/** The write was stopped on request (signal, parent process gone); the temporary folder was removed. */
export class WriteAbortedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WriteAbortedError';
  }
}

export interface WriteOptions {
  /** Polled between files and just before the swap: a reason string stops the write. */
  shouldAbort?: () => string | null;
  /**
   * For the data script's own generated folders (content/geo, content/pv) that carry no election.json:
   * an existing folder may be replaced when every file in it is one this write produces again, so
   * nothing that someone else put there can be deleted.
   */
  replaceRegenerated?: boolean;
}

/** Folders this process is writing right now: removed by `cleanupSync` when the process is stopped. */
const pending = new Set<string>();

/**
 * Removes the temporary folders of writes in progress. For signal handlers: synchronous, and safe to call
 * at any time because the swap itself is synchronous (it is either fully done or not started).
 */
export function cleanupSync(): void {
  for (const dir of pending) rmSync(dir, { recursive: true, force: true });
  pending.clear();
}

/** True while a snapshot is being written (a signal handler then asks the writer to stop instead of exiting). */
export function isWriting(): boolean {
  return pending.size > 0;
}

const PRIVATE_PREFIX = (base: string) => `.${base}.`;

export async function writeSnapshotAtomic(
  outDir: string,
  files: Map<string, unknown>,
  options: WriteOptions = {},
): Promise<void> {
  const out = path.resolve(outDir);
  const parent = path.dirname(out);
  const base = path.basename(out);
  if (out === parent)
    throw new OutputRefusedError(`--out ${outDir} is the root folder; give a folder for the snapshot`);
  await mkdir(parent, { recursive: true }).catch((e: NodeJS.ErrnoException) => {
    throw new OutputRefusedError(`cannot create the folder ${parent} for --out (${e.code ?? e.message})`);
  });
  await access(parent, constants.W_OK | constants.X_OK).catch((e: NodeJS.ErrnoException) => {
    throw new OutputRefusedError(
      `cannot write in ${parent} (${describeErrno(e)}); choose a --out folder in a place you can write to`,
    );
  });
  await removeStaleLeftovers(parent, base, out);
  const existing = await inspectTarget(
    out,
    outDir,
    options.replaceRegenerated ? new Set(files.keys()) : null,
  );

  const stamp = `${process.pid}-${Date.now()}`;
  const tmp = path.join(parent, `${PRIVATE_PREFIX(base)}tmp-${stamp}`);
  const old = path.join(parent, `${PRIVATE_PREFIX(base)}old-${stamp}`);
  pending.add(tmp);
  try {
    for (const [rel, value] of files) {
      const stop = options.shouldAbort?.();
      if (stop) throw new WriteAbortedError(stop);
      const target = path.join(tmp, rel);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, snapshotJson(value, rel === 'polling-places.json' ? 1 : 2));
    }
    const stop = options.shouldAbort?.();
    if (stop) throw new WriteAbortedError(stop);
    // The swap: synchronous, so a signal handler cannot observe (or clean up) a state in between.
    if (existing === 'snapshot') {
      renameSync(out, old);
      try {
        renameSync(tmp, out);
      } catch (e) {
        renameSync(old, out);
        throw e;
      }
      pending.delete(tmp);
      pending.add(old);
    } else {
      // rename(2) replaces an empty folder atomically.
      renameSync(tmp, out);
      pending.delete(tmp);
    }
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    pending.delete(tmp);
    if (e instanceof WriteAbortedError || e instanceof OutputRefusedError) throw e;
    const err = e as NodeJS.ErrnoException;
    throw new OutputRefusedError(
      `could not write the snapshot to ${outDir} (${describeErrno(err)}); nothing was changed there`,
    );
  }
  if (pending.has(old)) {
    try {
      await rm(old, { recursive: true, force: true });
    } finally {
      pending.delete(old);
    }
  }
}

function describeErrno(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'the disk is full';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    default:
      return e.code ?? e.message;
  }
}

/**
 * What is at the target: nothing, an empty folder, or a snapshot that may be replaced. Throws
 * OutputRefusedError for anything else.
 */
async function inspectTarget(
  out: string,
  shown: string,
  regenerated: ReadonlySet<string> | null = null,
): Promise<'missing' | 'empty' | 'snapshot'> {
  let info;
  try {
    info = await lstat(out);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw new OutputRefusedError(
      `cannot look at --out ${shown} (${describeErrno(e as NodeJS.ErrnoException)})`,
    );
  }
  if (info.isSymbolicLink())
    throw new OutputRefusedError(
      `--out ${shown} is a symbolic link; give the real folder (a link could point anywhere, so it is not replaced)`,
    );
  if (!info.isDirectory())
    throw new OutputRefusedError(
      `--out ${shown} is a file, not a folder; give a new or empty folder, or an earlier snapshot folder`,
    );
  const entries = await readdir(out);
  if (entries.length === 0) return 'empty';
  const refuse = (why: string) =>
    new OutputRefusedError(
      `--out ${shown} ${why}; nothing was written. Give a new or empty folder, or an earlier snapshot folder`,
    );
  let listed: Set<string>;
  if (regenerated) {
    // A generated folder (content/geo, content/pv): only files this write produces again may be replaced.
    listed = new Set(regenerated);
  } else {
    try {
      const election = JSON.parse(await readFile(path.join(out, 'election.json'), 'utf8')) as {
        format?: unknown;
        files?: unknown;
      };
      if (election.format !== SNAPSHOT_FORMAT || !Array.isArray(election.files))
        throw new Error('not a snapshot');
      listed = new Set(election.files.filter((f): f is string => typeof f === 'string'));
    } catch {
      throw refuse(
        `already holds files and is not an Open Telling snapshot (no election.json with format "${SNAPSHOT_FORMAT}")`,
      );
    }
  }
  // Every file must be one the snapshot wrote itself: anything else is someone's and is never deleted.
  const found: string[] = [];
  const dirs: string[] = [out];
  const walk = async (dir: string, rel: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        dirs.push(p);
        await walk(p, r);
      } else if (e.isFile() && listed.has(r)) found.push(p);
      else throw refuse(`looks like a snapshot but also holds ${r}, which no snapshot writes`);
    }
  };
  await walk(out, '');
  // Replacing must be able to remove all of it; checked now so a failure cannot leave two halves.
  const blocked = async (p: string, isDir: boolean): Promise<NodeJS.ErrnoException | null> => {
    try {
      await access(p, isDir ? constants.W_OK | constants.X_OK : constants.W_OK);
      return null;
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      // A read-only file can still be unlinked from a writable folder; an immutable one (EPERM) cannot.
      return isDir || err.code === 'EPERM' || err.code === 'EROFS' ? err : null;
    }
  };
  for (const [p, isDir] of [
    ...dirs.map((d) => [d, true] as const),
    ...found.map((f) => [f, false] as const),
  ]) {
    const err = await blocked(p, isDir);
    if (err)
      throw new OutputRefusedError(
        `the earlier snapshot at --out ${shown} cannot be replaced: ${path.relative(path.dirname(out), p)} is not writable (${describeErrno(err)}); nothing was changed`,
      );
  }
  return 'snapshot';
}

/**
 * Removes `.<base>.tmp-<pid>-<time>` folders (and restores or removes `.<base>.old-…`) left by an import
 * of this target that was killed outright; only for processes that no longer run.
 */
async function removeStaleLeftovers(parent: string, base: string, out: string): Promise<void> {
  const prefix = PRIVATE_PREFIX(base);
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(tmp|old)-(\d+)-\d+$/.exec(name.slice(prefix.length));
    if (!m || processRuns(Number(m[2]))) continue;
    const p = path.join(parent, name);
    if (m[1] === 'old' && !existsSync(out))
      renameSync(p, out); // killed between the two renames
    else await rm(p, { recursive: true, force: true });
  }
}

function processRuns(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
