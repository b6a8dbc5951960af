/**
 * A cache for what the browser tests read from dist/ to choose their pages. Playwright loads every
 * test file in its main process and again in each worker, and reading 34,000 built pages costs about
 * a minute and a half each time; the first process (or the gates' audit, which has read every page
 * already) writes the result here and the others read it. The key is the build itself (the time and
 * size of dist/index.html, which every build rewrites), so a new build is never read with an old scan.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

function cacheFile(distDir: string, name: string): string | undefined {
  const index = path.join(distDir, 'index.html');
  if (!existsSync(index)) return undefined;
  const { mtimeMs, size } = statSync(index);
  const dir = path.join(distDir, '..', 'node_modules', '.cache', 'open-telling-e2e');
  return path.join(dir, `${name}-${Math.round(mtimeMs)}-${size}.json`);
}

function write(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  // Written under a temporary name and renamed: a worker never reads half a file.
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(value));
  renameSync(temporary, file);
}

export function cachedScan<T>(distDir: string, name: string, compute: () => T): T {
  const file = cacheFile(distDir, name);
  if (file === undefined) return compute();
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as T;
  const value = compute();
  write(file, value);
  return value;
}

/** Keeps a value computed elsewhere (the same as `compute` would give) for this build. */
export function storeScan(distDir: string, name: string, value: unknown): void {
  const file = cacheFile(distDir, name);
  if (file !== undefined) write(file, value);
}
