import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { searchIndexProblems } from '../../../src/lib/site-audit/search-index.ts';

/** A Pagefind output folder as Pagefind 1.5 writes it, with the entry file given. */
function indexDir(entry: string | null, files: Record<string, string> = {}): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ot-pagefind-')), 'pagefind');
  mkdirSync(dir);
  if (entry !== null) writeFileSync(path.join(dir, 'pagefind-entry.json'), entry);
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

const whole = JSON.stringify({
  version: '1.5.2',
  languages: {
    en: { hash: 'en_a37072ceff', wasm: 'en', page_count: 14152 },
    nl: { hash: 'nl_443c9331ba', wasm: 'nl', page_count: 14152 },
  },
});
const wholeFiles = {
  'pagefind.en_a37072ceff.pf_meta': 'x',
  'pagefind.nl_443c9331ba.pf_meta': 'x',
  'wasm.en.pagefind': 'x',
  'wasm.nl.pagefind': 'x',
};

describe('searchIndexProblems', () => {
  test('a whole index in both languages has no problems', () => {
    expect(searchIndexProblems(indexDir(whole, wholeFiles), ['nl', 'en'])).toEqual([]);
  });

  test('the 0-byte entry file seen on a clean build is reported', () => {
    const [problem, ...rest] = searchIndexProblems(indexDir('', wholeFiles), ['nl', 'en']);
    expect(problem).toMatch(/pagefind-entry\.json is not valid JSON \(0 bytes\)/);
    expect(rest).toEqual([]);
  });

  test('a missing entry file, a missing language and a missing metadata file are reported', () => {
    expect(searchIndexProblems(indexDir(null), ['nl'])[0]).toMatch(/pagefind-entry\.json is missing$/);
    const onlyEnglish = JSON.stringify({ languages: { en: { hash: 'en_a', wasm: 'en', page_count: 3 } } });
    expect(
      searchIndexProblems(indexDir(onlyEnglish, { 'pagefind.en_a.pf_meta': 'x', 'wasm.en.pagefind': 'x' }), [
        'nl',
        'en',
      ]),
    ).toEqual([expect.stringMatching(/lists no index for language "nl"$/)]);
    const { 'pagefind.nl_443c9331ba.pf_meta': _gone, ...withoutMeta } = wholeFiles;
    expect(searchIndexProblems(indexDir(whole, withoutMeta), ['nl', 'en'])).toEqual([
      expect.stringMatching(/pagefind\.nl_443c9331ba\.pf_meta \(the "nl" index\) is missing or empty$/),
    ]);
  });
});
