/**
 * Locates ../shared/data (the real published election files beside the checkout).
 * In CI (CI=true) a missing folder is an error; on a developer machine the tests that
 * need it are skipped with a printed reason.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const sharedDataDir =
  process.env['OPEN_TELLING_SHARED_DATA'] ?? path.resolve(repoRoot, '..', 'shared', 'data');

export const hasSharedData = existsSync(sharedDataDir);

if (!hasSharedData) {
  const reason = `shared data not found at ${sharedDataDir} (set OPEN_TELLING_SHARED_DATA or check out ../shared/data)`;
  if (process.env['CI'] === 'true') {
    throw new Error(`CI=true but ${reason}: the real-data tests cannot run.`);
  }
  console.warn(`SKIPPING real-data tests: ${reason}`);
}

/** Absolute path of a file inside ../shared/data. */
export function sharedPath(...parts: string[]): string {
  return path.join(sharedDataDir, ...parts);
}
