import { describe, expect, test } from 'vitest';
import { auditSite } from '../../../src/lib/site-audit/audit.ts';
import { auditSiteParallel } from '../../../src/lib/site-audit/audit-parallel.ts';
import path from 'node:path';
import { page, writeSite } from '../../helpers/tmp-site.ts';

const pages: Record<string, string> = {
  '_astro/a.css': 'p { color: black; }\n'.repeat(20),
  // A configuration of one rule, given to the audit (the project's own is the default).
  '.htmlvalidate.json': JSON.stringify({ rules: { 'no-dup-id': 'error' } }),
};
for (let i = 0; i < 7; i++)
  pages[`p${i}/index.html`] = page(
    `<main><h1 id="t${i}">Pagina ${i}</h1><a href="/p${(i + 1) % 7}/#t${(i + 1) % 7}">volgende</a>${i === 3 ? '<p id="dup">a</p><p id="dup">b</p>' : ''}</main>`,
    '<link rel="stylesheet" href="/_astro/a.css">',
    i % 2 ? 'en' : 'nl',
  );
const site = writeSite(pages);

describe('auditSiteParallel', () => {
  test('on worker threads gives the same facts and weights as the one-thread audit, in URL order', async () => {
    const parallel = await auditSiteParallel(site, { workers: 3, minPagesPerWorker: 1 });
    const serial = auditSite(site);
    expect(parallel.map((p) => p.urlPath)).toEqual(serial.map((p) => p.urlPath));
    expect(
      parallel.map(({ urlPath, file, type, facts, weight }) => ({ urlPath, file, type, facts, weight })),
    ).toEqual(
      serial.map(({ urlPath, file, type, facts, weight }) => ({ urlPath, file, type, facts, weight })),
    );
    expect(parallel.every((p) => !p.validated && p.validation === '')).toBe(true);
  });

  test('validates every page with html-validate when asked, and reports the invalid one', async () => {
    const audited = await auditSiteParallel(site, {
      workers: 2,
      minPagesPerWorker: 1,
      validate: true,
      validateConfig: path.join(site, '.htmlvalidate.json'),
    });
    expect(audited.every((p) => p.validated)).toBe(true);
    expect(audited.filter((p) => p.validation !== '').map((p) => p.urlPath)).toEqual(['/p3/']);
  });
});
