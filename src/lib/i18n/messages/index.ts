/**
 * The one dictionary of the site: every namespace's Dutch and English messages merged. A namespace is a
 * file in this folder exporting `nl` (the reference) and `en: MessagesOf<typeof nl>`; keys start with
 * the namespace's own prefix (e.g. `results.`), and a unit test fails when two namespaces define the
 * same key. To add a namespace: import it here and spread it into both objects.
 */
import type { MessagesOf } from '../translate.ts';
import * as site from './site.ts';
import * as finder from './finder.ts';

export const nl = {
  ...site.nl,
  ...finder.nl,
};

export const en: MessagesOf<typeof nl> = {
  ...site.en,
  ...finder.en,
};

/** Per namespace, for the duplicate-key test. */
export const namespaces = { site, finder } as const;
