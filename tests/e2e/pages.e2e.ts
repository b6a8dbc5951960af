import { expect } from '@playwright/test';
import { axeViolations } from '../helpers/axe.ts';
import { builtPages, distDir, pagesPerTemplate, templateOf } from '../helpers/dist-pages.ts';
import { groupScannedByType, scanPages, type ScannedPage } from '../helpers/page-scan.ts';
import { expectReadablePage } from '../helpers/readable-page.ts';
import { testWithSharedTab } from '../helpers/shared-tab.ts';

// The browser audit of the built site, one page load per sampled page: WCAG 2.2 AA by axe, no request
// to another origin, no Content-Security-Policy violation under the real headers (the test server
// applies dist/_headers), and reflow at 320 CSS px (WCAG 1.4.10). What needs no browser (language,
// title, one h1, the language switch, HTML validity, links, budgets) is checked on every page in
// tests/dist; this covers every template, in both languages.

// Two pages of every template in each language, spread over the sorted list (reflow depends on the
// figures and names too: a long list name can widen a table), plus one page of every scanned page type
// in each language and of every distinct set of scripts (scripts are what a CSP can break; thousands
// of widget pages share one frame script).
//
// axe checks a template's structure, and it is most of a browser test's time (3–8 s in `npm test` on
// this 2-core machine, against about 1 s for the load, CSP and reflow checks). A template and its translation
// (the page its language switch leads to, and that page's template) are one structure in two
// languages, so axe runs on one page of each such pair; the pairs alternate between Dutch and
// English, and every page type gets axe. What differs between the two
// languages of a page (the language, title, headings, link texts, alt texts) is checked on every page
// without a browser: tests/dist (page structure and html-validate's WCAG rules).
function sample(): { urlPath: string; axe: boolean }[] {
  const built = builtPages();
  const first = pagesPerTemplate(built, 1);
  const chosen = new Set([...first, ...pagesPerTemplate(built, 2)]);
  const scanned = scanPages(distDir);
  const byUrl = new Map(scanned.map((p) => [p.urlPath, p]));
  for (const group of groupScannedByType(scanned).values()) {
    const langs = new Set(group.filter((p) => chosen.has(p.urlPath)).map((p) => p.lang));
    for (const p of group) {
      if (!langs.has(p.lang)) {
        langs.add(p.lang);
        chosen.add(p.urlPath);
      }
    }
  }
  const scriptSets = new Set(
    scanned.filter((p) => chosen.has(p.urlPath)).map((p) => [...p.scripts].sort().join(' ')),
  );
  for (const p of scanned) {
    const set = [...p.scripts].sort().join(' ');
    if (!scriptSets.has(set)) {
      scriptSets.add(set);
      chosen.add(p.urlPath);
    }
  }
  const axe = axePages(first, byUrl);
  return [...chosen].sort().map((urlPath) => ({ urlPath, axe: axe.has(urlPath) }));
}

/**
 * The same page in the other language: where its language switch leads, or, for pages without site
 * chrome (the widgets, /embed/nl/… and /embed/en/…), the address with its language segment swapped.
 */
function translationOf(page: ScannedPage, byUrl: ReadonlyMap<string, ScannedPage>): string | undefined {
  if (page.languageSwitch !== undefined)
    return byUrl.has(page.languageSwitch) ? page.languageSwitch : undefined;
  const other = page.lang === 'en' ? 'nl' : 'en';
  const swapped = page.urlPath.replace(`/${page.lang}/`, `/${other}/`);
  return swapped !== page.urlPath && byUrl.has(swapped) ? swapped : undefined;
}

