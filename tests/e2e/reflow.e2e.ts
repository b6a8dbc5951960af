import { test, expect } from '@playwright/test';
import { builtPages, pagesPerTemplate } from '../helpers/dist-pages.ts';

// WCAG 2.2 SC 1.4.10 Reflow: at 320 CSS px wide (= 1280 px at 400 % zoom) no page scrolls sideways.
// Wide tables may scroll inside their own box (.ot-table-scroll); the page itself must not.
test.use({ viewport: { width: 320, height: 640 } });

for (const urlPath of pagesPerTemplate(builtPages(), 2)) {
  test(`${urlPath} reflows at 320 px without horizontal scrolling`, async ({ page }) => {
    await page.goto(urlPath);
    const overflow = await page.evaluate(() => {
      const root = document.documentElement;
      const wide = [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => !el.closest('.ot-table-scroll, .ot-visually-hidden, svg'))
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
    });
    expect(overflow.scrollWidth, `wider than the viewport: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(
      overflow.clientWidth,
    );
  });
}
