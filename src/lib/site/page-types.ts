/**
 * Every page type (template) of the site, declared by each page on <body data-page-type>. The quality
 * gates (src/lib/site-audit) group pages by it for budgets, JavaScript islands, Lighthouse and the
 * bench. A typed union, so a page family cannot invent a type the gates do not know.
 * Add a type here when you add a page family.
 */
export const pageTypes = [
  'home',
  'content',
  'search',
  'not-found',
  'results',
  'finder',
  'finder-municipality',
] as const;

export type PageType = (typeof pageTypes)[number];

export function isPageType(value: string): value is PageType {
  return (pageTypes as readonly string[]).includes(value);
}
