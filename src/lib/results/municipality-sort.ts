/**
 * Orders of the municipalities (councils) table, each published as its own static page so the table
 * can be sorted without JavaScript (issue 11): by name (the default page), by valid votes, by turnout
 * and by largest list. Numbers sort descending, names ascending in the page language's collation
 * (Intl.Collator: "'s-Hertogenbosch", "Súdwest-Fryslân" land where a Dutch reader looks for them);
 * ties are broken by name, so every order is total and the same on every build.
 *
 * Turnout is compared exactly: votesCast/eligible against another fraction by cross-multiplying in
 * BigInt, never as floats (two councils with 77,70% and 77,7049% are not equal). A unit without an
 * eligible count (or with 0) has no turnout and goes last.
 */
import { intlLocale } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import type { ListCount, MunicipalityResult, UnitFigures } from './election.ts';

export const municipalitySorts = ['name', 'valid', 'turnout', 'largest'] as const;
export type MunicipalitySort = (typeof municipalitySorts)[number];

/** The orders that get a page of their own (the default order by name is the index page itself). */
export const sortedVariants = municipalitySorts.filter((s) => s !== 'name');

/** Numbers descending (the largest first is what a reader looks for), names ascending. */
export function sortDirection(sort: MunicipalitySort): 'ascending' | 'descending' {
  return sort === 'valid' || sort === 'turnout' ? 'descending' : 'ascending';
}

const collators = new Map<Locale, Intl.Collator>();
/** The page language's collation; numeric so "Lijst 2" sorts before "Lijst 10". */
export function collator(locale: Locale): Intl.Collator {
  let c = collators.get(locale);
  if (!c) {
    c = new Intl.Collator(intlLocale(locale), { numeric: true, sensitivity: 'base' });
    collators.set(locale, c);
  }
  return c;
}

/** The turnout of a unit as an exact fraction, or null when the file gives no eligible count. */
function turnout(f: UnitFigures): { part: bigint; whole: bigint } | null {
  return f.eligible === null || f.eligible <= 0
    ? null
    : { part: BigInt(f.votesCast), whole: BigInt(f.eligible) };
}

/** a/b against c/d for positive denominators, exactly: sign of a·d − c·b. */
export function compareFractions(
  x: { part: bigint; whole: bigint },
  y: { part: bigint; whole: bigint },
): number {
  const l = x.part * y.whole;
  const r = y.part * x.whole;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** The largest list of a unit: most votes, a tie to the lower list number; null without votes. */
function largestOf(lists: readonly ListCount[], c: Intl.Collator): ListCount | null {
  let best: ListCount | null = null;
  for (const l of lists)
    if (
      l.votes > 0 &&
      (best === null || l.votes > best.votes || (l.votes === best.votes && c.compare(l.list, best.list) < 0))
    )
      best = l;
  return best;
}

/** The municipalities in the given order; a new array, the input is not changed. */
export function sortMunicipalities(
  locale: Locale,
  munis: readonly MunicipalityResult[],
  sort: MunicipalitySort,
): MunicipalityResult[] {
  const c = collator(locale);
  const byName = (a: MunicipalityResult, b: MunicipalityResult) =>
    c.compare(a.name, b.name) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  let primary: (a: MunicipalityResult, b: MunicipalityResult) => number;
  switch (sort) {
    case 'name':
      primary = () => 0;
      break;
    case 'valid':
      primary = (a, b) => b.figures.valid - a.figures.valid;
      break;
    case 'turnout':
      primary = (a, b) => {
        const ta = turnout(a.figures);
        const tb = turnout(b.figures);
        if (ta === null || tb === null) return ta === null ? (tb === null ? 0 : 1) : -1;
        return compareFractions(tb, ta);
      };
      break;
    case 'largest':
      primary = (a, b) => {
        const la = largestOf(a.figures.lists, c);
        const lb = largestOf(b.figures.lists, c);
        if (la === null || lb === null) return la === null ? (lb === null ? 0 : 1) : -1;
        return c.compare(la.name, lb.name);
      };
      break;
  }
  return [...munis].sort((a, b) => primary(a, b) || byName(a, b));
}
