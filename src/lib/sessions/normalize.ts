/**
 * Search keys: lower case, no accents, "'s-" and punctuation as spaces, a province suffix in
 * parentheses dropped ("Laren (NH.)" → "laren"), so "Sudwest Fryslan", "súdwest-fryslân" and
 * "Súdwest-Fryslân" meet. Used at build time and in the browser: no dependencies.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\((?:[a-z]{1,3}\.?)+\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** URL segment of a name: "'s-Gravenhage" → "s-gravenhage", "Laren (NH.)" → "laren-nh". */
export function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
