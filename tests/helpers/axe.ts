import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 AA: axe's tags for every success criterion up to and including level AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * axe's WCAG 2.2 AA violations on the page as it is now (optionally only inside `include`), one line
 * each: rule, impact, help and the elements. (resultTypes: ['violations'] saved about a tenth on the
 * largest page but gave false heading-order and landmark-unique violations on a page with iframes: the
 * rules that look at the whole page then miss the nodes that passed.)
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  // On a page without frames, axe's one-call ("legacy") run checks exactly what the default run does
  // (whose partial runs per frame exist for iframes) in about two thirds of the time: 2.0 vs 3.0 s on
  // /tellen/, 5.4 vs 8.6 s on the GR2022 municipalities page. A page with an iframe (the widget
  // configurator, host pages with widgets) gets the default run.
  const frameless = (await page.locator('iframe').count()) === 0;
  let builder = new AxeBuilder({ page }).withTags(wcagTags).setLegacyMode(frameless);
  if (include !== undefined) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
