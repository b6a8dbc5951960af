/**
 * A parse worker of parse-pool.ts: reads each file it is sent with the import's own `readOne` and
 * posts back the figures, or the file's SourceFileError as plain fields (an Error loses its class
 * and fields on the way between threads).
 */
import module from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { ParseAnswer, ParseJob } from './parse-pool.ts';

// Each worker loads the readers anew, and Node strips their TypeScript types again each time: half a
// second of CPU per worker on the project's machine, about half of it saved by Node's compile cache
// (os.tmpdir()/node-compile-cache; NODE_DISABLE_COMPILE_CACHE=1 turns it off). Hence the readers are
// imported after the cache is on.
module.enableCompileCache?.();
const { syncFile } = await import('./input.ts');
const { readOne } = await import('./read-one.ts');
const { toSourceFileError } = await import('../model/source-error.ts');

const port = parentPort;
if (!port) throw new Error('parse-worker.ts runs as a worker thread of parse-pool.ts');

// The pool sends a second job before the first is answered; they are read one after the other.
let previous: Promise<void> = Promise.resolve();
port.on('message', (job: ParseJob) => {
  previous = previous.then(async () => {
    const a = await answer(job);
    try {
      port.postMessage(a);
    } catch (e) {
      // Figures that cannot cross to the main thread would be a bug in a reader: say which file.
      port.postMessage(failure(job, e));
    }
  });
});

async function answer(job: ParseJob): Promise<ParseAnswer> {
  try {
    return { index: job.index, read: await readOne(syncFile(job.path)) };
  } catch (e) {
    return failure(job, e);
  }
}

function failure(job: ParseJob, e: unknown): ParseAnswer {
  const err = toSourceFileError(job.path, e);
  return {
    index: job.index,
    error: {
      file: err.file,
      line: err.line,
      column: err.column,
      message: err.message,
      ...(err.elementPath !== undefined ? { elementPath: err.elementPath } : {}),
    },
  };
}
