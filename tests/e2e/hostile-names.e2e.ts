/**
 * Data escaping (issue 6): a fictional election whose party and candidate names are markup, bidi
 * overrides, zero-width joiners and a 300-character word (tests/fixtures/hostile-names, see
 * generate.ts) is imported with the real importer CLI, then the site is built with
 * OPEN_TELLING_DATA_DIR pointing at that snapshot, into its own folder. The results pages of that
 * build are served to the browser from disk (page.route) and checked: nothing executable from
 * the data, the hostile text shown literally, names isolated in <bdi>, no horizontal overflow at
 * 320 px (WCAG 2.2 SC 1.4.10) and axe (WCAG 2.2 AA) clean.
 */
import { expect, type Page } from '@playwright/test';
import { test } from '../helpers/shared-tab.ts';
import { axeViolations } from '../helpers/axe.ts';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/dist-pages.ts';

const work = path.join(repoRoot, 'tests', '.tmp', 'hostile-names-e2e');
const dataRoot = path.join(work, 'data');
const outDir = path.join(work, 'dist');
const origin = 'http://hostile.invalid';

// The hostile strings, as in tests/fixtures/hostile-names/generate.ts.
const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';
const RTL = 'Evil\u202Egnp.exe';
const ZWJ = 'Zero\u200D\u200Dwidth\u200Djoiner';
const LONG = 'Wolfeschlegelsteinhausenbergerdorff'.repeat(9).slice(0, 300);

test.describe.configure({ mode: 'serial' });

/**
 * The observer sessions of one municipality (of the first election in content/sessions): this test is
 * about the results pages of the hostile election, and the finder and widget pages of every real
 * session were 5,200 of this build's 5,263 pages (57 s of build against 7 s).
 */
function oneMunicipalitySessions(): string {
  const real = path.join(repoRoot, 'content', 'sessions');
  const election = readdirSync(real, { withFileTypes: true }).find((e) => e.isDirectory())?.name;
  if (election === undefined) throw new Error(`${real} has no election folder`);
  const file = path.join(real, election, 'polling-stations.json');
  const snapshot = JSON.parse(readFileSync(file, 'utf8')) as {
    sources: { sessions: number }[];
    sessions: { municipalityCode: string }[];
  };
  const first = snapshot.sessions[0]?.municipalityCode;
  snapshot.sessions = snapshot.sessions.filter((s) => s.municipalityCode === first);
  for (const source of snapshot.sources) source.sessions = snapshot.sessions.length;
  const dir = path.join(work, 'sessions');
  mkdirSync(path.join(dir, election), { recursive: true });
  writeFileSync(path.join(dir, election, 'polling-stations.json'), JSON.stringify(snapshot));
  return dir;
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  rmSync(work, { recursive: true, force: true });
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  execFileSync(
    'npm',
    [
      'run',
      '--silent',
      'import',
      '--',
      'tests/fixtures/hostile-names',
      '--out',
      path.join(dataRoot, 'TK2031'),
    ],
    { cwd: repoRoot, env, stdio: 'pipe' },
  );
  // The build's long log is not kept in memory (it overflowed execFileSync's buffer).
  execFileSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: repoRoot,
    env: { ...env, OPEN_TELLING_DATA_DIR: dataRoot, OPEN_TELLING_SESSIONS_DIR: oneMunicipalitySessions() },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
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
