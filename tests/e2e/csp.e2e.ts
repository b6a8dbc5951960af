import { expect } from '@playwright/test';
import { test } from '../helpers/shared-tab.ts';
import { watchCsp } from '../helpers/csp-watch.ts';
import path from 'node:path';
import { scanPages } from '../helpers/page-scan.ts';
import { serveDist, type RunningServer } from '../../src/lib/site-audit/serve-dist.ts';
import { distDir } from '../helpers/dist-pages.ts';

// The pages served with the real headers from dist/_headers (astro preview does not apply them), on
// a free port of a small static server: no Content-Security-Policy violation may occur on any page
// type, in either language, including a real search (Pagefind: WebAssembly, fetches, worker).

// A cheap scan (type, language, scripts; no parse, no gzip): Playwright loads this file in every worker.
// Every sampled page is loaded under the CSP in pages.e2e.ts; here, what the scripts do under it.
const pages = scanPages(distDir);
const searchPages = pages.filter((p) => p.type === 'search');
const calculatorPages = pages.filter((p) => p.scripts.some((src) => src.includes('SeatCalculator')));

let server: RunningServer;
test.beforeAll(async () => {
  server = await serveDist(path.resolve(distDir));
});
test.afterAll(async () => {
  await server.close();
});

test('there is a search page in each language', () => {
  expect(new Set(searchPages.map((p) => p.lang))).toEqual(new Set(['nl', 'en']));
});

for (const search of searchPages) {
  test(`a real search on ${search.urlPath} works under the CSP`, async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto(`${server.url}${search.urlPath}`, { waitUntil: 'networkidle' });
    const input = page.locator('.pagefind-ui__search-input');
    await input.fill(search.lang === 'en' ? 'counting' : 'tellen');
    await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 45_000 });
    expect(await violations()).toEqual([]);
  });
}

for (const calc of calculatorPages) {
  test(`the seat calculator on ${calc.urlPath} computes under the CSP`, async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto(`${server.url}${calc.urlPath}`, { waitUntil: 'networkidle' });
    // The calculator starts empty: fill it from its first example, then calculate.
    await page.locator('[data-calc-example]').first().click();
    await page.locator('form button[type="submit"]').first().click();
    await expect(page.locator('[data-calc-result] table').first()).toBeVisible();
    expect(await violations()).toEqual([]);
  });
}

test('an injected inline script is blocked (the CSP is really enforced)', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto(`${server.url}/`);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.body.append(script);
    return (window as unknown as { injected?: boolean }).injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(async () => (await violations()).some((v) => v.startsWith('script-src'))).toBe(true);
});
