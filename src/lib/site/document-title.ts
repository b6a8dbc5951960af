/**
 * The text of a page's <title>: "Page | Open Telling". Search engines and browser tabs cut titles
 * longer than about 70 characters (html-validate's long-title rule holds us to 70), and a long party
 * or polling-station name would lose the part that tells pages apart. So the site name goes first,
 * and only a title that is still too long on its own is shortened, at a word, with an ellipsis.
 * The page's <h1> always carries the full name.
 */
export const MAX_TITLE_LENGTH = 70;

export function documentTitle(title: string, siteName: string, max = MAX_TITLE_LENGTH): string {
  if (title === '' || title === siteName) return siteName;
  const withSite = `${title} | ${siteName}`;
  // Measured in UTF-16 units, as html-validate and browsers do; cut between code points only.
  if (withSite.length <= max) return withSite;
  if (title.length <= max) return title;
  let cut = '';
  for (const ch of title) {
    if (cut.length + ch.length > max - 1) break;
    cut += ch;
  }
  const atWord = cut.replace(/\s+\S*$/u, '');
  return `${(atWord.length >= max / 2 ? atWord : cut).trimEnd()}…`;
}
