/**
 * Search relevance with real queries (issue 16): what a voter, an observer or a journalist types must
 * bring the right page into the first three results, and no result may show a hash or lose its name.
 * Runs the real Pagefind index of the built site in the browser, through the search page.
 */
import { expect, type Page } from '@playwright/test';
import { testWithSharedTab } from '../helpers/shared-tab.ts';

// Every search goes through this worker's one tab (tests/helpers/shared-tab.ts): a fresh browser
// context per search also started a renderer and fetched and compiled Pagefind's code anew.
const test = testWithSharedTab();

// A common word matches thousands of pages and Pagefind loads a fragment per shown result: on a
// shared 2-core machine that can take half a minute, so these tests get more than the default minute.
test.describe.configure({ timeout: 180_000 });

interface Hit {
  href: string;
  title: string;
  excerpt: string;
  subTitles: string[];
}

async function search(page: Page, path: string, query: string): Promise<Hit[]> {
  // The tab may come from another test file at another width.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${path}?q=${encodeURIComponent(query)}`);
  const first = page.locator('.pagefind-ui__result').first();
  await expect(first, `"${query}" finds something`).toBeVisible({ timeout: 45_000 });
  // Pagefind UI first shows an empty placeholder per result and fills it in when that result's
  // fragment has loaded: read the results only when every shown one has its link (on a busy CI
  // machine the placeholders were read, and the first three results were three empty strings).
  await expect(
    page.locator('.pagefind-ui__result:not(:has(.pagefind-ui__result-link))'),
    `"${query}": every shown result has loaded`,
  ).toHaveCount(0, { timeout: 45_000 });
  return page.locator('.pagefind-ui__result').evaluateAll((results) =>
    results.map((r) => {
      const link = r.querySelector('.pagefind-ui__result-link');
      const nested = [...r.querySelectorAll('.pagefind-ui__result-nested .pagefind-ui__result-link')];
      return {
        href: link?.getAttribute('href') ?? '',
        title: link?.textContent?.trim() ?? '',
        excerpt: r.querySelector('.pagefind-ui__result-excerpt')?.textContent?.trim() ?? '',
        subTitles: nested.map((n) => n.textContent?.trim() ?? ''),
      };
    }),
  );
}

function topThree(hits: Hit[]): string {
  return hits
    .slice(0, 3)
    .map((h) => `${h.href} "${h.title}"`)
    .join('\n');
}

// Each case: the search page, the query as a person types it, and what one of the first three
// results must be (a path pattern).
const cases: {
  locale: string;
  path: string;
  query: string;
  expect: RegExp;
  why: string;
  fixme?: boolean;
}[] = [
  {
    locale: 'nl',
    path: '/zoeken/',
    query: 'Alblasserdam',
    expect: /^\/(uitslag\/[a-z0-9]+\/gemeenten|waarnemen\/tellingen\/[a-z0-9]+)\/alblasserdam\/$/,
    why: 'a municipality name finds a page about that municipality (its results or its counts)',
  },
  {
    locale: 'nl',
    path: '/zoeken/',
    query: 'Zundert',
    expect: /^\/(uitslag\/[a-z0-9]+\/gemeenten|waarnemen\/tellingen\/[a-z0-9]+)\/zundert\/$/,
    why: 'any municipality, not only the ones with polling-station pages',
  },
  {
    locale: 'nl',
    path: '/zoeken/',
    query: 'stembureau Gieten',
    expect: /\/aa-en-hunze\/[a-z0-9-]*gieten[a-z0-9-]*\/$/,
    why: 'a polling place by the word people use for it and its village',
  },
  {
    locale: 'nl',
    path: '/zoeken/',
    query: 'kiesdeler',
    expect: /^\/(begrippen|uitslag\/zetelverdeling)\/$/,
    why: 'a term finds the page that explains it',
  },
  {
    locale: 'nl',
    path: '/zoeken/',
    query: 'voorkeurdrempel',
    expect: /^\/(begrippen|uitslag\/voorkeurstemmen)\/$/,
    why: 'a term finds the page that explains it',
  },
  {
    locale: 'nl',
    path: '/zoeken/',
    query: 'voorkeursdrempel',
    expect: /^\/(begrippen|uitslag\/voorkeurstemmen)\/$/,
    why: 'the spelling with an s finds the explanation too',
  },
  {
    locale: 'nl',
    path: '/zoeken/',
    query: 'fraude',
    expect: /^\/tellen\/fabels-en-feiten\/$/,
    why: 'the doubt a person has finds the page that answers it',
  },
  {
    locale: 'nl',
    path: '/zoeken/',
    query: 'wie telt de stemmen',
    expect: /^\/(tellen\/([a-z-]+\/)?|verkiezingen\/[a-z-]+\/)$/,
    why: 'a question in plain words finds a page that answers it',
  },
  {
    locale: 'nl',
    path: '/zoeken/',
    query: 'hoe worden de zetels verdeeld',
    expect: /^\/uitslag\/zetelverdeling\/$/,
    why: 'a question in plain words finds the seat-allocation explainer',
  },
  {
    locale: 'en',
    path: '/en/search/',
    query: 'Alblasserdam',
    expect: /^\/en\/(results\/[a-z0-9]+\/municipalities|observing\/counts\/[a-z0-9]+)\/alblasserdam\/$/,
    why: 'the English index finds an English page about the municipality',
  },
  {
    locale: 'en',
    path: '/en/search/',
    query: 'electoral quota',
    expect: /^\/en\/(glossary|results\/seat-allocation)\/$/,
    why: 'an English term finds the page that explains it',
  },
];

