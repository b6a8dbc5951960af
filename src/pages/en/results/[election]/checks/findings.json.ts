import type { APIRoute } from 'astro';
import { checksDownloadPaths } from '../../../../../routing/checks-pages.ts';
import type { CheckRun } from '../../../../../lib/checks/run.ts';
import { findingsJson } from '../../../../../lib/verify/downloads.ts';

export const getStaticPaths = checksDownloadPaths;

export const GET: APIRoute = ({ props }) => {
  const run = (props as { run: CheckRun }).run;
  return new Response(findingsJson(run), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
