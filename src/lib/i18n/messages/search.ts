import type { MessagesOf } from '../translate.ts';

/**
 * The words of Pagefind's search interface, handed to it as `translations` (Pagefind's own Dutch
 * says "Opruim" on the clear button). `[SEARCH_TERM]` and `[COUNT]` are Pagefind's placeholders.
 */
export const nl = {
  'search.ui.placeholder': 'Zoek op Open Telling',
  'search.ui.clear_search': 'Wissen',
  'search.ui.load_more': 'Meer resultaten',
  'search.ui.search_label': 'Zoek op deze site',
  'search.ui.filters_label': 'Filters',
  'search.ui.zero_results': 'Niets gevonden voor [SEARCH_TERM]',
  'search.ui.many_results': '[COUNT] resultaten voor [SEARCH_TERM]',
  'search.ui.one_result': '[COUNT] resultaat voor [SEARCH_TERM]',
  'search.ui.alt_search': 'Niets gevonden voor [SEARCH_TERM]. Resultaten voor [DIFFERENT_TERM]:',
  'search.ui.search_suggestion': 'Niets gevonden voor [SEARCH_TERM]. Probeer een ander woord:',
  'search.ui.searching': 'Zoeken naar [SEARCH_TERM]…',
  // Names of the search filters: Pagefind shows a filter's name as written in the page.
  'search.filter.election': 'Verkiezing',
  'search.filter.type': 'Soort',
} as const;

export const en: MessagesOf<typeof nl> = {
  'search.ui.placeholder': 'Search Open Telling',
  'search.ui.clear_search': 'Clear',
  'search.ui.load_more': 'More results',
  'search.ui.search_label': 'Search this site',
  'search.ui.filters_label': 'Filters',
  'search.ui.zero_results': 'Nothing found for [SEARCH_TERM]',
  'search.ui.many_results': '[COUNT] results for [SEARCH_TERM]',
  'search.ui.one_result': '[COUNT] result for [SEARCH_TERM]',
  'search.ui.alt_search': 'Nothing found for [SEARCH_TERM]. Results for [DIFFERENT_TERM]:',
  'search.ui.search_suggestion': 'Nothing found for [SEARCH_TERM]. Try another word:',
  'search.ui.searching': 'Searching for [SEARCH_TERM]…',
  'search.filter.election': 'Election',
  'search.filter.type': 'Type',
};
