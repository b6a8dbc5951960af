/**
 * npm test — the whole test suite, each stage started as soon as what it needs is done, so that the
 * two cores of this machine stay busy:
 *
 *   build:astro ─┬─ build:files ─── test:dist ─┬─ test:e2e
 *                └─ hostile:site ──────────────┘
 *   test:unit → check                (hostile:site also waits for check)
 *
 * - build:astro is the first step of `npm run build` (astro build), build:files its other steps (embed
 *   scripts, results files, search index, headers), read from package.json
 *   (src/lib/bench/build-steps.ts): the suite builds exactly what `npm run build` builds.
 * - test:unit and check need nothing built and run beside astro build, which renders pages on one
 *   thread. The checks come after the unit tests so that `astro check`'s own sync of .astro/ happens
 *   long after the build's sync, never at the same moment.
 * - hostile:site builds the small site of the hostile-names browser test (tests/helpers/hostile-site.ts)
 *   beside the build's other steps, while Pagefind keeps only 1.2 of the two cores busy (a CPU sampler
 *   showed 25–40 % idle for that minute); before, the browser test built it itself: 41 s of one of its
 *   two workers (10.6 s alone). It is an astro build of the same project, so it waits for the main
 *   astro build and for `astro check`, which both use .astro/.
 * - test:dist (the gates over dist/) and test:e2e (the browser tests) each keep both cores busy: side
 *   by side they took 682 and 496 s, against 326 and 357 s one after the other.
 *
 * Each stage's output is kept in a file and printed whole when the stage ends (interleaved lines of
 * two stages are unreadable), headed by its result and time. A failed stage does not stop the other
 * stages; a stage that needs one that did not pass is skipped. Exit code 1 when any stage failed or
 * was skipped. `npm test -- --serial` runs the stages one after the other (to time each stage alone).
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { buildSteps } from '../src/lib/bench/build-steps.ts';
import { HOSTILE_SITE_ENV, hostileWork } from '../tests/helpers/hostile-site.ts';

interface Command {
  /** How the command is shown in the stage's output. */
  readonly label: string;
  readonly program: string;
  readonly args: readonly string[];
  /** Added to the suite's environment when the command starts. */
  readonly env: () => Readonly<Record<string, string>>;
}

interface Stage {
  readonly name: string;
  /** Run one after the other; the first that fails ends the stage. */
  readonly commands: readonly Command[];
  /** Stages that must have passed first (else this one is skipped). */
  readonly needs: readonly string[];
  /** Stages that must have ended first, whatever their outcome: order only. */
  readonly after: readonly string[];
}

const repo = fileURLToPath(new URL('..', import.meta.url));
const logDir = mkdtempSync(path.join(tmpdir(), 'open-telling-test-'));

const npm = (script: string, env: () => Record<string, string> = () => ({})): Command => ({
  label: `npm run ${script}`,
  program: 'npm',
  args: ['run', script],
  env,
});
const [astroStep, ...fileSteps] = buildSteps(repo);
if (astroStep === undefined || !astroStep.label.startsWith('astro build'))
  throw new Error('package.json "build" must start with "astro build": other stages wait for that step');
const buildCommand = (step: NonNullable<typeof astroStep>): Command => ({
  label: step.label,
  program: process.execPath,
  args: step.nodeArgs,
  env: () => step.env,
});

const stages: readonly Stage[] = [
  { name: 'build:astro', commands: [buildCommand(astroStep)], needs: [], after: [] },
  { name: 'build:files', commands: fileSteps.map(buildCommand), needs: ['build:astro'], after: [] },
  {
    name: 'hostile:site',
    commands: [
      {
        label: 'tests/helpers/hostile-site.ts',
        program: process.execPath,
        args: [path.join(repo, 'tests/helpers/hostile-site.ts')],
        env: () => ({}),
      },
    ],
    needs: ['build:astro'],
    after: ['check'],
  },
  { name: 'test:dist', commands: [npm('test:dist')], needs: ['build:files'], after: [] },
  {
    name: 'test:e2e',
    // The browser test of the hostile names uses the site built here when hostile:site passed.
    commands: [npm('test:e2e', () => (passed('hostile:site') ? { [HOSTILE_SITE_ENV]: hostileWork } : {}))],
    needs: ['build:files'],
    after: ['test:dist', 'hostile:site'],
  },
  { name: 'test:unit', commands: [npm('test:unit')], needs: [], after: [] },
  { name: 'check', commands: [npm('check')], needs: [], after: ['test:unit'] },
];
const serialOrder = [
  'check',
  'test:unit',
  'build:astro',
  'build:files',
  'hostile:site',
  'test:dist',
  'test:e2e',
];

type Outcome = 'passed' | 'failed' | 'skipped';
interface Result {
  readonly name: string;
  readonly outcome: Outcome;
  readonly seconds: number;
}

