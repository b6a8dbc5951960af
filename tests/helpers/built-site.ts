/**
 * The built site for the quality gates in tests/dist. They read dist/, so they need
 * `npm run build` first (`npm test` runs them after the build). Without dist/ they are skipped with a
 * printed reason on a developer machine; in CI (CI=true) a missing build is an error.
 *
 * At full scale (tens of thousands of pages) every gate still covers every page, but each page is
 * read and parsed once for all of them: tests/helpers/dist-audit-setup.ts (the dist project's
 * globalSetup) audits dist/ on worker threads, html-validate included, and leaves the result in a
 * file that every test file loads here. Run outside that setup, this module audits dist/ itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { auditSiteParallel, type PageAudit } from '../../src/lib/site-audit/audit-parallel.ts';
import { AUDIT_FILE_ENV, distDir, hasDist } from './dist-dir.ts';

export { distDir, hasDist };

if (!hasDist) {
  const reason = `no build in ${distDir}: run "npm run build" (or "npm test", which builds first)`;
  if (process.env['CI'] === 'true') throw new Error(`CI=true but ${reason}: the quality gates cannot run.`);
  console.warn(`SKIPPING quality gates over dist/: ${reason}`);
}

async function load(): Promise<PageAudit[]> {
  if (!hasDist) return [];
  const file = process.env[AUDIT_FILE_ENV];
  if (file && existsSync(file)) return deserialize(readFileSync(file)) as PageAudit[];
  return auditSiteParallel(distDir, { validate: true });
}

const pages = await load();

/** Every built page, audited once (facts, weight, html-validate report). */
export function auditedPages(): readonly PageAudit[] {
  return pages;
}
