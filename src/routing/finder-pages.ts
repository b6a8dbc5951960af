import type { Locale } from '../lib/i18n/locales.ts';
import { finderElections } from '../lib/finder/data.ts';
import { finderPageData, municipalityPageData, municipalityPageKeys } from '../lib/finder/page-data.ts';

/** getStaticPaths of the finder per election (nl and en). */
export function finderElectionPaths(locale: Locale) {
  return finderElections().map((e) => ({
    params: { election: e.election.slug },
    props: { data: finderPageData(locale, e.election.slug) },
  }));
}

/** getStaticPaths of the municipality pages: ~500 per language, view models from memoized data. */
export function municipalityPaths(locale: Locale) {
  return municipalityPageKeys().map((k) => ({
    params: k,
    props: { data: municipalityPageData(locale, k.election, k.municipality) },
  }));
}
