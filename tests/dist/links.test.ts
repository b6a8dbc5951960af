import { describe, expect, test } from 'vitest';
import { auditedPages, distDir, hasDist } from '../helpers/built-site.ts';
import { checkLinks } from '../../src/lib/site-audit/links.ts';

// The public address (astro.config.mjs `site`): canonical and hreflang links are absolute to it,
// so links to this origin are internal links and are checked against dist/ too.
const siteOrigin = new URL(process.env['SITE_URL'] ?? 'https://opentelling.nl').origin;

describe.skipIf(!hasDist)('internal links and anchors across dist/ (both languages)', () => {
  test('every internal href/src resolves and every #fragment exists; external links use https', () => {
    const pages = auditedPages();
    expect(pages.some((p) => p.facts.lang === 'nl')).toBe(true);
    expect(pages.some((p) => p.facts.lang === 'en')).toBe(true);
    const problems = checkLinks(distDir, pages, siteOrigin).map((p) => `${p.page}:${p.line}: ${p.message}`);
    expect(problems).toEqual([]);
  });

  test('links are actually checked: every page has internal links', () => {
    // Guards against a parser change that silently finds no links (the check above would then pass).
    const without = auditedPages().filter((p) => !p.facts.references.some((r) => r.tag === 'a'));
    expect(without.map((p) => p.urlPath)).toEqual([]);
  });
});
