import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { locales } from '../../src/lib/i18n/locales.ts';
import { searchIndexProblems } from '../../src/lib/site-audit/search-index.ts';
import { distDir, hasDist } from '../helpers/built-site.ts';

// The search index is whole in every language before any browser test runs a search: a 0-byte
// pagefind-entry.json once broke every search on a build that had reported success.
describe.skipIf(!hasDist)('the search index in dist/pagefind', () => {
  test('has an entry file, and metadata and WebAssembly for every language', () => {
    expect(searchIndexProblems(path.join(distDir, 'pagefind'), locales)).toEqual([]);
  });
});
