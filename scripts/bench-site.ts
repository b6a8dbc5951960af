/**
 * npm run bench:site: builds the site and prints one table: astro build time and pages/s, Pagefind
 * time and index size, and per page type the median and largest page (gzip HTML + CSS + JS of its
 * own, fonts and images excluded) and the JavaScript it ships. Figures only, no assertions (the
 * budgets are enforced by tests/unit/quality/budgets.test.ts).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditSite, summarizeByType } from '../src/lib/site-audit/audit.ts';
import { folderSize, formatBytes, metricTable } from '../src/lib/site-audit/bench-table.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distDir = path.join(repo, 'dist');

/** Runs a Node script with this same Node (24) and returns the wall time in seconds. */
function timed(label: string, args: readonly string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, {
    cwd: repo,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) {
    console.error(`bench:site: ${label} failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    process.exit(1);
  }
  return seconds;
}

const buildSeconds = timed('astro build', [path.join(repo, 'node_modules/astro/bin/astro.mjs'), 'build']);
const pagefindSeconds = timed('pagefind', [path.join(repo, 'scripts/pagefind.ts'), distDir]);
timed('write-headers', [path.join(repo, 'scripts/write-headers.ts'), distDir]);

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
console.log(metricTable(rows));
console.log(
  'Sizes are gzip -9 of HTML + referenced CSS/JS; Pagefind loads its index and WebAssembly later, on search.',
);
