/**
 * Site benchmark: builds the site with every step of `npm run build` (read from package.json: astro
 * build, the embed scripts, the results files, Pagefind, the headers) in child processes on this same
 * Node, one after the other, times each, and measures every built page (gzip HTML + the CSS/JS it references; fonts and
 * images excluded). Returns table rows; the budgets themselves are enforced by tests/dist.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { summarizeByType } from '../site-audit/audit.ts';
import { auditSiteParallel } from '../site-audit/audit-parallel.ts';
import { folderSize, formatBytes } from '../site-audit/bench-table.ts';
import { buildSteps } from './build-steps.ts';

interface StepFigures {
  seconds: number;
  cpuSeconds: number;
  peakRssBytes: number;
}

const PRELOAD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'rusage-preload.ts');

/** Runs a Node script with this Node and returns its wall time, CPU time and peak RSS; exits on failure. */
function timed(
  repo: string,
  label: string,
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): StepFigures {
  const dir = mkdtempSync(path.join(tmpdir(), 'ot-bench-step-'));
  const rusageFile = path.join(dir, 'rusage.json');
  try {
    const started = performance.now();
    const run = spawnSync(process.execPath, ['--import', pathToFileURL(PRELOAD).href, ...args], {
      cwd: repo,
      env: { ...process.env, ...env, OPEN_TELLING_RUSAGE_FILE: rusageFile },
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0) {
      console.error(`bench: ${label} failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
      process.exit(1);
    }
    const u = JSON.parse(readFileSync(rusageFile, 'utf8')) as { cpuMs: number; peakRssBytes: number };
    return { seconds, cpuSeconds: u.cpuMs / 1000, peakRssBytes: u.peakRssBytes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const step = (f: StepFigures): string =>
  `${f.seconds.toFixed(1)} s wall, ${f.cpuSeconds.toFixed(1)} s CPU, peak RSS ${(f.peakRssBytes / 1024 / 1024).toFixed(0)} MB`;

export async function benchSite(repo: string): Promise<[string, string][]> {
  const distDir = path.join(repo, 'dist');
  // A clean clone has no dist/. Astro empties an existing one first, and with tens of thousands of
  // files that took 33 s of a 164 s build here: removed beforehand, timed apart.
  const removeStarted = performance.now();
  rmSync(distDir, { recursive: true, force: true });
  const removeSeconds = (performance.now() - removeStarted) / 1000;
  const steps = buildSteps(repo).map((s) => ({
    label: s.label,
    figures: timed(repo, s.label, s.nodeArgs, s.env),
  }));
  const whole = steps.reduce((t, s) => t + s.figures.seconds, 0);
  const wholeCpu = steps.reduce((t, s) => t + s.figures.cpuSeconds, 0);
  const peak = Math.max(...steps.map((s) => s.figures.peakRssBytes));
  const astro = steps.find((s) => s.label.startsWith('astro build'));

  const auditStarted = performance.now();
  const pages = await auditSiteParallel(distDir);
  const auditSeconds = (performance.now() - auditStarted) / 1000;
  const index = folderSize(path.join(distDir, 'pagefind'));
  const rows: [string, string][] = [
    ['pages built', String(pages.length)],
    ['previous dist/ removed before the build (not in its time)', `${removeSeconds.toFixed(1)} s`],
    ...steps.map(({ label, figures }): [string, string] => [`build step: ${label}`, step(figures)]),
    [
      'whole build (npm run build, every step): pages per second (target ≥ 300)',
      `${(pages.length / whole).toFixed(1)} (${whole.toFixed(1)} s wall, ${wholeCpu.toFixed(1)} s CPU without Pagefind's indexer binary, largest peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB` +
        (astro ? `; astro build alone ${(pages.length / astro.figures.seconds).toFixed(1)})` : ')'),
    ],
    ['pagefind/ size on disk', `${formatBytes(index.bytes)} in ${index.files} files`],
    ['page audit (parse5 + gzip, worker threads)', `${auditSeconds.toFixed(1)} s`],
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
