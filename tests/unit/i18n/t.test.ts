import { describe, expect, it } from 'vitest';
import { t } from '../../../src/lib/i18n/t.ts';
import { render } from '../../../src/lib/i18n/translate.ts';
import { namespaces } from '../../../src/lib/i18n/messages/index.ts';
import {
  formatDate,
  formatFraction,
  formatInteger,
  formatPercent,
  formatTime,
  intlLocale,
} from '../../../src/lib/i18n/format.ts';

describe('t()', () => {
  it('returns the string of each language', () => {
    expect(t('nl', 'nav.results')).toBe('Uitslag');
    expect(t('en', 'nav.results')).toBe('Results');
  });

  it('chooses the plural form from count, so one seat is never "1 zetels"', () => {
    const seats = { one: '{count} zetel', other: '{count} zetels' };
    expect(render('nl', seats, { count: 1 })).toBe('1 zetel');
    expect(render('nl', seats, { count: 0 })).toBe('0 zetels');
    expect(render('nl', seats, { count: 2 })).toBe('2 zetels');
    expect(render('nl', seats, { count: 1234 })).toBe('1.234 zetels');
    expect(render('en', { one: '{count} seat', other: '{count} seats' }, { count: 1 })).toBe('1 seat');
    expect(
      render('en', { zero: 'no seats', one: '{count} seat', other: '{count} seats' }, { count: 0 }),
    ).toBe('no seats');
  });

  it('formats numbers in placeholders for the locale and refuses a missing value', () => {
    expect(render('nl', '{n} stemmen', { n: 10432726 })).toBe('10.432.726 stemmen');
    expect(render('en', '{n} votes', { n: 10432726n })).toBe('10,432,726 votes');
    expect(() => render('nl', '{n} stemmen', {})).toThrow(/\{n\}/);
  });

  it('has no key defined by two namespaces', () => {
    const seen = new Map<string, string>();
    for (const [ns, dict] of Object.entries(namespaces)) {
      for (const key of Object.keys(dict.nl)) {
        expect(seen.get(key), `${key} is in ${seen.get(key)} and ${ns}`).toBeUndefined();
        seen.set(key, ns);
      }
    }
  });
});

describe('format', () => {
  it('maps a locale to one Intl locale', () => {
    expect(intlLocale('nl')).toBe('nl-NL');
    expect(intlLocale('en')).toBe('en-GB');
  });

  it('writes whole numbers the Dutch and the English way', () => {
    expect(formatInteger('nl', 1589519)).toBe('1.589.519');
    expect(formatInteger('en', 1589519)).toBe('1,589,519');
  });

  it('computes percentages exactly and rounds half up (TK2023 turnout 77,7%)', () => {
    // 10,470,000 of 13,473,750 is 77.708…%: one decimal gives 77,7%.
    expect(formatPercent('nl', 10_470_000, 13_473_750)).toBe('77,7%');
    expect(formatPercent('en', 10_470_000, 13_473_750)).toBe('77.7%');
    // 1/8 = 12.5% exactly; with 0 decimals half up gives 13%.
    expect(formatPercent('nl', 1, 8, 0)).toBe('13%');
    expect(formatPercent('nl', 1, 8, 2)).toBe('12,50%');
    // 2/3 = 66.666…% → 66,7%
    expect(formatPercent('nl', 2, 3)).toBe('66,7%');
    expect(formatPercent('nl', 5, 0)).toBeNull();
    expect(formatPercent('nl', 123_456_789_012n, 123_456_789_013n, 3)).toBe('100,000%');
  });

  it('writes dates and Dutch clock times', () => {
    expect(formatDate('nl', '2023-11-22')).toBe('22 november 2023');
    expect(formatDate('en', '2023-11-22')).toBe('22 November 2023');
    // 20:00 UTC in November is 21:00 in Amsterdam (CET); in March after the switch, CEST.
    expect(formatTime('nl', '2023-11-22T20:00:00Z')).toBe('21:00');
    expect(formatTime('nl', '2027-03-31T19:00:00Z')).toBe('21:00');
  });

  it('writes exact fractions one way: whole part, space, unreduced fraction', () => {
    expect(formatFraction('nl', { num: 69_551n * 150n + 76n, den: 150n })).toBe('69.551\u00a076/150');
    expect(formatFraction('en', { num: 69_551n * 150n + 76n, den: 150n })).toBe('69,551\u00a076/150');
    expect(formatFraction('nl', { num: 300n, den: 150n })).toBe('2');
  });
});
