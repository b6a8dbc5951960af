/**
 * The plain-language report over all content pages: one row per page, pure (the caller reads the files).
 */
import { readabilityOfMdx, judge, type Readability, type PageVerdict } from './readability.ts';
import type { LanguageCode } from './types.ts';

export interface PageReport extends Readability, PageVerdict {
  /** Path relative to the repository, e.g. content/pages/nl/stemmen.mdx. */
  file: string;
  language: LanguageCode;
}

/** content/pages/<nl|en>/… → the language of the page; anything else is an error. */
export function languageOfPage(file: string): LanguageCode {
  const match = /(?:^|\/)pages\/(nl|en)\//.exec(file.replace(/\\/g, '/'));
  if (!match) {
    throw new Error(`${file}: not under content/pages/nl/ or content/pages/en/; move it there.`);
  }
  return match[1] as LanguageCode;
}

export function reportPage(file: string, source: string): PageReport {
  const language = languageOfPage(file);
  const r = readabilityOfMdx(source, language);
  return { file, language, ...r, ...judge(r, language) };
}

/** The report as an aligned text table, one line per page. */
export function formatReport(reports: readonly PageReport[]): string {
  const header = ['page', 'lang', 'words', 'sentences', 'avg sentence', 'score', 'result'];
  const rows = reports.map((r) => [
    r.file.replace(/^.*content\/pages\//, ''),
    r.language,
    String(r.words),
    String(r.sentences),
    r.averageSentenceLength.toFixed(1),
    `${r.score.toFixed(1)} ${r.language === 'nl' ? 'FD' : 'FRE'}`,
    r.pass ? 'pass' : 'FAIL',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i >= 2 && i <= 5 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
