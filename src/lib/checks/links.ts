/**
 * Addresses of the pages of one unit, following the results pages' URL scheme (issue #11):
 *   /uitslag/<election>/                                    the nation (CSB)
 *   /uitslag/<election>/kieskringen/<n>-<slug>/             a kieskring (HSB<n>)
 *   /uitslag/<election>/gemeenten/<slug>/                   a municipality
 *   /uitslag/<election>/gemeenten/<slug>/<station-slug>/    a polling station
 * and the same under /en/results/<election>/ with English words. A slug is the name in lower case,
 * without diacritics, with every run of other characters turned into one "-" ("'s-Gravenhage" →
 * "s-gravenhage"); a station's slug is its name (without the "(postcode: …)" the files append) plus its
 * number ("Stembureau Gemeentehuis Gieten (postcode: 9461 BH)", SB1 → "stembureau-gemeentehuis-gieten-1").
 *
 * The unit pages are built by the results pages; until those are in this build, RESULTS_UNIT_PAGES is
 * false and the checks pages link only to pages that exist (the link checker over dist/ would fail
 * otherwise). Flip it when the results pages are merged.
 */
import type { Locale } from '../i18n/locales.ts';
import { pathFor } from '../i18n/routes.ts';
import type { Level } from '../model/types.ts';

export const RESULTS_UNIT_PAGES = true;

export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The name of a polling station without the "(postcode: 9461 BH)" the files append. */
export function stationName(name: string): string {
  return name.replace(/\s*\(postcode:[^)]*\)\s*$/i, '').trim();
}

/** "SB12" → "12"; other codes as they are. */
export function stationNumber(code: string): string {
  return code.replace(/^SB/i, '');
}

export function stationSlug(name: string, code: string): string {
  const base = slugify(stationName(name));
  const number = slugify(stationNumber(code));
  return base ? `${base}-${number}` : number;
}

export interface UnitLinkTarget {
  level: Level;
  /** "HSB3", a municipality code, "SB1" or "CSB". */
  code: string;
  /** The unit's own name (for a kieskring and a municipality: the region name, e.g. "Groningen"). */
  name: string;
  /** For a polling station: the name of its municipality. */
  municipality?: string;
}

const WORDS = {
  nl: { kieskringen: 'kieskringen', gemeenten: 'gemeenten', controle: 'controle' },
  en: { kieskringen: 'constituencies', gemeenten: 'municipalities', controle: 'checks' },
} as const;

/** /uitslag/<election>/ or /en/results/<election>/. */
export function electionPath(locale: Locale, election: string): string {
  return `${pathFor('results', locale)}${election}/`;
}

export function unitPath(locale: Locale, election: string, unit: UnitLinkTarget): string {
  const base = electionPath(locale, election);
  const w = WORDS[locale];
  switch (unit.level) {
    case 'CSB':
      return base;
    case 'HSB':
      return `${base}${w.kieskringen}/${unit.code.replace(/^HSB/, '')}-${slugify(unit.name)}/`;
    case 'GSB':
      return `${base}${w.gemeenten}/${slugify(unit.name)}/`;
    case 'SB':
      return `${base}${w.gemeenten}/${slugify(unit.municipality ?? '')}/${stationSlug(unit.name, unit.code)}/`;
  }
}

/** The checks page of an election: /uitslag/<election>/controle/, /en/results/<election>/checks/. */
export function checksPath(locale: Locale, election: string): string {
  return `${electionPath(locale, election)}${WORDS[locale].controle}/`;
}

/** The "check your own notes" page of one polling station, under the checks page. */
export function notesPath(
  locale: Locale,
  election: string,
  municipality: string,
  station: { name: string; code: string },
): string {
  return `${checksPath(locale, election)}${slugify(municipality)}/${stationSlug(station.name, station.code)}/`;
}
