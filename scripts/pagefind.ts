/**
 * Builds the search index over dist/ after `astro build`. Pagefind reads <html lang> and writes one
 * index per language (nl, en). Only elements marked data-pagefind-body (the main content) are
 * indexed, so the navigation and footer never show up in results. Any error fails the build.
 */
import * as pagefind from 'pagefind';
import path from 'node:path';
import { existsSync } from 'node:fs';

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

const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
if (written.errors.length > 0) fail(`writing the index failed: ${written.errors.join('; ')}`);

await pagefind.close();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`pagefind: indexed ${added.page_count} pages in ${seconds} s`);
