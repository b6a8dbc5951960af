import { expect } from '@playwright/test';
import { distDir } from '../helpers/dist-pages.ts';
import { groupScannedByType, scanPages } from '../helpers/page-scan.ts';
import { expectReadablePage } from '../helpers/readable-page.ts';
import { testWithSharedTab } from '../helpers/shared-tab.ts';

// Every page is plain HTML first: with JavaScript off, its heading, text, navigation and footer are
// all there. Only search needs JavaScript, and its page says so.
// One tab per worker, JavaScript off, goes from page to page (tests/helpers/shared-tab.ts).
const test = testWithSharedTab({ javaScriptEnabled: false });
test.use({ javaScriptEnabled: false });

// A page without a script or a <noscript> element is the same page with JavaScript on or off, and
// pages.e2e.ts checks that every sampled page is readable. Here: one page of every page type, in each
// language, that ships a script or a <noscript>, and one of every distinct set of scripts.
const scanned = scanPages(distDir).filter((p) => p.scripts.length > 0 || p.noscript);
const sample = new Map<string, string>();
for (const [type, group] of groupScannedByType(scanned)) {
  for (const p of group) {
    const key = `${type} ${p.lang ?? ''}`;
    if (!sample.has(key)) sample.set(key, p.urlPath);
  }
}
for (const p of scanned) {
  const key = [...p.scripts].sort().join(' ');
  if (!sample.has(key)) sample.set(key, p.urlPath);
}

test('pages with scripts are in the sample, in both languages', () => {
  const urls = [...sample.values()];
  expect(urls).toContain('/zoeken/');
  expect(urls).toContain('/en/search/');
});

for (const urlPath of [...new Set(sample.values())].sort()) {
  test(`${urlPath} works without JavaScript`, async ({ tab }) => {
    tab.begin();
    await tab.page.goto(urlPath);
    await expectReadablePage(tab.page, urlPath);
  });
}

test('the search page explains that search needs JavaScript', async ({ page }) => {
  await page.goto('/zoeken/');
  await expect(page.getByText('Zoeken werkt alleen met JavaScript')).toBeVisible();
});
