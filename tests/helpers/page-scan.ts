/**
 * A cheap scan of every built page for choosing browser-test samples: type, language and scripts read
 * with regular expressions (no HTML parse, no gzip). Playwright loads a test file in its main process and
 * in every worker, so the full audit (src/lib/site-audit/audit.ts) would run three times over 30,000
 * pages. The gates in tests/dist check every page with the real parser; this only picks samples.
 */
import { readFileSync } from 'node:fs';
import { listPages } from '../../src/lib/site-audit/dist-files.ts';
import { pageType } from '../../src/lib/site-audit/page-type.ts';
import { cachedScan } from './dist-cache.ts';

export interface ScannedPage {
  readonly urlPath: string;
  readonly type: string;
  readonly lang: string | undefined;
  /** <script src> and <link rel=modulepreload href>, as written. */
  readonly scripts: readonly string[];
  /** Whether the page has a <noscript> element (shown only when JavaScript is off). */
  readonly noscript: boolean;
  /** Where the site's language switch leads: the same page in the other language. */
  readonly languageSwitch: string | undefined;
}

const attrValue = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

export function scanPages(distDir: string): ScannedPage[] {
  return cachedScan(distDir, 'scanned-pages-v3', () => scanEveryPage(distDir));
}

function scanEveryPage(distDir: string): ScannedPage[] {
  return listPages(distDir).map(({ urlPath, file }) => {
    const html = readFileSync(file, 'utf8');
    const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '';
    const bodyTag = /<body\b[^>]*>/i.exec(html)?.[0] ?? '';
    const scripts: string[] = [];
    for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
      const src = attrValue(tag, 'src');
      if (src !== undefined) scripts.push(src);
    }
    for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
      const href = attrValue(tag, 'href');
      if (href !== undefined && /\bmodulepreload\b/i.test(attrValue(tag, 'rel') ?? '')) scripts.push(href);
    }
    const switchTag = /<a\b[^>]*data-testid="language-switch"[^>]*>/i.exec(html)?.[0];
    return {
      urlPath,
      type: pageType(urlPath, attrValue(bodyTag, 'data-page-type')),
      lang: attrValue(htmlTag, 'lang'),
      scripts: [...new Set(scripts)],
      noscript: /<noscript\b/i.test(html),
      languageSwitch: switchTag === undefined ? undefined : attrValue(switchTag, 'href'),
    };
  });
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
