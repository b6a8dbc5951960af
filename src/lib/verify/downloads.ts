/**
 * The findings downloads of a checks page: /uitslag/<e>/controle/bevindingen.csv|json and
 * /en/results/<e>/checks/findings.csv|json. The JSON is what `npm run verify -- --json` prints; the CSV has
 * the explanation in the page's language.
 */
import { checksPath } from '../checks/links.ts';
import type { CheckRun } from '../checks/run.ts';
import type { Locale } from '../i18n/locales.ts';
import { findings, summarize } from './report.ts';
import { findingsCsv } from './text.ts';

const BASENAME = { nl: 'bevindingen', en: 'findings' } as const;

export function findingsDownloadPath(locale: Locale, election: string, kind: 'csv' | 'json'): string {
  return `${checksPath(locale, election)}${BASENAME[locale]}.${kind}`;
}

export function findingsJson(run: CheckRun): string {
  return (
    JSON.stringify({
      election: run.election,
      checks: summarize(run.results).map(({ check, level, passed, failed }) => ({
        check,
        level,
        passed,
        failed,
      })),
      findings: findings(run.results),
    }) + '\n'
  );
}

export function findingsCsvOf(run: CheckRun, locale: Locale): string {
  // A byte-order mark, so that spreadsheet programs read the names (ş, ë, …) as UTF-8.
  return `\uFEFF${findingsCsv(findings(run.results), locale)}`;
}
