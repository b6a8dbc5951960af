import {
  test as base,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from '@playwright/test';
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

interface SharedTabs {
  /** This worker's tab for the given context options, made on first use. */
  get(options: BrowserContextOptions): Promise<SharedTab>;
}

async function openTab(
  browser: Browser,
  options: BrowserContextOptions,
): Promise<{ tab: SharedTab; context: BrowserContext }> {
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
  return { tab: { page, foreign, violations, begin }, context };
}

/**
 * The `test` of every browser test file. Playwright starts new workers (a Node process and a
 * browser, 3–4 s each here) whenever a test needs other worker-scoped fixtures than the worker it
 * could go to: with a worker fixture per test file, six of the eight workers of a run were such
 * restarts. All files share this one `test`, whose worker fixture (the tabs) is made only when a test
 * asks for a tab.
 */
export const test = base.extend<object, { tabs: SharedTabs }>({
  tabs: [
    async ({ browser }, use) => {
      const opened = new Map<string, Promise<{ tab: SharedTab; context: BrowserContext }>>();
      await use({
        async get(options) {
          const key = JSON.stringify(options);
          let made = opened.get(key);
          if (made === undefined) {
            made = openTab(browser, options);
            opened.set(key, made);
          }
          return (await made).tab;
        },
      });
      for (const made of opened.values()) await (await made).context.close();
    },
    { scope: 'worker' },
  ],
});

/** `test` with a `tab`: this worker's tab for the given context options. */
export function testWithSharedTab(options: BrowserContextOptions = {}) {
  return test.extend<{ tab: SharedTab }>({
    tab: async ({ tabs }, use) => {
      await use(await tabs.get(options));
    },
  });
}
