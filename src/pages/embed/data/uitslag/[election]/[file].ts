import type { APIRoute } from 'astro';
import { resultsWidgetPages, type ResultsWidgetPage } from '../../../../../lib/embed/embed-routes.ts';

/** /embed/data/uitslag/<election>/gm<code>.<lang>.json: what the web component renders (full view). */
export async function getStaticPaths() {
  const pages = await resultsWidgetPages();
  const compact = new Map(
    pages.filter((p) => p.compact).map((p) => [`${p.election}/${p.gemeente}/${p.lang}`, p.view]),
  );
  return pages
    .filter((p) => !p.compact)
    .map((p) => ({
      params: { election: p.election, file: `${p.gemeente}.${p.lang}.json` },
      props: { full: p.view, compact: compact.get(`${p.election}/${p.gemeente}/${p.lang}`) ?? p.view },
    }));
}

type Props = { full: ResultsWidgetPage['view']; compact: ResultsWidgetPage['view'] };

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(JSON.stringify(props), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
