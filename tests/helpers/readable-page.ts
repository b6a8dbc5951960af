import { expect, type Page } from '@playwright/test';

/**
 * What every page shows a reader: its heading, its text, and (except the widgets for other sites,
 * /embed/, which have no site chrome by design, issue 14) the site navigation and footer.
 */
export async function expectReadablePage(page: Page, urlPath: string): Promise<void> {
  await expect(page.locator('h1')).toBeVisible();
  if (!urlPath.startsWith('/embed/')) {
    await expect(page.locator('header nav a').first()).toBeVisible();
    await expect(page.locator('footer')).toBeVisible();
  }
  const mainText = (await page.locator('main').innerText()).trim();
  expect(mainText.length, 'main content').toBeGreaterThan(40);
}
