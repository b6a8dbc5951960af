import { slugify, stationSlug } from '../lib/checks/links.ts';
import { catalog } from '../lib/model/catalog.ts';
import { checkRunFor, checksPageData, stationFiguresOf } from '../lib/verify/page-data.ts';

/**
 * getStaticPaths of the checks routes: one checks page per snapshot in the catalog (nl
 * /uitslag/<id>/controle/, en /en/results/<id>/checks/), its findings downloads, and one "check your own
 * notes" page per polling station of an official municipal file. Data computed once per build.
 */
export async function checksPaths() {
  const c = await catalog();
  return Promise.all(
    c.entries.map(async (entry) => ({
      params: { election: entry.slug },
      props: { data: await checksPageData(entry) },
    })),
  );
}

export async function checksDownloadPaths() {
  const c = await catalog();
  return Promise.all(
    c.entries.map(async (entry) => ({
      params: { election: entry.slug },
      props: { run: await checkRunFor(entry) },
    })),
  );
}

export async function notesPaths() {
  const c = await catalog();
  const all = await Promise.all(c.entries.map((entry) => stationFiguresOf(entry)));
  return all.flat().map((figures) => ({
    params: {
      election: figures.slug,
      municipality: slugify(figures.municipality),
      station: stationSlug(figures.station.name, figures.station.code),
    },
    props: { figures },
  }));
}
