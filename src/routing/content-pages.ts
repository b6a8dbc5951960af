import { getCollection, type CollectionEntry } from 'astro:content';
import { splitPageId, missingTranslations } from '../lib/content/page-tree.ts';
import { pathForSlug } from '../lib/i18n/routes.ts';
import type { Locale } from '../lib/i18n/locales.ts';

export type PageEntry = CollectionEntry<'pages'>;

/** All prose pages; the build fails when a page lacks its translation (the language switch needs it). */
export async function allPages(): Promise<PageEntry[]> {
  const pages = await getCollection('pages');
  const problems = missingTranslations(pages.map((p) => ({ id: p.id, ...p.data })));
  if (problems.length > 0) {
    throw new Error(`content/pages: ${problems.join('; ')}. Add the missing page or fix its translationKey.`);
  }
  return pages;
}

export function pageLocale(entry: PageEntry): Locale {
  return splitPageId(entry.id).locale;
}

export function pagePath(entry: PageEntry): string {
  const { locale, slug } = splitPageId(entry.id);
  return pathForSlug(locale, slug);
}

/** getStaticPaths for one language's catch-all route. */
export async function contentPaths(locale: Locale) {
  const pages = await allPages();
  return pages
    .filter((entry) => pageLocale(entry) === locale)
    .map((entry) => ({ params: { slug: splitPageId(entry.id).slug }, props: { entry } }));
}
