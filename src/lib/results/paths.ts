/**
 * URLs of the results pages: /uitslag/<election>/ (nl) and /en/results/<election>/ (en), under the
 * Uitslag section's own slug so the breadcrumb and the URL tell the same story.
 */
import type { Locale } from '../i18n/locales.ts';
import { pathFor } from '../i18n/routes.ts';

export function resultsPath(locale: Locale, slug: string): string {
  return `${pathFor('results', locale)}${slug}/`;
}
