import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { validatePages } from '../../../src/lib/site-audit/html-validity.ts';
import { page, writeSite } from '../../helpers/tmp-site.ts';
import { repoRoot } from '../../helpers/dist-pages.ts';

const configFile = path.join(repoRoot, '.htmlvalidate.json');
// tmp-site's page() writes a lowercase doctype, which the document preset rejects; built pages use <!DOCTYPE html>.
const valid = (body: string): string => page(body).replace('<!doctype html>', '<!DOCTYPE html>');
const good = valid('<main><h1>Uitslag</h1><p>Stembureau</p></main>');

// The gate validates every page, also when the work is split over worker threads: one wrong page
// among a hundred identical good ones must fail the gate and be named.
describe('validatePages over a large synthetic dist', () => {
  const count = 120;
  const planted = 'uitslag/s0277/index.html';
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`uitslag/s${String(i).padStart(4, '0')}/index.html`] = good;
  files[planted] = valid('<main><h1>Uitslag</h1><p id="x">a</p><p id="x">b</p></main>');
  const root = writeSite(files);
  const all = Object.keys(files)
    .sort()
    .map((f) => path.join(root, f));

  test(
    'a duplicate id on one page of 120, split over 2 workers, fails naming that page',
    { timeout: 120_000 },
    async () => {
      const reports = await validatePages(all, { configFile, workers: 2 });
      expect(reports.map((r) => r.file)).toEqual([path.join(root, planted)]);
      expect(reports[0]?.text).toContain('no-dup-id');
    },
  );

  test('the same result inline (1 worker)', { timeout: 120_000 }, async () => {
    const reports = await validatePages(all, { configFile, workers: 1 });
    expect(reports.map((r) => r.file)).toEqual([path.join(root, planted)]);
  });
});
