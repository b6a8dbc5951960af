/**
 * Route data: what the layout needs to frame any page (title, breadcrumb trail, the same page in the
 * other language, page type), built once in plain TypeScript so pages only render it (as Starlight's
 * generateRouteData does). Every page family builds its RouteData with `routeData()`.
 */
import { otherLocale, type Locale } from '../i18n/locales.ts';
import { pathFor } from '../i18n/routes.ts';
import { t } from '../i18n/t.ts';
import type { PageType } from './page-types.ts';

export interface Crumb {
  label: string;
  href: string;
}

export interface RouteData {
  locale: Locale;
  pageType: PageType;
  /** The page's own title (the layout adds the site name). */
  title: string;
  description: string;
  /** This page's path, e.g. "/uitslag/tk2023/". */
  path: string;
  /** The same page in the other language: the language switch and hreflang point here. */
  alternatePath: string;
  /** From home down to and including this page. */
  breadcrumbs: Crumb[];
}

export interface RouteInput {
  locale: Locale;
  pageType: PageType;
  title: string;
  description: string;
  path: string;
  alternatePath: string;
  /** The crumbs between home and this page (home and the page itself are added). */
  parents?: readonly Crumb[];
  /** The label of this page in the trail when it differs from the title. */
  crumbLabel?: string;
}

export function routeData(input: RouteInput): RouteData {
  const home: Crumb = { label: t(input.locale, 'nav.home'), href: pathFor('home', input.locale) };
  return {
    locale: input.locale,
    pageType: input.pageType,
    title: input.title,
    description: input.description,
    path: input.path,
    alternatePath: input.alternatePath,
    breadcrumbs: [
      home,
      ...(input.parents ?? []),
      { label: input.crumbLabel ?? input.title, href: input.path },
    ],
  };
}

/** The locale of the other language, for links written out by hand. */
export { otherLocale };
