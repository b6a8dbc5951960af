/**
 * The page type (template) of a built page. Layouts declare it on <body data-page-type="…">; a page
 * without the attribute falls back to its URL path with the language prefix removed and variable parts
 * (anything with a digit: ids, codes, years) replaced by ':id', so /en/uitslag/gm0363/ and
 * /uitslag/gm0599/ land in one group.
 */
export function templateKey(urlPath: string): string {
  return urlPath
    .replace(/^\/en(\/|$)/, '/')
    .split('/')
    .map((part) => (/\d/.test(part) ? ':id' : part))
    .join('/');
}

export function pageType(urlPath: string, declaredType: string | undefined): string {
  return declaredType && declaredType.trim() !== '' ? declaredType.trim() : templateKey(urlPath);
}