for (const c of cases) {
  (c.fixme ? test.fixme : test)(`search (${c.locale}) "${c.query}": ${c.why}`, async ({ tab: { page } }) => {
    const hits = await search(page, c.path, c.query);
    const top = hits.slice(0, 3).map((h) => h.href);
    expect(
      top.some((href) => c.expect.test(href)),
      `first three results for "${c.query}":\n${topThree(hits)}`,
    ).toBe(true);
  });
}

test('no search result shows a hash, loses its name or lands on the other language', async ({
  tab: { page },
}) => {
  const queries: [string, string][] = [
    ['/zoeken/', 'Alblasserdam'],
    ['/zoeken/', 'Rotterdam'],
    ['/zoeken/', 'SHA-256'],
    ['/zoeken/', 'PVV'],
    ['/en/search/', 'Rotterdam'],
  ];
  for (const [path, q] of queries) {
    const hits = await search(page, path, q);
    for (const h of hits) {
      const shown = [h.title, h.excerpt, ...h.subTitles].join(' | ');
      // A SHA-256 (64 hex digits) or any long run of hex is not something a reader can use.
      expect(shown, `"${q}" → ${h.href}`).not.toMatch(/[0-9a-f]{16,}/i);
      // A title or sub-result title of a bare list number ("19.") says nothing.
      for (const title of [h.title, ...h.subTitles])
        expect(title, `"${q}" → ${h.href}`).not.toMatch(/^\s*\d+\.?\s*$/);
      expect(h.href.startsWith('/en/'), `"${q}" on ${path} → ${h.href}`).toBe(path.startsWith('/en/'));
    }
  }
});

test('the search interface speaks the page language at body text size', async ({ tab: { page } }) => {
  await search(page, '/zoeken/', 'stembureau');
  const clear = page.locator('.pagefind-ui__search-clear');
  await expect(clear).toHaveText(/wis|leeg/i);
  // The filter panel shows the filter names as the pages write them: in Dutch on the Dutch index.
  await expect(page.locator('.pagefind-ui__filter-name').first()).toBeAttached({ timeout: 45_000 });
  const filterNames = (await page.locator('.pagefind-ui__filter-name').allTextContents()).map((n) =>
    n.trim(),
  );
  expect(filterNames).toEqual(expect.arrayContaining(['Verkiezing', 'Soort']));
  expect(filterNames).not.toContain('Election');
  const size = await page
    .locator('.pagefind-ui__result-excerpt')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const body = await page
    .locator('main p')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(Math.min(16, body));
});
