/**
 * URLs of the results pages, one place for both languages. Dutch under /uitslag/, English under
 * /en/results/ with English words; every path ends in "/" as the site is built.
 *   /uitslag/<election>/                                 overview
 *   /uitslag/<election>/kieskringen/<n>-<slug>/          kieskring
 *   /uitslag/<election>/gemeenten/                       municipalities index (by name)
 *   /uitslag/<election>/gemeenten/sorteer/<order>/       the same table in another order
 *   /uitslag/<election>/gemeenten/<slug>/                municipality (council)
 *   /uitslag/<election>/gemeenten/<slug>/<station>/      polling station
 *   /uitslag/<election>/partijen/<n>-<slug>/             list
 * Downloads (CSV, JSON) are language-neutral and live beside the Dutch page; chart files (SVG) carry
 * words, so each language has its own.
 */
import type { Locale } from '../i18n/locales.ts';
import { pathFor } from '../i18n/routes.ts';
import type { MunicipalitySort } from './municipality-sort.ts';

export const resultsSegments = {
  regions: { nl: 'kieskringen', en: 'constituencies' },
  municipalities: { nl: 'gemeenten', en: 'municipalities' },
  lists: { nl: 'partijen', en: 'parties' },
  sort: { nl: 'sorteer', en: 'sort' },
} as const satisfies Record<string, Record<Locale, string>>;

/** /uitslag/ or /en/results/. */
export function resultsRoot(locale: Locale): string {
  return pathFor('results', locale);
}

export function resultsPath(locale: Locale, election: string): string {
  return `${resultsRoot(locale)}${election}/`;
}

export function regionPath(locale: Locale, election: string, region: string): string {
  return `${resultsPath(locale, election)}${resultsSegments.regions[locale]}/${region}/`;
}

export function municipalitiesPath(locale: Locale, election: string): string {
  return `${resultsPath(locale, election)}${resultsSegments.municipalities[locale]}/`;
}

/** The slug of each order of the municipalities table, per language (the name order is the index itself). */
export const sortSlugs = {
  valid: { nl: 'geldige-stemmen', en: 'valid-votes' },
  turnout: { nl: 'opkomst', en: 'turnout' },
  largest: { nl: 'grootste-lijst', en: 'largest-list' },
} as const satisfies Record<Exclude<MunicipalitySort, 'name'>, Record<Locale, string>>;

/** /uitslag/<e>/gemeenten/ for the name order, /uitslag/<e>/gemeenten/sorteer/opkomst/ for the others. */
export function municipalitiesSortPath(locale: Locale, election: string, sort: MunicipalitySort): string {
  const base = municipalitiesPath(locale, election);
  return sort === 'name' ? base : `${base}${resultsSegments.sort[locale]}/${sortSlugs[sort][locale]}/`;
}

export function municipalityPath(locale: Locale, election: string, municipality: string): string {
  return `${municipalitiesPath(locale, election)}${municipality}/`;
}

export function stationPath(locale: Locale, election: string, municipality: string, station: string): string {
  return `${municipalityPath(locale, election, municipality)}${station}/`;
}

export function listPath(locale: Locale, election: string, list: string): string {
  return `${resultsPath(locale, election)}${resultsSegments.lists[locale]}/${list}/`;
}

/** The language-neutral downloads of a page: its figures as CSV and JSON, beside the Dutch page. */
export function downloadPaths(nlPagePath: string): { csv: string; json: string } {
  return { csv: `${nlPagePath}uitslag.csv`, json: `${nlPagePath}uitslag.json` };
}

/** A chart of a page as an SVG file, in the page's language. */
export function chartFilePath(pagePath: string, chart: string): string {
  return `${pagePath}${chart}.svg`;
}
