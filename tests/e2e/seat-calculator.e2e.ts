/**
 * The seat page (/uitslag/zetelverdeling/, /en/results/seat-allocation/): the "reken zelf" calculator driven by
 * keyboard only, checked against the engine run here in Node on the same input; the drawing-of-
 * lots message; errors next to their field; the page without JavaScript; and the CSP rule that
 * no built page carries inline script content.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { test } from '../helpers/shared-tab.ts';
import { builtPages, distDir, pagesPerTemplate } from '../helpers/dist-pages.ts';
import { allocateSeats } from '../../src/lib/apportionment/index.ts';
import { exampleSeatInput } from '../../src/lib/results/example-input.ts';

const NL = '/uitslag/zetelverdeling/';

/** Press Tab until the focused element matches `selector` (keyboard only, like a person). */
async function tabTo(page: Page, selector: string, max = 250): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} not reached with ${max} presses of Tab`);
}

async function typeInto(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

async function displayedSeats(page: Page): Promise<Array<[number, number, number, number]>> {
  return page.locator('[data-calc-table] tbody tr').evaluateAll((rows) =>
    rows.map((r) => {
      const cell = (c: string) => Number(r.querySelector(`[data-col="${c}"]`)?.textContent);
      return [Number(r.getAttribute('data-list')), cell('full'), cell('residual'), cell('seats')] as [
        number,
        number,
        number,
        number,
      ];
    }),
  );
}

// Every page is checked for inline script by the dist gate (tests/dist/budgets.test.ts, parse5 over all
// pages); here a few pages per template suffice, so this stays cheap at 30,000 pages.
test('no built page has inline script content (CSP); the calculator is an external module', () => {
  for (const urlPath of pagesPerTemplate(builtPages(), 3)) {
    const file = urlPath.endsWith('/')
      ? path.join(distDir, urlPath, 'index.html')
      : path.join(distDir, urlPath);
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      expect(m[2]?.trim(), `${urlPath}: inline script <script${m[1]}>`).toBe('');
      expect(m[1], `${urlPath}: script without src`).toMatch(/\bsrc=/);
    }
  }
  const seatPage = readFileSync(path.join(distDir, 'uitslag', 'zetelverdeling', 'index.html'), 'utf8');
  expect(seatPage).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
});

test('TK2023 by keyboard: the seats shown equal allocateSeats in Node', async ({ page }) => {
  await page.goto(NL);
  await expect(page.locator('[data-calc-needs-js]')).toBeHidden();
  // The calculator starts empty, with two blank lists; the example fills in all 26.
  await expect(page.locator('[data-calc-row]')).toHaveCount(2);
  await tabTo(page, '[data-calc-example="tk2023"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-calc-row]')).toHaveCount(26);
  await expect(page.locator('[data-calc-seats]')).toHaveValue('150');
  await tabTo(page, '[data-calc-submit]');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-calc-table]')).toBeVisible();

  const expected = allocateSeats(await exampleSeatInput('TK2023'));
  expect(expected.drawingOfLots).toBeNull();
  expect(await displayedSeats(page)).toEqual(
    expected.lists.map((l) => [l.number, l.fullSeats, l.residualSeats, l.seats]),
  );
  // Kiesdeler as an exact fraction (README: 10,432,726 / 150 = 69,551 76/150).
  await expect(page.locator('[data-calc-quota]')).toContainText('69.551 76/150');
  // Announced politely; focus stays on the button the person pressed.
  await expect(page.locator('[data-calc-status]')).toHaveAttribute('aria-live', 'polite');
  await expect(page.locator('[data-calc-status]')).toContainText('150 zetels');
  expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-calc-submit'))).toBe(true);
});

test('a tie: fill, add and remove rows by keyboard; the page says a lot must decide and between whom', async ({
  page,
}) => {
  await page.goto(NL);
  await tabTo(page, '[data-calc-seats]');
  await typeInto(page, '1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Gemeenteraad'); // type-ahead on the focused <select>
  await expect(page.locator('[data-calc-category]')).toHaveValue('GR');
  await page.keyboard.press('Tab');
  await typeInto(page, 'Aap');
  await page.keyboard.press('Tab');
  await typeInto(page, '100');
  await page.keyboard.press('Tab'); // remove list 1
  await page.keyboard.press('Tab');
  await typeInto(page, 'Noot');
  await page.keyboard.press('Tab');
  await typeInto(page, '100');
  await page.keyboard.press('Tab'); // remove list 2
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Lijst toevoegen');
  await page.keyboard.press('Enter'); // add a list: focus goes to its name field
  await page.keyboard.type('Mies');
  await page.keyboard.press('Tab');
  await page.keyboard.type('0');
  await page.keyboard.press('Tab'); // remove list 3
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // a fourth list …
  await page.keyboard.type('Weg');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Verwijder lijst 4');
  await page.keyboard.press('Enter'); // … removed again: focus moves to the button before it
  await expect(page.locator('[data-calc-row]')).toHaveCount(3);
  await expect(page.locator(':focus')).toHaveText('Verwijder lijst 3');
  await tabTo(page, '[data-calc-submit]');
  await page.keyboard.press('Enter');

  const expected = allocateSeats({
    category: 'GR',
    seats: 1,
    lists: [
      { number: 1, name: 'Aap', votes: 100 },
      { number: 2, name: 'Noot', votes: 100 },
      { number: 3, name: 'Mies', votes: 0 },
    ],
  });
  expect(expected.drawingOfLots?.options).toEqual([1, 2]);
  const lots = page.locator('[data-calc-lots]');
  await expect(lots).toBeVisible();
  await expect(lots).toContainText('geloot');
  await expect(lots).toContainText('Aap en Noot');
  await expect(lots).toContainText('er is nog 1 zetel');
  await expect(page.locator('[data-calc-status]')).toContainText('Aap en Noot');
  expect(await displayedSeats(page)).toEqual(
    expected.lists.map((l) => [l.number, l.fullSeats, l.residualSeats, l.seats]),
  );
});

test('the examples: a 9-seat council and a council with a tie, as worked out by hand', async ({ page }) => {
  await page.goto(NL);
  await page.locator('[data-calc-example="council9"]').click();
  await page.locator('[data-calc-submit]').click();
  // 6,000 votes, 9 seats: 3 + 2 + 1 full seats, residual seats by largest remainder to lists 4, 1, 2
  // (tests/unit/seats/examples.test.ts works it out).
  expect(await displayedSeats(page)).toEqual([
    [1, 3, 1, 4],
    [2, 2, 1, 3],
    [3, 1, 0, 1],
    [4, 0, 1, 1],
    [5, 0, 0, 0],
  ]);
  await expect(page.locator('[data-calc-quota]')).toContainText('666 6/9');
  await page.locator('[data-calc-example="councilTie"]').click();
  await expect(page.locator('[data-calc-result]')).toBeHidden();
  await page.locator('[data-calc-submit]').click();
  await expect(page.locator('[data-calc-lots]')).toContainText('Samen Verder en Groen Dorp');
  await page.locator('[data-calc-clear]').click();
  await expect(page.locator('[data-calc-row]')).toHaveCount(2);
  await expect(page.locator('[data-calc-seats]')).toHaveValue('');
});

test('a wrong number is reported next to its field and gets focus', async ({ page }) => {
  await page.goto(NL);
  await tabTo(page, '[data-calc-seats]');
  await typeInto(page, '150');
  await tabTo(page, '[data-calc-votes]');
  await typeInto(page, '12,5');
  await tabTo(page, '[data-calc-submit]');
  await page.keyboard.press('Enter');
  const votes = page.locator('[data-calc-votes]').first();
  await expect(votes).toBeFocused();
  await expect(votes).toHaveAttribute('aria-invalid', 'true');
  const errorId = await votes.getAttribute('aria-describedby');
  await expect(page.locator(`#${errorId}`)).toBeVisible();
  await expect(page.locator(`#${errorId}`)).toContainText('heel aantal stemmen');
  await expect(page.locator('[data-calc-result]')).toBeHidden();
  // Two fields are wrong (the second list has no votes yet): the summary says so, in the plural.
  await expect(page.locator('[data-calc-status]')).toContainText('2 velden kloppen niet');
  // Corrected, the errors go away.
  await typeInto(page, '1.589.519');
  await page.keyboard.press('Tab'); // remove list 1
  await page.keyboard.press('Tab'); // name 2
  await page.keyboard.press('Tab'); // votes 2
  await typeInto(page, '328225');
  await tabTo(page, '[data-calc-submit]');
  await page.keyboard.press('Enter');
  await expect(votes).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('[data-calc-table]')).toBeVisible();
});

