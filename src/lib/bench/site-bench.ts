/**
 * Site benchmark: builds the site (astro build, Pagefind, headers) in child processes on this same
 * Node, times each, and measures every built page (gzip HTML + the CSS/JS it references; fonts and
 * images excluded). Returns table rows; the budgets themselves are enforced by tests/dist.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { auditSite, summarizeByType } from '../site-audit/audit.ts';
import { folderSize, formatBytes } from '../site-audit/bench-table.ts';

/** Runs a Node script with this Node and returns the wall time in seconds; exits on failure. */
function timed(repo: string, label: string, args: readonly string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, {
    cwd: repo,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) {
    console.error(`bench: ${label} failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    process.exit(1);
  }
  return seconds;
}

export function benchSite(repo: string): [string, string][] {
  const distDir = path.join(repo, 'dist');
  const buildSeconds = timed(repo, 'astro build', [
    path.join(repo, 'node_modules/astro/bin/astro.mjs'),
    'build',
  ]);
  const pagefindSeconds = timed(repo, 'pagefind', [path.join(repo, 'scripts/pagefind.ts'), distDir]);
  timed(repo, 'write-headers', [path.join(repo, 'scripts/write-headers.ts'), distDir]);

  const pages = auditSite(distDir);
  const index = folderSize(path.join(distDir, 'pagefind'));
  const rows: [string, string][] = [
    ['pages built', String(pages.length)],
    ['astro build (wall)', `${buildSeconds.toFixed(2)} s`],
    ['pages per second', (pages.length / buildSeconds).toFixed(1)],
    ['pagefind index (wall)', `${pagefindSeconds.toFixed(2)} s`],
    ['pagefind/ size on disk', `${formatBytes(index.bytes)} in ${index.files} files`],
  ];
  for (const s of summarizeByType(pages)) {
    rows.push([`${s.type} (${s.pages} pages): median page`, formatBytes(s.medianTotalGzip)]);
    rows.push([
      `${s.type}: largest page`,
      `${formatBytes(s.largest.weight.totalGzip)} ${s.largest.urlPath} (html ${formatBytes(s.largest.weight.htmlGzip)}, css ${formatBytes(s.largest.weight.cssGzip)}, js ${formatBytes(s.largest.weight.jsGzip)})`,
    ]);
    rows.push([
      `${s.type}: JS shipped per page`,
      s.medianJsGzip === s.maxJsGzip
        ? formatBytes(s.maxJsGzip)
        : `median ${formatBytes(s.medianJsGzip)}, max ${formatBytes(s.maxJsGzip)}`,
    ]);
  }
  return rows;
}
