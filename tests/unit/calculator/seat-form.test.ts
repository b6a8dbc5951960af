import { describe, expect, it } from 'vitest';
import { formToInput, parseWholeNumber, MAX_SEATS } from '../../../src/lib/calculator/seat-form.ts';
import { formatFraction } from '../../../src/lib/i18n/format.ts';
import { Fraction } from '../../../src/lib/apportionment/fraction.ts';

describe('parseWholeNumber (what people type in the calculator)', () => {
  it.each([
    ['328225', 328225],
    [' 328225 ', 328225],
    ['328.225', 328225],
    ['328,225', 328225],
    ['328 225', 328225],
    ['1.589.519', 1589519],
    ['0', 0],
  ])('%j → %d', (text, value) => expect(parseWholeNumber(text)).toBe(value));

  it.each(['', '1.5', '1,50', '-3', '3e5', '12.34.567', '1.234,567', 'abc', '9007199254740993'])(
    '%j is not a whole number',
    (text) => expect(parseWholeNumber(text)).toBeNull(),
  );
});

describe('formToInput', () => {
  const rows = [
    { name: 'A', votes: '100' },
    { name: '', votes: '50' },
  ];
  it('builds the engine input; list numbers are row positions, empty names get a default', () => {
    const r = formToInput({ seats: '19', category: 'GR', rows }, (n) => `Lijst ${n}`);
    expect(r.errors).toEqual([]);
    expect(r.input).toEqual({
      category: 'GR',
      seats: 19,
      lists: [
        { number: 1, name: 'A', votes: 100 },
        { number: 2, name: 'Lijst 2', votes: 50 },
      ],
    });
  });
  it('reports every wrong field, by row', () => {
    const r = formToInput(
      { seats: '0', category: 'XX', rows: [{ name: 'A', votes: '1.5' }, ...rows] },
      (n) => `Lijst ${n}`,
    );
    expect(r.input).toBeNull();
    expect(r.errors).toEqual([
      { field: 'seats', code: 'seats' },
      { field: 'category', code: 'category' },
      { field: 'votes', row: 0, code: 'votes' },
    ]);
  });
  it('refuses more seats than any body has room for, no lists, or no votes at all', () => {
    expect(
      formToInput({ seats: String(MAX_SEATS + 1), category: 'GR', rows }, (n) => `L ${n}`).errors,
    ).toEqual([{ field: 'seats', code: 'seats' }]);
    expect(formToInput({ seats: '5', category: 'GR', rows: [] }, (n) => `L ${n}`).errors).toEqual([
      { field: 'lists', code: 'noLists' },
    ]);
    expect(
      formToInput({ seats: '5', category: 'GR', rows: [{ name: 'A', votes: '0' }] }, (n) => `L ${n}`).errors,
    ).toEqual([{ field: 'lists', code: 'noVotes' }]);
  });
});

describe('formatFraction', () => {
  it('groups the whole part per language and keeps the fraction unreduced', () => {
    const quota = new Fraction(10_432_726n, 150n);
    expect(formatFraction('nl', quota)).toBe('69.551\u00a076/150');
    expect(formatFraction('en', quota)).toBe('69,551\u00a076/150');
    expect(formatFraction('nl', new Fraction(656_292n, 10n))).toBe('65.629\u00a02/10');
    expect(formatFraction('en', new Fraction(328_225n, 5n))).toBe('65,645');
    expect(formatFraction('en', new Fraction(3n, 4n))).toBe('3/4');
  });
});
