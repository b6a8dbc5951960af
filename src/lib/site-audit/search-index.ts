/**
 * Whether the search index Pagefind wrote is whole. The search page loads `pagefind-entry.json`
 * first; if it is empty or lacks a language, every search fails in the browser ("Failed to load
 * Pagefind metadata") while the build itself reported success. That happened once on a clean build
 * (the entry file was 0 bytes), so the build checks the index before it calls it done.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

interface EntryLanguage {
  hash?: unknown;
  wasm?: unknown;
  page_count?: unknown;
}

/** What is wrong with the index in `dir` for the given languages; [] when it is whole. */
export function searchIndexProblems(dir: string, languages: readonly string[]): string[] {
  const entryFile = path.join(dir, 'pagefind-entry.json');
  if (!existsSync(entryFile)) return [`${entryFile} is missing`];
  let entry: { languages?: Record<string, EntryLanguage> };
  try {
    entry = JSON.parse(readFileSync(entryFile, 'utf8')) as typeof entry;
  } catch (error) {
    return [
      `${entryFile} is not valid JSON (${statSync(entryFile).size} bytes): ${(error as Error).message}`,
    ];
  }
  const problems: string[] = [];
  for (const language of languages) {
    const found = entry.languages?.[language];
    if (found === undefined) {
      problems.push(`${entryFile} lists no index for language "${language}"`);
      continue;
    }
    if (typeof found.page_count !== 'number' || found.page_count < 1)
      problems.push(`${entryFile}: the "${language}" index has no pages`);
    const needed = [`pagefind.${String(found.hash)}.pf_meta`, `wasm.${String(found.wasm)}.pagefind`];
    for (const name of needed) {
      const file = path.join(dir, name);
      if (!existsSync(file) || statSync(file).size === 0)
        problems.push(`${file} (the "${language}" index) is missing or empty`);
    }
  }
  return problems;
}
