/**
 * Locale-aware formatting in one place: every number, percentage, date and exact fraction on the site
 * goes through these functions, so "1.589.519", "77,7%" and "22 november 2023" are written one way.
 * Percentages are computed exactly from whole numbers (BigInt), never from floating point: a published
 * figure must not change by rounding error.
 */
import type { Locale } from './locales.ts';

/** The Intl locale of a site locale: Dutch as written in the Netherlands, English as in the UK. */
export function intlLocale(locale: Locale): string {
  return locale === 'nl' ? 'nl-NL' : 'en-GB';
}

/**
 * One Intl formatter per locale and kind, made on first use. Building an Intl.DateTimeFormat loads
 * locale and time-zone data and costs far more than formatting with it: made on every call, the
 * dates of the observer pages alone took 12 s of CPU in a full build (profiled 2026-11-26).
 */
function memoPerLocale<F>(make: (intl: string) => F): (locale: Locale) => F {
  const made = new Map<Locale, F>();
  return (locale) => {
    let f = made.get(locale);
    if (f === undefined) {
      f = make(intlLocale(locale));
      made.set(locale, f);
    }
    return f;
  };
}

const integerFormat = memoPerLocale((intl) => new Intl.NumberFormat(intl, { maximumFractionDigits: 0 }));

/** Whole numbers with the locale's thousands separator: 10.432.726 (nl) / 10,432,726 (en). */
export function formatInteger(locale: Locale, value: number | bigint): string {
  return integerFormat(locale).format(value);
}

/**
 * part / whole as a percentage with `decimals` digits, rounded half up, computed in BigInt:
 * 77,7% (nl) / 77.7% (en). Returns null when whole is 0 (a share of nothing is not a number).
 */
export function formatPercent(
  locale: Locale,
  part: number | bigint,
  whole: number | bigint,
  decimals = 1,
): string | null {
  const p = BigInt(part);
  const w = BigInt(whole);
  if (w === 0n) return null;
  const negative = p < 0n !== w < 0n && p !== 0n;
  const ap = p < 0n ? -p : p;
  const aw = w < 0n ? -w : w;
  const scale = 10n ** BigInt(decimals);
  // round half up: floor((2 * 100 * scale * part + whole) / (2 * whole))
  const scaled = (2n * 100n * scale * ap + aw) / (2n * aw);
  const intPart = scaled / scale;
  const frac = scaled % scale;
  const sep = locale === 'nl' ? ',' : '.';
  const digits = decimals > 0 ? `${sep}${frac.toString().padStart(decimals, '0')}` : '';
  return `${negative ? '−' : ''}${formatInteger(locale, intPart)}${digits}%`;
}

/** Exact share as a BigInt count of 1/10^decimals percent, for sorting and comparisons without floats. */
export function percentUnits(part: number | bigint, whole: number | bigint, decimals = 1): bigint | null {
  const w = BigInt(whole);
  if (w === 0n) return null;
  const scale = 10n ** BigInt(decimals);
  return (2n * 100n * scale * BigInt(part) + w) / (2n * w);
}

/** Dates and times as the Netherlands reads them: always in Europe/Amsterdam, whatever the machine's zone. */
const amsterdamFormat = (options: Intl.DateTimeFormatOptions) =>
  memoPerLocale((intl) => new Intl.DateTimeFormat(intl, { ...options, timeZone: 'Europe/Amsterdam' }));
