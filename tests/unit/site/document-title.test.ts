import { describe, expect, it } from 'vitest';
import { documentTitle, MAX_TITLE_LENGTH } from '../../../src/lib/site/document-title.ts';

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
