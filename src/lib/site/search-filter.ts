/**
 * A Pagefind filter of a page (`data-pagefind-filter="name:value"`). Pagefind's interface shows the
 * filter's name exactly as the page writes it, and each language has its own index, so the name is
 * written in the page's language: "Verkiezing" on Dutch pages, "Election" on English ones.
 */
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';

export type SearchFilterKind = 'election' | 'type';

export function searchFilter(locale: Locale, kind: SearchFilterKind, value: string): string {
  // Pagefind splits "name:value" at the first colon; a name never contains one.
  return `${t(locale, `search.filter.${kind}`)}:${value}`;
}
