/**
 * The audit of a whole built site at full scale (tens of thousands of pages): each page is read and
 * parsed once (parse5 for the facts, gzip for the weight, and, when asked, html-validate), spread
 * over worker threads, and the HTML text itself is not kept, so memory stays at the facts. The gates
 * in tests/dist share one such audit (see tests/helpers/built-site.ts) instead of each re-reading
 * every page.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { listPages, type BuiltPage } from './dist-files.ts';
import { createHtmlValidator } from './html-validator.ts';
import { readPageFacts, type PageFacts } from './page-facts.ts';
import { pageType } from './page-type.ts';
import { AssetSizer, pageWeight, type PageWeight } from './page-weight.ts';

/** An audited page without its HTML text. */
export interface PageAudit {
  readonly urlPath: string;
  readonly file: string;
  readonly type: string;
  readonly facts: PageFacts;
  readonly weight: PageWeight;
  /** html-validate's report as text when the page is invalid; '' when valid or not validated. */
  readonly validation: string;
  /** Whether html-validate ran on the page. */
  readonly validated: boolean;
}

/** What a worker needs to audit pages: the site, and whether (and how) to run html-validate. */
export interface AuditSetup {
  readonly distDir: string;
  readonly validate: boolean;
  /** The html-validate configuration file (default: the project's). */
  readonly validateConfig?: string | undefined;
}

export interface AuditJob extends AuditSetup {
  readonly pages: readonly BuiltPage[];
}

/** An auditor for one thread: the asset sizes and html-validate's configuration are set up once. */
export async function pageAuditor(
  setup: AuditSetup,
): Promise<(pages: readonly BuiltPage[]) => Promise<PageAudit[]>> {
  const sizer = new AssetSizer(path.resolve(setup.distDir));
  const validator = setup.validate ? await createHtmlValidator(setup.validateConfig) : undefined;
  return async (pages) => {
    const out: PageAudit[] = [];
    for (const { urlPath, file } of pages) {
      const html = readFileSync(file, 'utf8');
      const facts = readPageFacts(html);
      out.push({
        urlPath,
        file,
        type: pageType(urlPath, facts.declaredType),
        facts,
        weight: pageWeight(html, urlPath, facts, sizer),
        validation: validator ? await validator.validate(html, file) : '',
        validated: validator !== undefined,
      });
    }
    return out;
  };
}

/** Audits the given pages in this thread. */
export async function auditPages(job: AuditJob): Promise<PageAudit[]> {
  return (await pageAuditor(job))(job.pages);
}

export interface ParallelAuditOptions {
  /** Worker threads; default: the machine's parallelism. 0 audits in this thread. */
  readonly workers?: number;
  /** Also run html-validate on every page. */
  readonly validate?: boolean;
  /** The html-validate configuration file (default: the project's .htmlvalidate.json). */
  readonly validateConfig?: string;
  /** Fewer pages per worker than this are not worth a thread's start-up (default 50). */
  readonly minPagesPerWorker?: number;
}

/**
 * Pages per batch a worker takes from the queue. With fixed shares (every n-th page to worker n) a
 * worker whose share happened to be cheaper finished first and its core stood idle until the other
 * was done; small batches from one queue keep both busy to the end, at one message per batch.
 */
const batchSize = 200;

/** Every page of dist/, audited once, in URL order. */
export async function auditSiteParallel(
  distDir: string,
  options: ParallelAuditOptions = {},
): Promise<PageAudit[]> {
  const root = path.resolve(distDir);
  const pages = listPages(root);
  const validate = options.validate ?? false;
  const workers = Math.min(
    options.workers ?? availableParallelism(),
    Math.ceil(pages.length / (options.minPagesPerWorker ?? 50)),
  );
  const validateConfig = options.validateConfig;
  if (workers <= 1) return auditPages({ distDir: root, pages, validate, validateConfig });
  // A small site still goes to every worker.
  const size = Math.min(batchSize, Math.ceil(pages.length / workers));
  const batches: BuiltPage[][] = [];
  for (let i = 0; i < pages.length; i += size) batches.push(pages.slice(i, i + size));
  const audited: PageAudit[][] = [];
  await Promise.all(
    Array.from(
      { length: workers },
      () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL('./audit-worker.ts', import.meta.url), {
            workerData: { distDir: root, validate, validateConfig } satisfies AuditSetup,
          });
          let done = false;
          const next = (): void => {
            const batch = batches.shift();
            if (batch === undefined) {
              done = true;
              void worker.terminate().then(() => resolve());
            } else worker.postMessage(batch);
          };
          worker.on('message', (result: PageAudit[]) => {
            audited.push(result);
            next();
          });
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (!done) reject(new Error(`site audit worker stopped with exit code ${code}`));
          });
          next();
        }),
    ),
  );
  return audited.flat().sort((a, b) => (a.urlPath < b.urlPath ? -1 : a.urlPath > b.urlPath ? 1 : 0));
}
