import { describe, it, expect } from 'vitest';
import {
  splitPageId,
  readingMinutes,
  previousAndNext,
  missingTranslations,
  type PageInfo,
} from '../../../src/lib/content/page-tree.ts';
import { designSystemClasses } from '../../../src/lib/content/nlds-classes.ts';

const page = (id: string, translationKey: string, order: number, section?: string): PageInfo => ({
  id,
  translationKey,
  order,
  section,
  title: id,
});

describe('page tree', () => {
  it('splits a content id into language and slug, and refuses pages outside nl/ and en/', () => {
    expect(splitPageId('nl/tellen/stembureau')).toEqual({ locale: 'nl', slug: 'tellen/stembureau' });
    expect(() => splitPageId('de/zaehlen')).toThrow(/content\/pages\/de\/zaehlen\.mdx/);
    expect(() => splitPageId('nl')).toThrow();
  });

  it('counts reading time at 200 words a minute, rounding up, ignoring front matter and markup', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'woord').join(' ');
    expect(readingMinutes(words(200))).toBe(1);
    expect(readingMinutes(words(201))).toBe(2);
    expect(readingMinutes(`---\ntitle: ${words(500)}\n---\n${words(10)}`)).toBe(1);
    expect(readingMinutes('')).toBe(1);
  });

  it('walks a section in order: section page first, then children by order', () => {
    const pages = [
      page('nl/b', 'b', 2, 'counting'),
      page('nl/tellen', 'counting', 0),
      page('nl/a', 'a', 1, 'counting'),
      page('nl/other', 'other', 1, 'voting'),
    ];
    expect(previousAndNext(pages, pages[1]!)).toEqual({ previous: undefined, next: pages[2] });
    expect(previousAndNext(pages, pages[2]!)).toEqual({ previous: pages[1], next: pages[0] });
    expect(previousAndNext(pages, pages[0]!)).toEqual({ previous: pages[2], next: undefined });
    expect(previousAndNext(pages, pages[3]!)).toEqual({ previous: undefined, next: undefined });
  });

  it('reports pages without a translation and duplicate keys', () => {
    expect(missingTranslations([page('nl/a', 'a', 0), page('en/a', 'a', 0)])).toEqual([]);
    expect(missingTranslations([page('nl/a', 'a', 0)])).toEqual(['translationKey "a" has no en page']);
    expect(missingTranslations([page('nl/a', 'a', 0), page('nl/b', 'a', 0), page('en/a', 'a', 0)])).toEqual([
      'translationKey "a" has 2 nl pages: nl/a, nl/b',
    ]);
  });
});

describe('NL Design System classes for Markdown output', () => {
  it('adds component classes and keeps the author’s own', () => {
    expect(designSystemClasses('h2', 'div', undefined)).toEqual(['utrecht-heading-2']);
    expect(designSystemClasses('a', 'p', ['x'])).toEqual(['x', 'utrecht-link', 'utrecht-link--html-a']);
    expect(designSystemClasses('li', 'ol', undefined)).toEqual(['utrecht-ordered-list__item']);
    expect(designSystemClasses('li', 'ul', 'a b')).toEqual(['a', 'b', 'utrecht-unordered-list__item']);
    expect(designSystemClasses('span', 'p', undefined)).toEqual([]);
  });
});

describe('Markdown table alignment without inline styles', () => {
  it('turns text-align styles into classes and leaves other styles alone', async () => {
    const { alignmentClass } = await import('../../../src/lib/content/nlds-classes.ts');
    expect(alignmentClass('text-align:right')).toBe('ot-align-end');
    expect(alignmentClass('text-align: center;')).toBe('ot-align-center');
    expect(alignmentClass('text-align:left')).toBe('ot-align-start');
    expect(alignmentClass('color:red')).toBeUndefined();
    expect(alignmentClass(undefined)).toBeUndefined();
    expect(designSystemClasses('td', 'tr', undefined, 'text-align:right')).toEqual([
      'utrecht-table__cell',
      'ot-align-end',
    ]);
  });
});
