/**
 * The transfer weight of a page: its own HTML plus the CSS and JavaScript files it references, each
 * gzip-compressed at level 9 (what a static host or CDN sends; deterministic, so budgets can be tested).
 * Fonts and images are excluded (the budget in issue 6 is for HTML+CSS+JS of the page itself).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileForUrlPath } from './dist-files.ts';
import type { PageFacts } from './page-facts.ts';

function gzipSize(bytes: Uint8Array | string): number {
  return gzipSync(bytes, { level: 9 }).length;
}

export interface AssetWeight {
  readonly url: string;
  readonly gzipBytes: number;
}

export interface PageWeight {
  readonly htmlGzip: number;
  readonly css: readonly AssetWeight[];
  readonly js: readonly AssetWeight[];
  readonly cssGzip: number;
  readonly jsGzip: number;
  readonly totalGzip: number;
  /** Referenced same-site CSS/JS files that do not exist in dist/. */
  readonly missing: readonly string[];
}

/** Caches gzip sizes of shared assets: every page references the same stylesheet. */
export class AssetSizer {
  readonly #distDir: string;
  readonly #cache = new Map<string, number | undefined>();

  constructor(distDir: string) {
    this.#distDir = path.resolve(distDir);
  }

  /** gzip size of a same-site asset referenced from pageUrl, or undefined when it does not exist. */
  size(reference: string, pageUrl: string): number | undefined {
    const url = new URL(reference, new URL(pageUrl, 'http://site.invalid'));
    if (url.origin !== 'http://site.invalid') return undefined;
    const key = url.pathname;
    if (!this.#cache.has(key)) {
      const file = fileForUrlPath(this.#distDir, key);
      this.#cache.set(key, file === undefined ? undefined : gzipSize(readFileSync(file)));
    }
    return this.#cache.get(key);
  }
}

export function pageWeight(html: string, urlPath: string, facts: PageFacts, sizer: AssetSizer): PageWeight {
  const missing: string[] = [];
  const measure = (refs: readonly string[]): AssetWeight[] =>
    [...new Set(refs)].flatMap((url) => {
      const gzipBytes = sizer.size(url, urlPath);
      if (gzipBytes === undefined) {
        missing.push(url);
        return [];
      }
      return [{ url, gzipBytes }];
    });
  const css = measure(facts.stylesheets);
  const js = measure(facts.scripts);
  const htmlGzip = gzipSize(html);
  const cssGzip = css.reduce((sum, a) => sum + a.gzipBytes, 0);
  const jsGzip = js.reduce((sum, a) => sum + a.gzipBytes, 0);
  return { htmlGzip, css, js, cssGzip, jsGzip, totalGzip: htmlGzip + cssGzip + jsGzip, missing };
}
