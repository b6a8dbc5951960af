import type { APIRoute } from 'astro';
import { sessionsWidgetPages, type SessionsWidgetView } from '../../../../../lib/embed/sessions-widget.ts';

/** /embed/data/tellingen/<election>/gm<code>.<lang>.json: the count sessions for the web component. */
export function getStaticPaths() {
  const pages = sessionsWidgetPages();
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

type Props = { full: SessionsWidgetView; compact: SessionsWidgetView };

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(JSON.stringify(props), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
