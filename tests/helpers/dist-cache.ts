/**
 * A cache for what the browser tests read from dist/ to choose their pages. Playwright loads every
 * test file in its main process and again in each worker, and reading 34,000 built pages costs about
 * 20 seconds each time; the first process writes the result here and the others read it. The key is
 * the build itself (the time and size of dist/index.html, which every build rewrites), so a new build
 * is never read with an old scan.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function cachedScan<T>(distDir: string, name: string, compute: () => T): T {
  const index = path.join(distDir, 'index.html');
  if (!existsSync(index)) return compute();
  const { mtimeMs, size } = statSync(index);
  const dir = path.join(distDir, '..', 'node_modules', '.cache', 'open-telling-e2e');
  const file = path.join(dir, `${name}-${Math.round(mtimeMs)}-${size}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as T;
  const value = compute();
  mkdirSync(dir, { recursive: true });
  // Written under a temporary name and renamed: a worker never reads half a file.
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(value));
  renameSync(temporary, file);
  return value;
}
