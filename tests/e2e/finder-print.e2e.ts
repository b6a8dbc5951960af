/**
 * The observer's checklist on paper (issue 12): print media shows one box per item and no list
 * bullet beside it, no web address printed after a link, lines to write figures on; a municipality
 * page printed with a session's anchor prints that session alone, with the checklist.
 */
import { expect } from '@playwright/test';
import { test } from '../helpers/shared-tab.ts';

test('the checklist on /waarnemen/ prints one box per item, no bullets, no URLs', async ({ page }) => {
  await page.goto('/waarnemen/');
  await page.emulateMedia({ media: 'print' });
  const items = page.locator('.ot-checklist li');
  expect(await items.count()).toBeGreaterThan(5);
  const styles = await items.evaluateAll((lis) =>
    lis.map((li) => ({
      listStyle: getComputedStyle(li).listStyleType,
      marker: getComputedStyle(li, '::marker').content,
      box: getComputedStyle(li, '::before').borderTopStyle,
      figure: li.classList.contains('ot-checklist__figure')
        ? getComputedStyle(li, '::after').borderBottomStyle
        : 'n/a',
    })),
  );
  for (const s of styles) {
    expect(s.listStyle).toBe('none');
    expect(s.box).toBe('solid');
    expect(['none', 'normal', '""']).toContain(s.marker === 'none' ? 'none' : s.marker);
  }
  expect(styles.filter((s) => s.figure === 'solid').length).toBe(3);
  const afterLinks = await page
    .locator('main a[href^="http"]')
    .evaluateAll((as) => as.map((a) => getComputedStyle(a, '::after').content));
  expect(afterLinks.every((c) => c === 'none' || c === 'normal')).toBe(true);
});

test('a municipality page printed with a session anchor prints that session and the checklist', async ({
  page,
}) => {
  await page.goto('/waarnemen/tellingen/tk2023/aa-en-hunze/#s-tk2023-1680-26965');
  await page.emulateMedia({ media: 'print' });
  const visible = await page
    .locator('.ot-session')
    .evaluateAll((lis) => lis.filter((li) => getComputedStyle(li).display !== 'none').length);
  expect(visible).toBe(1);
  await expect(page.locator('.ot-checklist.ot-print-only')).toBeVisible();
  await expect(page.locator('.ot-session-map')).toBeHidden();
});
