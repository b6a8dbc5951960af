/**
 * Reads the input files of one import, in parallel when that pays: worker threads
 * (node:worker_threads; one per core but one, as the main thread reads too) each read whole files
 * with the same `readOne` as the main thread and post back the figures as plain data (structured
 * clone, about 0.1 s each way for all of TK2023). The import consumes the results strictly in input
 * order, so its output and the first error it reports are the same as when every file is read one
 * after the other on the main thread.
 *
 * Why whole files: an EML file is one stream through one parser; splitting a file would need a second
 * parse to find element boundaries. TK2023 has 43 files of 0.1–4 MB, enough to keep two threads busy.
 * The largest files go first (longest-processing-time first), so the threads finish at about the
 * same time.
 *
 * When not: a worker costs about 0.3–0.5 s of CPU to start (it loads and type-strips the readers
 * again), so a small import (fewer than 3 plain files, or less than MIN_PARALLEL_BYTES in all) is read
 * on the main thread, lazily, exactly as before. Zip entries are always read on the main thread (their
 * stream comes from an open archive that a worker cannot share). Measured on TK2023 (README,
 * Performance): on a 2-core machine that another job keeps busy, the worker costs more CPU than it
 * saves wall time, so none is started while the load average leaves no core free;
 * OPEN_TELLING_IMPORT_WORKERS=<n> overrides the choice.
 */
import { availableParallelism, loadavg } from 'node:os';
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { readOne } from './read-one.ts';
import type { ReadFile } from './read-one.ts';
import type { InputFile } from './input.ts';
import { SourceFileError } from '../model/source-error.ts';

/** Below this many bytes in all, the files are read on the main thread. */
export const MIN_PARALLEL_BYTES = 4 * 1024 * 1024;
/** Below this many plain files, the files are read on the main thread. */
export const MIN_PARALLEL_FILES = 3;
/** Most threads reading at once, the main thread included; the project's machines have 2 cores. */
export const MAX_READERS = 2;
/** Jobs a worker holds at a time (one being read, one waiting). */
const WORKER_PREFETCH = 2;
/**
 * Young generation of each worker (V8 semi-spaces: one third each). The readers allocate many
 * short-lived objects (a tag and its attributes per element) while keeping the figures they read;
 * a larger young generation means fewer scavenges, each of which copies the kept figures again.
 */
const WORKER_YOUNG_GENERATION_MB = 48;

/** A job for a worker, and its answer. */
export interface ParseJob {
  index: number;
  path: string;
}
export type ParseAnswer =
  | { index: number; read: ReadFile }
  | {
      index: number;
      error: { file: string; line: number; column: number; message: string; elementPath?: string };
    };

export interface FileReader {
  /** The figures of input `index` (or its SourceFileError). */
  read(index: number): Promise<ReadFile>;
  /** Stops the workers; call once the results are consumed or an error ends the import. */
  close(): Promise<void>;
}

/**
 * How many worker threads for these inputs, besides the main thread: `requested` when given (0 = main
 * thread only), otherwise one per core but one, with MAX_READERS threads in all, for a large enough
 * set of plain files while a core is free, else 0.
 */
export function workerCount(
  inputs: readonly InputFile[],
  requested: number | undefined = fromEnvironment(),
): number {
  const plain = inputs.filter((i) => i.path !== undefined);
  if (requested !== undefined) return Math.max(0, Math.min(requested, plain.length));
  if (plain.length < MIN_PARALLEL_FILES) return 0;
  let bytes = 0;
  for (const i of plain) bytes += sizeOf(i.path!);
  if (bytes < MIN_PARALLEL_BYTES) return 0;
  // A worker pays only when a core is free for it: on a 2-core machine kept busy by other work
  // (load average 6-11 while TK2023 was measured, README: Performance) a worker made the import 1.3×
  // slower and cost 1.3× the CPU. (loadavg() is 0 where the system has none, e.g. Windows.)
  const cores = availableParallelism();
  if (cores - loadavg()[0]! < 1) return 0;
  // The main thread reads as well (see mainThreadLane), so one core is left for it.
  return Math.min(MAX_READERS, cores) - 1;
}

/**
 * OPEN_TELLING_IMPORT_WORKERS=<n> sets the number of worker threads (0: read every file on the main
 * thread). On a machine whose cores are busy with other work, workers cost more than they gain.
 */
function fromEnvironment(): number | undefined {
  const v = process.env['OPEN_TELLING_IMPORT_WORKERS'];
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0; // the read reports the problem with the file
  }
}

