/**
 * "Check your own notes": an observer's figures against the published ones of one polling station.
 * Pure, and small enough for the browser island (notes-check.client.ts); nothing typed leaves the page.
 * A figure is a whole number of votes: digits only, optionally with thousands separators (. , or space,
 * as people write them on paper); anything else is reported as not a number, never guessed.
 */
export type NoteStatus = 'same' | 'differs' | 'empty' | 'invalid';

export interface NoteComparison {
  key: string;
  status: NoteStatus;
  published: number;
  typed: number | null;
  /** typed − published, when both are numbers. */
  difference: number | null;
}

export function parseWholeNumber(text: string): number | null | 'invalid' {
  const s = text.trim();
  if (s === '') return null;
  if (!/^\d{1,3}([.,\s\u00a0\u202f]?\d{3})*$/.test(s) && !/^\d+$/.test(s)) return 'invalid';
  const n = Number(s.replace(/[.,\s\u00a0\u202f]/g, ''));
  return Number.isSafeInteger(n) ? n : 'invalid';
}

export function compareNotes(
  published: readonly { key: string; value: number }[],
  typed: Readonly<Record<string, string>>,
): NoteComparison[] {
  return published.map(({ key, value }) => {
    const parsed = parseWholeNumber(typed[key] ?? '');
    if (parsed === null) return { key, status: 'empty', published: value, typed: null, difference: null };
    if (parsed === 'invalid')
      return { key, status: 'invalid', published: value, typed: null, difference: null };
    return {
      key,
      status: parsed === value ? 'same' : 'differs',
      published: value,
      typed: parsed,
      difference: parsed - value,
    };
  });
}
