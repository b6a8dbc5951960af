/**
 * How much a word weighs in the site search: Pagefind's `data-pagefind-weight` (0–10; by default an
 * h1 weighs 7, h2 6, … and body text 1). One scale for the whole site, so that a page about a place
 * or a party outranks a page that only mentions it (issue 16), whatever page family it is in.
 */
export const searchWeight = {
  /** The name of what the page is about, in its h1: a municipality, polling station, list, the count sessions of a municipality. */
  pageSubject: 10,
  /** Names listed on a page about something larger (the polling places on a municipality's count-session page). */
  listedName: 4,
  /** A tool for one polling station (checking your own notes): found by its name, below the station's own pages. */
  toolTitle: 3,
} as const;
