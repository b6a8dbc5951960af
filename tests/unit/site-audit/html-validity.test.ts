import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { auditSiteParallel } from '../../../src/lib/site-audit/audit-parallel.ts';
import { page, writeSite } from '../../helpers/tmp-site.ts';

// tmp-site's page() writes a lowercase doctype, which the document preset rejects; built pages use <!DOCTYPE html>.
const valid = (body: string): string => page(body).replace('<!doctype html>', '<!DOCTYPE html>');
const good = valid('<main><h1>Uitslag</h1><p>Stembureau</p></main>');

// The gate validates every page with the project's .htmlvalidate.json (the default of the audit), also
// when the work is split over worker threads: one wrong page among 120 good ones must fail the
// gate and be named.
describe('the validity gate over a large synthetic dist', () => {
  const count = 120;
  const planted = 'uitslag/s0277/index.html';
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`uitslag/s${String(i).padStart(4, '0')}/index.html`] = good;
  files[planted] = valid('<main><h1>Uitslag</h1><p id="x">a</p><p id="x">b</p></main>');
  const root = writeSite(files);

  for (const workers of [2, 0]) {
    test(
      `a duplicate id on one page of 121 fails naming that page (${workers || 'no'} worker threads)`,
      {
        timeout: 120_000,
      },
      async () => {
        const audited = await auditSiteParallel(root, { validate: true, workers, minPagesPerWorker: 1 });
        expect(audited).toHaveLength(Object.keys(files).length);
        expect(audited.every((p) => p.validated)).toBe(true);
        const invalid = audited.filter((p) => p.validation !== '');
        expect(invalid.map((p) => p.file)).toEqual([path.join(root, planted)]);
        expect(invalid[0]?.validation).toContain('no-dup-id');
      },
    );
  }
});