// Node's compile cache for every Node process of the suite: the suite starts hundreds (the CLI tests
// spawn the importer and the seat engine again and again, each compiling and type-stripping the same
// modules). Measured on the importer and seat-engine CLI tests, fresh cache each time: 20.3 and
// 24.8 s wall (16.7 and 19.2 s CPU) without, 14.6 and 16.3 s (10.7 and 12.5 s CPU) with. Node checks
// each entry against the source's hash, so a changed file is compiled again. Kept in node_modules,
// which `npm ci` empties.
process.env['NODE_COMPILE_CACHE'] ??= path.resolve('node_modules', '.cache', 'node-compile-cache');
const started = performance.now();
let printing: Promise<void> = Promise.resolve();
/** Prints a line after whatever is being printed now. */
const say = (line: string): void => {
  printing = printing.then(() => console.log(line));
};
const clock = (): string => `${Math.round((performance.now() - started) / 1000)} s`;

/** Runs one command with its output appended to the log; resolves with its exit status. */
function runCommand(command: Command, out: NodeJS.WritableStream): Promise<number> {
  out.write(`> ${command.label}\n`);
  return new Promise<number>((resolve) => {
    const child = spawn(command.program, command.args, {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...command.env() },
    });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.on('error', (error) => {
      out.write(`${error.message}\n`);
      resolve(1);
    });
    child.on('close', (status) => resolve(status ?? 1));
  });
}

/** Runs a stage's commands with their output in a file, printed whole when the stage ends. */
async function runStage(stage: Stage): Promise<Result> {
  const log = path.join(logDir, `${stage.name.replace(/[^a-z]/g, '-')}.log`);
  const out = createWriteStream(log);
  const t0 = performance.now();
  say(`▶ ${stage.name} (at ${clock()})`);
  let code = 0;
  for (const command of stage.commands) {
    code = await runCommand(command, out);
    if (code !== 0) break;
  }
  await new Promise<void>((resolve) => out.end(resolve));
  const seconds = Math.round((performance.now() - t0) / 1000);
  const outcome: Outcome = code === 0 ? 'passed' : 'failed';
  // Whole output, then the verdict, so the verdict is the last thing on screen for this stage; one
  // stage's output at a time (another stage may end while this one is still printing).
  printing = printing.then(async () => {
    console.log(`\n──────── ${stage.name}: output ────────`);
    await pipeline(createReadStream(log), process.stdout, { end: false });
    console.log(`──────── ${stage.name}: ${outcome} in ${seconds} s (at ${clock()}) ────────\n`);
  });
  await printing;
  return { name: stage.name, outcome, seconds };
}

const serial = process.argv.includes('--serial');
const results = new Map<string, Result>();
const passed = (name: string): boolean => results.get(name)?.outcome === 'passed';
/** Each stage's result, once it has one; the stage is started on the first ask. */
const finished = new Map<string, Promise<Result>>();

function resultOf(name: string): Promise<Result> {
  let promise = finished.get(name);
  if (promise === undefined) {
    const stage = stages.find((s) => s.name === name);
    if (stage === undefined) throw new Error(`scripts/test.ts: no stage "${name}"`);
    promise = schedule(stage);
    finished.set(name, promise);
  }
  return promise;
}

async function schedule(stage: Stage): Promise<Result> {
  // --serial: each stage after the one before it in serialOrder (which puts needs first).
  const waitFor = serial
    ? [...stage.needs, ...serialOrder.slice(0, serialOrder.indexOf(stage.name))]
    : [...stage.needs, ...stage.after];
  const ended = new Map<string, Result>();
  for (const name of new Set(waitFor)) ended.set(name, await resultOf(name));
  const missing = stage.needs.filter((need) => ended.get(need)?.outcome !== 'passed');
  let result: Result;
  if (missing.length > 0) {
    say(`■ ${stage.name} skipped: ${missing.join(', ')} did not pass`);
    result = { name: stage.name, outcome: 'skipped', seconds: 0 };
  } else {
    result = await runStage(stage);
  }
  results.set(stage.name, result);
  return result;
}

for (const stage of stages) void resultOf(stage.name);
await Promise.all(finished.values());
await printing;
rmSync(logDir, { recursive: true, force: true });

console.log('stage         result   seconds');
for (const name of serialOrder) {
  const r = results.get(name);
  if (r) console.log(`${name.padEnd(13)} ${r.outcome.padEnd(8)} ${String(r.seconds).padStart(7)}`);
}
console.log(`whole suite: ${clock()}`);
const failed = [...results.values()].filter((r) => r.outcome !== 'passed');
if (failed.length > 0) {
  console.error(`npm test failed: ${failed.map((r) => `${r.name} ${r.outcome}`).join(', ')}`);
  process.exitCode = 1;
}
