import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  HeadersFileError,
  headersFor,
  parseHeadersFile,
  patternMatches,
} from '../../../src/lib/site-audit/headers-file.ts';
import {
  parseCsp,
  renderHeadersFile,
  renderNginx,
  securityHeaderRules,
} from '../../../src/lib/site-audit/security-headers.ts';
import { repoRoot } from '../../helpers/dist-pages.ts';

describe('_headers parsing and matching', () => {
  const file = [
    '# comment',
    '/*',
    '  X-Content-Type-Options: nosniff',
    '  Permissions-Policy: geolocation=()',
    '/waarnemen/zoeker/*',
    '  ! Permissions-Policy',
    '  Permissions-Policy: geolocation=(self)',
    '/en/:page/',
    '  X-Extra: a',
    '',
  ].join('\n');

  test('splats and placeholders', () => {
    expect(patternMatches('/*', '/')).toBe(true);
    expect(patternMatches('/*', '/en/search/')).toBe(true);
    expect(patternMatches('/en/:page/', '/en/voting/')).toBe(true);
    expect(patternMatches('/en/:page/', '/en/a/b/')).toBe(false);
    expect(patternMatches('/a.b', '/axb')).toBe(false);
  });

  test('every matching rule applies; ! removes an earlier header', () => {
    const rules = parseHeadersFile(file);
    expect(Object.fromEntries(headersFor(rules, '/tellen/'))).toEqual({
      'x-content-type-options': 'nosniff',
      'permissions-policy': 'geolocation=()',
    });
    expect(headersFor(rules, '/waarnemen/zoeker/').get('permissions-policy')).toBe('geolocation=(self)');
    expect(headersFor(rules, '/en/voting/').get('x-extra')).toBe('a');
  });

  test('errors name the file, line and column', () => {
    expect(() => parseHeadersFile('  X: y\n', 'dist/_headers')).toThrow(HeadersFileError);
    expect(() => parseHeadersFile('/*\n  no colon here\n', 'dist/_headers')).toThrow(/^dist\/_headers:2:3: /);
    expect(() => parseHeadersFile('tellen/\n', 'h')).toThrow(/^h:1:1: /);
  });
});

describe('the security header table', () => {
  test('renders to a _headers file that parses back to the same headers', () => {
    const rules = parseHeadersFile(renderHeadersFile(securityHeaderRules));
    const [first] = securityHeaderRules;
    expect(rules.map((r) => r.path)).toEqual(securityHeaderRules.map((r) => r.path));
    expect(Object.fromEntries(headersFor(rules, '/'))).toEqual(
      Object.fromEntries(Object.entries(first?.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    );
  });

  test('the CSP forbids inline script and framing by others', () => {
    const csp = parseCsp(securityHeaderRules[0]?.headers['Content-Security-Policy'] ?? '');
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
    expect(csp.get('frame-ancestors')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'none'"]);
  });

  test('HSTS: HTTPS only for at least a year, subdomains included (no downgrade to plain HTTP)', () => {
    const hsts = securityHeaderRules[0]?.headers['Strict-Transport-Security'] ?? '';
    const maxAge = Number(/max-age=(\d+)/.exec(hsts)?.[1] ?? 0);
    expect(maxAge).toBeGreaterThanOrEqual(365 * 24 * 3600);
    expect(hsts).toMatch(/includeSubDomains/);
  });

  test('the nginx snippet in the README equals the generated one (npm run headers:nginx)', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const match = /<!-- nginx-headers:start -->\s*```nginx\n([\s\S]*?)```\s*<!-- nginx-headers:end -->/.exec(
      readme,
    );
    expect(match, 'README.md needs the snippet between the nginx-headers markers').not.toBeNull();
    expect(match?.[1]).toBe(renderNginx(securityHeaderRules));
  });

  test('nginx: one add_header per header, with always', () => {
    const nginx = renderNginx(securityHeaderRules);
    const count = Object.keys(securityHeaderRules[0]?.headers ?? {}).length;
    expect(nginx.match(/^add_header .+ always;$/gm)).toHaveLength(count);
  });
});
