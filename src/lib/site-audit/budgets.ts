/**
 * Performance budgets of issue 6, checked over dist/ by tests/unit/quality/budgets.test.ts.
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
 * Later: the seat calculator island.
 */
export const javascriptIslands: Readonly<Record<string, readonly string[]>> = {
  search: ['/pagefind/pagefind-ui.js', '/scripts/search.js'],
};