/** Starts reading `inputs`; see the module comment for when workers are used. */
export function startReading(inputs: readonly InputFile[], workers?: number): FileReader {
  const n = workerCount(inputs, workers);
  if (n === 0) return { read: (i) => readOne(inputs[i]!), close: async () => {} };
  return new ParsePool(inputs, n);
}

interface Slot {
  promise: Promise<ReadFile>;
  resolve(r: ReadFile): void;
  reject(e: unknown): void;
  done: boolean;
}

function slot(): Slot {
  let resolve!: (r: ReadFile) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<ReadFile>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Results are awaited in input order; a later file's error must not surface as an unhandled
  // rejection while an earlier file is still being read (awaiting it still throws).
  promise.catch(() => {});
  const s: Slot = {
    promise,
    done: false,
    resolve: (r) => {
      s.done = true;
      resolve(r);
    },
    reject: (e) => {
      s.done = true;
      reject(e);
    },
  };
  return s;
}

const workerUrl = new URL('./parse-worker.ts', import.meta.url);

class ParsePool implements FileReader {
  private readonly slots: Slot[];
  private readonly queue: number[];
  private readonly workers: Worker[] = [];
  /** The jobs each worker has been sent and not answered, oldest first. */
  private readonly sent = new Map<Worker, number[]>();
  private closed = false;
  private readonly inputs: readonly InputFile[];

  constructor(inputs: readonly InputFile[], count: number) {
    this.inputs = inputs;
    this.slots = inputs.map(() => slot());
    const plain = inputs.flatMap((input, index) => (input.path !== undefined ? [index] : []));
    const size = new Map(plain.map((i) => [i, sizeOf(inputs[i]!.path!)]));
    // Largest first; ties in input order.
    this.queue = plain.sort((a, b) => size.get(b)! - size.get(a)! || a - b);
    for (let w = 0; w < count; w++) this.startWorker();
    void this.mainThreadLane(inputs.flatMap((input, index) => (input.path === undefined ? [index] : [])));
  }

  private startWorker(): void {
    const worker = new Worker(workerUrl, {
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    this.workers.push(worker);
    this.sent.set(worker, []);
    worker.on('message', (answer: ParseAnswer) => {
      const s = this.slots[answer.index]!;
      const sent = this.sent.get(worker)!;
      sent.splice(sent.indexOf(answer.index), 1);
      if ('read' in answer) s.resolve(answer.read);
      else {
        const e = answer.error;
        s.reject(new SourceFileError(e.file, e.line, e.column, e.message, e.elementPath));
      }
      this.topUp(worker);
    });
    // A worker that dies (out of memory, a bug) fails the files it held, with the reason; the files
    // still queued are read by the main thread. The import stops at the first failure in input order.
    const fail = (reason: string) => {
      const held = this.sent.get(worker)!.splice(0);
      this.sent.delete(worker);
      if (this.closed) return;
      for (const i of held) {
        const s = this.slots[i]!;
        if (!s.done)
          s.reject(
            new SourceFileError(this.inputs[i]!.display, 1, 1, `the file could not be read: ${reason}`),
          );
      }
    };
    worker.on('error', (err) => fail(err.message));
    worker.on('exit', (code) => {
      if (code !== 0) fail(`the reader stopped with exit code ${code}`);
    });
    this.topUp(worker);
  }

  /**
   * Keeps WORKER_PREFETCH jobs at a worker, so it never waits for the main thread, which may be
   * reading a file itself when the worker finishes one.
   */
  private topUp(worker: Worker): void {
    const sent = this.sent.get(worker);
    while (!this.closed && sent && sent.length < WORKER_PREFETCH) {
      const index = this.queue.shift();
      if (index === undefined) return;
      sent.push(index);
      const job: ParseJob = { index, path: this.inputs[index]!.path! };
      worker.postMessage(job);
    }
  }

  /**
   * The main thread reads too: first what only it can read (zip entries), in input order, then files
   * from the same queue as the workers. One worker and the main thread keep two cores busy, and the
   * main thread reads while the worker is still starting (about half a second: it loads the readers).
   */
  private async mainThreadLane(own: number[]): Promise<void> {
    for (let i = own.shift() ?? this.queue.shift(); i !== undefined; i = own.shift() ?? this.queue.shift()) {
      if (this.closed) return;
      try {
        this.slots[i]!.resolve(await readOne(this.inputs[i]!));
      } catch (e) {
        this.slots[i]!.reject(e);
      }
    }
  }

  read(index: number): Promise<ReadFile> {
    return this.slots[index]!.promise;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
