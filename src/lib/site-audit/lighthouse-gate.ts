/**
 * Thresholds and the report table of `npm run lighthouse` (issue 6): one page of every type, mobile
 * emulation, performance ≥ 95 and accessibility, best practices and SEO all 100.
 */
const lighthouseThresholds = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
} as const;

export type Category = keyof typeof lighthouseThresholds;
export const categories = Object.keys(lighthouseThresholds) as Category[];

export interface PageScores {
  readonly urlPath: string;
  readonly type: string;
  /** 0–100 per category; null when Lighthouse could not score it. */
  readonly scores: Readonly<Record<Category, number | null>>;
  /** Failing audits, to tell people what to fix. */
  readonly failing: readonly string[];
  /** Audits deliberately skipped on this page, with the reason. */
  readonly skipped: readonly string[];
}

export function passes(page: PageScores): boolean {
  return categories.every((c) => (page.scores[c] ?? -1) >= lighthouseThresholds[c]);
}

/**
 * Audits skipped on a page, with why. A page that asks search engines not to index it (the 404 page,
 * `<meta name="robots" content="noindex">`) fails Lighthouse's "is-crawlable" audit by design.
 */
export function skippedAudits(html: string): Record<string, string> {
  return /<meta[^>]+name="robots"[^>]+content="[^"]*noindex/i.test(html)
    ? { 'is-crawlable': 'page is deliberately noindex' }
    : {};
}

export function formatTable(pages: readonly PageScores[]): string {
  const header = ['page type', 'page', 'perf', 'a11y', 'best pr.', 'SEO', 'result'];
  const rows = pages.map((p) => [
    p.type,
    p.urlPath,
    ...categories.map((c) => (p.scores[c] === null ? '–' : String(p.scores[c]))),
    passes(p) ? 'ok' : 'FAIL',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((c, i) => (i >= 2 && i <= 5 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
