/**
 * Internal link and anchor check over a built site: every same-site href/src resolves to a file in
 * dist/ (as a static host serves it: trailingSlash 'always', directory format), and every #fragment
 * is an id on the target page. External links are not fetched; they must be https: or mailto:.
 */
import { fileForUrlPath } from './dist-files.ts';
import type { AuditedPage } from './audit.ts';

export interface LinkProblem {
  readonly page: string;
  readonly line: number;
  readonly message: string;
}

/** The canonical address the site is deployed at: absolute links to it are internal links. */
export function checkLinks(
  distDir: string,
  pages: readonly Pick<AuditedPage, 'file' | 'urlPath' | 'facts'>[],
  siteOrigin: string | undefined,
): LinkProblem[] {
  const idsByFile = new Map(pages.map((p) => [p.file, p.facts.ids]));
  const problems: LinkProblem[] = [];
  const base = 'http://site.invalid';
  // Every page links to the same navigation, styles and scripts: each address is looked up in dist/
  // once, not once per link (about a million links on 34,503 pages).
  const files = new Map<string, string | undefined>();
  const fileFor = (pathname: string): string | undefined => {
    if (!files.has(pathname)) files.set(pathname, fileForUrlPath(distDir, pathname));
    return files.get(pathname);
  };
  for (const page of pages) {
    const pageUrl = new URL(page.urlPath, base);
    for (const ref of page.facts.references) {
      const report = (message: string): void => {
        problems.push({
          page: page.urlPath,
          line: ref.line,
          message: `<${ref.tag} ${ref.attribute}="${ref.value}">: ${message}`,
        });
      };
      const value = ref.value.trim();
      if (value === '') {
        report('empty address');
        continue;
      }
      let url: URL;
      try {
        url = new URL(value, pageUrl);
      } catch {
        report('not a valid URL');
        continue;
      }
      // Canonical and hreflang links are absolute to the public site: check them as internal links.
      const internal = url.origin === base || (siteOrigin !== undefined && url.origin === siteOrigin);
      if (!internal) {
        if (url.protocol === 'data:' && ref.tag !== 'a') continue;
        if (url.protocol !== 'https:' && url.protocol !== 'mailto:')
          report(`external links must use https: or mailto:, not ${url.protocol}`);
        continue;
      }
      const file = fileFor(url.pathname);
      if (file === undefined) {
        const hint =
          url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname) ? '' : ' (pages end in "/")';
        report(`${url.pathname} does not exist in dist/${hint}`);
        continue;
      }
      const fragment = url.hash.slice(1);
      if (fragment === '') continue;
      const ids = idsByFile.get(file);
      if (ids === undefined) continue; // a fragment on a non-HTML file (e.g. an SVG sprite) is not checked
      let id = fragment;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        // keep the raw fragment
      }
      if (!ids.has(id)) report(`#${id} is not an id on ${url.pathname}`);
    }
  }
  return problems;
}
