/**
 * Performance budgets of issue 6, checked over dist/ by tests/dist/budgets.test.ts.
 * Sizes are gzip bytes of a page's own HTML + the CSS and JS files it references (fonts and
 * images excluded). KB = 1000 bytes.
 */
export const budgets = {
  medianPageGzip: 30_000,
  maxPageGzip: 60_000,
} as const;

/**
 * The only pages that may ship JavaScript, and exactly which files (explainer pages ship none).
 * Keep this list explicit and small: a new island is a deliberate decision, made here.
 * Files Vite bundles carry a content hash, so an entry is an exact path or a pattern.
 * - search: the Pagefind interface and our starter script;
 * - content: only the seat calculator island ("reken zelf"), on the pages that embed it;
 * - checks-notes: the "check your own notes" island (NotesCheck) on a polling station's notes page.
 * - results-municipalities: the filter box of the municipalities index (issue 11: "no JavaScript on
 *   results pages except the index filter"), and the same index in its other orders
 *   (results-municipalities-sorted: sorting is static pages, the filter box stays).
 * - finder: the observer finder's search island (issue 12; at most 30 KB gzip, checked in tests/dist).
 */
export const javascriptIslands: Readonly<Record<string, readonly (string | RegExp)[]>> = {
  search: ['/pagefind/pagefind-ui.js', '/scripts/search.js'],
  content: [/^\/_astro\/SeatCalculator\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/],
  // Embed pages post their height to the host page (optional resizer); they work without it.
  embed: ['/embed/frame.js'],
  // The configurator previews the web component and builds the snippets.
  configurator: [
    '/embed/open-telling-widget.js',
    /^\/_astro\/Configurator\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/,
  ],
  'checks-notes': [/^\/_astro\/NotesCheck\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/],
  'results-municipalities': [/^\/_astro\/ResultsFilter\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/],
  // The same table in another order (sorting without JavaScript) keeps the same filter box.
  'results-municipalities-sorted': [
    /^\/_astro\/ResultsFilter\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/,
  ],
  finder: [/^\/_astro\/FinderPage\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/],
};

/** The finder island's own budget (issue 12): its JavaScript, gzip. */
export const finderScriptGzip = 30_000;

/** True when a script path is one of the islands allowed on pages of this type. */
export function isAllowedIsland(pageType: string, scriptPath: string): boolean {
  return (javascriptIslands[pageType] ?? []).some((allowed) =>
    typeof allowed === 'string' ? allowed === scriptPath : allowed.test(scriptPath),
  );
}
