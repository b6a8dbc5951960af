import { describe, expect, test } from 'vitest';
import { auditedPages, hasDist } from '../helpers/built-site.ts';
import { median } from '../../src/lib/site-audit/audit.ts';
import { budgets, isAllowedIsland } from '../../src/lib/site-audit/budgets.ts';

// Issue 6 budgets over every built page. Sizes are deterministic (gzip level 9 of the files in
// dist/), so these are not timing tests.
describe.skipIf(!hasDist)('performance budgets over dist/', () => {
  const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;

  test('every page references only CSS and JS files that exist', () => {
    const missing = auditedPages().flatMap((p) => p.weight.missing.map((m) => `${p.urlPath}: ${m}`));
    expect(missing).toEqual([]);
  });

  test(`the median page is at most ${kb(budgets.medianPageGzip)} gzip (HTML + CSS + JS)`, () => {
    const sizes = auditedPages().map((p) => p.weight.totalGzip);
    expect(sizes.length).toBeGreaterThan(0);
    expect(median(sizes)).toBeLessThanOrEqual(budgets.medianPageGzip);
  });

  test(`every page is at most ${kb(budgets.maxPageGzip)} gzip (HTML + CSS + JS)`, () => {
    const over = auditedPages()
      .filter((p) => p.weight.totalGzip > budgets.maxPageGzip)
      .map(
        (p) =>
          `${p.urlPath}: ${kb(p.weight.totalGzip)} (html ${kb(p.weight.htmlGzip)}, css ${kb(p.weight.cssGzip)}, js ${kb(p.weight.jsGzip)})`,
      );
    expect(over).toEqual([]);
  });

  test('only the declared islands ship JavaScript, and only their own files', () => {
    const wrong = auditedPages().flatMap((p) => {
      return p.weight.js
        .filter((js) => !isAllowedIsland(p.type, new URL(js.url, `http://x${p.urlPath}`).pathname))
        .map((js) => `${p.urlPath} (type ${p.type}): ${js.url}, ${kb(js.gzipBytes)}`);
    });
    expect(wrong, 'JavaScript outside src/lib/site-audit/budgets.ts javascriptIslands').toEqual([]);
  });

  test('no page has inline script or event-handler attributes (CSP forbids them)', () => {
    const inline = auditedPages().flatMap((p) => [
      ...p.facts.inlineScripts.map((s) => `${p.urlPath}: <script>${s.slice(0, 60)}</script>`),
      ...p.facts.eventHandlers.map((h) => `${p.urlPath}: ${h}`),
    ]);
    expect(inline).toEqual([]);
  });

  test('no page has inline styles (<style> or style=): CSP style-src has no unsafe-inline', () => {
    const inline = auditedPages()
      .filter((p) => p.facts.inlineStyles > 0)
      .map(
        (p) =>
          `${p.urlPath}: ${p.facts.inlineStyles} inline style(s); use classes or SVG presentation attributes`,
      );
    expect(inline).toEqual([]);
  });

  test('every <img> has width and height (no layout shift) and every inline <svg> a viewBox', () => {
    const problems = auditedPages().flatMap((p) => [
      ...p.facts.images
        .filter((img) => !img.width || !img.height)
        .map((img) => `${p.urlPath}:${img.line}: <img src="${img.src}"> needs width and height`),
      ...p.facts.svgs
        .filter((svg) => !svg.hasViewBox)
        .map((svg) => `${p.urlPath}:${svg.line}: <svg> needs a viewBox to scale`),
    ]);
    expect(problems).toEqual([]);
  });
});
