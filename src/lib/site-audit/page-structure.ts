/**
 * The structure every page of the site shares, checked on every built page from its audited facts
 * (no browser needed): a language (WCAG 3.1.1), a title (2.4.2), one h1 that names the page (2.4.6),
 * and a language switch to the same page in the other language, which exists and is in that language,
 * with matching hreflang alternates for search engines. Widget pages for other sites (/embed/, issue 14)
 * have no site chrome and so no switch: the host site picks the language in the snippet.
 */
import type { PageFacts } from './page-facts.ts';

export interface StructuredPage {
  readonly urlPath: string;
  readonly facts: Pick<
    PageFacts,
    'lang' | 'title' | 'h1Count' | 'languageSwitch' | 'alternates' | 'noindex' | 'comments'
  >;
}

const languages = ['nl', 'en'] as const;

/** Everything wrong with the pages' shared structure, one line per problem, '' lines never. */
export function pageStructureProblems(pages: readonly StructuredPage[]): string[] {
  const byPath = new Map(pages.map((p) => [p.urlPath, p]));
  const problems: string[] = [];
  for (const { urlPath, facts } of pages) {
    const say = (what: string): void => {
      problems.push(`${urlPath}: ${what}`);
    };
    const lang = facts.lang;
    if (lang !== 'nl' && lang !== 'en') say(`<html lang> is "${lang ?? ''}", not nl or en`);
    if ((facts.title ?? '').length <= 3) say(`<title> is "${facts.title ?? ''}": a page needs a title`);
    if (facts.h1Count !== 1) say(`${facts.h1Count} <h1> elements: a page has exactly one`);
    // A template's <!-- note --> is for its developers; {/* */} keeps it out of every built page.
    if (facts.comments.length > 0)
      say(`an HTML comment at line ${facts.comments.join(', ')}: write it as {/* */} in the .astro file`);
    if (urlPath.startsWith('/embed/')) continue;

    const other = languages.find((l) => l !== lang);
    const the = facts.languageSwitch;
    if (the === undefined) {
      say('no language switch (data-testid="language-switch")');
      continue;
    }
    if (the.hreflang !== other)
      say(`the language switch has hreflang "${the.hreflang ?? ''}", not "${other}"`);
    const target = byPath.get(the.href);
    if (target === undefined) say(`the language switch goes to ${the.href}, which is not a built page`);
    else if (target.facts.lang !== other)
      say(
        `the language switch goes to ${the.href}, whose language is "${target.facts.lang ?? ''}", not "${other}"`,
      );

    // A noindex page (the 404, widget pages) has no address of its own to announce.
    if (facts.noindex) continue;
    const alternate = (hreflang: string): string | undefined => {
      const href = facts.alternates.find(([l]) => l === hreflang)?.[1];
      return href === undefined ? undefined : new URL(href, 'https://example.invalid').pathname;
    };
    if (alternate(other ?? '') !== the.href)
      say(
        `the hreflang="${other}" alternate is ${alternate(other ?? '') ?? 'missing'}, not the switch's ${the.href}`,
      );
    if (alternate(lang ?? '') !== urlPath)
      say(`the hreflang="${lang}" alternate is ${alternate(lang ?? '') ?? 'missing'}, not this page`);
  }
  return problems;
}
