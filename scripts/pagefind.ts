/**
 * Builds the search index over dist/ after `astro build`. Pagefind reads <html lang> and writes one
 * index per language (nl, en). Only elements marked data-pagefind-body (the main content) are
 * indexed, so the navigation and footer never show up in results. Any error fails the build.
 */
import * as pagefind from 'pagefind';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { searchIndexProblems } from '../src/lib/site-audit/search-index.ts';
import { locales } from '../src/lib/i18n/locales.ts';

/** Every language of the site has its own index (Pagefind reads <html lang>). */
const siteLanguages: readonly string[] = locales;

const site = path.resolve(process.argv[2] ?? 'dist');

function fail(message: string): never {
  console.error(`pagefind: ${message}`);
  process.exit(1);
}

if (!existsSync(site)) fail(`${site} does not exist: run "astro build" first.`);

const started = performance.now();
const { index, errors } = await pagefind.createIndex({});
if (!index || errors.length > 0) fail(`could not start the indexer: ${errors.join('; ')}`);

const added = await index.addDirectory({ path: site });
if (added.errors.length > 0) fail(`indexing ${site} failed: ${added.errors.join('; ')}`);
if (added.page_count === 0) fail(`no pages were indexed in ${site}: is data-pagefind-body on the pages?`);

const outputPath = path.join(site, 'pagefind');

/** The problems of the written index, waiting up to `seconds` for the backend to finish writing. */
async function settledProblems(seconds: number): Promise<string[]> {
  const until = performance.now() + seconds * 1000;
  let problems = searchIndexProblems(outputPath, siteLanguages);
  while (problems.length > 0 && performance.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    problems = searchIndexProblems(outputPath, siteLanguages);
  }
  return problems;
}

// The index is checked before the backend is closed (closing stops it at once) and once more after.
// One clean build wrote a 0-byte pagefind-entry.json and every search on the site failed; a second
// write is tried once before the build fails.
for (let attempt = 1; attempt <= 2; attempt++) {
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) fail(`writing the index failed: ${written.errors.join('; ')}`);
  const settled = await settledProblems(30);
  if (settled.length === 0) break;
  console.error(`pagefind: attempt ${attempt}: the index is not whole: ${settled.join('; ')}`);
}
await pagefind.close();
const problems = searchIndexProblems(outputPath, siteLanguages);
if (problems.length > 0)
  fail(`the search index in ${outputPath} is not whole: ${problems.join('; ')}. Run "npm run build" again.`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`pagefind: indexed ${added.page_count} pages in ${seconds} s`);
