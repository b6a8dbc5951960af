/**
 * The text of a page's <title>: "Page | Open Telling". Search engines and browser tabs cut titles
 * longer than about 70 characters (html-validate's long-title rule holds us to 70), and a long party
 * or polling-station name would lose the part that tells pages apart. So the site name goes first,
 * and only a title that is still too long on its own is shortened, at a word, with an ellipsis.
 * The page's <h1> always carries the full name.
 *
 * Length is counted as the validator counts it: in the HTML as written, where Astro escapes
 * & ' " < > as entities ("'t Podium" is 13 characters in the file, not 9).
 */
export const MAX_TITLE_LENGTH = 70;

const ENTITY_LENGTH: Readonly<Record<string, number>> = {
  '&': '&amp;'.length,
  "'": '&#39;'.length,
  '"': '&quot;'.length,
  '<': '&lt;'.length,
  '>': '&gt;'.length,
};

/** Length of text once escaped into HTML, in UTF-16 units. */
export function htmlTextLength(text: string): number {
  let n = 0;
  for (const ch of text) n += ENTITY_LENGTH[ch] ?? ch.length;
  return n;
}

export function documentTitle(title: string, siteName: string, max = MAX_TITLE_LENGTH): string {
  if (title === '' || title === siteName) return siteName;
  const withSite = `${title} | ${siteName}`;
  if (htmlTextLength(withSite) <= max) return withSite;
  if (htmlTextLength(title) <= max) return title;
  // Cut between code points, leaving room for the ellipsis.
  let cut = '';
  for (const ch of title) {
    if (htmlTextLength(cut + ch) > max - 1) break;
    cut += ch;
  }
  const atWord = cut.replace(/\s+\S*$/u, '');
  return `${(atWord.length >= max / 2 ? atWord : cut).trimEnd()}…`;
}
