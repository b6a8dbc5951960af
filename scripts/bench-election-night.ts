/**
 * npm run bench:election-night -- [--file <510b name or path>] [--no-build] — figures only, no
 * assertions: how long from one new municipal count file to a rebuilt dist/ (issue 15).
 *
 * (a) Import: a copy of content/data in a temporary folder stands for the published snapshot; the
 *     municipality's 510b (default: Alblasserdam's TK2023 file from ../shared/data) is copied into an
 *     "inbox" as the file that just arrived, and TK2023 is imported again from all its files with
 *     the inbox copy in place of (or added to) the published one, and written over the copy's TK2023
 *     exactly as `npm run data` writes it (with its polling places). The importer has no incremental
 *     mode: a new file means re-reading the election's files, so this is what election night costs.
 *     Run in a fresh Node process, timed from outside (start-up included).
 * (b) Build: every step of `npm run build` (package.json, src/lib/bench/build-steps.ts), one after the other, on the copy
 *     (OPEN_TELLING_DATA_DIR), each timed from outside with /usr/bin/time when present. The build
 *     writes dist/ of this checkout.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatBytes, folderSize, metricTable } from '../src/lib/site-audit/bench-table.ts';
import { buildSteps } from '../src/lib/bench/build-steps.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env['OPEN_TELLING_SHARED_DATA'] ?? path.resolve(repo, '..', 'shared', 'data');
const args = process.argv.slice(2);

// The child (a): import into the copy and print its own figures as one JSON line.
if (args[0] === '--child-import') {
  const [, outRoot, inbox] = args as [string, string, string];
  const { tk2023Files, tk2023PollingPlaces, writeTk2023 } = await import('../src/lib/import/default-data.ts');
  const t0 = performance.now();
  const files = (await tk2023Files(shared)).filter((f) => path.basename(f) !== path.basename(inbox));
  const { result } = await writeTk2023([...files, inbox], await tk2023PollingPlaces(shared), outRoot);
  console.log(
    JSON.stringify({
      ms: performance.now() - t0,
      files: result.sources.length,
      counts: result.counts.length,
    }),
  );
  process.exit(0);
}

const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const fileArg = option('--file') ?? 'Telling_TK2023_gemeente_Alblasserdam.eml.xml';
const newFile = existsSync(fileArg)
  ? fileArg
  : path.join(shared, 'kiesraad-tk2023', 'gemeente', path.basename(fileArg));
if (!existsSync(newFile)) {
  console.error(`bench:election-night: ${newFile} not found; give --file <510b path>.`);
  process.exit(1);
}

interface Timed {
  wallS: number;
  cpuS: number | null;
  peakRssMb: number | null;
  stdout: string;
  ok: boolean;
}

const gnuTime = existsSync('/usr/bin/time');

/** Runs a command (no shell), timed from outside; /usr/bin/time adds CPU (children included) and peak RSS. */
function timed(cmd: string[], env: NodeJS.ProcessEnv, log: string): Timed {
  const stats = path.join(path.dirname(log), `time-${Date.now()}.txt`);
  const argv = gnuTime ? ['/usr/bin/time', '-o', stats, '-f', '%U %S %M', ...cmd] : cmd;
  const t0 = performance.now();
  const run = spawnSync(argv[0]!, argv.slice(1), {
    cwd: repo,
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const wallS = (performance.now() - t0) / 1000;
  let cpuS: number | null = null;
  let peakRssMb: number | null = null;
  if (gnuTime && existsSync(stats)) {
    const [user, sys, rssKb] = readFileSync(stats, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
    cpuS = user! + sys!;
    peakRssMb = rssKb! / 1024;
  }
  const ok = run.status === 0;
  if (!ok) console.error(`bench:election-night: ${cmd.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
  return { wallS, cpuS, peakRssMb, stdout: run.stdout, ok };
}

const figures = (t: Timed): string =>
  `${t.wallS.toFixed(1)} s wall` +
  (t.cpuS !== null ? `, ${t.cpuS.toFixed(1)} s CPU` : '') +
  (t.peakRssMb !== null ? `, peak RSS ${t.peakRssMb.toFixed(0)} MB` : '');

const tmp = mkdtempSync(path.join(tmpdir(), 'ot-election-night-'));
const rows: [string, string][] = [];
let failed = false;
try {
  const data = path.join(tmp, 'data');
  cpSync(path.join(repo, 'content', 'data'), data, { recursive: true });
  const inboxDir = path.join(tmp, 'inbox');
  mkdirSync(inboxDir);
  const inbox = path.join(inboxDir, path.basename(newFile));
  cpSync(newFile, inbox);
  rows.push(['new municipal file', `${path.basename(newFile)} (${formatBytes(folderSize(inboxDir).bytes)})`]);

  // (a) the import.
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const imp = timed(
    [process.execPath, fileURLToPath(import.meta.url), '--child-import', data, inbox],
    env,
    path.join(tmp, 'import.log'),
  );
  failed ||= !imp.ok;
  const inner = imp.ok
    ? (JSON.parse(imp.stdout.trim().split('\n').at(-1)!) as { ms: number; files: number; counts: number })
    : null;
  rows.push([
    '(a) import TK2023 again with the new file, write the snapshot (fresh process)',
    figures(imp) + (inner ? `; inside the process ${(inner.ms / 1000).toFixed(1)} s` : ''),
  ]);
  if (inner) rows.push(['    files read, count files written', `${inner.files}, ${inner.counts}`]);
  const same = spawnSync('diff', ['-rq', path.join(data, 'TK2023'), path.join(repo, 'content/data/TK2023')]);
  rows.push([
    '    snapshot equals content/data/TK2023',
    same.status === 0 ? 'yes (the new file is the published one)' : 'no',
  ]);

  // (b) the build, step by step as package.json runs it.
  if (!args.includes('--no-build') && imp.ok) {
    let wall = 0;
    let cpu = 0;
    let peak = 0;
    for (const s of buildSteps(repo)) {
      const t = timed(
        [process.execPath, ...s.nodeArgs],
        { ...env, ...s.env, OPEN_TELLING_DATA_DIR: data },
        path.join(tmp, 'build.log'),
      );
      rows.push([`(b) ${s.label}`, figures(t)]);
      wall += t.wallS;
      cpu += t.cpuS ?? 0;
      peak = Math.max(peak, t.peakRssMb ?? 0);
      if (!t.ok) {
        failed = true;
        break;
      }
    }
    const pages = readdirSync(path.join(repo, 'dist'), { recursive: true }).filter((f) =>
      String(f).endsWith('.html'),
    ).length;
    rows.push([
      '(b) npm run build, all steps',
      `${wall.toFixed(1)} s wall, ${cpu.toFixed(1)} s CPU, largest peak RSS ${peak.toFixed(0)} MB; ${pages} HTML pages`,
    ]);
    rows.push([
      'new file to rebuilt dist/ (a + b, wall)',
      `${(imp.wallS + wall).toFixed(1)} s (${((imp.wallS + wall) / 60).toFixed(1)} min)`,
    ]);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log(metricTable(rows));
console.log(
  `Measured ${new Date().toISOString().slice(0, 16)} UTC on this machine, once (not a median); ` +
    'the machine may be shared, so treat the figures as one sample.',
);
if (failed) process.exitCode = 1;
