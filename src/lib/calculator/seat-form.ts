/**
 * The "reken zelf" calculator's form, as plain data: turns what a person typed into an engine
 * input, or into errors per field. No DOM here (the island script reads and writes the form), so
 * the rules are unit-tested. The calculation itself is the engine's allocateSeats, never a copy.
 */
import { SEAT_CATEGORIES, type ElectionCategory } from '../apportionment/rules.ts';
import type { ApportionmentInput } from '../apportionment/types.ts';

export interface FormRow {
  name: string;
  votes: string;
}

export interface FormValues {
  seats: string;
  category: string;
  rows: FormRow[];
}

export type FieldError =
  | { field: 'seats'; code: 'seats' }
  | { field: 'category'; code: 'category' }
  | { field: 'votes'; row: number; code: 'votes' }
  | { field: 'lists'; code: 'noLists' | 'noVotes' };

/**
 * A whole number as people type it: "328225", "328.225", "328,225", "328 225" (thousands
 * separators in the right places only). "1.5", "1,50", "-3", "3e5" are not whole numbers: null.
 * Returns null above Number.MAX_SAFE_INTEGER too (the engine takes safe integers).
 */
export function parseWholeNumber(text: string): number | null {
  const t = text.trim().replace(/[\s\u00a0\u202f]/g, ' ');
  let digits: string | null = null;
  if (/^\d+$/.test(t)) digits = t;
  else {
    const m = /^\d{1,3}([ .,'’])\d{3}(?:\1\d{3})*$/.exec(t);
    if (m !== null) digits = t.split(m[1] as string).join('');
  }
  if (digits === null) return null;
  const n = Number(digits);
  return Number.isSafeInteger(n) ? n : null;
}

/** No Dutch body has more than 150 seats; the cap keeps a typo from freezing the browser. */
export const MAX_SEATS = 1000;

function isCategory(v: string): v is ElectionCategory {
  return (SEAT_CATEGORIES as readonly string[]).includes(v);
}

/**
 * Form values → engine input, or the errors to show next to the fields. List numbers are the row
 * positions (1, 2, …); an empty name becomes `defaultName(n)` ("Lijst 3" / "List 3").
 */
export function formToInput(
  values: FormValues,
  defaultName: (n: number) => string,
): { input: ApportionmentInput; errors: [] } | { input: null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const seats = parseWholeNumber(values.seats);
  if (seats === null || seats < 1 || seats > MAX_SEATS) errors.push({ field: 'seats', code: 'seats' });
  if (!isCategory(values.category)) errors.push({ field: 'category', code: 'category' });
  const lists = values.rows.map((row, i) => {
    const votes = parseWholeNumber(row.votes);
    if (votes === null) errors.push({ field: 'votes', row: i, code: 'votes' });
    const name = row.name.trim();
    return { number: i + 1, name: name === '' ? defaultName(i + 1) : name, votes: votes ?? 0 };
  });
  if (lists.length === 0) errors.push({ field: 'lists', code: 'noLists' });
  else if (errors.length === 0 && lists.every((l) => l.votes === 0))
    errors.push({ field: 'lists', code: 'noVotes' });
  if (errors.length > 0 || seats === null || !isCategory(values.category)) return { input: null, errors };
  return { input: { category: values.category, seats, lists }, errors: [] };
}
