/**
 * Atomic snapshot write: everything goes to a temporary sibling folder first, which is renamed into
 * place only when complete, so a failed import never leaves a half-written snapshot.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { snapshotJson } from '../model/json.ts';

export async function writeSnapshotAtomic(outDir: string, files: Map<string, unknown>): Promise<void> {
  const parent = path.dirname(path.resolve(outDir));
  const base = path.basename(outDir);
  const tmp = path.join(parent, `.${base}.tmp-${process.pid}-${Date.now()}`);
  const old = path.join(parent, `.${base}.old-${process.pid}-${Date.now()}`);
  await mkdir(parent, { recursive: true });
  try {
    for (const [rel, value] of files) {
      const target = path.join(tmp, rel);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, snapshotJson(value, rel === 'polling-places.json' ? 1 : 2));
    }
    let hadOld = false;
    try {
      await rename(outDir, old);
      hadOld = true;
    } catch {
      /* no previous snapshot */
    }
    await rename(tmp, outDir);
    if (hadOld) await rm(old, { recursive: true, force: true });
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
}
