/**
 * The pages of the built site, read from dist/: every browser test walks these, so a new page is
 * tested the moment it is built, without editing a list.
 */
import { closeSync, existsSync, openSync, readSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedPageFamilies } from '../../src/lib/site/page-types.ts';
import { cachedScan } from './dist-cache.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const distDir = path.join(repoRoot, 'dist');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : walk(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/** Every HTML file in dist/ as a URL path ('/tellen/', '/404.html'), sorted. */
export function builtPages(): string[] {
  if (!existsSync(distDir))
    throw new Error(`${distDir} does not exist: run "npm run build" before the browser tests.`);
  return cachedScan(distDir, 'built-pages', () => walkPages());
}

function walkPages(): string[] {
  return walk(distDir)
    .map((file) => {
      const rel = path.relative(distDir, file).split(path.sep).join('/');
      return rel.endsWith('index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
    })
    .sort();
}

/** The page type a built page declares on <body data-page-type> (read from the first 32 KB). */
export function declaredPageType(urlPath: string): string | undefined {
  const rel = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  const fd = openSync(path.join(distDir, rel), 'r');
  try {
    const buf = Buffer.alloc(32_768);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return /<body[^>]*data-page-type="([^"]+)"/.exec(buf.toString('utf8', 0, n))?.[1];
  } finally {
    closeSync(fd);
  }
}

/**
 * A page template is its declared page type (results pages: results-election, results-station, …),
 * else its URL shape with variable parts replaced (src/lib/site-audit/page-type.ts), in each language.
 * Scanning a few pages per template covers every template without scanning 20,000 near-identical
 * pages. `perTemplate` pages are taken, spread over the sorted list.
 */
export function templateKey(urlPath: string): string {
  const declared = declaredPageType(urlPath);
  // Results pages are thousands of one template each; every other page (content, home…) is checked
  // by its own URL shape, as before, so each prose page stays in the browser tests.
  if (declared?.startsWith('results-')) {
    const lang = urlPath.startsWith('/en/') ? 'en' : 'nl';
    return `${lang}:${declared}`;
  }
  return urlPath
    .split('/')
    .map((part) => (/\d/.test(part) ? ':id' : part))
    .join('/');
}

/** The template group of every built page (read from the pages' heads, once per build). */
let keysOfThisProcess: Record<string, string> | undefined;
function groupKeys(): Record<string, string> {
  keysOfThisProcess ??= readGroupKeys();
  return keysOfThisProcess;
}
function readGroupKeys(): Record<string, string> {
  return cachedScan(distDir, 'template-keys', () =>
    Object.fromEntries(
      builtPages().map((page) => {
        const family = declaredFamily(page);
        return [page, family ? `${page.startsWith('/en/') ? '/en' : ''}:${family}` : templateKey(page)];
      }),
    ),
  );
}

/** The template group of a built page (see templateKey). */
export function templateOf(page: string): string {
  return groupKeys()[page] ?? templateKey(page);
}

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

/** The declared page type of a page of a generated family (first 16 KB of its HTML), or undefined. */
function declaredFamily(urlPath: string): string | undefined {
  const file = path.join(distDir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
  if (!existsSync(file)) return undefined;
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(16384);
  const n = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  const type = /data-page-type="([^"]+)"/.exec(head.subarray(0, n).toString('utf8'))?.[1];
  return type && (generatedPageFamilies as readonly string[]).includes(type) ? type : undefined;
}
