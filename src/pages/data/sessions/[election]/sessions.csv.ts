import type { APIContext } from 'astro';
import { finderElection, finderElections } from '../../../../lib/finder/data.ts';
import { sessionsCsv } from '../../../../lib/finder/open-data.ts';

export function getStaticPaths() {
  return finderElections().map((e) => ({ params: { election: e.election.slug } }));
}

export function GET({ params }: APIContext): Response {
  const e = finderElection(params['election']!);
  return new Response(sessionsCsv(e.election.sessions), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}
