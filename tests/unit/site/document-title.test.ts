import { describe, expect, it } from 'vitest';
import { documentTitle, htmlTextLength, MAX_TITLE_LENGTH } from '../../../src/lib/site/document-title.ts';

describe('documentTitle (html-validate long-title: at most 70 characters)', () => {
  it('adds the site name when it fits', () => {
    expect(documentTitle('Tweede Kamer 2023', 'Open Telling')).toBe('Tweede Kamer 2023 | Open Telling');
  });

  it('the home page is the site name alone', () => {
    expect(documentTitle('Open Telling', 'Open Telling')).toBe('Open Telling');
  });

  it('drops the site name before it shortens a real party name (TK2023 list 12)', () => {
    const title = 'Staatkundig Gereformeerde Partij (SGP) – Tweede Kamer 2023';
    expect(documentTitle(title, 'Open Telling')).toBe(title);
  });

  it('shortens a title that is too long on its own at a word, with an ellipsis', () => {
    const title =
      'Stembureau Multifunctioneel Centrum De Grote Kerk aan de Markt, Súdwest-Fryslân – Gemeenteraad 2026';
    const out = documentTitle(title, 'Open Telling');
    expect(out.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(out.endsWith('…')).toBe(true);
    expect(title.startsWith(out.slice(0, -1))).toBe(true);
    expect(out).not.toMatch(/\s…$/u);
  });

  it('never splits a surrogate pair when it shortens', () => {
    const title = '𝔘'.repeat(80);
    const out = documentTitle(title, 'Open Telling');
    expect(out.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect([...out.slice(0, -1)].every((ch) => ch === '𝔘')).toBe(true);
    expect(out).not.toMatch(/[\uD800-\uDBFF]…$/u);
  });
});

describe('documentTitle against html-validate itself (long-title counts the HTML as written)', () => {
  // Real GR2022 station names whose titles were one or two characters over once escaped.
  const titles = [
    "Dorpshuis Kudelstaart 't Podium, Aalsmeer – Municipal councils 2022",
    "'t Buitenhoff Zalen & Partycentrum, Altena – Municipal councils 2022",
    `"Quoted" <name> & 'apostrophes' – ${'x'.repeat(60)}`,
  ];
  const escape = (s: string) =>
    s
      .replace(/&/g, '&amp;')
      .replace(/'/g, '&#39;')
      .replace(/"/g, '&quot;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;');
  it.each(titles)('%s', async (title) => {
    const { HtmlValidate } = await import('html-validate');
    const v = new HtmlValidate({ root: true, rules: { 'long-title': 'error' } });
    const out = documentTitle(title, 'Open Telling');
    expect(htmlTextLength(out)).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    const html = `<!doctype html><html lang="en"><head><title>${escape(out)}</title></head><body></body></html>`;
    const report = await v.validateString(html);
    expect(report.results.flatMap((r) => r.messages.map((m) => m.message))).toEqual([]);
  });
});
