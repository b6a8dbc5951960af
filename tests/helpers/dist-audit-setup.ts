/**
 * Vitest globalSetup of the dist project: audits every page of dist/ once, on worker threads
 * (parse5 facts, gzip weight, html-validate), and hands the result to every test file through a
 * temporary file (v8-serialised; see tests/helpers/built-site.ts). The file is removed afterwards.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serialize } from 'node:v8';
import { auditSiteParallel } from '../../src/lib/site-audit/audit-parallel.ts';
import { AUDIT_FILE_ENV, distDir, hasDist } from './dist-dir.ts';
import { storePageIndex } from './page-scan.ts';

export default async function setup(): Promise<() => void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ot-dist-audit-'));
  if (hasDist) {
    const started = performance.now();
    const pages = await auditSiteParallel(distDir, { validate: true });
    const file = path.join(dir, 'audit.bin');
    writeFileSync(file, serialize(pages));
    process.env[AUDIT_FILE_ENV] = file;
    // The browser tests of this build choose their pages from this index instead of reading every
    // page again (tests/helpers/page-scan.ts).
    storePageIndex(distDir, pages);
    console.log(
      `dist audit: ${pages.length} pages read, parsed and validated once in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  return () => rmSync(dir, { recursive: true, force: true });
}
