import type { APIContext } from 'astro';
import {
  finderElection,
  finderElections,
  finderIndex,
  municipalityData,
} from '../../../../lib/finder/data.ts';
import { sessionsJson } from '../../../../lib/finder/open-data.ts';

/** Per election: index.json (the finder's index), sessions.json (open data), <municipality>.json. */
export function getStaticPaths() {
  return finderElections().flatMap((e) => [
    { params: { election: e.election.slug, file: 'index' } },
    { params: { election: e.election.slug, file: 'sessions' } },
    ...e.municipalities.map((m) => {
      if (m.slug === 'index' || m.slug === 'sessions')
        throw new Error(`finder: municipality slug ${m.slug} is reserved`);
      return { params: { election: e.election.slug, file: m.slug } };
    }),
  ]);
}

export function GET({ params }: APIContext): Response {
  const e = finderElection(params['election']!);
  const file = params['file']!;
  const body =
    file === 'index'
      ? JSON.stringify(finderIndex(e))
      : file === 'sessions'
        ? sessionsJson(e.election.id, e.election.sessions)
        : JSON.stringify(
            municipalityData(
              e,
              e.municipalities.find((m) => m.slug === file)!,
            ),
          );
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
}
