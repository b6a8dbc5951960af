/**
 * The observer finder in a real browser (issue 12): search by municipality, alias, town and postcode,
 * "use my location", keyboard only, axe with results shown, the municipality pages without
 * JavaScript, and a calendar file from a result link that parses back with ical.js at 21:00 local.
 */
import { expect as baseExpect } from '@playwright/test';
import { test } from '../helpers/shared-tab.ts';
import { axeViolations } from '../helpers/axe.ts';
import ICAL from 'ical.js';

// The results come from fetched JSON on a shared, busy machine: give them time to appear.
const expect = baseExpect.configure({ timeout: 30_000 });

test('a shared address opens with that election and search: ?verkiezing=tk2023&q=Gieten', async ({
  page,
}) => {
  await page.goto('/waarnemen/tellingen/?verkiezing=tk2023&q=Gieten');
  await expect(page.locator('#finder-election')).toHaveValue('tk2023');
  await expect(page.locator('#finder-q')).toHaveValue('Gieten');
  const results = page.locator('#finder-results > li');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('#finder-results')).toContainText('Gemeentehuis Gieten');
  await expect(page.locator('#finder-status')).toContainText('Gieten');
  const results3 = await results.locator('h3').allTextContents();
  expect(results3.slice(0, 3)).toContain('Gemeentehuis Gieten');
});

test('keyboard only: choose TK2023, search the alias "Den Haag", filter, reach the results', async ({
  page,
}) => {
  await page.goto('/waarnemen/tellingen/');
  const select = page.locator('#finder-election');
  for (let i = 0; i < 40 && !(await select.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(select).toBeFocused();
  // Options are newest first (GR2026, TK2025, TK2023).
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue('tk2023');
  await page.keyboard.press('Tab');
  await expect(page.locator('#finder-q')).toBeFocused();
  await page.keyboard.type('Den Haag');
  await page.keyboard.press('Enter');
  await expect(page.locator('#finder-status')).toContainText("'s-Gravenhage");
  await expect(page.locator('#finder-results')).toContainText('Centraal stembureau');
  expect(new URL(page.url()).searchParams.get('verkiezing')).toBe('tk2023');
  expect(new URL(page.url()).searchParams.get('q')).toBe('Den Haag');
  // The kind filter, by keyboard, narrows to the two sessions of the central electoral committee.
  const kind = page.locator('#finder-kind');
  for (let i = 0; i < 20 && !(await kind.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(kind).toBeFocused();
  await kind.selectOption('central-committee');
  await expect(page.locator('#finder-results > li')).toHaveCount(2);
  // The results' links come next in the tab order.
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.closest('#finder-results') !== null)) break;
  }
  expect(await page.evaluate(() => document.activeElement?.closest('#finder-results') !== null)).toBe(true);
});

test('postcode 9461 finds Gieten nearest; an unknown postcode is said plainly', async ({ page }) => {
  await page.goto('/waarnemen/tellingen/?verkiezing=tk2023&q=9461');
  await expect(page.locator('#finder-results > li').first()).toContainText('Gieten');
  await page.locator('#finder-q').fill('1000');
  await page.locator('#finder-q').press('Enter');
  await expect(page.locator('#finder-status')).toContainText('1000');
  await expect(page.locator('#finder-results > li')).toHaveCount(0);
});

test('GR2026: Rotterdam and an English search', async ({ page }) => {
  await page.goto('/en/observing/counts/?verkiezing=gr2026&q=Rotterdam');
  await expect(page.locator('#finder-status')).toContainText('Rotterdam');
  await expect(page.locator('#finder-results > li')).toHaveCount(50);
});

test.describe('use my location', () => {
  test.use({ geolocation: { latitude: 53.0048, longitude: 6.7603 }, permissions: ['geolocation'] });
  test('the nearest count to a position by Gieten town hall is the town hall', async ({ page }) => {
    await page.goto('/waarnemen/tellingen/tk2023/');
    await page.getByRole('button', { name: 'Gebruik mijn locatie' }).click();
    await expect(page.locator('#finder-results > li').first()).toContainText('Gemeentehuis Gieten');
  });
});

test('axe: no violations with results on the page', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/waarnemen/tellingen/?verkiezing=tk2023&q=Gieten');
  await expect(page.locator('#finder-results > li').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('a calendar file from a result parses back at 21:00 Europe/Amsterdam', async ({ page, request }) => {
  await page.goto('/waarnemen/tellingen/?verkiezing=tk2023&q=Gieten');
  const link = page
    .locator('#finder-results li', { hasText: 'Gemeentehuis Gieten' })
    .getByRole('link', { name: /agenda/ })
    .first();
  const href = await link.getAttribute('href');
  const response = await request.get(href ?? '');
  expect(response.status()).toBe(200);
  const cal = new ICAL.Component(ICAL.parse(await response.text()));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  const ev = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
  expect(ev.startDate.zone.tzid).toBe('Europe/Amsterdam');
  expect([ev.startDate.hour, ev.startDate.minute]).toEqual([21, 0]);
  expect(ev.startDate.toJSDate().toISOString()).toBe('2023-11-22T20:00:00.000Z');
  expect(ev.location).toContain('Spiekersteeg 1');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the finder shows the index of municipalities; the municipality page lists every session with a map', async ({
    page,
  }) => {
    await page.goto('/waarnemen/tellingen/tk2023/');
    await expect(page.locator('#finder')).toBeHidden();
    await expect(page.locator('#finder-needs-js')).toBeVisible();
    await page.getByRole('link', { name: 'Aa en Hunze' }).click();
    await expect(page).toHaveURL(/\/waarnemen\/tellingen\/tk2023\/aa-en-hunze\/$/);
    await expect(page.locator('h1')).toContainText('Aa en Hunze');
    await expect(page.locator('.ot-session')).toHaveCount(23);
    await expect(page.locator('.ot-sessions')).toContainText('Gemeentehuis Gieten');
    await expect(page.locator('svg.ot-session-map__svg circle')).toHaveCount(23);
    const ics = await page.getByRole('link', { name: /in uw agenda/ }).getAttribute('href');
    expect(ics).toBe('/data/sessions/tk2023/aa-en-hunze.ics');
  });
});

test('the site search finds the municipality page for "stembureau Gieten"', async ({ page }) => {
  await page.goto('/zoeken/?q=stembureau%20Gieten');
  const result = page.locator('.pagefind-ui__result-link').first();
  await expect(result).toBeVisible({ timeout: 45_000 });
  // The polling stations of Aa en Hunze have results pages too; load every result, not only the first five.
  const more = page.locator('.pagefind-ui__button');
  for (let i = 0; i < 30 && (await more.isVisible()); i++) await more.click();
  const hrefs = await page
    .locator('.pagefind-ui__result-link')
    .evaluateAll((links) => links.map((l) => l.getAttribute('href')));
  expect(hrefs.some((h) => /\/waarnemen\/tellingen\/[^/]+\/aa-en-hunze\//.test(h ?? ''))).toBe(true);
});
