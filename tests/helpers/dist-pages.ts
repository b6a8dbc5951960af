/**
 * The pages of the built site, read from dist/: every browser test walks these, so a new page is
 * tested the moment it is built, without editing a list.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedPageFamilies } from '../../src/lib/site/page-types.ts';
import { scanPages } from './page-scan.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const distDir = path.join(repoRoot, 'dist');

/** Every HTML file in dist/ as a URL path ('/tellen/', '/404.html'), sorted. */
export function builtPages(): string[] {
  if (!existsSync(distDir))
    throw new Error(`${distDir} does not exist: run "npm run build" before the browser tests.`);
  return scanPages(distDir).map((p) => p.urlPath);
}

/**
 * A page template is its declared page type (results pages: results-election, results-station, …),
 * else its URL shape with variable parts replaced (src/lib/site-audit/page-type.ts), in each language.
 * Scanning a few pages per template covers every template without scanning 20,000 near-identical
 * pages. Generated families (widgets, finder pages: generatedPageFamilies) are one template each.
 */
function templateKeyOf(urlPath: string, declared: string | undefined): string {
  const lang = urlPath.startsWith('/en/') ? 'en' : 'nl';
  if (declared && (generatedPageFamilies as readonly string[]).includes(declared))
    return `${lang === 'en' ? '/en' : ''}:${declared}`;
  // Results pages are thousands of one template each; every other page (content, home…) is checked
  // by its own URL shape, so each prose page stays in the browser tests.
  if (declared?.startsWith('results-')) return `${lang}:${declared}`;
  return urlPath
    .split('/')
    .map((part) => (/\d/.test(part) ? ':id' : part))
    .join('/');
}

let keysOfThisProcess: Map<string, string> | undefined;

/** The template group of a built page. */
export function templateOf(page: string): string {
  keysOfThisProcess ??= new Map(
    scanPages(distDir).map((p) => [p.urlPath, templateKeyOf(p.urlPath, p.declaredType)]),
  );
  return keysOfThisProcess.get(page) ?? templateKeyOf(page, undefined);
}

/** `perTemplate` pages of every template, spread over the sorted list. */
export function pagesPerTemplate(pages: string[], perTemplate: number): string[] {
  const groups = new Map<string, string[]>();
  for (const page of pages) {
    const key = templateOf(page);
    // push, not spread: copying the group on every page is quadratic (30,000 pages of one template).
    const group = groups.get(key);
    if (group) group.push(page);
    else groups.set(key, [page]);
  }
  return [...groups.values()].flatMap((group) => {
    if (group.length <= perTemplate) return group;
    const step = group.length / perTemplate;
    return Array.from({ length: perTemplate }, (_, i) => group[Math.floor(i * step)] as string);
  });
}
