/**
 * Plain-language check over every content page (content/pages/<nl|en>/**.mdx).
 * Prints words, sentences, average sentence length and the readability score per page
 * (Flesch-Douma for Dutch, Flesch reading ease for English) and exits 1 when a page misses its target.
 * Targets: Dutch score ≥ 65 and ≤ 14 words per sentence; English score ≥ 60 (src/lib/language/readability.ts).
 * Usage: npm run check:language [-- <content/pages dir>]
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { formatReport, reportPage } from '../src/lib/language/pages.ts';

const root = path.resolve(process.argv[2] ?? 'content/pages');

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return mdxFiles(full);
      return entry.name.endsWith('.mdx') ? [full] : [];
    })
    .sort();
}

let files: string[];
try {
  files = mdxFiles(root);
} catch (error) {
  console.error(`${root}: cannot read the content pages (${(error as Error).message}).`);
  process.exit(1);
}
if (files.length === 0) {
  console.error(`${root}: no .mdx pages found; pass the content/pages folder as the first argument.`);
  process.exit(1);
}

const reports = files.map((file) =>
  reportPage(path.relative(process.cwd(), file), readFileSync(file, 'utf8')),
);
console.log(formatReport(reports));

const failed = reports.filter((r) => !r.pass);
if (failed.length > 0) {
  console.error('');
  for (const r of failed) for (const problem of r.problems) console.error(`${r.file}:1:1: ${problem}`);
  console.error(`\n${failed.length} of ${reports.length} pages miss their plain-language target.`);
  process.exit(1);
}
console.log(`\nAll ${reports.length} pages meet their plain-language target.`);
