import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { auditSite } from '../../../src/lib/site-audit/audit.ts';
import { checkLinks } from '../../../src/lib/site-audit/links.ts';
import { serveDist, type RunningServer } from '../../../src/lib/site-audit/serve-dist.ts';
import { page, writeSite } from '../../helpers/tmp-site.ts';

const css = 'p { color: black; }\n'.repeat(50);
const site = writeSite({
  'index.html': page(
    '<main id="main"><a href="/tellen/">ok</a><a href="/tellen/#stap-2">ok</a><a href="/tellen">no slash</a>' +
      '<a href="/weg/">gone</a><a href="/tellen/#nergens">bad anchor</a><a href="#main">self</a>' +
      '<a href="http://example.org/">http</a><a href="https://example.org/">https</a><a href="mailto:a@b.nl">mail</a>' +
      '<a href="https://opentelling.nl/tellen/">canonical ok</a><a href="https://opentelling.nl/404/">canonical bad</a></main>',
    '<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/a.css"><script src="/missing.js"></script>',
  ),
  'tellen/index.html': page(
    '<h2 id="stap-2">Stap 2</h2><a href="../">up</a>',
    '<link rel="stylesheet" href="/_astro/a.css">',
  ),
  '404.html': page('<h1>Niet gevonden</h1><a href="/">home</a>'),
  '_astro/a.css': css,
  _headers: '/*\n  X-Content-Type-Options: nosniff\n/tellen/*\n  X-Extra: yes\n',
});

describe('checkLinks on a synthetic site', () => {
  test('finds exactly the broken links, anchors and insecure external links', () => {
    const problems = checkLinks(site, auditSite(site), 'https://opentelling.nl').map(
      (p) => `${p.page} ${p.message}`,
    );
    expect(problems).toEqual([
      '/ <script src="/missing.js">: /missing.js does not exist in dist/',
      '/ <a href="/tellen">: /tellen does not exist in dist/ (pages end in "/")',
      '/ <a href="/weg/">: /weg/ does not exist in dist/',
      '/ <a href="/tellen/#nergens">: #nergens is not an id on /tellen/',
      '/ <a href="http://example.org/">: external links must use https: or mailto:, not http:',
      '/ <a href="https://opentelling.nl/404/">: /404/ does not exist in dist/',
    ]);
  });

  test('weighs each referenced stylesheet once and reports missing assets', () => {
    const [home, notFound, tellen] = auditSite(site);
    expect([home?.urlPath, notFound?.urlPath, tellen?.urlPath]).toEqual(['/', '/404.html', '/tellen/']);
    expect(home?.weight.css).toHaveLength(1);
    expect(home?.weight.missing).toEqual(['/missing.js']);
    // The stylesheet compresses well (a repeated line) but is never empty; both pages share its size.
    const cssBytes = home?.weight.cssGzip ?? 0;
    expect(cssBytes).toBeGreaterThan(20);
    expect(cssBytes).toBeLessThan(css.length / 5);
    expect(tellen?.weight.cssGzip).toBe(cssBytes);
    expect(home?.weight.totalGzip).toBe((home?.weight.htmlGzip ?? 0) + cssBytes);
  });
});

describe('serveDist applies _headers like the production host', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serveDist(site);
  });
  afterAll(async () => {
    await server.close();
  });

  test('pages get their headers; a directory without slash redirects; unknown paths get 404.html', async () => {
    const tellen = await fetch(`${server.url}/tellen/`);
    expect(tellen.status).toBe(200);
    expect(tellen.headers.get('x-content-type-options')).toBe('nosniff');
    expect(tellen.headers.get('x-extra')).toBe('yes');
    expect(tellen.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await tellen.text()).toContain('Stap 2');

    const redirect = await fetch(`${server.url}/tellen`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/tellen/');

    const missing = await fetch(`${server.url}/bestaat-niet/`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await missing.text()).toContain('Niet gevonden');

    const escape = await fetch(`${server.url}/..%2f..%2fetc/passwd`);
    expect(escape.status).toBe(404);
  });
});
