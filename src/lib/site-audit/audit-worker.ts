/**
 * Worker thread of auditSiteParallel (audit-parallel.ts): audits its share of the pages, one read
 * and one parse each, and posts back the facts without the HTML text.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { auditPages, type AuditJob } from './audit-parallel.ts';

const job = workerData as AuditJob;
parentPort!.postMessage(await auditPages(job));
