/**
 * Which widget pages and JSON files the build makes: the counting card per language, and the results
 * widget for every municipality with figures in every election of the catalog. Computed once per build.
 */
import { locales, localePrefix, type Locale } from '../i18n/locales.ts';
import { catalog, type CatalogEntry } from '../model/catalog.ts';
import { municipalFigures, resultsWidgetView, type ResultsWidgetView } from './results-widget.ts';
import { countingWidgetView, type CountingWidgetView } from './counting-widget.ts';

/** URL slug of a name: lower case, diacritics removed, anything else → "-" ("'s-Gravenhage" → "s-gravenhage"). */
export function nameSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The full results page of a municipality (the results pages, issue 11). */
export function municipalityResultsPath(locale: Locale, entry: CatalogEntry, name: string): string {
  const base = locale === 'nl' ? '/uitslag' : `${localePrefix(locale)}/results`;
  const part = locale === 'nl' ? 'gemeenten' : 'municipalities';
  return `${base}/${entry.slug}/${part}/${nameSlug(name)}/`;
}

export interface ResultsWidgetPage {
  lang: Locale;
  election: string;
  gemeente: string;
  compact: boolean;
  view: ResultsWidgetView;
}

let resultsMemo: Promise<ResultsWidgetPage[]> | null = null;

export function resultsWidgetPages(): Promise<ResultsWidgetPage[]> {
  resultsMemo ??= (async () => {
    const c = await catalog();
    const pages: ResultsWidgetPage[] = [];
    for (const entry of c.entries) {
      const figures = await municipalFigures(entry);
      for (const [code, f] of [...figures].sort(([a], [b]) => (a < b ? -1 : 1)))
        for (const lang of locales)
          for (const compact of [false, true])
            pages.push({
              lang,
              election: entry.slug,
              gemeente: `gm${code}`,
              compact,
              view: resultsWidgetView(entry, f, lang, municipalityResultsPath(lang, entry, f.name), compact),
            });
    }
    return pages;
  })();
  return resultsMemo;
}

export function countingWidgetPages(): { lang: Locale; compact: boolean; view: CountingWidgetView }[] {
  return locales.flatMap((lang) =>
    [false, true].map((compact) => ({ lang, compact, view: countingWidgetView(lang) })),
  );
}
