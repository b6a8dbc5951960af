/**
 * A parse worker of parse-pool.ts: reads each file it is sent with the import's own `readOne` and
 * posts back the figures, or the file's SourceFileError as plain fields (an Error loses its class
 * and fields on the way between threads).
 */
import { parentPort } from 'node:worker_threads';
import { syncFile } from './input.ts';
import { readOne } from './read-one.ts';
import type { ParseAnswer, ParseJob } from './parse-pool.ts';
import { toSourceFileError } from '../model/source-error.ts';

const port = parentPort;
if (!port) throw new Error('parse-worker.ts runs as a worker thread of parse-pool.ts');

port.on('message', (job: ParseJob) => {
  void answer(job).then((a) => {
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
