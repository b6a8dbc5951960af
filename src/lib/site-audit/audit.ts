/**
 * Reads every page of a built site once and gathers the facts every gate needs: page type, contents,
 * and weight. Tests, the bench script and the Lighthouse script all start here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listPages } from './dist-files.ts';
import { readPageFacts, type PageFacts } from './page-facts.ts';
import { pageType } from './page-type.ts';
import { AssetSizer, pageWeight, type PageWeight } from './page-weight.ts';

export interface AuditedPage {
  readonly urlPath: string;
  readonly file: string;
  readonly type: string;
  readonly html: string;
  readonly facts: PageFacts;
  readonly weight: PageWeight;
}

export function auditSite(distDir: string): AuditedPage[] {
  const root = path.resolve(distDir);
  const sizer = new AssetSizer(root);
  return listPages(root).map(({ urlPath, file }) => {
    const html = readFileSync(file, 'utf8');
    const facts = readPageFacts(html);
    return {
      urlPath,
      file,
      type: pageType(urlPath, facts.declaredType),
      html,
      facts,
      weight: pageWeight(html, urlPath, facts, sizer),
    };
  });
}

/** Lower median (the middle value, or the lower of the two middle values): an actual page's size. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
}

/** What the summaries need of a page (an AuditedPage, or a PageAudit without its HTML). */
export type PageSummaryFields = Pick<AuditedPage, 'urlPath' | 'type' | 'facts' | 'weight'>;

export interface TypeSummary<P extends PageSummaryFields = AuditedPage> {
  readonly type: string;
  readonly pages: number;
  readonly medianTotalGzip: number;
  readonly largest: P;
  readonly medianJsGzip: number;
  readonly maxJsGzip: number;
}

export function groupByType<P extends PageSummaryFields>(pages: readonly P[]): Map<string, P[]> {
  const groups = new Map<string, P[]>();
  // push, not spread: copying the group on every page is quadratic (30,000 pages of one type).
  for (const page of pages) {
    const group = groups.get(page.type);
    if (group) group.push(page);
    else groups.set(page.type, [page]);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function summarizeByType<P extends PageSummaryFields>(pages: readonly P[]): TypeSummary<P>[] {
  return [...groupByType(pages)].map(([type, group]) => {
    const largest = group.reduce((a, b) => (b.weight.totalGzip > a.weight.totalGzip ? b : a));
    return {
      type,
      pages: group.length,
      medianTotalGzip: median(group.map((p) => p.weight.totalGzip)),
      largest,
      medianJsGzip: median(group.map((p) => p.weight.jsGzip)),
      maxJsGzip: Math.max(...group.map((p) => p.weight.jsGzip)),
    };
  });
}

/** One page per type, e.g. for Lighthouse: the first Dutch one (the site is Dutch first), else the first. */
export function onePagePerType<P extends PageSummaryFields>(pages: readonly P[]): P[] {
  return [...groupByType(pages).values()].map(
    (group) => group.find((p) => p.facts.lang === 'nl') ?? (group[0] as P),
  );
}

/**
 * The pages Lighthouse checks: one (Dutch) page of every type, plus the heaviest Dutch page of each
 * type when that is another page — a type's worst case (e.g. a content page with the calculator
 * island) must meet the scores too.
 */
export function lighthousePages(pages: readonly AuditedPage[]): AuditedPage[] {
  const chosen = onePagePerType(pages);
  for (const group of groupByType(pages).values()) {
    const dutch = group.filter((p) => p.facts.lang === 'nl');
    const heaviest = [...(dutch.length > 0 ? dutch : group)].sort(
      (a, b) => b.weight.totalGzip - a.weight.totalGzip,
    )[0];
    if (heaviest && !chosen.includes(heaviest)) chosen.push(heaviest);
  }
  return chosen;
}
