/**
 * The one slug rule of the results pages, kept stable because journalists bookmark and link these
 * addresses: lower case, diacritics removed (NFKD, combining marks dropped), every run of other
 * characters becomes one "-", no "-" at either end. "'s-Gravenhage" → "s-gravenhage",
 * "Súdwest-Fryslân" → "sudwest-fryslan", "GROENLINKS / Partij van de Arbeid (PvdA)" →
 * "groenlinks-partij-van-de-arbeid-pvda".
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug;
}

/**
 * A polling station's slug: its name and its number, so two stations with the same name in one
 * municipality ("Stembureau Sporthal", numbers 12 and 13) get different addresses, and the address
 * stays the same when the name is shared. "Stembureau De Damsteen", "SB1" → "stembureau-de-damsteen-1".
 * A name that slugs to nothing (only punctuation) keeps the number alone: "stembureau-7".
 */
export function stationSlug(name: string, code: string): string {
  const number = slugify(code.replace(/^SB/i, '')) || slugify(code);
  const base = slugify(name);
  return base ? `${base}-${number}` : `stembureau-${number}`;
}

/** A list's slug: its number and name, "4-pvv-partij-voor-de-vrijheid" (unique because the number is). */
export function listSlug(list: string, name: string): string {
  const base = slugify(name);
  return base ? `${slugify(list)}-${base}` : slugify(list);
}

/** A kieskring's slug: "3-assen". */
export function regionSlug(number: string, name: string): string {
  return listSlug(number, name);
}

/**
 * Slugs for a set of names that must be unique within their parent (municipalities of an election):
 * a clash (two names that slug alike) gets the code appended to every clashing name, so no slug
 * depends on the order in which the names were read.
 */
export function uniqueSlugs<T>(
  items: readonly T[],
  name: (t: T) => string,
  code: (t: T) => string,
  /** Slugs taken by fixed pages beside these (e.g. "sorteer" next to the municipalities): they get the code too. */
  reserved: ReadonlySet<string> = new Set(),
): Map<T, string> {
  const base = new Map<T, string>();
  const count = new Map<string, number>();
  for (const it of items) {
    const s = slugify(name(it)) || slugify(code(it));
    base.set(it, s);
    count.set(s, (count.get(s) ?? 0) + 1);
  }
  const out = new Map<T, string>();
  for (const it of items) {
    const s = base.get(it)!;
    out.set(it, (count.get(s) ?? 0) > 1 || reserved.has(s) ? `${s}-${slugify(code(it))}` : s);
  }
  return out;
}
