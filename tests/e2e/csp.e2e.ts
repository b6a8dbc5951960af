import { test, expect, type Page } from '@playwright/test';
import path from 'node:path';
import { scanPages, groupScannedByType } from '../helpers/page-scan.ts';
import { serveDist, type RunningServer } from '../../src/lib/site-audit/serve-dist.ts';
import { distDir } from '../helpers/dist-pages.ts';

// The pages served with the real headers from dist/_headers (astro preview does not apply them), on
// a free port of a small static server: no Content-Security-Policy violation may occur on any page
// type, in either language, including a real search (Pagefind: WebAssembly, fetches, worker).

// A cheap scan (type, language, scripts; no parse, no gzip): Playwright loads this file in every worker.
const pages = scanPages(distDir);
// One page of every type in every language.
const sample = [...groupScannedByType(pages).values()].flatMap((group) => {
  const perLang = new Map<string, string>();
  for (const p of group) if (!perLang.has(p.lang ?? '')) perLang.set(p.lang ?? '', p.urlPath);
  return [...perLang.values()];
});
const searchPages = pages.filter((p) => p.type === 'search');
// Every other set of scripts a page ships (an island) is checked too: scripts are what a CSP can break.
// One page per distinct set: thousands of widget pages share one frame script.
const scriptSets = new Set(
  pages.filter((p) => sample.includes(p.urlPath)).map((p) => [...p.scripts].sort().join(' ')),
);
for (const p of pages) {
  const set = [...p.scripts].sort().join(' ');
  if (p.scripts.length > 0 && !scriptSets.has(set)) {
    scriptSets.add(set);
    sample.push(p.urlPath);
  }
}
const calculatorPages = pages.filter((p) => p.scripts.some((src) => src.includes('SeatCalculator')));

let server: RunningServer;
test.beforeAll(async () => {
  server = await serveDist(path.resolve(distDir));
});
test.afterAll(async () => {
  await server.close();
});

/** Records CSP violations (from the document) and CSP errors on the console (also from workers). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) console.push(message.text());
  });
  page.on('pageerror', (error) => console.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return async () => [
    ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
    ...console,
  ];
}

test('the sample covers every page type and both languages', () => {
  expect(new Set(sample.map((p) => pages.find((q) => q.urlPath === p)?.lang))).toEqual(new Set(['nl', 'en']));
  expect(searchPages.length).toBeGreaterThan(0);
});

for (const urlPath of sample) {
  test(`no CSP violation on ${urlPath}`, async ({ page }) => {
    const violations = await watchCsp(page);
    const response = await page.goto(`${server.url}${urlPath}`, { waitUntil: 'networkidle' });
    expect(response?.headers()['content-security-policy'], 'the CSP header is applied').toContain(
      'script-src',
    );
    expect(await violations()).toEqual([]);
  });
}

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