test('one wrong field is one, not "1 velden"', async ({ page }) => {
  await page.goto(NL);
  await page.locator('[data-calc-example="council9"]').click();
  await page.locator('[data-calc-seats]').fill('nul');
  await page.locator('[data-calc-submit]').click();
  await expect(page.locator('[data-calc-status]')).toHaveText(
    'Nog niet berekend: 1 veld klopt niet. Verbeter het en probeer het opnieuw.',
  );
});

test('English page: finding and calculator in English', async ({ page }) => {
  await page.goto('/en/results/seat-allocation/');
  await expect(page.locator('figcaption')).toHaveText(
    'The last residual seat went to SP (Socialistische Partij); D66 was 159 votes short.',
  );
  await tabTo(page, '[data-calc-example="tk2023"]');
  await page.keyboard.press('Enter');
  await tabTo(page, '[data-calc-submit]');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-calc-quota]')).toContainText('69,551 76/150');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('chart, finding and tables are there; the calculator says it needs JavaScript', async ({ page }) => {
    await page.goto(NL);
    const svg = page.locator('figure svg[role="img"]');
    await expect(svg).toBeVisible();
    const labelledBy = (await svg.getAttribute('aria-labelledby'))?.split(' ') ?? [];
    expect(labelledBy).toHaveLength(2);
    await expect(page.locator(`[id="${labelledBy[0]}"]`)).toHaveText('Zo zijn de 150 zetels verdeeld');
    await expect(page.locator('figcaption')).toHaveText(
      'De laatste restzetel ging naar SP (Socialistische Partij); D66 kwam 159 stemmen tekort.',
    );
    // Table (a): every list; table (b): the 10 residual seats in order.
    await expect(page.locator('.ot-seat-trace table').first().locator('tbody tr')).toHaveCount(26);
    await expect(page.locator('.ot-seat-trace table').nth(1).locator('tbody tr')).toHaveCount(10);
    await expect(page.locator('.ot-seat-trace__steps li').first()).toContainText('69.551 76/150');
    await expect(page.getByText('De rekenhulp werkt alleen met JavaScript')).toBeVisible();
    await expect(page.locator('[data-calc-form]')).toBeHidden();
  });
});
