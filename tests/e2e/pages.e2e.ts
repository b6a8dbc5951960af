import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages, pagesPerTemplate } from '../helpers/dist-pages.ts';

// WCAG 2.2 AA: axe's tags for every success criterion up to and including level AA.
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// Every template is scanned (up to 3 pages of each), in both languages.
const pages = pagesPerTemplate(builtPages(), 3);

test('the build contains the pages every visitor needs', () => {
  for (const required of ['/', '/en/', '/zoeken/', '/en/search/', '/404.html']) {
    expect(pages, `${required} is missing from dist/`).toContain(required);
  }
});

for (const urlPath of pages) {
  test.describe(`page ${urlPath}`, () => {
    test('has no axe violations and requests nothing from another origin', async ({ page, baseURL }) => {
      const foreign: string[] = [];
      const local = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol !== 'data:' && url.origin !== local) foreign.push(request.url());
      });
      const response = await page.goto(urlPath, { waitUntil: 'networkidle' });
      expect(response?.status(), 'HTTP status').toBe(urlPath === '/404.html' ? 200 : 200);

      const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      const summary = results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(summary, 'axe violations').toEqual([]);
      expect(foreign, 'requests to other origins').toEqual([]);
    });

    test('declares its language, title, one h1 and a working language switch', async ({ page, request }) => {
      await page.goto(urlPath);
      const lang = await page.locator('html').getAttribute('lang');
      expect(['nl', 'en']).toContain(lang);
      expect((await page.title()).length).toBeGreaterThan(3);
      await expect(page.locator('h1')).toHaveCount(1);
      // Widget pages for other sites (/embed/, issue 14) have no site chrome and no language switch: the
      // language is chosen in the snippet, and they are noindex.
      if (urlPath.startsWith('/embed/')) return;

      const other = lang === 'nl' ? 'en' : 'nl';
      const switcher = page.getByTestId('language-switch');
      await expect(switcher).toHaveAttribute('hreflang', other);
      const href = await switcher.getAttribute('href');
      expect(href).toBeTruthy();
      const target = await request.get(href ?? '');
      expect(target.status(), `language switch target ${href}`).toBe(200);
      expect(await target.text()).toContain(`<html lang="${other}"`);

      // hreflang alternates point at this page and its counterpart (a noindex page such as the 404 has
      // no address of its own, so no alternates).
      if ((await page.locator('meta[name="robots"][content*="noindex"]').count()) > 0) return;
      const alternates = await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((links) =>
          links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href') ?? '').pathname]),
        );
      expect(alternates).toContainEqual([other, href]);
    });
  });
}

test('the language switch lands on the equivalent page, not the home page', async ({ page }) => {
  await page.goto('/tellen/');
  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(/\/en\/counting\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(/\/tellen\/$/);
});

test('an unknown address answers 404 with a page in both languages', async ({ page }) => {
  const response = await page.goto('/bestaat-niet/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Pagina niet gevonden');
  await expect(page.locator('[lang="en"] h2')).toHaveText('Page not found');
});
