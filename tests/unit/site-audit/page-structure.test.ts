import { describe, expect, test } from 'vitest';
import { readPageFacts } from '../../../src/lib/site-audit/page-facts.ts';
import { pageStructureProblems } from '../../../src/lib/site-audit/page-structure.ts';

/** A page as the site's layout writes it, with the parts a test wants to break replaceable. */
function page(
  lang: string,
  path: string,
  other: string,
  { h1 = '<h1>Kop</h1>', title = 'Uitslag Assen', robots = '', chartTitle = '' } = {},
): string {
  const otherLang = lang === 'nl' ? 'en' : 'nl';
  return `<!doctype html><html lang="${lang}"><head><title>${title}</title>${robots}
<link rel="alternate" hreflang="${lang}" href="https://opentelling.nl${path}">
<link rel="alternate" hreflang="${otherLang}" href="https://opentelling.nl${other}"></head>
<body><a href="${other}" hreflang="${otherLang}" lang="${otherLang}" data-testid="language-switch">x</a>
<main>${h1}<svg viewBox="0 0 1 1"><title>${chartTitle}</title></svg></main></body></html>`;
}

const pair = (nl: string, en: string) => [
  { urlPath: '/uitslag/', facts: readPageFacts(nl) },
  { urlPath: '/en/results/', facts: readPageFacts(en) },
];

describe('pageStructureProblems', () => {
  test('a correct pair of pages has no problems; a chart title is not the page title', () => {
    const nl = page('nl', '/uitslag/', '/en/results/', { chartTitle: 'x' });
    expect(readPageFacts(nl).title).toBe('Uitslag Assen');
    expect(pageStructureProblems(pair(nl, page('en', '/en/results/', '/uitslag/')))).toEqual([]);
  });

  test('an HTML comment (a template note to its developers) is reported with its line', () => {
    const nl = page('nl', '/uitslag/', '/en/results/', {
      h1: '<h1>Kop</h1>\n<!-- The finding first: a <figcaption> must be first. -->',
    });
    expect(pageStructureProblems(pair(nl, page('en', '/en/results/', '/uitslag/')))).toEqual([
      '/uitslag/: an HTML comment at line 6: write it as {/* */} in the .astro file',
    ]);
  });

  test('two h1s, no h1 and an empty title are each reported', () => {
    const problems = pageStructureProblems(
      pair(
        page('nl', '/uitslag/', '/en/results/', { h1: '<h1>a</h1><h1>b</h1>' }),
        page('en', '/en/results/', '/uitslag/', { h1: '<h2>a</h2>', title: '' }),
      ),
    );
    expect(problems).toEqual([
      '/uitslag/: 2 <h1> elements: a page has exactly one',
      '/en/results/: <title> is "": a page needs a title',
      '/en/results/: 0 <h1> elements: a page has exactly one',
    ]);
  });

  test('a switch to a page that was not built, or to a page in the same language, is reported', () => {
    const missing = pageStructureProblems(
      pair(page('nl', '/uitslag/', '/en/result/'), page('en', '/en/results/', '/uitslag/')),
    );
    expect(missing).toContain(
      '/uitslag/: the language switch goes to /en/result/, which is not a built page',
    );
    const wrongLanguage = pageStructureProblems(
      pair(page('nl', '/uitslag/', '/en/results/'), page('nl', '/en/results/', '/uitslag/')),
    );
    expect(wrongLanguage).toContain(
      '/uitslag/: the language switch goes to /en/results/, whose language is "nl", not "en"',
    );
  });

  test('an alternate that disagrees with the switch is reported, except on a noindex page', () => {
    const nl = page('nl', '/uitslag/', '/en/results/').replace(
      'hreflang="en" href="https://opentelling.nl/en/results/"',
      'hreflang="en" href="https://opentelling.nl/en/"',
    );
    expect(pageStructureProblems(pair(nl, page('en', '/en/results/', '/uitslag/')))).toEqual([
      '/uitslag/: the hreflang="en" alternate is /en/, not the switch\'s /en/results/',
    ]);
    const noindex = nl.replace('<link', '<meta name="robots" content="noindex"><link');
    expect(pageStructureProblems(pair(noindex, page('en', '/en/results/', '/uitslag/')))).toEqual([]);
  });

  test('widget pages need no switch; other pages do', () => {
    const bare =
      '<!doctype html><html lang="nl"><head><title>Widget Assen</title></head><body><h1>A</h1></body></html>';
    expect(pageStructureProblems([{ urlPath: '/embed/x/', facts: readPageFacts(bare) }])).toEqual([]);
    expect(pageStructureProblems([{ urlPath: '/x/', facts: readPageFacts(bare) }])).toEqual([
      '/x/: no language switch (data-testid="language-switch")',
    ]);
  });
});
