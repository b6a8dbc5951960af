/**
 * Exact fractions as people read them: the whole part with the locale's thousands separator, then
 * the proper fraction, "69.551 76/150" (nl) / "69,551 76/150" (en). The fraction is NOT reduced:
 * an average keeps its divisor (votes / (seats + 1)) and the kiesdeler its seats, as the Kiesraad
 * prints them. Kept free of the UI dictionary so the calculator island can import it cheaply.
 */
import type { Locale } from './locales.ts';

/** The parts of an exact value; structurally matches the engine's Fraction (num, den: bigint). */
export interface FractionLike {
  readonly num: bigint;
  readonly den: bigint;
}

export function formatFraction(locale: Locale, f: FractionLike): string {
  if (f.den <= 0n || f.num < 0n)
    throw new RangeError('formatFraction: non-negative value with positive denominator expected');
  const whole = f.num / f.den;
  const rest = f.num - whole * f.den;
  const wholeText = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB').format(whole);
  if (rest === 0n) return wholeText;
  if (whole === 0n) return `${rest}/${f.den}`;
  return `${wholeText} ${rest}/${f.den}`;
}
