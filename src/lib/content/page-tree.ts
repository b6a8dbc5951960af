import { isLocale, type Locale } from '../i18n/locales.ts';

/**
 * Pure helpers over the prose pages (content/pages/<locale>/<slug>.mdx), kept free of Astro so they
 * can be unit-tested. A page is described by the fields below; the Astro route passes them in.
 */
export interface PageInfo {
  id: string;
  translationKey: string;
  section?: string | undefined;
  order: number;
  title: string;
}

/** 'nl/tellen/stembureau' → { locale: 'nl', slug: 'tellen/stembureau' }. */
export function splitPageId(id: string): { locale: Locale; slug: string } {
  const [first, ...rest] = id.split('/');
  if (first === undefined || !isLocale(first) || rest.length === 0) {
    throw new Error(
      `content/pages/${id}.mdx: a page must live in content/pages/nl/ or content/pages/en/; move the file into one of them.`,
    );
  }
  return { locale: first, slug: rest.join('/') };
}

/** Reading time in whole minutes at 200 words a minute (a common figure for plain-language text). */
export function readingMinutes(text: string): number {
  const words = text
    .replace(/^---[\s\S]*?---/, '')
    .replace(/<[^>]+>|\{[^}]*\}|import .*$/gm, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.ceil(words / 200));
}

/**
 * The pages of one section in reading order: the section page itself first, then its children by
 * `order`, then by title. Previous/next navigation walks this list.
 */
function sectionSequence<T extends PageInfo>(pages: readonly T[], sectionKey: string): T[] {
  const head = pages.filter((p) => p.translationKey === sectionKey);
  const children = pages
    .filter((p) => p.section === sectionKey && p.translationKey !== sectionKey)
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
  return [...head, ...children];
}

/** Previous and next page of `page` within its section (or among the pages of its own section). */
export function previousAndNext<T extends PageInfo>(
  pages: readonly T[],
  page: T,
): { previous: T | undefined; next: T | undefined } {
  const sectionKey = page.section ?? page.translationKey;
  const sequence = sectionSequence(pages, sectionKey);
  const index = sequence.findIndex((p) => p.id === page.id);
  if (index < 0 || sequence.length < 2) return { previous: undefined, next: undefined };
  return { previous: sequence[index - 1], next: sequence[index + 1] };
}

/** Every translationKey must exist in both languages, exactly once per language. */
export function missingTranslations(pages: readonly PageInfo[]): string[] {
  const problems: string[] = [];
  const byKey = new Map<string, Map<Locale, string[]>>();
  for (const page of pages) {
    const { locale } = splitPageId(page.id);
    const perLocale = byKey.get(page.translationKey) ?? new Map<Locale, string[]>();
    perLocale.set(locale, [...(perLocale.get(locale) ?? []), page.id]);
    byKey.set(page.translationKey, perLocale);
  }
  for (const [key, perLocale] of byKey) {
    for (const locale of ['nl', 'en'] as const) {
      const ids = perLocale.get(locale) ?? [];
      if (ids.length === 0) problems.push(`translationKey "${key}" has no ${locale} page`);
      if (ids.length > 1)
        problems.push(`translationKey "${key}" has ${ids.length} ${locale} pages: ${ids.join(', ')}`);
    }
  }
  return problems;
}
