import { localePrefix, type Locale } from './locales.ts';

/**
 * Slugs of the fixed pages per language. A page is known by its key; each language has its own slug,
 * so /stemmen/ and /en/voting/ are the same page in two languages.
 * Content pages (MDX) carry the same key as `translationKey` in their front matter.
 */
export const pageSlugs = {
  home: { nl: '', en: '' },
  voting: { nl: 'stemmen', en: 'voting' },
  counting: { nl: 'tellen', en: 'counting' },
  results: { nl: 'uitslag', en: 'results' },
  observing: { nl: 'waarnemen', en: 'observing' },
  search: { nl: 'zoeken', en: 'search' },
  glossary: { nl: 'begrippen', en: 'glossary' },
  about: { nl: 'over-deze-site', en: 'about' },
  sources: { nl: 'bronnen-en-licenties', en: 'sources-and-licences' },
  privacy: { nl: 'privacy', en: 'privacy' },
  accessibility: { nl: 'toegankelijkheid', en: 'accessibility' },
  embed: { nl: 'insluiten', en: 'embed' },
} as const satisfies Record<string, Record<Locale, string>>;

export type PageKey = keyof typeof pageSlugs;

/** URL of a page from its slug: always with a trailing slash, as the site is built. */
export function pathForSlug(locale: Locale, slug: string): string {
  const clean = slug.replace(/^\/+|\/+$/g, '');
  return `${localePrefix(locale)}/${clean ? `${clean}/` : ''}`;
}

/** URL of a fixed page in a language. */
export function pathFor(key: PageKey, locale: Locale): string {
  return pathForSlug(locale, pageSlugs[key][locale]);
}

/** The main navigation, in the order of the header. */
export const mainNav: readonly PageKey[] = ['voting', 'counting', 'results', 'observing', 'search'];

/** The footer links. */
export const footerNav: readonly PageKey[] = ['glossary', 'about', 'sources', 'privacy', 'accessibility'];
