/**
 * The index of every built page that the browser tests choose their samples from: address, type,
 * language, scripts, <noscript>, language switch. Playwright loads each test file in its main process
 * and again in every worker, so the index is computed once per build and kept (tests/helpers/dist-cache.ts).
 *
 * The pages are scanned with regular expressions (no HTML parse: 13 s for 34,500 pages). When the
 * gates over dist/ have run on the same build first, their audit has parsed every page already and
 * left the index (tests/helpers/dist-audit-setup.ts), as in `npm test`. A gate in tests/dist checks that the scan and the parse agree.
 */
import { readFileSync } from 'node:fs';
import type { PageAudit } from '../../src/lib/site-audit/audit-parallel.ts';
import { listPages, type BuiltPage } from '../../src/lib/site-audit/dist-files.ts';
import { pageType } from '../../src/lib/site-audit/page-type.ts';
import { cachedScan, storeScan } from './dist-cache.ts';

export interface ScannedPage {
  readonly urlPath: string;
  readonly type: string;
  /** <body data-page-type>, as written. */
  readonly declaredType: string | undefined;
  readonly lang: string | undefined;
  /** <script src> and <link rel=modulepreload href>, as written, sorted, each once. */
  readonly scripts: readonly string[];
  /** Whether the page has a <noscript> element (shown only when JavaScript is off). */
  readonly noscript: boolean;
  /** Where the site's language switch leads: the same page in the other language. */
  readonly languageSwitch: string | undefined;
}

/** The cache entry of the index; a new name whenever ScannedPage changes. */
const indexName = 'page-index-v1';

/** Every built page, sorted by address. */
export function scanPages(distDir: string): ScannedPage[] {
  return cachedScan(distDir, indexName, () => listPages(distDir).map(scanPageFile));
}

/** Keeps the index made from the gates' audit for the browser tests of the same build. */
export function storePageIndex(distDir: string, audited: readonly PageAudit[]): void {
  storeScan(distDir, indexName, pageIndexFromAudit(audited));
}

export function pageIndexFromAudit(audited: readonly PageAudit[]): ScannedPage[] {
  return audited.map(({ urlPath, type, facts }) => ({
    urlPath,
    type,
    declaredType: facts.declaredType,
    lang: facts.lang,
    scripts: [...new Set(facts.scripts)].sort(),
    noscript: facts.noscript,
    languageSwitch: facts.languageSwitch?.href,
  }));
}

const attrValue = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

/** One page read with regular expressions (the scan without the audit). */
export function scanPageFile({ urlPath, file }: BuiltPage): ScannedPage {
  const html = readFileSync(file, 'utf8');
  const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '';
  const bodyTag = /<body\b[^>]*>/i.exec(html)?.[0] ?? '';
  const switchTag = /<a\b[^>]*data-testid="language-switch"[^>]*>/i.exec(html)?.[0];
  const scripts: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attrValue(tag, 'src');
    if (src !== undefined) scripts.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const href = attrValue(tag, 'href');
    if (href !== undefined && /\bmodulepreload\b/i.test(attrValue(tag, 'rel') ?? '')) scripts.push(href);
  }
  const declaredType = attrValue(bodyTag, 'data-page-type');
  return {
    urlPath,
    type: pageType(urlPath, declaredType),
    declaredType,
    lang: attrValue(htmlTag, 'lang'),
    scripts: [...new Set(scripts)].sort(),
    noscript: /<noscript\b/i.test(html),
    languageSwitch: switchTag === undefined ? undefined : attrValue(switchTag, 'href'),
  };
}

export function groupScannedByType(pages: readonly ScannedPage[]): Map<string, ScannedPage[]> {
  const groups = new Map<string, ScannedPage[]>();
  for (const page of pages) {
    const group = groups.get(page.type);
    if (group) group.push(page);
    else groups.set(page.type, [page]);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : 1)));
}
