import { resultsElections } from '../lib/results/election.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { sortedVariants } from '../lib/results/municipality-sort.ts';
import { sortSlugs } from '../lib/results/paths.ts';

/**
 * getStaticPaths of the results routes, shared by the Dutch (/uitslag/…) and English (/en/results/…)
 * files. Every election of the data folder with a result gets its pages; the results model of an
 * election is built once per build (memoized) and both languages receive the same objects, so each
 * route only words its own page (src/lib/results/views/pages.ts).
 */
export async function electionPaths() {
  return (await resultsElections()).map((election) => ({
    params: { election: election.slug },
    props: { election },
  }));
}

export async function regionPaths() {
  return (await resultsElections()).flatMap((election) =>
    election.nation === null
      ? []
      : election.regions.map((region) => ({
          params: { election: election.slug, region: region.slug },
          props: { election, region },
        })),
  );
}

export async function municipalitiesIndexPaths() {
  return (await resultsElections())
    .filter((e) => e.municipalities.length > 0)
    .map((election) => ({ params: { election: election.slug }, props: { election } }));
}

/** The municipalities table in its other orders (sorting without JavaScript), slugs per language. */
export function municipalitiesSortPaths(locale: Locale) {
  return async () =>
    (await resultsElections())
      .filter((e) => e.municipalities.length > 0)
      .flatMap((election) =>
        sortedVariants.map((sort) => ({
          params: { election: election.slug, sort: sortSlugs[sort][locale] },
          props: { election, sort },
        })),
      );
}

export async function municipalityPaths() {
  return (await resultsElections()).flatMap((election) =>
    election.municipalities.map((municipality) => ({
      params: { election: election.slug, municipality: municipality.slug },
      props: { election, municipality },
    })),
  );
}

export async function stationPaths() {
  return (await resultsElections()).flatMap((election) =>
    election.municipalities.flatMap((municipality) =>
      municipality.stations.map((station) => ({
        params: { election: election.slug, municipality: municipality.slug, station: station.slug },
        props: { election, municipality, station },
      })),
    ),
  );
}

export async function listPaths() {
  return (await resultsElections()).flatMap((election) =>
    election.nation === null
      ? []
      : election.lists.map((list) => ({
          params: { election: election.slug, list: list.slug },
          props: { election, list },
        })),
  );
}
