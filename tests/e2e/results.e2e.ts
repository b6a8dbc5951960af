import { expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/dist-pages.ts';
import { test, testWithSharedTab } from '../helpers/shared-tab.ts';

// Issue 11: the four main results page types at a phone and a desktop width. The screenshots are
// written to test-results/results-screenshots/ to be looked at; the assertions check what a user
// would trip over: the unit in the h1, every chart drawn without JavaScript, tables whose figures
// are visible at 360 px, captions not cut off, forced colours.
const pages = [
  { name: 'overview', path: '/uitslag/tk2023/', h1: 'Tweede Kamer der Staten-Generaal 2023' },
  { name: 'council-gr2026-assen', path: '/uitslag/gr2026/gemeenten/assen/', h1: 'Assen' },
  {
    name: 'municipalities-sorted',
    path: '/uitslag/tk2023/gemeenten/sorteer/opkomst/',
    h1: 'Uitslag per gemeente, Tweede Kamer 2023',
    noCharts: true,
  },
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
const measured: string[] = [];
test.afterAll(() => {
  if (measured.length > 0) console.log(`chart text at 360 px:\n${measured.join('\n')}`);
});
mkdirSync(shots, { recursive: true });

// One tab per worker, JavaScript off, goes from page to page (tests/helpers/shared-tab.ts).
const withTab = testWithSharedTab({ javaScriptEnabled: false });

for (const width of [360, 1280]) {
  withTab.describe(`at ${width} px`, () => {
    for (const p of pages) {
      withTab(`${p.name}: h1, charts and tables without JavaScript`, async ({ tab }) => {
        const { page } = tab;
        tab.begin();
        await page.setViewportSize({ width, height: 900 });
        await page.goto(p.path);
        await expect(page.locator('h1')).toHaveText(p.h1);
        const charts = page.locator('figure.ot-chart-figure svg[role="img"]');
        if (!('noCharts' in p)) expect(await charts.count()).toBeGreaterThan(0);
        for (const svg of await charts.all()) {
          const box = await svg.boundingBox();
          expect(box?.width ?? 0, 'chart drawn').toBeGreaterThan(200);
        }
        if (width === 360 && !('noCharts' in p)) {
          // Text of at least 14 px at 360 px (issue 11), every text of every chart on the page: the
          // font size as drawn (font-size × the SVG's scale to the screen) and the rendered box.
          const texts = await page.locator('figure svg').evaluateAll((svgs) =>
            svgs.flatMap((svg) => {
              const scale = (svg as SVGSVGElement).getScreenCTM()?.a ?? 1;
              return [...svg.querySelectorAll('text')]
                .filter((t) => (t.textContent ?? '').trim() !== '')
                .map((t) => ({
                  text: (t.textContent ?? '').slice(0, 30),
                  drawn: parseFloat(getComputedStyle(t).fontSize) * scale,
                  box: t.getBoundingClientRect().height,
                }));
            }),
          );
          expect(texts.length, 'charts have text').toBeGreaterThan(0);
          const small = texts.filter((t) => t.drawn < 14 || t.box < 14);
          expect(small, 'chart texts under 14 px').toEqual([]);
          measured.push(
            `${p.name}: ${texts.length} texts, smallest ${Math.min(...texts.map((t) => t.drawn)).toFixed(2)} px drawn`,
          );
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

test.describe('the municipalities table sorts without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a header link opens the same table in that order, with aria-sort on its column', async ({ page }) => {
    await page.goto('/uitslag/tk2023/gemeenten/');
    const headers = page.locator('[data-results-table] thead th');
    await expect(headers.first()).toHaveAttribute('aria-sort', 'ascending');
    await headers.nth(2).getByRole('link', { name: 'Opkomst' }).click();
    await expect(page).toHaveURL(/\/uitslag\/tk2023\/gemeenten\/sorteer\/opkomst\/$/);
    await expect(headers.nth(2)).toHaveAttribute('aria-sort', 'descending');
    await expect(headers.first()).not.toHaveAttribute('aria-sort', /.+/);
    // the rows descend by turnout (exact order is checked in tests/unit/results/municipality-sort.test.ts)
    const turnout = await page.locator('[data-results-table] tbody tr td:nth-child(3)').allTextContents();
    const values = turnout.filter((t) => t !== '–').map((t) => Number(t.replace('%', '').replace(',', '.')));
    expect(values.length).toBeGreaterThan(300);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    // not indexed twice: the sorted page has no pagefind body; the language switch keeps the order
    expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
      'href',
      /\/en\/results\/tk2023\/municipalities\/sort\/turnout\/$/,
    );
  });
});

test('the filter box works on a sorted variant too', async ({ page }) => {
  await page.goto('/en/results/gr2022/municipalities/sort/largest-list/');
  const input = page.getByLabel('Find a municipality');
  await input.fill('alblas');
  await expect(page.locator('[data-results-table] tbody tr:visible')).toHaveCount(1);
  await expect(page.locator('[data-results-count]')).toHaveText(/^1 of 330 municipalities$/);
});

test('GR2026 Assen is compared with its GR2022 figures by list name', async ({ page }) => {
  await page.goto('/uitslag/gr2026/gemeenten/assen/');
  const section = page.locator('section', {
    has: page.getByRole('heading', { name: 'Vergeleken met Gemeenteraad 2022' }),
  });
  await expect(section.locator('figure svg[role="img"]')).toHaveCount(1);
  await expect(section.locator('figcaption')).toContainText('ASSEN CENTRAAL, +4,3 procentpunt');
  // a council without earlier figures has no such section
  await page.goto('/uitslag/gr2022/gemeenten/assen/');
  await expect(page.getByRole('heading', { name: /^Vergeleken met/ })).toHaveCount(0);
});
