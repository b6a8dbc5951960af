/**
 * Sentence splitting and word counting for Dutch and English plain text.
 * A sentence ends at ".", "!", "?" or "…" (optionally followed by a closing quote or bracket) at the end
 * of a word — except after a known abbreviation or an initial ("J.", "o.a.", "e.g."). A block (paragraph
 * or list item) always ends a sentence, even without a full stop.
 */
import type { LanguageCode } from './types.ts';

/** Abbreviations that end in a full stop but do not end a sentence (lower case). */
const ABBREVIATIONS: Record<LanguageCode, ReadonlySet<string>> = {
  nl: new Set([
    'art.',
    'artt.',
    'bijv.',
    'bv.',
    'o.a.',
    'm.a.w.',
    'd.w.z.',
    'i.p.v.',
    'z.g.a.n.',
    'nr.',
    'nrs.',
    'blz.',
    'ca.',
    'stb.',
    'jo.',
    'e.d.',
    'mr.',
    'dhr.',
    'mevr.',
    'min.',
    'max.',
    'incl.',
    'excl.',
    'resp.',
    'vgl.',
    'zgn.',
  ]),
  en: new Set([
    'e.g.',
    'i.e.',
    'etc.',
    'art.',
    'arts.',
    'no.',
    'nos.',
    'p.',
    'pp.',
    'vs.',
    'mr.',
    'mrs.',
    'ms.',
    'dr.',
    'approx.',
    'incl.',
    'min.',
    'max.',
    'cf.',
    'st.',
  ]),
};

const CLOSERS = /["'”’»)\]]+$/u;

function endsSentence(token: string, language: LanguageCode): boolean {
  const bare = token.replace(CLOSERS, '');
  if (!/[.!?…]$/u.test(bare)) return false;
  if (/[!?…]$/u.test(bare)) return true;
  const lower = bare.toLowerCase().replace(/^["'“‘«([]+/u, '');
  if (ABBREVIATIONS[language].has(lower)) return false;
  if (/^\p{L}\.$/u.test(lower)) return false; // an initial: "J." in "J. de Vries"
  if (/^(\p{L}\.){2,}$/u.test(lower)) return false; // "o.a.", "d.w.z." not in the list
  return true;
}

/** Split a block of plain text into sentences. */
export function splitSentences(text: string, language: LanguageCode): string[] {
  const tokens = text.split(/\s+/).filter(Boolean);
  const sentences: string[] = [];
  let current: string[] = [];
  for (const token of tokens) {
    current.push(token);
    if (endsSentence(token, language)) {
      sentences.push(current.join(' '));
      current = [];
    }
  }
  if (current.length > 0) sentences.push(current.join(' '));
  // A "sentence" without a single word (e.g. a lone dash) is not a sentence.
  return sentences.filter((s) => countWords(s) > 0);
}

/** The word tokens of a text: whitespace-separated, with at least one letter or digit. */
export function words(text: string): string[] {
  return text
    .split(/[\s\u2013\u2014]+/u)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((token) => /[\p{L}\p{N}]/u.test(token));
}

function countWords(text: string): number {
  return words(text).length;
}
