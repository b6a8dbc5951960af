import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { auditedPages, hasDist } from '../helpers/built-site.ts';
import { repoRoot } from '../helpers/dist-pages.ts';
import { validatePages } from '../../src/lib/site-audit/html-validity.ts';

// Every page in dist/ passes html-validate (a maintained HTML validator) with 0 errors, using
// .htmlvalidate.json: the recommended, a11y and document presets. One rule is scoped, not switched off:
// require-sri applies to cross-origin resources only ("target": "crossorigin"). The site loads nothing
// from another origin; for our own files integrity hashes add nothing that the CSP ('self') and the
// same-origin delivery do not already give, and they would have to be recomputed by hand for the
// Pagefind files, which Pagefind writes after the Astro build.
// Every page is validated (no sampling), spread over worker threads: see src/lib/site-audit/html-validity.ts.
const configFile = path.join(repoRoot, '.htmlvalidate.json');

describe.skipIf(!hasDist)('HTML validity of every page in dist/', () => {
  test('html-validate reports 0 errors', { timeout: 600_000 }, async () => {
    const reports = await validatePages(
      auditedPages().map((p) => p.file),
      { configFile },
    );
    expect(reports.map((r) => r.text).join('\n'), `configuration: ${configFile}`).toBe('');
  });
});
