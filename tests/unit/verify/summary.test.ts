/**
 * The plain-language summary of the TK2023 checks page: what it says is what the checks found, and the
 * Dutch text reads at B1 (Flesch-Douma ≥ 65, src/lib/language); no word suggests fraud.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { countText, readability } from '../../../src/lib/language/readability.ts';
import { catalog } from '../../../src/lib/model/catalog.ts';
import { checksPageData, type ChecksPageData } from '../../../src/lib/verify/page-data.ts';
import { summaryParagraphs } from '../../../src/lib/verify/summary.ts';

let data: ChecksPageData;
beforeAll(async () => {
  data = await checksPageData((await catalog()).get('TK2023'));
}, 120_000);

describe('TK2023 checks summary', () => {
  it('says that the 20 kieskringen add up and that the 3 level differences plus 2 file facts are explained', () => {
    const nl = summaryParagraphs('nl', data.summary).join(' ');
    expect(nl).toContain('Alle 20 kieskringen tellen op tot het totaal van het land.');
    expect(nl).toContain('Wij vonden 5 verschillen tussen de bestanden. Ze zijn alle 5 uitgelegd');
    expect(nl).toContain('dezelfde 150 zetels');
    expect(nl).toContain('Ook de 150 gekozen kandidaten zijn dezelfden.');
    const en = summaryParagraphs('en', data.summary).join(' ');
    expect(en).toContain('All 20 kieskring totals add up to the national total.');
  });

  it('reads at B1 in Dutch (Flesch-Douma ≥ 65) and never speaks of fraud', () => {
    const paragraphs = summaryParagraphs('nl', data.summary);
    const r = readability(countText(paragraphs, 'nl'), 'nl');
    expect(r.score).toBeGreaterThanOrEqual(65);
    for (const locale of ['nl', 'en'] as const)
      expect(summaryParagraphs(locale, data.summary).join(' ')).not.toMatch(/fraud|fraude/i);
  });

  it('groups every failed result, with at most 30 rows per group on the page', () => {
    for (const g of data.groups) expect(g.rows.length + g.more).toBe(g.total);
    expect(data.groups.every((g) => g.rows.length <= 30)).toBe(true);
    expect(data.provisional.total).toBeGreaterThan(50);
  });
});