/** One page of each template-and-translation pair, alternating languages, and of every page type. */
function axePages(firstOfTemplate: readonly string[], byUrl: ReadonlyMap<string, ScannedPage>): Set<string> {
  // Pair each template with the template of its first page's translation.
  const partner = new Map<string, string>();
  for (const page of firstOfTemplate) {
    const scanned = byUrl.get(page);
    const translation = scanned && translationOf(scanned, byUrl);
    if (translation === undefined) continue;
    const [a, b] = [templateOf(page), templateOf(translation)];
    if (a !== b && !partner.has(a) && !partner.has(b)) {
      partner.set(a, b);
      partner.set(b, a);
    }
  }
  const firstByTemplate = new Map(firstOfTemplate.map((page) => [templateOf(page), page]));
  const chosen = new Set<string>();
  const done = new Set<string>();
  let english = false;
  for (const [template, page] of [...firstByTemplate].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (done.has(template)) continue;
    const other = partner.get(template);
    done.add(template);
    if (other !== undefined) done.add(other);
    const pair = [page, other === undefined ? undefined : firstByTemplate.get(other)].filter(
      (p): p is string => p !== undefined,
    );
    chosen.add(pair.find((p) => (byUrl.get(p)?.lang === 'en') === english) ?? (pair[0] as string));
    english = !english;
  }
  // Every page type, if the pairs left one out.
  const covered = new Set([...chosen].map((p) => byUrl.get(p)?.type));
  for (const page of firstOfTemplate) {
    const type = byUrl.get(page)?.type;
    if (!covered.has(type)) {
      covered.add(type);
      chosen.add(page);
    }
  }
  return chosen;
}

const pages = sample();

// One tab per worker goes from page to page (tests/helpers/shared-tab.ts).
const test = testWithSharedTab();

// A page of 400 municipalities with tables can take axe 10–20 s on a busy 2-core machine.
test.describe.configure({ timeout: 120_000 });

test('the build contains the pages every visitor needs, and the sample both languages', () => {
  const built = builtPages();
  for (const required of ['/', '/en/', '/zoeken/', '/en/search/', '/404.html']) {
    expect(built, `${required} is missing from dist/`).toContain(required);
  }
  expect(pages.some((p) => p.urlPath.startsWith('/en/'))).toBe(true);
  expect(pages.some((p) => !p.urlPath.startsWith('/en/'))).toBe(true);
});

test('axe runs on every page type, and on Dutch and English pages alike', () => {
  const scanned = new Map(scanPages(distDir).map((p) => [p.urlPath, p]));
  const axed = pages.filter((p) => p.axe).map((p) => scanned.get(p.urlPath));
  expect(new Set(axed.map((p) => p?.type))).toEqual(new Set([...scanned.values()].map((p) => p.type)));
  const dutch = axed.filter((p) => p?.lang === 'nl').length;
  const english = axed.filter((p) => p?.lang === 'en').length;
  // Alternating pairs: neither language gets fewer than a third of the axe runs.
  expect(Math.min(dutch, english), `${dutch} Dutch, ${english} English`).toBeGreaterThanOrEqual(
    axed.length / 3,
  );
});

for (const { urlPath, axe } of pages) {
  const checks = axe
    ? 'axe, own origin only, CSP, reflow at 320 px'
    : 'own origin only, CSP, reflow at 320 px';
  test(`${urlPath}: ${checks}`, async ({ tab }) => {
    const { page, foreign, violations } = tab;
    tab.begin();
    await page.setViewportSize({ width: 1280, height: 800 });
    const response = await page.goto(urlPath, { waitUntil: 'load' });
    expect(response?.status(), 'HTTP status').toBe(200);
    expect(response?.headers()['content-security-policy'], 'the CSP header is applied').toContain(
      'script-src',
    );

    await expectReadablePage(page, urlPath);
    if (axe) expect(await axeViolations(page), 'axe violations').toEqual([]);

    // WCAG 2.2 SC 1.4.10 Reflow: at 320 CSS px wide (= 1280 px at 400 % zoom) the page does not
    // scroll sideways. Wide tables may scroll inside their own box (.ot-table-scroll); the page may not.
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => {
      const root = document.documentElement;
      const wide = [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => !el.closest('.ot-table-scroll, .ot-visually-hidden, svg'))
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
    });
    expect(
      overflow.scrollWidth,
      `at 320 px wider than the viewport: ${overflow.wide.join(', ')}`,
    ).toBeLessThanOrEqual(overflow.clientWidth);

    expect(await violations(), 'CSP violations').toEqual([]);
    expect(foreign, 'requests to other origins').toEqual([]);
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
