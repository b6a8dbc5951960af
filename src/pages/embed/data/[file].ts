import type { APIRoute } from 'astro';
import { countingWidgetPages } from '../../../lib/embed/embed-routes.ts';

/** /embed/data/uitleg.<lang>.json: the counting card for the web component. */
export function getStaticPaths() {
  return countingWidgetPages()
    .filter((p) => !p.compact)
    .map((p) => ({ params: { file: `uitleg.${p.lang}.json` }, props: { full: p.view, compact: p.view } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
