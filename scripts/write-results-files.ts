/**
 * Writes the downloads of the results pages into the built site (after `astro build`, before the
 * search index): per page its figures as CSV and JSON, and each chart as an SVG file in both
 * languages (src/lib/results/files.ts). Plain Node: tens of thousands of small files are written far
 * faster here than as Astro endpoints. A page whose folder is missing means the build and this
 * script disagree about the pages: that fails the build.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { resultsElections } from '../src/lib/results/election.ts';
import { pageFiles, resultsPages } from '../src/lib/results/files.ts';

const site = path.resolve(process.argv[2] ?? 'dist');
if (!existsSync(path.join(site, 'index.html'))) {
  console.error(`results files: ${site} has no index.html: run "astro build" first.`);
  process.exit(1);
}
const started = performance.now();
let files = 0;
const made = new Set<string>();
for (const election of await resultsElections()) {
  for (const page of resultsPages(election)) {
    if (!existsSync(path.join(site, page.nlPath, 'index.html'))) {
      console.error(
        `results files: the build has no page ${page.nlPath}; rebuild with the same data folder.`,
      );
      process.exit(1);
    }
    const batch = pageFiles(election, page).map(async (f) => {
      const target = path.join(site, f.path);
      const dir = path.dirname(target);
      if (!made.has(dir)) {
        made.add(dir);
        await mkdir(dir, { recursive: true });
      }
      await writeFile(target, f.content);
    });
    await Promise.all(batch);
    files += batch.length;
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`results files: wrote ${files} files in ${seconds} s`);
