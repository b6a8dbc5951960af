/**
 * Which widget pages and JSON files the build makes: the counting card per language, and the results
 * widget for every municipality with figures in every election of the catalog. Computed once per build.
 */
import { locales, type Locale } from '../i18n/locales.ts';
import { catalog } from '../model/catalog.ts';
import { resultsElections } from '../results/election.ts';
import { municipalityPath } from '../results/paths.ts';
import { municipalFigures, resultsWidgetView, type ResultsWidgetView } from './results-widget.ts';
import { countingWidgetView, type CountingWidgetView } from './counting-widget.ts';

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
    // The full results page of each municipality, by the results pages' own slugs (issue 11).
    const slugs = new Map(
      (await resultsElections(c.root)).flatMap((e) =>
        e.municipalities.map((m) => [`${e.slug}/${m.code}`, m.slug]),
      ),
    );
    const pages: ResultsWidgetPage[] = [];
    for (const entry of c.entries) {
      const figures = await municipalFigures(entry);
      for (const [code, f] of [...figures].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const slug = slugs.get(`${entry.slug}/${code}`);
        // A widget links to its full page; without one (no results page for it) there is no widget.
        if (slug === undefined) continue;
        for (const lang of locales)
          for (const compact of [false, true])
            pages.push({
              lang,
              election: entry.slug,
              gemeente: `gm${code}`,
              compact,
              view: resultsWidgetView(entry, f, lang, municipalityPath(lang, entry.slug, slug), compact),
            });
      }
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
