/**
 * One worker of validatePages() (html-validity.ts): validates its share of the pages with one
 * HtmlValidate instance (its configuration is resolved once and reused for every page).
 */
import { readFileSync } from 'node:fs';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { HtmlValidate, StaticConfigLoader, formatterFactory, type ConfigData } from 'html-validate';
import type { HtmlValidityReport } from './html-validity.ts';

export async function validateFiles(
  files: readonly string[],
  config: unknown,
): Promise<HtmlValidityReport[]> {
  const validator = new HtmlValidate(new StaticConfigLoader(config as ConfigData));
  const format = formatterFactory('text');
  const reports: HtmlValidityReport[] = [];
  for (const file of files) {
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    if (!report.valid) reports.push({ file, text: format(report.results) });
  }
  return reports;
}

// Runs only when started by validatePages() (marked job), not when a test runner's own worker imports it.
const job = workerData as { htmlValidityJob?: true; files: string[]; config: unknown } | null;
if (!isMainThread && parentPort !== null && job?.htmlValidityJob === true) {
  parentPort.postMessage(await validateFiles(job.files, job.config));
}
