/**
 * Syllables from TeX hyphenation patterns (Liang's algorithm, package `hyphen`): a word has as many
 * syllables as hyphenation points + 1. This is the usual way to count syllables for Flesch-type scores
 * without a pronunciation dictionary. Known bias: patterns never split near the word edges
 * (e.g. Dutch "over", English "every" count as one syllable), so counts are slightly low.
 */
import hyphenNl from 'hyphen/nl/index.js';
import hyphenEn from 'hyphen/en-us/index.js';
import type { LanguageCode } from './types.ts';

const MARK = '\u2027'; // a character that never occurs in our text, so every occurrence is a split point
const hyphenators = { nl: hyphenNl, en: hyphenEn } as const;

/**
 * Syllables in one word token.
 * - A compound with hyphens, slashes or apostrophes ("proces-verbaal", "'s-Gravenhage") is the sum of its
 *   parts.
 * - A token without letters (a number such as "10.432.726" or "21.00") counts as one syllable: pattern
 *   hyphenation finds no split point in it, and a figure is read as one unit. This is a choice, made
 *   the same way for every page.
 */
export function syllablesInWord(word: string, language: LanguageCode): number {
  const parts = word.split(/[-‐–/'’.]+/u).filter((part) => /\p{L}/u.test(part));
  if (parts.length === 0) return /[\p{N}]/u.test(word) ? 1 : 0;
  let total = 0;
  for (const part of parts) {
    const letters = part.replace(/[^\p{L}\p{M}]/gu, '');
    if (!letters) continue;
    const hyphenated = hyphenators[language].hyphenateSync(letters.toLowerCase(), {
      hyphenChar: MARK,
      minWordLength: 1,
    });
    total += hyphenated.split(MARK).length;
  }
  return Math.max(1, total);
}
