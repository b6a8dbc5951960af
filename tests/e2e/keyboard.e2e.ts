import { expect, type Page } from '@playwright/test';
import { test } from '../helpers/shared-tab.ts';

async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase(),
      text: el?.innerText.trim(),
      id: el?.id,
      href: el?.getAttribute('href'),
    };
  });
}

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const first = await focused(page);
  expect(first.text).toBe('Naar de inhoud');
  await expect(page.locator('.utrecht-skip-link')).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  expect((await focused(page)).id).toBe('main');
});

test('the header can be walked with Tab in reading order (nl and en)', async ({ page }) => {
  const expected = {
    '/': [
      'Naar de inhoud',
      'Open Telling',
      'Read this page in English',
      'Stemmen',
      'Tellen',
      'Uitslag',
      'Waarnemen',
      'Zoeken',
    ],
    '/en/': [
      'Skip to content',
      'Open Telling',
      'Lees deze pagina in het Nederlands',
      'Voting',
      'Counting',
      'Results',
      'Observing',
      'Search',
    ],
  };
  for (const [url, stops] of Object.entries(expected)) {
    await page.goto(url);
    const seen: string[] = [];
    for (let i = 0; i < stops.length; i++) {
      await page.keyboard.press('Tab');
      const { text } = await focused(page);
      seen.push((text ?? '').split('\n')[0] ?? '');
      // SC 2.4.7: the focused element shows a visible outline or background change.
      const visible = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      });
      expect(visible, `focus visible on "${seen.at(-1)}"`).toBe(true);
    }
    expect(seen).toEqual(stops);
  }
});

test('search works from the keyboard and finds pages in the page language only', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/zoeken/');
  // Walk to the search box with Tab: it comes after the header.
  let reached = false;
  for (let i = 0; i < 20 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = (await focused(page)).tag === 'input';
  }
  expect(reached, 'search box reachable by Tab').toBe(true);
  await page.keyboard.type('stembureau');
  const results = page.locator('.pagefind-ui__result-link');
  await expect(results.first()).toBeVisible({ timeout: 45_000 });
  const hrefs = await results.evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href.startsWith('/en/'), `${href} is a Dutch page`).toBe(false);
  // The first result can be reached with Tab and opened with Enter.
  let onResult = false;
  for (let i = 0; i < 10 && !onResult; i++) {
    await page.keyboard.press('Tab');
    onResult = (await focused(page)).href === hrefs[0];
  }
  expect(onResult, 'first result reachable by Tab').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${hrefs[0]}$`));
});

test('English search uses the English index', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/en/search/?q=polling%20station');
  const results = page.locator('.pagefind-ui__result-link');
  await expect(results.first()).toBeVisible({ timeout: 45_000 });
  const hrefs = await results.evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
  for (const href of hrefs) expect(href.startsWith('/en/'), `${href} is an English page`).toBe(true);
});

test('navigation and footer text are not indexed, page content is', async ({ page }) => {
  // "onafhankelijke uitleg" appears only in the footer of every page.
  await page.goto('/zoeken/?q=onafhankelijke%20uitleg%20verkiezingsuitslag');
  await expect(page.locator('.pagefind-ui__message')).toContainText(/(niets gevonden|geen|0)/i, {
    timeout: 45_000,
  });
});
