import { describe, expect, test } from 'vitest';
import { pageStructureProblems } from '../../src/lib/site-audit/page-structure.ts';
import { auditedPages, hasDist } from '../helpers/built-site.ts';

// Every built page (not a sample): language, title, one h1, a language switch to an existing page in
// the other language and matching hreflang alternates. Read from the shared audit of dist/.
describe.skipIf(!hasDist)('the structure of every page in dist/', () => {
  test('language, title, one h1, language switch and alternates', () => {
    const pages = auditedPages();
    expect(pages.length).toBeGreaterThan(0);
    const problems = pageStructureProblems(pages);
    expect(problems.slice(0, 50).join('\n'), `${problems.length} problems`).toBe('');
  });
});
