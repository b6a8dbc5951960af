/**
 * Data escaping (issue 6): a fictional election whose party and candidate names are markup, bidi
 * overrides, zero-width joiners and a 300-character word (tests/fixtures/hostile-names, see
 * generate.ts) is imported with the real importer CLI, then the site is built with
 * OPEN_TELLING_DATA_DIR pointing at that snapshot, into its own folder (tests/helpers/hostile-site.ts).
 * The results pages of that build are served to the browser from disk (page.route) and checked: nothing executable from
 * the data, the hostile text shown literally, names isolated in <bdi>, no horizontal overflow at
 * 320 px (WCAG 2.2 SC 1.4.10) and axe (WCAG 2.2 AA) clean.
 */
import { expect, type Page } from '@playwright/test';
import { test } from '../helpers/shared-tab.ts';
import { axeViolations } from '../helpers/axe.ts';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { HOSTILE_SITE_ENV, buildHostileSite, hostileDist, hostileWork } from '../helpers/hostile-site.ts';

const outDir = hostileDist;
const origin = 'http://hostile.invalid';

// The hostile strings, as in tests/fixtures/hostile-names/generate.ts.
const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';
const RTL = 'Evil\u202Egnp.exe';
const ZWJ = 'Zero\u200D\u200Dwidth\u200Djoiner';
const LONG = 'Wolfeschlegelsteinhausenbergerdorff'.repeat(9).slice(0, 300);

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  test.setTimeout(240_000);
  // `npm test` built it in this run, beside the main build's search index (scripts/test.ts).
  const built = process.env[HOSTILE_SITE_ENV] === hostileWork && existsSync(path.join(outDir, 'index.html'));
  if (!built) buildHostileSite();
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
};

async function open(page: Page, urlPath: string, width = 1280): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await page.setViewportSize({ width, height: 900 });
  await page.route(`${origin}/**`, async (route) => {
    const url = new URL(route.request().url());
    let file = path.join(outDir, decodeURIComponent(url.pathname));
    if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
    if (!file.startsWith(outDir) || !existsSync(file))
      return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({
      status: 200,
      body: readFileSync(file),
      contentType: TYPES[path.extname(file)] ?? 'application/octet-stream',
    });
  });
  await page.goto(`${origin}${urlPath}`);
  return dialogs;
}

for (const urlPath of ['/uitslag/tk2031/', '/en/results/tk2031/']) {
  test.describe(urlPath, () => {
    test('no script or img element comes from the data, and nothing runs', async ({ page }) => {
      const dialogs = await open(page, urlPath);
      // The built page has no <script> of its own (CSP: no inline script) and no images.
      expect(await page.locator('script').count()).toBe(0);
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.locator('[onerror]').count()).toBe(0);
      expect(dialogs).toEqual([]);
    });

    test('the hostile names appear literally and legibly', async ({ page }) => {
      await open(page, urlPath);
      let text = (await page.locator('main').textContent()) ?? '';
      // Candidates are named on the list pages (partijen/ or parties/), the lists on the overview.
      const listsDir = path.join(outDir, urlPath, urlPath.startsWith('/en/') ? 'parties' : 'partijen');
      for (const list of readdirSync(listsDir)) {
        await page.goto(`${origin}${urlPath}${urlPath.startsWith('/en/') ? 'parties' : 'partijen'}/${list}/`);
        text += (await page.locator('main').textContent()) ?? '';
      }
      for (const s of [SCRIPT, IMG, RTL, ZWJ, LONG]) expect(text).toContain(s);
      // The raw HTML carries the markup escaped, never as markup.
      const html = readFileSync(path.join(outDir, urlPath, 'index.html'), 'utf8');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).not.toMatch(/<img[\s>]/);
    });

    // Names inside generated sentences ("X kreeg de meeste stemmen") and in tables are isolated in
    // <bdi> (WCAG 2.2 SC 1.3.2), on the overview and on every list page (candidates' names).
    test('every name in the content is isolated in <bdi>', async ({ page }) => {
      await open(page, urlPath);
      const seg = urlPath.startsWith('/en/') ? 'parties' : 'partijen';
      const lists = readdirSync(path.join(outDir, urlPath, seg)).map((l) => `${urlPath}${seg}/${l}/`);
      let rtl = 0;
      for (const p of [urlPath, ...lists]) {
        await page.goto(`${origin}${p}`);
        const outside = await page.evaluate(
          (needles) => {
            const main = document.querySelector('main')!;
            const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
            const bad: string[] = [];
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const t = n.textContent ?? '';
              if (!needles.some((s) => t.includes(s))) continue;
              const el = n.parentElement!;
              // The breadcrumb (its own flex item) and the chart's SVG title/desc are separate blocks.
              if (el.closest('bdi') || el.closest('svg') || el.closest('nav')) continue;
              bad.push(`${el.tagName}: ${t.slice(0, 60)}`);
            }
            return bad;
          },
          [SCRIPT, IMG, RTL, ZWJ, LONG.slice(0, 40)],
        );
        expect(outside, p).toEqual([]);
        rtl += await page.locator('bdi.ot-name', { hasText: RTL }).count();
      }
      expect(rtl).toBeGreaterThan(0);
    });

    test('long names wrap at 320 px instead of widening the page', async ({ page }) => {
      await open(page, urlPath, 320);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll).toBeLessThanOrEqual(client);
    });

    test('passes axe (WCAG 2.2 AA)', async ({ page }) => {
      await open(page, urlPath);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
