/**
 * The checks pages and the "check your own notes" island in a real browser: the summary and the
 * documented differences are on the page; the downloads are served; the island works by keyboard alone,
 * sends nothing anywhere, works under the real CSP headers, and without JavaScript leaves a printable form.
 */
import { expect, type Page } from '@playwright/test';
import { test } from '../helpers/shared-tab.ts';
import { axeViolations } from '../helpers/axe.ts';
import path from 'node:path';
import { serveDist, type RunningServer } from '../../src/lib/site-audit/serve-dist.ts';
import { distDir } from '../helpers/dist-pages.ts';

const CHECKS = '/uitslag/tk2023/controle/';
const NOTES = '/uitslag/tk2023/controle/alblasserdam/stembureau-de-damsteen-1/';

/** The published figure in a row of the notes table, as digits. */
async function published(page: Page, row: number): Promise<number> {
  const text = await page.locator('[data-notes-row]').nth(row).locator('td').first().innerText();
  return Number(text.replace(/\D/g, ''));
}

test('the TK2023 checks page says what adds up and shows the documented differences with their source', async ({
  page,
}) => {
  await page.goto(CHECKS);
  await expect(page.locator('h1')).toContainText('Klopt de uitslag?');
  const summary = page.locator('.ot-checks__summary');
  await expect(summary).toContainText('Alle 20 kieskringen tellen op tot het totaal van het land.');
  await expect(summary).toContainText('dezelfde 150 zetels');
  const files = page.locator('#group-files').locator('xpath=..');
  await expect(files).toContainText('Tilburg');
  await expect(files).toContainText('Alblasserdam');
  await expect(files).toContainText('NBSB');
  await expect(files).toContainText('Opmerkingen bestanden.txt');
  expect(await page.content()).not.toMatch(/fraude|fraud/i);
});

test('the findings downloads are served: CSV with a header row, JSON with checks and findings', async ({
  request,
}) => {
  const csv = await request.get(`${CHECKS}bevindingen.csv`);
  expect(csv.status()).toBe(200);
  expect((await csv.text()).replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
    'check,level,unit,unitName,field,list,candidate,expected,found,difference,severity,explanation,explanationSource,sources',
  );
  const json = (await (await request.get('/en/results/tk2023/checks/findings.json')).json()) as {
    checks: { check: string; passed: number; failed: number }[];
    findings: { check: string }[];
  };
  expect(json.checks.find((c) => c.check === 'elected')).toMatchObject({ passed: 150, failed: 0 });
  expect(json.findings.filter((f) => f.check === 'same-unit-across-levels')).toHaveLength(3);
});

test('check your own notes: by keyboard only, a typed difference is shown and nothing is sent', async ({
  page,
}) => {
  await page.goto(NOTES, { waitUntil: 'networkidle' });
  const requests: string[] = [];
  // The browser's own favicon request is not the page's doing; anything else would be.
  page.on('request', (r) => {
    if (!r.url().endsWith('/favicon.svg')) requests.push(r.url());
  });
  const first = await published(page, 0);
  const second = await published(page, 1);
  // Reach the first box with the keyboard from the h1, then type and Tab from box to box.
  await page.locator('h1').click();
  const firstInput = page.locator('[data-notes-input]').first();
  for (let i = 0; i < 60 && !(await firstInput.evaluate((e) => e === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(firstInput).toBeFocused();
  await page.keyboard.type(String(first));
  await page.keyboard.press('Tab');
  await page.keyboard.type(String(second + 1));
  await page.keyboard.press('Enter'); // submits the form: "Vergelijk"
  await expect(page.locator('[data-notes-status]')).toHaveText('1 cijfer wijkt af van het bestand.');
  await expect(page.locator('[data-notes-result]').nth(0)).toContainText('gelijk');
  await expect(page.locator('[data-notes-result]').nth(1)).toContainText('+1 verschil');
  // The reset button clears everything; reachable by Tab after the compare button.
  await page.getByRole('button', { name: 'Vergelijk' }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-notes-status]')).toHaveText('');
  expect(requests, 'requests after the page loaded').toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the notes page is a printable form with the published figures', async ({ page }) => {
    await page.goto(NOTES);
    await expect(page.locator('[data-notes-needs-js]')).toBeVisible();
    await expect(page.locator('[data-notes-buttons]')).toBeHidden();
    expect(await published(page, 0)).toBeGreaterThan(0);
    await expect(page.locator('[data-notes-input]').first()).toBeVisible();
  });
});

test.describe('under the real CSP headers', () => {
  let server: RunningServer;
  test.beforeAll(async () => {
    server = await serveDist(path.resolve(distDir));
  });
  test.afterAll(async () => {
    await server.close();
  });
  test('the notes island runs without a CSP violation', async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (m) => {
      if (/Content.Security.Policy|Refused to/i.test(m.text())) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${server.url}${NOTES}`);
    const first = await published(page, 0);
    await page.locator('[data-notes-input]').first().fill(String(first));
    await page.getByRole('button', { name: 'Vergelijk' }).click();
    await expect(page.locator('[data-notes-status]')).toHaveText('Uw 1 cijfer is gelijk aan het bestand.');
    expect(problems).toEqual([]);
  });
});
