/**
 * Issue 14: a municipal host page on another origin (a second local port) embeds every widget both ways
 * — iframe and web component — and we check what a municipality and its visitors get: the right
 * municipality's figures, an iframe that fits its content, the host's NL Design System tokens inside
 * the web component, no cookies or storage, no request to any third origin, axe clean. The site is
 * served with its real headers (dist/_headers), so frame-ancestors is what a host would get.
 */
import { expect, type Page } from '@playwright/test';
import { test } from '../helpers/shared-tab.ts';
import { axeViolations } from '../helpers/axe.ts';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { serveDist, type RunningServer } from '../../src/lib/site-audit/serve-dist.ts';
import { distDir } from '../helpers/dist-pages.ts';
import { loadElection } from '../../src/lib/model/load.ts';

let site: RunningServer;
let host: Server;
let hostOrigin = '';
let hostBody = '';

/** A municipal page: its own font and link colour as NL Design System tokens, then the widgets. */
function hostPage(widgets: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente Voorbeeld</title>
<style>:root{--utrecht-document-font-family:"Host Test Serif", Georgia, serif;--utrecht-link-color:rgb(153, 0, 51);--utrecht-document-color:rgb(20, 40, 60);}</style>
</head><body><main><h1>Verkiezingen in onze gemeente</h1><div id="widgets">${widgets}</div></main></body></html>`;
}

test.beforeAll(async () => {
  site = await serveDist(path.resolve(distDir));
  host = createServer((_request, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(hostBody);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const address = host.address();
  hostOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
test.afterAll(async () => {
  await site.close();
  await new Promise((resolve) => host.close(resolve));
});

/** Groningen (GM0014) in TK2023, from the committed snapshot: the largest list and its votes. */
async function groningen(): Promise<{ name: string; votes: number; largest: string; largestVotes: number }> {
  const snap = await loadElection('TK2023');
  const counts = await snap.counts('HSB', 'HSB1');
  const unit = counts!.units.find((u) => u.code === '0014')!;
  const rows = counts!.lists.map((l, i) => ({ name: l.name, votes: unit.votes[i]?.[0] ?? 0 }));
  rows.sort((a, b) => b.votes - a.votes);
  return { name: unit.name, votes: unit.totalCounted, largest: rows[0]!.name, largestVotes: rows[0]!.votes };
}

/** Requests to any origin but the site and the host. */
function watchOrigins(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const o = new URL(r.url()).origin;
    if (o !== site.url.replace(/\/$/, '') && o !== hostOrigin && !r.url().startsWith('data:'))
      foreign.push(r.url());
  });
  return foreign;
}

test('every widget embedded both ways on another origin shows the right municipality', async ({
  page,
  context,
}) => {
  const s = site.url.replace(/\/$/, '');
  const g = await groningen();
  hostBody = hostPage(`
<iframe src="${s}/embed/nl/uitslag/tk2023/gm0014/" title="Uitslag in Groningen" width="100%" height="120" data-open-telling-embed></iframe>
<script src="${s}/embed/resize.js" defer></script>
<iframe src="${s}/embed/en/uitleg/" title="How the votes are counted" width="100%" height="120" data-open-telling-embed></iframe>
<script src="${s}/embed/open-telling-widget.js" defer></script>
<open-telling-widget id="results" type="uitslag" gemeente="GM0014" verkiezing="tk2023" lang="nl" heading="3"></open-telling-widget>
<open-telling-widget id="card" type="uitleg" lang="en" heading="2" compact></open-telling-widget>
<iframe src="${s}/embed/nl/tellingen/tk2023/gm1680/" title="Tellingen in Aa en Hunze" width="100%" height="120" data-open-telling-embed></iframe>
<open-telling-widget id="sessions" type="tellingen" gemeente="GM1680" verkiezing="tk2023" lang="nl" heading="2" search></open-telling-widget>`);
  const foreign = watchOrigins(page);
  await page.goto(`${hostOrigin}/`);

  // Iframe: the embed page loads inside another origin (frame-ancestors * on /embed/ only) …
  const frame = page.frameLocator('iframe[src*="/uitslag/tk2023/gm0014/"]');
  await expect(frame.locator('h1')).toHaveText(`Uitslag in ${g.name}`);
  await expect(frame.locator('tbody tr').first().locator('th')).toContainText(g.largest);
  await expect(frame.locator('tbody tr').first().locator('td').first()).toHaveText(
    new Intl.NumberFormat('nl-NL').format(g.largestVotes),
  );
  // … and the resizer makes the iframe as tall as its content (it starts at 120 px).
  const iframe = page.locator('iframe[src*="/uitslag/tk2023/gm0014/"]');
  await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBeGreaterThan(400);
  const contentHeight = await frame
    .locator('html')
    .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  expect(Math.abs(Number(await iframe.getAttribute('height')) - contentHeight)).toBeLessThanOrEqual(2);

  await expect(page.frameLocator('iframe[src*="/uitleg/"]').locator('h1')).toHaveText(
    'How the votes are counted',
  );

  // Web component: same figures, in the host's heading level and the host's tokens.
  const results = page.locator('#results');
  await expect(results.locator('h3')).toHaveText(`Uitslag in ${g.name}`);
  await expect(results.locator('tbody tr').first()).toContainText(g.largest);
  await expect(results.locator('tbody tr').first()).toContainText(
    new Intl.NumberFormat('nl-NL').format(g.largestVotes),
  );
  const style = await results.locator('h3').evaluate((el) => getComputedStyle(el).fontFamily);
  expect(style).toContain('Host Test Serif');
  const linkColour = await results
    .locator('a')
    .first()
    .evaluate((el) => getComputedStyle(el).color);
  expect(linkColour).toBe('rgb(153, 0, 51)');
  await expect(page.locator('#card').locator('h2')).toHaveText('How the votes are counted');
  await expect(page.locator('#card').locator('li')).toHaveCount(5);

  // Count sessions of Aa en Hunze (GM1680), both ways; the search box finds Gieten and hides the rest.
  await expect(page.frameLocator('iframe[src*="/tellingen/tk2023/gm1680/"]').locator('h1')).toHaveText(
    'Tellingen in Aa en Hunze',
  );
  const sessions = page.locator('#sessions');
  await expect(sessions.locator('h2')).toHaveText('Tellingen in Aa en Hunze');
  const all = await sessions.locator('li').count();
  expect(all).toBeGreaterThan(5);
  await sessions.getByLabel('Zoek op naam of adres').fill('Gieten');
  await expect.poll(() => sessions.locator('li:visible').count()).toBeLessThan(all);
  await expect(sessions.locator('li:visible').first()).toContainText('Gieten');

  // Privacy: no cookies, no storage, no third origin.
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  for (const f of page.frames())
    expect(
      await f.evaluate(() => {
        try {
          return localStorage.length + sessionStorage.length;
        } catch {
          return 0;
        }
      }),
    ).toBe(0);
  expect(foreign).toEqual([]);

  // axe on the host page's widget area (the web components and the iframes).
  expect(await axeViolations(page, '#widgets')).toEqual([]);
});

test('other pages of the site refuse to be framed', async ({ page }) => {
  const s = site.url.replace(/\/$/, '');
  hostBody = hostPage(`<iframe src="${s}/uitslag/tk2023/" title="x" width="600" height="300"></iframe>`);
  const blocked: string[] = [];
  page.on('console', (m) => {
    if (/frame-ancestors|Refused to frame/i.test(m.text())) blocked.push(m.text());
  });
  await page.goto(`${hostOrigin}/`);
  await expect.poll(() => blocked.length).toBeGreaterThan(0);
});

// On the test server of the other browser tests (baseURL): axe's finishRun hangs on a page served
// with Cross-Origin-Opener-Policy, which only the headers server sends.
test('the embed pages have no axe violations', async ({ page }) => {
  for (const p of [
    '/embed/nl/uitslag/tk2023/gm0014/',
    '/embed/en/uitslag/gr2022/gm0014/compact/',
    '/embed/nl/uitleg/compact/',
  ]) {
    await page.goto(p);
    expect(await axeViolations(page), p).toEqual([]);
  }
});

test('the configurator builds snippets that work when pasted into a host page, by keyboard', async ({
  page,
}) => {
  const s = site.url.replace(/\/$/, '');
  await page.goto(`${s}/insluiten/`);
  // Choose by keyboard: the municipality select, then a compact result.
  await page.locator('#config-municipality').focus();
  await page.keyboard.press('End');
  const chosen = (await page.locator('#config-municipality').inputValue()).split(':');
  await page.getByLabel('Compact (alleen de hoofdzaken)').press('Space');
  const iframeCode = await page.locator('[data-snippet="iframe"]').textContent();
  const componentCode = await page.locator('[data-snippet="component"]').textContent();
  expect(iframeCode).toContain(`/embed/nl/uitslag/${chosen[0]}/gm${chosen[1]}/compact/`);
  expect(componentCode).toContain(`gemeente="GM${chosen[1]}"`);
  expect(componentCode).toContain('compact');
  const name = await page.locator('#config-municipality option:checked').textContent();
  // The preview on the configurator shows the same municipality.
  await expect(
    page.locator('[data-preview-slot] open-telling-widget h2, [data-preview-slot] open-telling-widget h3'),
  ).toContainText(name ?? '');

  // The preview iframe is allowed by the configurator's own CSP (frame-src 'self').
  await expect(page.frameLocator('[data-preview-slot] iframe').locator('h1')).toContainText(name ?? '');

  hostBody = hostPage(`${iframeCode}\n${componentCode}`);
  await page.goto(`${hostOrigin}/`);
  await expect(page.frameLocator('iframe').locator('h1')).toContainText(name ?? '');
  await expect(page.locator('open-telling-widget h2')).toContainText(name ?? '');
  // Compact: at most five lists and one "others" row.
  expect(await page.locator('open-telling-widget tbody tr').count()).toBeLessThanOrEqual(6);
});
