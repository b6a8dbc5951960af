import { describe, expect, test } from 'vitest';
import { auditedPages, hasDist } from '../helpers/built-site.ts';
import { repoRoot } from '../helpers/dist-pages.ts';

// Every page in dist/ passes html-validate (a maintained HTML validator) with 0 errors, using
// .htmlvalidate.json: the recommended, a11y and document presets. One rule is scoped, not switched off:
// require-sri applies to cross-origin resources only ("target": "crossorigin"). The site loads nothing
// from another origin; for our own files integrity hashes add nothing that the CSP ('self') and the
// same-origin delivery do not already give, and they would have to be recomputed by hand for the
// Pagefind files, which Pagefind writes after the Astro build.

describe.skipIf(!hasDist)('HTML validity of every page in dist/', () => {
  test('html-validate reports 0 errors', () => {
    // Validated once per page in the shared audit (tests/helpers/built-site.ts), on worker threads.
    const reports = auditedPages()
      .map((page) => page.validation)
      .filter((report) => report !== '');
    expect(reports.join('\n'), `configuration: ${repoRoot}/.htmlvalidate.json`).toBe('');
  });

  test('every page was validated', () => {
    const pages = auditedPages();
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.filter((p) => !p.validated).map((p) => p.urlPath)).toEqual([]);
  });
});
