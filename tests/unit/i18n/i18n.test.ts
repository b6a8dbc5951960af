import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathFor, pageSlugs, mainNav, footerNav, pathForSlug } from '../../../src/lib/i18n/routes.ts';
import { localeFromPath, otherLocale } from '../../../src/lib/i18n/locales.ts';
import { navLabel } from '../../../src/lib/i18n/t.ts';
import { formatInteger as formatNumber, formatDate } from '../../../src/lib/i18n/format.ts';
import { repoRoot } from '../../helpers/dist-pages.ts';

describe('routes', () => {
  it('puts Dutch at the root and English under /en/, always with a trailing slash', () => {
    expect(pathFor('home', 'nl')).toBe('/');
    expect(pathFor('home', 'en')).toBe('/en/');
    expect(pathFor('counting', 'nl')).toBe('/tellen/');
    expect(pathFor('counting', 'en')).toBe('/en/counting/');
    expect(pathForSlug('nl', '/a/b/')).toBe('/a/b/');
  });

  it('knows the language of a path', () => {
    expect(localeFromPath('/en/')).toBe('en');
    expect(localeFromPath('/en')).toBe('en');
    expect(localeFromPath('/enquete/')).toBe('nl');
    expect(localeFromPath('/')).toBe('nl');
    expect(otherLocale('nl')).toBe('en');
  });

  it('has the five main navigation entries of the brief, in order', () => {
    expect(mainNav.map((k) => navLabel('nl', k))).toEqual([
      'Stemmen',
      'Tellen',
      'Uitslag',
      'Waarnemen',
      'Zoeken',
    ]);
    expect(footerNav.map((k) => navLabel('nl', k))).toEqual([
      'Begrippenlijst',
      'Over deze site',
      'Bronnen en licenties',
      'Privacy',
      'Toegankelijkheid',
    ]);
  });

  it('has a content page in both languages for every fixed page that is not built in code', () => {
    const builtInCode = new Set(['home', 'search', 'embed']);
    for (const [key, slugs] of Object.entries(pageSlugs)) {
      if (builtInCode.has(key)) continue;
      for (const locale of ['nl', 'en'] as const) {
        const file = path.join(repoRoot, 'content', 'pages', locale, `${slugs[locale]}.mdx`);
        const text = readFileSync(file, 'utf8');
        expect(text, `${file} translationKey`).toMatch(new RegExp(`^translationKey: ${key}$`, 'm'));
      }
    }
  });

  it('has no content page whose slug collides with a page built in code', () => {
    for (const locale of ['nl', 'en'] as const) {
      const files = readdirSync(path.join(repoRoot, 'content', 'pages', locale));
      expect(files).not.toContain(`${pageSlugs.search[locale]}.mdx`);
    }
  });
});

describe('formatting', () => {
  it('writes numbers and dates the Dutch and the English way', () => {
    expect(formatNumber('nl', 10432726)).toBe('10.432.726');
    expect(formatNumber('en', 10432726)).toBe('10,432,726');
    expect(formatDate('nl', new Date('2023-11-22T12:00:00Z'))).toBe('22 november 2023');
    expect(formatDate('en', new Date('2023-11-22T12:00:00Z'))).toBe('22 November 2023');
  });
});
