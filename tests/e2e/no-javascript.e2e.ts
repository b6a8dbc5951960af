import { test, expect } from '@playwright/test';
import { builtPages, pagesPerTemplate } from '../helpers/dist-pages.ts';

// Every page is plain HTML first: with JavaScript off, its heading, text, navigation and footer are
// all there. Only search needs JavaScript, and its page says so.
test.use({ javaScriptEnabled: false });

// One page of every template in each language: whether a page works without JavaScript depends on its
// template, not on its figures.
for (const urlPath of pagesPerTemplate(builtPages(), 1)) {
  test(`${urlPath} works without JavaScript`, async ({ page }) => {
    await page.goto(urlPath);
    await expect(page.locator('h1')).toBeVisible();
    // Widget pages for other sites (/embed/) have no site header or footer by design (issue 14).
    if (!urlPath.startsWith('/embed/')) {
      await expect(page.locator('header nav a').first()).toBeVisible();
      await expect(page.locator('footer')).toBeVisible();
    }
    const mainText = (await page.locator('main').innerText()).trim();
    expect(mainText.length, 'main content').toBeGreaterThan(40);
  });
}

test('the search page explains that search needs JavaScript', async ({ page }) => {
  await page.goto('/zoeken/');
  await expect(page.getByText('Zoeken werkt alleen met JavaScript')).toBeVisible();
});
