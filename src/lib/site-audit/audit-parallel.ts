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

export interface AuditJob {
  readonly distDir: string;
  readonly pages: readonly BuiltPage[];
  readonly validate: boolean;
  /** The html-validate configuration file (default: the project's). */
  readonly validateConfig?: string | undefined;
}

/** Audits the given pages in this thread. */
export async function auditPages(job: AuditJob): Promise<PageAudit[]> {
  const sizer = new AssetSizer(path.resolve(job.distDir));
  const validator = job.validate ? await createHtmlValidator(job.validateConfig) : undefined;
  const out: PageAudit[] = [];
  for (const { urlPath, file } of job.pages) {
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
  // Interleaved shares: page types are spread over the workers, so they finish together.
  const shares = Array.from({ length: workers }, (_, w) => pages.filter((_, i) => i % workers === w));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<PageAudit[]>((resolve, reject) => {
          const worker = new Worker(new URL('./audit-worker.ts', import.meta.url), {
            workerData: { distDir: root, pages: share, validate, validateConfig } satisfies AuditJob,
          });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`site audit worker stopped with exit code ${code}`));
          });
        }),
    ),
  );
  return results.flat().sort((a, b) => (a.urlPath < b.urlPath ? -1 : a.urlPath > b.urlPath ? 1 : 0));
}
