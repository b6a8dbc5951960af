/**
 * npm test — the whole test suite, in two lanes that run side by side on the two cores:
 *
 *   lane 1: build → test:dist → test:e2e   (the gates and the browser tests need the build)
 *   lane 2: test:unit → check              (need nothing built)
 *
 * Why two lanes: `astro build` renders pages on one thread and leaves the second core idle for most
 * of its 2.5 minutes (67 % CPU for the whole build, measured with /usr/bin/time on 34,503 pages), and
 * the unit tests and the checks fit in that gap. The checks come after the unit tests so that
 * `astro check`'s own sync of .astro/ happens long after the build's sync, never at the same moment.
 *
 * Each stage's output is kept in a file and printed whole when the stage ends (interleaved lines of
 * two stages are unreadable), headed by its result and time. A failed stage does not stop the other
 * lane; the stages after it in its own lane are skipped when they need what failed (dist and e2e need
 * the build). Exit code 1 when any stage failed or was skipped. `npm test -- --serial` runs the same
 * stages one after the other (to time each stage alone).
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

interface Stage {
  /** The npm script. */
  readonly script: string;
  /** Stages of the same lane that must have passed first. */
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

type Outcome = 'passed' | 'failed' | 'skipped';
interface Result {
  readonly script: string;
  readonly outcome: Outcome;
  readonly seconds: number;
}

const logDir = mkdtempSync(path.join(tmpdir(), 'open-telling-test-'));
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

async function runLane(lane: readonly Stage[]): Promise<void> {
  for (const stage of lane) {
    const missing = stage.needs.filter((need) => results.get(need)?.outcome !== 'passed');
    if (missing.length > 0) {
      say(`■ ${stage.script} skipped: ${missing.join(', ')} did not pass`);
      results.set(stage.script, { script: stage.script, outcome: 'skipped', seconds: 0 });
      continue;
    }
    results.set(stage.script, await runStage(stage.script));
  }
}

if (process.argv.includes('--serial')) {
  await runLane(lanes.flat());
} else {
  await Promise.all(lanes.map(runLane));
}
await printing;
rmSync(logDir, { recursive: true, force: true });

const order = lanes.flat().map((stage) => stage.script);
console.log('stage         result   seconds');
for (const script of order) {
  const r = results.get(script);
  if (r) console.log(`${script.padEnd(13)} ${r.outcome.padEnd(8)} ${String(r.seconds).padStart(7)}`);
}
console.log(`whole suite: ${clock()}`);
const failed = [...results.values()].filter((r) => r.outcome !== 'passed');
if (failed.length > 0) {
  console.error(`npm test failed: ${failed.map((r) => `${r.script} ${r.outcome}`).join(', ')}`);
  process.exitCode = 1;
}