const longDateFormat = amsterdamFormat({ day: 'numeric', month: 'long', year: 'numeric' });
const shortDateFormat = amsterdamFormat({ day: 'numeric', month: 'short' });
const timeFormat = amsterdamFormat({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
/** "A, B en C" / "A, B and C": also for rich text (src/lib/i18n/rich.ts), so the site has one list format. */
export const listFormat = memoPerLocale(
  (intl) => new Intl.ListFormat(intl, { style: 'long', type: 'conjunction' }),
);

/** A calendar date (YYYY-MM-DD, or a Date) as people write it: "22 november 2023" / "22 November 2023". */
export function formatDate(locale: Locale, date: string | Date): string {
  const d = typeof date === 'string' ? isoDateToUtcNoon(date) : date;
  return longDateFormat(locale).format(d);
}

/** A short date without the year: "22 nov." / "22 Nov". */
export function formatShortDate(locale: Locale, date: string | Date): string {
  const d = typeof date === 'string' ? isoDateToUtcNoon(date) : date;
  return shortDateFormat(locale).format(d);
}

/** The clock time in the Netherlands of an instant: "21:00". */
export function formatTime(locale: Locale, instant: string | Date): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  return timeFormat(locale).format(d);
}

/** Date and time in the Netherlands: "22 november 2023, 21:00". */
export function formatDateTime(locale: Locale, instant: string | Date): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  return `${formatDate(locale, d)}, ${formatTime(locale, d)}`;
}

/** "A, B en C" / "A, B and C". */
export function joinList(locale: Locale, items: readonly string[]): string {
  return listFormat(locale).format(items);
}

/** A YYYY-MM-DD date at noon UTC, so it is the same calendar day in Europe/Amsterdam. */
function isoDateToUtcNoon(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return new Date(iso);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
}

/** The parts of an exact value; structurally matches the engine's Fraction (num, den: bigint). */
export interface FractionLike {
  readonly num: bigint;
  readonly den: bigint;
}

/**
 * Exact fractions as people read them, the one agreed way on the whole site: the whole part with the
 * locale's thousands separator, then the proper fraction: "69.551 76/150" (nl) / "69,551 76/150" (en).
 * The two are joined by a no-break space (U+00A0), so a line never ends in "68.079" with "34/36" on the
 * next: read alone, "68.079" is a different number (and in English a decimal).
 * The fraction is NOT reduced: an average keeps its divisor (votes / (seats + 1)) and the kiesdeler its
 * seats, as the Kiesraad prints them (PV P 22-2).
 */
export function formatFraction(locale: Locale, f: FractionLike): string {
  if (f.den <= 0n || f.num < 0n)
    throw new RangeError('formatFraction: non-negative value with positive denominator expected');
  const whole = f.num / f.den;
  const rest = f.num - whole * f.den;
  const wholeText = formatInteger(locale, whole);
  if (rest === 0n) return wholeText;
  if (whole === 0n) return `${rest}/${f.den}`;
  return `${wholeText}\u00a0${rest}/${f.den}`;
}

/**
 * The difference of two shares in percentage points, exactly: a.part/a.whole − b.part/b.whole, times
 * 100, rounded half away from zero to `decimals` digits, computed in BigInt on the whole fractions (not
 * on the rounded percentages, so it can differ by 0,1 from subtracting the two shown shares):
 * "+4,3" / "−1,2" / "0,0" (nl), "+4.3" (en). A minus sign (U+2212), never a hyphen; no sign on zero.
 * Null when either whole is 0.
 */
export function formatPointDifference(
  locale: Locale,
  a: { part: number | bigint; whole: number | bigint },
  b: { part: number | bigint; whole: number | bigint },
  decimals = 1,
): string | null {
  const aw = BigInt(a.whole);
  const bw = BigInt(b.whole);
  if (aw <= 0n || bw <= 0n) return null;
  const scale = 10n ** BigInt(decimals);
  const num = 100n * scale * (BigInt(a.part) * bw - BigInt(b.part) * aw);
  const den = aw * bw;
  const abs = num < 0n ? -num : num;
  const q = (2n * abs + den) / (2n * den);
  const intPart = q / scale;
  const frac = q % scale;
  const sep = locale === 'nl' ? ',' : '.';
  const digits = decimals > 0 ? `${sep}${frac.toString().padStart(decimals, '0')}` : '';
  const sign = q === 0n ? '' : num < 0n ? '−' : '+';
  return `${sign}${formatInteger(locale, intPart)}${digits}`;
}
