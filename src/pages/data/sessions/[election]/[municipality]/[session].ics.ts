import type { APIContext } from 'astro';
import { finderElection, finderElections } from '../../../../../lib/finder/data.ts';
import { sessionsCalendar } from '../../../../../lib/finder/ics.ts';
import { municipalityPath, sessionAnchor } from '../../../../../lib/finder/paths.ts';

/** One calendar file per session that has a known day. */
export function getStaticPaths() {
  return finderElections().flatMap((e) =>
    e.municipalities.flatMap((m) =>
      m.sessions
        .filter((s) => s.start)
        .map((s) => ({ params: { election: e.election.slug, municipality: m.slug, session: s.id } })),
    ),
  );
}

export function GET({ params, site }: APIContext): Response {
  const e = finderElection(params['election']!);
  const m = e.municipalities.find((x) => x.slug === params['municipality'])!;
  const s = m.sessions.find((x) => x.id === params['session'])!;
  const page = new URL(municipalityPath('nl', e.election.slug, m.slug), site);
  const body = sessionsCalendar(
    `${s.name}: ${e.election.name}`,
    [s],
    () => `${page.href}#${sessionAnchor(s.id)}`,
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
