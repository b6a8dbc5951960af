/**
 * html-validate over many built pages, spread over worker threads (one per core): html-validate is
 * the slowest gate (tens of milliseconds per page), and every page is validated, none sampled.
 * The configuration is read once from the repository's .htmlvalidate.json and handed to every worker,
 * so a dist/ outside the repository (OPEN_TELLING_DIST) is validated with the same rules.
 */
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

export interface HtmlValidityReport {
  /** The page file that has errors. */
  readonly file: string;
  /** html-validate's text report for it (rule, line:column, message). */
  readonly text: string;
}

export interface ValidateOptions {
  /** Path of the .htmlvalidate.json to use. */
  readonly configFile: string;
  /** Worker threads; default one per available core. Below 2, or for few pages, validation runs inline. */
  readonly workers?: number;
}

const workerUrl = new URL('./html-validity-worker.ts', import.meta.url);

/** Validates every file; returns one report per file with errors, in the order of `files`. */
export async function validatePages(
  files: readonly string[],
  options: ValidateOptions,
): Promise<HtmlValidityReport[]> {
  const config: unknown = JSON.parse(readFileSync(options.configFile, 'utf8'));
  const workers = Math.max(
    1,
    Math.min(options.workers ?? availableParallelism(), Math.ceil(files.length / 50)),
  );
  if (workers === 1) {
    const { validateFiles } = await import('./html-validity-worker.ts');
    return validateFiles(files, config);
  }
  // Interleaved shares: neighbouring files are often the same template and size, so this balances load.
  const shares = Array.from({ length: workers }, (_, w) => files.filter((_, i) => i % workers === w));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<HtmlValidityReport[]>((resolve, reject) => {
          const worker = new Worker(workerUrl, {
            workerData: { htmlValidityJob: true, files: share, config },
          });
          worker.once('message', (reports: HtmlValidityReport[]) => resolve(reports));
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`html-validate worker stopped with exit code ${code}`));
          });
        }),
    ),
  );
  const order = new Map(files.map((file, i) => [file, i]));
  return results.flat().sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
}
