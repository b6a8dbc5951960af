/**
 * The built site as files and URL paths. The site is built with trailingSlash 'always' and
 * build.format 'directory': /tellen/ is dist/tellen/index.html; 404.html is served as it is.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Folders in dist/ that hold assets, never pages. */
const assetFolders = new Set(['_astro', 'pagefind']);

export interface BuiltPage {
  /** '/tellen/', '/en/', '/404.html' */
  readonly urlPath: string;
  readonly file: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return assetFolders.has(entry.name) ? [] : walk(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

function urlPathOfFile(distDir: string, file: string): string {
  const rel = path.relative(distDir, file).split(path.sep).join('/');
  if (rel === 'index.html') return '/';
  return rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

/** Every HTML page in dist/, sorted by URL path. */
export function listPages(distDir: string): BuiltPage[] {
  if (!existsSync(distDir)) throw new Error(`${distDir} does not exist: run "npm run build" first.`);
  return walk(distDir)
    .map((file) => ({ urlPath: urlPathOfFile(distDir, file), file }))
    .sort((a, b) => (a.urlPath < b.urlPath ? -1 : a.urlPath > b.urlPath ? 1 : 0));
}

/**
 * The file a static host serves for a URL path (without query or fragment), or undefined when it
 * would answer 404. A directory without the trailing slash is not a page: with trailingSlash
 * 'always' every internal link must end in '/', so '/tellen' counts as broken.
 */
export function fileForUrlPath(distDir: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const root = path.resolve(distDir);
  const target = path.join(root, ...decoded.split('/').filter(Boolean));
  if (target !== root && !target.startsWith(root + path.sep)) return undefined;
  if (decoded.endsWith('/')) {
    const index = path.join(target, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(target) && statSync(target).isFile() ? target : undefined;
}
