/**
 * Readability scores for plain-language checks.
 * - Dutch: Flesch-Douma (W.H. Douma, 1960), the Dutch adaptation of Flesch reading ease:
 *   206.835 − 0.93 × (words / sentences) − 77 × (syllables / words).
 * - English: Flesch reading ease (R. Flesch, 1948):
 *   206.835 − 1.015 × (words / sentences) − 84.6 × (syllables / words).
 * Higher is easier; 60–70 is "plain English" / "vrij makkelijk".
 */
import { proseBlocks } from './prose.ts';
import { splitSentences, words } from './sentences.ts';
import { syllablesInWord } from './syllables.ts';
import type { LanguageCode } from './types.ts';

export interface TextCounts {
  words: number;
  sentences: number;
  syllables: number;
}

export interface Readability extends TextCounts {
  averageSentenceLength: number;
  syllablesPerWord: number;
  score: number;
}

export function fleschDouma(c: TextCounts): number {
  return 206.835 - 0.93 * (c.words / c.sentences) - 77 * (c.syllables / c.words);
}

export function fleschReadingEase(c: TextCounts): number {
  return 206.835 - 1.015 * (c.words / c.sentences) - 84.6 * (c.syllables / c.words);
}

/** Words, sentences and syllables of plain text made of blocks (each block ends a sentence). */
export function countText(blocks: readonly string[], language: LanguageCode): TextCounts {
  let wordCount = 0;
  let sentenceCount = 0;
  let syllableCount = 0;
  for (const block of blocks) {
    for (const sentence of splitSentences(block, language)) {
      sentenceCount += 1;
      for (const word of words(sentence)) {
        wordCount += 1;
        syllableCount += syllablesInWord(word, language);
      }
    }
  }
  return { words: wordCount, sentences: sentenceCount, syllables: syllableCount };
}

export function readability(counts: TextCounts, language: LanguageCode): Readability {
  if (counts.words === 0 || counts.sentences === 0) {
    return { ...counts, averageSentenceLength: 0, syllablesPerWord: 0, score: 0 };
  }
  const score = language === 'nl' ? fleschDouma(counts) : fleschReadingEase(counts);
  return {
    ...counts,
    averageSentenceLength: counts.words / counts.sentences,
    syllablesPerWord: counts.syllables / counts.words,
    score,
  };
}

/** Readability of one MDX page. */
export function readabilityOfMdx(source: string, language: LanguageCode): Readability {
  const blocks = proseBlocks(source).map((b) => b.text);
  return readability(countText(blocks, language), language);
}

/**
 * The plain-language targets of Open Telling (issue 5), per language. Dutch pages keep a margin above
 * the B1 line of about 60 (issue 16: an independent count put a page just under it), so 65.
 */
const TARGETS = {
  nl: { minScore: 65, maxAverageSentenceLength: 14 },
  en: { minScore: 60, maxAverageSentenceLength: Number.POSITIVE_INFINITY },
} as const satisfies Record<LanguageCode, { minScore: number; maxAverageSentenceLength: number }>;

export interface PageVerdict {
  pass: boolean;
  problems: string[];
}

export function judge(r: Readability, language: LanguageCode): PageVerdict {
  const target = TARGETS[language];
  const problems: string[] = [];
  const name = language === 'nl' ? 'Flesch-Douma' : 'Flesch reading ease';
  if (r.words === 0) problems.push('no running text found');
  if (r.score < target.minScore) {
    problems.push(
      `${name} ${r.score.toFixed(1)} is below ${target.minScore}: use shorter sentences and shorter, common words`,
    );
  }
  if (r.averageSentenceLength > target.maxAverageSentenceLength) {
    problems.push(
      `average sentence length ${r.averageSentenceLength.toFixed(1)} words is above ${target.maxAverageSentenceLength}: split long sentences`,
    );
  }
  return { pass: problems.length === 0, problems };
}
