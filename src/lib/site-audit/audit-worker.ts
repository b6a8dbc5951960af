/**
 * Worker thread of auditSiteParallel (audit-parallel.ts): takes batches of pages from the main
 * thread, audits each page with one read and one parse, and posts back the facts without the HTML.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { BuiltPage } from './dist-files.ts';
import { pageAuditor, type AuditSetup } from './audit-parallel.ts';

const audit = await pageAuditor(workerData as AuditSetup);
parentPort!.on('message', (pages: BuiltPage[]) => {
  void audit(pages).then((result) => parentPort!.postMessage(result));
});
