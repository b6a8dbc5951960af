import type { APIContext } from 'astro';
import { finderElection, finderElections } from '../../../../lib/finder/data.ts';
import { sessionsCalendar } from '../../../../lib/finder/ics.ts';
import { municipalityPath, sessionAnchor } from '../../../../lib/finder/paths.ts';

/** Every session of a municipality in one calendar. */
export function getStaticPaths() {
  return finderElections().flatMap((e) =>
    e.municipalities.map((m) => ({ params: { election: e.election.slug, file: m.slug } })),
  );
}

export function GET({ params, site }: APIContext): Response {
  const e = finderElection(params['election']!);
  const m = e.municipalities.find((x) => x.slug === params['file'])!;
  const page = new URL(municipalityPath('nl', e.election.slug, m.slug), site);
  const body = sessionsCalendar(
    `${m.name}: ${e.election.name}`,
    m.sessions,
    (s) => `${page.href}#${sessionAnchor(s.id)}`,
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
