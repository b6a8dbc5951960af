import { describe, expect, test } from 'vitest';
import { auditedPages, hasDist } from '../helpers/built-site.ts';
import { pageIndexFromAudit, scanPageFile } from '../helpers/page-scan.ts';

// The browser tests choose their pages from an index made from this audit (one parse per page for
// the whole suite); run on their own, they scan the pages with regular expressions. Both must give
// the same index, or the browser tests would test other pages after `npm test` than alone.
describe.skipIf(!hasDist)('the page index of the browser tests', () => {
  test('made from the audit, it equals a scan of the files (every 50th page and every page type)', () => {
    const audited = auditedPages();
    const fromAudit = pageIndexFromAudit(audited);
    const seenTypes = new Set<string>();
    const sample = audited.flatMap((page, i) => {
      const firstOfType = !seenTypes.has(page.type);
      seenTypes.add(page.type);
      return firstOfType || i % 50 === 0 ? [i] : [];
    });
    expect(sample.length).toBeGreaterThan(Math.floor(audited.length / 50));
    for (const i of sample) {
      const page = audited[i];
      if (page) expect(fromAudit[i], page.urlPath).toEqual(scanPageFile(page));
    }
    // What the browser tests choose by: pages with scripts, and translations.
    expect(fromAudit.some((p) => p.scripts.length > 0)).toBe(true);
    expect(fromAudit.some((p) => p.languageSwitch !== undefined)).toBe(true);
  });
});
