/**
 * The built site for the quality gates in tests/dist. They read dist/, so they need
 * `npm run build` first (`npm test` runs them after the build). Without dist/ they are skipped with a
 * printed reason on a developer machine; in CI (CI=true) a missing build is an error.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { auditSite, type AuditedPage } from '../../src/lib/site-audit/audit.ts';
import { repoRoot } from './dist-pages.ts';

export const distDir = process.env['OPEN_TELLING_DIST'] ?? path.join(repoRoot, 'dist');
export const hasDist = existsSync(path.join(distDir, 'index.html'));

if (!hasDist) {
  const reason = `no build in ${distDir}: run "npm run build" (or "npm test", which builds first)`;
  if (process.env['CI'] === 'true') throw new Error(`CI=true but ${reason}: the quality gates cannot run.`);
  console.warn(`SKIPPING quality gates over dist/: ${reason}`);
}

let cached: AuditedPage[] | undefined;
/** Every built page, read and measured once per test file. */
export function auditedPages(): AuditedPage[] {
  cached ??= auditSite(distDir);
  return cached;
}
