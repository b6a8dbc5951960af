import { test as base, type BrowserContextOptions, type Page } from '@playwright/test';
import { baseURL } from '../../playwright.config.ts';
import { watchCsp, type CspWatch } from './csp-watch.ts';

/**
 * One browser tab per worker that goes from address to address, for the tests that visit many pages
 * and check each the same way. A new browser context and tab for every page costs a renderer process
 * start: about 0.8 s of a 1.2 s page visit on this 2-core machine (8 pages, a fresh context per page
 * against one tab navigating: 1,081–1,281 against 391–412 ms per page); a long-lived tab also keeps
 * axe's compiled code. The browser tests of every sampled page went from 674 s to 200 s of test time.
 *
 * A test starts with `tab.begin()`, which forgets what the tab recorded before. A worker that had a
 * failing test is replaced by Playwright, and its tab with it.
 */
export interface SharedTab {
  readonly page: Page;
  /** Requests to other origins (data: URLs aside) since begin(). */
  readonly foreign: string[];
  /** CSP violations of the current document and CSP errors on the console since begin(). */
  readonly violations: CspWatch;
  begin(): void;
}

export function testWithSharedTab(options: BrowserContextOptions = {}) {
  return base.extend<object, { tab: SharedTab }>({
    tab: [
      async ({ browser }, use) => {
        const context = await browser.newContext({ ...options, baseURL });
        const page = await context.newPage();
        const foreign: string[] = [];
        const local = new URL(baseURL).origin;
        page.on('request', (request) => {
          const url = new URL(request.url());
          if (url.protocol !== 'data:' && url.origin !== local) foreign.push(request.url());
        });
        const violations = await watchCsp(page);
        const begin = (): void => {
          foreign.splice(0);
          violations.clear();
        };
        await use({ page, foreign, violations, begin });
        await context.close();
      },
      { scope: 'worker' },
    ],
  });
}
