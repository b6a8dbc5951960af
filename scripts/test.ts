/**
 * npm test — the whole test suite, in two lanes that run side by side on the two cores:
 *
 *   lane 1: build → test:dist → test:e2e   (the gates and the browser tests need the build)
 *   lane 2: test:unit → check              (need nothing built)
 *
 * Why two lanes: `astro build` renders pages on one thread (67 % CPU of two cores for the whole build,
 * measured with /usr/bin/time on 34,503 pages), so the unit tests and the checks run beside it: on a
 * clean clone, one after the other they took 137 + 43 s next to a 271-s build, side by side the build
 * lane took 322 s and the other lane was done before it. The checks come after the unit tests so
 * that `astro check`'s own sync of .astro/ happens long after the build's sync, never at the same
 * moment. The gates over dist/ and the browser tests each keep both cores busy: run side by side they
 * took 682 and 496 s, against 326 and 357 s one after the other, so they stay in one lane.
 *
 * Each stage's output is kept in a file and printed whole when the stage ends (interleaved lines of
 * two stages are unreadable), headed by its result and time. A failed stage does not stop the other
 * stages; a stage that needs one that did not pass (dist and e2e need the build) is skipped. Exit
 * code 1 when any stage failed or was skipped. `npm test -- --serial` runs the stages one after the
 * other, in the order check, unit, build, dist, e2e (to time each stage alone).
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

interface Stage {
  /** The npm script. */
  readonly script: string;
  /** Stages (of any lane) that must have passed first. */
  readonly needs: readonly string[];
}

const lanes: readonly (readonly Stage[])[] = [
  [
    { script: 'build', needs: [] },
    { script: 'test:dist', needs: ['build'] },
    { script: 'test:e2e', needs: ['build'] },
  ],
  [
    { script: 'test:unit', needs: [] },
    { script: 'check', needs: [] },
  ],
];
const serialOrder = ['check', 'test:unit', 'build', 'test:dist', 'test:e2e'];

type Outcome = 'passed' | 'failed' | 'skipped';
interface Result {
  readonly script: string;
  readonly outcome: Outcome;
  readonly seconds: number;
}

const logDir = mkdtempSync(path.join(tmpdir(), 'open-telling-test-'));

// Node's compile cache for every Node process of the suite: the suite starts hundreds (the CLI tests
// spawn the importer and the seat engine again and again, each compiling and type-stripping the same
// modules). Measured on the importer and seat-engine CLI tests, fresh cache each time: 20.3 and
// 24.8 s wall (16.7 and 19.2 s CPU) without, 14.6 and 16.3 s (10.7 and 12.5 s CPU) with. Node checks
// each entry against the source's hash, so a changed file is compiled again. Kept in node_modules,
// which `npm ci` empties.
process.env['NODE_COMPILE_CACHE'] ??= path.resolve('node_modules', '.cache', 'node-compile-cache');
const started = performance.now();
const results = new Map<string, Result>();
let printing: Promise<void> = Promise.resolve();
/** Prints a line after whatever is being printed now. */
const say = (line: string): void => {
  printing = printing.then(() => console.log(line));
};
const clock = (): string => `${Math.round((performance.now() - started) / 1000)} s`;

/** Runs `npm run <script>` with its output in a file; resolves with the exit status. */
async function runStage(script: string): Promise<Result> {
  const log = path.join(logDir, `${script.replace(/[^a-z]/g, '-')}.log`);
  const out = createWriteStream(log);
  const t0 = performance.now();
  say(`▶ ${script} (at ${clock()})`);
  const code = await new Promise<number>((resolve) => {
    const child = spawn('npm', ['run', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.on('error', (error) => {
      out.write(`${error.message}\n`);
      resolve(1);
    });
    child.on('close', (status) => resolve(status ?? 1));
  });
  await new Promise<void>((resolve) => out.end(resolve));
  const seconds = Math.round((performance.now() - t0) / 1000);
  const outcome: Outcome = code === 0 ? 'passed' : 'failed';
  // Whole output, then the verdict, so the verdict is the last thing on screen for this stage; one
  // stage's output at a time (the other lane may end while this one is still printing).
  printing = printing.then(async () => {
    console.log(`\n──────── ${script}: output ────────`);
    await pipeline(createReadStream(log), process.stdout, { end: false });
    console.log(`──────── ${script}: ${outcome} in ${seconds} s (at ${clock()}) ────────\n`);
  });
  await printing;
  return { script, outcome, seconds };
}

/** Each stage's result, once it has one (a stage waits here for the stages it needs). */
const finished = new Map<string, { promise: Promise<Result>; resolve: (result: Result) => void }>();
for (const stage of lanes.flat()) {
  let resolve: (result: Result) => void = () => {};
  const promise = new Promise<Result>((r) => (resolve = r));
  finished.set(stage.script, { promise, resolve });
}

async function runLane(lane: readonly Stage[]): Promise<void> {
  for (const stage of lane) {
    const needed = await Promise.all(stage.needs.map((need) => finished.get(need)?.promise));
    const missing = stage.needs.filter((_, i) => needed[i]?.outcome !== 'passed');
    let result: Result;
    if (missing.length > 0) {
      say(`■ ${stage.script} skipped: ${missing.join(', ')} did not pass`);
      result = { script: stage.script, outcome: 'skipped', seconds: 0 };
    } else {
      result = await runStage(stage.script);
    }
    results.set(stage.script, result);
    finished.get(stage.script)?.resolve(result);
  }
}

if (process.argv.includes('--serial')) {
  const byScript = new Map(lanes.flat().map((stage) => [stage.script, stage]));
  await runLane(serialOrder.map((script) => byScript.get(script) as Stage));
} else {
  await Promise.all(lanes.map(runLane));
}
await printing;
rmSync(logDir, { recursive: true, force: true });

console.log('stage         result   seconds');
for (const script of serialOrder) {
  const r = results.get(script);
  if (r) console.log(`${script.padEnd(13)} ${r.outcome.padEnd(8)} ${String(r.seconds).padStart(7)}`);
}
console.log(`whole suite: ${clock()}`);
const failed = [...results.values()].filter((r) => r.outcome !== 'passed');
if (failed.length > 0) {
  console.error(`npm test failed: ${failed.map((r) => `${r.script} ${r.outcome}`).join(', ')}`);
  process.exitCode = 1;
}
