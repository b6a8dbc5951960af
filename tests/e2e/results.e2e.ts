import { test, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/dist-pages.ts';

// Issue 11: the four main results page types at a phone and a desktop width. The screenshots are
// written to test-results/results-screenshots/ to be looked at; the assertions check what a user
// would trip over: the unit in the h1, every chart drawn without JavaScript, tables whose figures
// are visible at 360 px, captions not cut off, forced colours.
const pages = [
  { name: 'overview', path: '/uitslag/tk2023/', h1: 'Tweede Kamer der Staten-Generaal 2023' },
  { name: 'municipality', path: '/uitslag/tk2023/gemeenten/alblasserdam/', h1: 'Alblasserdam' },
  {
    name: 'station',
    path: '/uitslag/tk2023/gemeenten/alblasserdam/stembureau-de-damsteen-1/',
    h1: 'Stembureau De Damsteen',
  },
  {
    name: 'list',
    path: '/uitslag/tk2023/partijen/4-pvv-partij-voor-de-vrijheid/',
    h1: 'PVV (Partij voor de Vrijheid)',
  },
];
const shots = path.join(repoRoot, 'test-results', 'results-screenshots');
mkdirSync(shots, { recursive: true });

for (const width of [360, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 }, javaScriptEnabled: false });
    for (const p of pages) {
      test(`${p.name}: h1, charts and tables without JavaScript`, async ({ page }) => {
        await page.goto(p.path);
        await expect(page.locator('h1')).toHaveText(p.h1);
        const charts = page.locator('figure.ot-chart-figure svg[role="img"]');
        expect(await charts.count()).toBeGreaterThan(0);
        for (const svg of await charts.all()) {
          const box = await svg.boundingBox();
          expect(box?.width ?? 0, 'chart drawn').toBeGreaterThan(200);
          // text of at least 14 px at 360 px (issue 11): the rendered size of a label
          const size = await svg.evaluate((el) => {
            const label = el.querySelector('text.ot-c-label, text.ot-c-tick');
            return label ? label.getBoundingClientRect().height : 99;
          });
          if (width === 360) expect(size, 'chart text height in px').toBeGreaterThanOrEqual(13.5);
        }
        // Captions of tables wrap inside the column (never cut off by a wide table).
        const captions = await page
          .locator('.ot-table__caption')
          .evaluateAll((els) =>
            els.map((e) => e.getBoundingClientRect().right <= document.documentElement.clientWidth + 1),
          );
        expect(captions.every(Boolean)).toBe(true);
        // The page itself never scrolls sideways.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot({ path: path.join(shots, `${p.name}-${width}.png`), fullPage: true });
      });
    }
  });
}

test.describe('at 360 px, the figures that matter are in view', () => {
  test.use({ viewport: { width: 360, height: 900 } });
  test('the kieskring table shows name and valid votes without scrolling sideways', async ({ page }) => {
    await page.goto('/uitslag/tk2023/');
    const table = page.locator('table', { hasText: 'Kieskring' }).first();
    const header = table.locator('tbody th').first();
    const votes = table.locator('tbody td').first();
    for (const el of [header, votes]) {
      const box = await el.boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360);
    }
  });
});

test('forced colours: chart bars and labels use system colours', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/uitslag/tk2023/gemeenten/alblasserdam/');
  const fill = await page
    .locator('.ot-c-bar')
    .first()
    .evaluate((el) => getComputedStyle(el).fill);
  const text = await page
    .locator('.ot-c-label')
    .first()
    .evaluate((el) => getComputedStyle(el).fill);
  const canvas = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(fill).not.toBe(canvas);
  expect(text).not.toBe(canvas);
});

test('the municipalities filter narrows the table and says how many match', async ({ page }) => {
  await page.goto('/uitslag/tk2023/gemeenten/');
  const input = page.getByLabel('Zoek een gemeente');
  await input.fill('alblas');
  await expect(page.locator('[data-results-table] tbody tr:visible')).toHaveCount(1);
  await expect(page.locator('[data-results-count]')).toHaveText(/^1 van de 346 gemeenten$/);
});

test('the downloads and the chart file exist and agree with the page', async ({ page, request }) => {
  await page.goto('/uitslag/tk2023/gemeenten/alblasserdam/');
  const csvHref = await page.getByRole('link', { name: /CSV/ }).getAttribute('href');
  const csv = await (await request.get(csvHref ?? '')).text();
  expect(csv.split('\r\n')[0]).toBe(
    'election,level,unit_code,unit_name,parent_code,list_number,list_name,votes,status,source_file',
  );
  expect(csv).toContain(
    'TK2023,municipality,0482,Alblasserdam,HSB14,4,PVV (Partij voor de Vrijheid),3031,official,',
  );
  const svgHref = await page
    .getByRole('link', { name: 'Figuur als SVG-bestand' })
    .first()
    .getAttribute('href');
  const svg = await request.get(svgHref ?? '');
  expect(svg.status()).toBe(200);
  expect(await svg.text()).toContain('25,0%');
});
