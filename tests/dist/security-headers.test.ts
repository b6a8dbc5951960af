import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { auditedPages, distDir, hasDist } from '../helpers/built-site.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/site-audit/headers-file.ts';
import { parseCsp } from '../../src/lib/site-audit/security-headers.ts';

// Issue 6: every built page is served with a CSP without 'unsafe-inline' for scripts,
// frame-ancestors 'self' (except the widget pages under /embed/: *), Referrer-Policy, X-Content-Type-Options
// nosniff and a Permissions-Policy that denies geolocation (except on the observer finder, which allows it
// for itself). The test reads the built dist/_headers, not the TS source, so it checks
// what a host actually gets.
describe.skipIf(!hasDist)('security headers in dist/_headers cover every page', () => {
  const headersFile = path.join(distDir, '_headers');
  const rules = (): ReturnType<typeof parseHeadersFile> => {
    expect(existsSync(headersFile), `${headersFile} is missing: the build writes it`).toBe(true);
    return parseHeadersFile(readFileSync(headersFile, 'utf8'), headersFile);
  };

  test('every page gets a strict CSP and the other security headers', () => {
    const parsed = rules();
    const problems: string[] = [];
    for (const page of auditedPages()) {
      const headers = headersFor(parsed, page.urlPath);
      const fail = (what: string): void => {
        problems.push(`${page.urlPath}: ${what}`);
      };
      const csp = headers.get('content-security-policy');
      if (csp === undefined) {
        fail('no Content-Security-Policy');
        continue;
      }
      const policy = parseCsp(csp);
      const scriptSrc = policy.get('script-src') ?? policy.get('default-src');
      if (scriptSrc === undefined) fail('CSP has neither script-src nor default-src');
      else {
        if (scriptSrc.includes("'unsafe-inline'")) fail("script-src allows 'unsafe-inline'");
        if (scriptSrc.includes("'unsafe-eval'")) fail("script-src allows 'unsafe-eval'");
        if (scriptSrc.some((s) => s === '*' || /^https?:$/.test(s))) fail('script-src allows any origin');
      }
      const styleSrc = policy.get('style-src') ?? policy.get('default-src') ?? [];
      if (styleSrc.includes("'unsafe-inline'") && page.facts.inlineStyles === 0)
        fail("style-src allows 'unsafe-inline' that no page needs");
      // Issue 14: only the widget pages under /embed/ may be framed by other sites; every other page refuses.
      const framing = (policy.get('frame-ancestors') ?? []).join(' ');
      const isEmbed = page.urlPath.startsWith('/embed/');
      if (!isEmbed && framing !== "'self'") fail("frame-ancestors is not 'self'");
      if (isEmbed && framing !== '*') fail('an embed page cannot be framed by other sites (frame-ancestors is not *)');
      if (isEmbed && (csp.match(/frame-ancestors/g) ?? []).length !== 1) fail('an embed page gets two CSPs');
      if ((policy.get('object-src') ?? policy.get('default-src') ?? []).join(' ') !== "'none'")
        fail("object-src is not 'none'");
      if (!(policy.get('base-uri') ?? []).some((s) => s === "'none'" || s === "'self'"))
        fail('base-uri is not restricted');
      if (!headers.get('referrer-policy')) fail('no Referrer-Policy');
      if (headers.get('x-content-type-options') !== 'nosniff') fail('X-Content-Type-Options is not nosniff');
      const permissions = headers.get('permissions-policy') ?? '';
      // Issue 12: only the finder itself may ask for the position ("use my location"), nothing else.
      const finder = page.type === 'finder';
      if (finder) {
        if (!/(^|,\s*)geolocation=\(self\)/.test(permissions) || /geolocation=\(\)/.test(permissions))
          fail('the finder page does not allow geolocation for itself only');
      } else if (!/(^|,\s*)geolocation=\(\)/.test(permissions)) fail('Permissions-Policy does not deny geolocation');
    }
    expect(problems).toEqual([]);
  });

  test('the CSP allows what the pages load: own CSS and JS, and Pagefind (WebAssembly, fetch, worker)', () => {
    const parsed = rules();
    for (const page of auditedPages()) {
      const policy = parseCsp(headersFor(parsed, page.urlPath).get('content-security-policy') ?? '');
      const allows = (directive: string, source: string): boolean =>
        (policy.get(directive) ?? policy.get('default-src') ?? []).includes(source);
      if (page.weight.css.length > 0) expect(allows('style-src', "'self'"), page.urlPath).toBe(true);
      if (page.weight.js.length > 0) expect(allows('script-src', "'self'"), page.urlPath).toBe(true);
      if (page.weight.js.some((js) => js.url.startsWith('/pagefind/'))) {
        // Pagefind compiles WebAssembly (needs 'wasm-unsafe-eval'), fetches its index (connect-src)
        // and may run its search in a worker (worker-src). Checked in the browser by tests/e2e/csp.e2e.ts.
        expect(allows('script-src', "'wasm-unsafe-eval'"), page.urlPath).toBe(true);
        expect(allows('connect-src', "'self'"), page.urlPath).toBe(true);
        expect(allows('worker-src', "'self'") || allows('script-src', "'self'"), page.urlPath).toBe(true);
      }
    }
  });

  test('no page contains inline script, so no hash allowance is needed', () => {
    expect(auditedPages().flatMap((p) => p.facts.inlineScripts.map(() => p.urlPath))).toEqual([]);
  });
});
