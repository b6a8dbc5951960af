import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { syllablesInWord } from '../../../src/lib/language/syllables.ts';
import { splitSentences, words } from '../../../src/lib/language/sentences.ts';
import { proseBlocks } from '../../../src/lib/language/prose.ts';
import {
  countText,
  fleschDouma,
  fleschReadingEase,
  readability,
  readabilityOfMdx,
} from '../../../src/lib/language/readability.ts';
import { reportPage, languageOfPage } from '../../../src/lib/language/pages.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

describe('syllables from hyphenation patterns', () => {
  it('counts hyphenation points + 1 per word (Dutch and English patterns)', () => {
    // Dictionary syllabification (Van Dale / Merriam-Webster), checked by hand.
    expect(syllablesInWord('kat', 'nl')).toBe(1);
    expect(syllablesInWord('stemmen', 'nl')).toBe(2); // stem-men
    expect(syllablesInWord('stembureau', 'nl')).toBe(3); // stem-bu-reau
    expect(syllablesInWord('gemeentelijk', 'nl')).toBe(4); // ge-meen-te-lijk
    expect(syllablesInWord('beautiful', 'en')).toBe(3); // beau-ti-ful
    expect(syllablesInWord('garden', 'en')).toBe(2); // gar-den
  });

  it('adds up the parts of hyphenated compounds and counts a figure as one syllable', () => {
    expect(syllablesInWord('proces-verbaal', 'nl')).toBe(4); // pro-ces + ver-baal
    expect(syllablesInWord("'s-Gravenhage", 'nl')).toBe(5); // s + gra-ven-ha-ge
    expect(syllablesInWord('10.432.726', 'nl')).toBe(1);
    expect(syllablesInWord('—', 'nl')).toBe(0);
  });
});

describe('sentences and words', () => {
  it('does not end a sentence after an abbreviation or an initial', () => {
    expect(splitSentences('Zie art. J 35 van de Kieswet. Dat staat o.a. hier! Klopt dat?', 'nl')).toEqual([
      'Zie art. J 35 van de Kieswet.',
      'Dat staat o.a. hier!',
      'Klopt dat?',
    ]);
    expect(splitSentences('See e.g. the list. It is short.', 'en')).toHaveLength(2);
  });

  it('keeps numbers with points and times inside a sentence', () => {
    expect(splitSentences('Er waren 10.432.726 stemmen. Om 21.00 uur sluit het bureau.', 'nl')).toHaveLength(
      2,
    );
    expect(words('Er waren 10.432.726 geldige stemmen.')).toEqual([
      'Er',
      'waren',
      '10.432.726',
      'geldige',
      'stemmen',
    ]);
  });

  it('ends a block without a full stop as one sentence and ignores lone dashes', () => {
    expect(splitSentences('Uw stempas', 'nl')).toEqual(['Uw stempas']);
    expect(words('a – b')).toEqual(['a', 'b']);
  });
});

describe('prose extraction from MDX', () => {
  const mdx = [
    '---',
    'title: Proef',
    'summary: Dit is de samenvatting.',
    'sources:',
    '  - title: Iets',
    '---',
    "import Chart from '../x.astro';",
    '',
    '## Een kop telt niet',
    '',
    'Een zin met een [link](https://example.org/) en **vet**.',
    'Nog een zin op de volgende regel.',
    '',
    '- Eerste punt',
    '- Tweede punt. Met twee zinnen.',
    '',
    '| kolom | kolom |',
    '|---|---|',
    '| telt | niet |',
    '',
    '<Chart locale="nl" />',
    '{/* SEAT-TRACE: een opmerking telt niet */}',
    '<div class="x">',
    '',
    'Tekst in een blok.',
    '',
    '</div>',
  ].join('\n');

  it('keeps the summary, paragraphs and list items, and drops headings, tables, imports and components', () => {
    const blocks = proseBlocks(mdx);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['summary', 'Dit is de samenvatting.'],
      ['paragraph', 'Een zin met een link en vet. Nog een zin op de volgende regel.'],
      ['list-item', 'Eerste punt'],
      ['list-item', 'Tweede punt. Met twee zinnen.'],
      ['paragraph', 'Tekst in een blok.'],
    ]);
    expect(blocks[1]?.line).toBe(11);
  });
});

describe('readability formulas, on hand-computed examples', () => {
  it('computes Flesch-Douma: 206.835 − 0.93 × words/sentence − 77 × syllables/word', () => {
    // 11 words, 2 sentences, 14 syllables (de kat zit op de mat = 6; het stem-bu-reau telt de stem-men = 8).
    const counts = countText(['De kat zit op de mat. Het stembureau telt de stemmen.'], 'nl');
    expect(counts).toEqual({ words: 11, sentences: 2, syllables: 14 });
    // 206.835 − 0.93 × 5.5 − 77 × 14/11 = 206.835 − 5.115 − 98 = 103.72
    expect(fleschDouma(counts)).toBeCloseTo(103.72, 10);
    expect(readability(counts, 'nl').score).toBeCloseTo(103.72, 10);
    expect(readability(counts, 'nl').averageSentenceLength).toBe(5.5);
  });

  it('computes Flesch reading ease: 206.835 − 1.015 × words/sentence − 84.6 × syllables/word', () => {
    // 6 + 3 words, 2 sentences, 6 + 6 syllables (a beau-ti-ful gar-den).
    const counts = countText(['The cat sat on the mat. A beautiful garden.'], 'en');
    expect(counts).toEqual({ words: 9, sentences: 2, syllables: 12 });
    // 206.835 − 1.015 × 4.5 − 84.6 × 12/9 = 206.835 − 4.5675 − 112.8 = 89.4675
    expect(fleschReadingEase(counts)).toBeCloseTo(89.4675, 10);
  });

  it('reports a page with no text as score 0, which fails', () => {
    const r = readabilityOfMdx('---\ntitle: x\n---\n## Alleen een kop\n', 'nl');
    expect(r.words).toBe(0);
    expect(reportPage('content/pages/nl/leeg.mdx', '## Kop\n').pass).toBe(false);
  });

  it('fails a Dutch page with long sentences even when the words are short', () => {
    const long = `${Array.from({ length: 20 }, () => 'de kat').join(' ')}.`;
    const report = reportPage('content/pages/nl/lang.mdx', long);
    expect(report.averageSentenceLength).toBe(40);
    expect(report.pass).toBe(false);
    expect(report.problems.join(' ')).toMatch(/average sentence length 40\.0/);
  });

  it('knows the language of a page from its folder and refuses others', () => {
    expect(languageOfPage('content/pages/en/glossary.mdx')).toBe('en');
    expect(() => languageOfPage('content/other/x.mdx')).toThrow(/content\/other\/x\.mdx/);
  });
});

describe('every content page meets its plain-language target (issue 5)', () => {
  const pagesDir = path.join(repoRoot, 'content', 'pages');
  const files = (function walk(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? walk(path.join(dir, e.name))
        : e.name.endsWith('.mdx')
          ? [path.join(dir, e.name)]
          : [],
    );
  })(pagesDir);

  it('finds the pages', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  for (const file of files) {
    const rel = path.relative(repoRoot, file);
    it(rel, () => {
      const report = reportPage(rel, readFileSync(file, 'utf8'));
      expect(report.problems, `${rel}: ${report.problems.join('; ')}`).toEqual([]);
    });
  }
});
