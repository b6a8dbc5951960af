/**
 * The one dictionary of the site: every namespace's Dutch and English messages merged. A namespace is a
 * file in this folder exporting `nl` (the reference) and `en: MessagesOf<typeof nl>`; keys start with
 * the namespace's own prefix (e.g. `results.`), and a unit test fails when two namespaces define the
 * same key. To add a namespace: import it here and spread it into both objects.
 */
import type { MessagesOf } from '../translate.ts';
import * as charts from './charts.ts';
import * as checks from './checks.ts';
import * as elections from './elections.ts';
import * as embed from './embed.ts';
import * as explainer from './explainer.ts';
import * as finder from './finder.ts';
import * as home from './home.ts';
import * as illustration from './illustration.ts';
import * as results from './results.ts';
import * as search from './search.ts';
import * as seats from './seats.ts';
import * as site from './site.ts';

export const nl = {
  ...site.nl,
  ...charts.nl,
  ...checks.nl,
  ...elections.nl,
  ...embed.nl,
  ...explainer.nl,
  ...finder.nl,
  ...home.nl,
  ...illustration.nl,
  ...results.nl,
  ...search.nl,
  ...seats.nl,
};

export const en: MessagesOf<typeof nl> = {
  ...site.en,
  ...charts.en,
  ...checks.en,
  ...elections.en,
  ...embed.en,
  ...explainer.en,
  ...finder.en,
  ...home.en,
  ...illustration.en,
  ...results.en,
  ...search.en,
  ...seats.en,
};

/** Per namespace, for the duplicate-key test. */
export const namespaces = {
  site,
  charts,
  checks,
  elections,
  embed,
  explainer,
  finder,
  home,
  illustration,
  results,
  search,
  seats,
} as const;
