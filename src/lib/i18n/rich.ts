/**
 * Sentences with names in them, for bidi isolation (WCAG 2.2 SC 1.3.2; Unicode UAX #9): a party,
 * candidate or place name from a source file may be right-to-left, or carry bidi controls, and would
 * reorder the words of the sentence around it unless it is isolated. A rich text is the sentence as
 * parts: plain text, and names that the page renders inside <bdi class="ot-name"> (RichText.astro).
 *
 * The wording still comes from t() (the one string system): tRich() asks t() for the sentence with a
 * placeholder token for each name, then splits the result at those tokens. The tokens are built from
 * private-use characters that occur in none of the values, so data can never forge one.
 */
import { listFormat } from './format.ts';
import type { Locale } from './locales.ts';
import { t, type MessageKey } from './t.ts';

export type RichPart = { readonly text: string } | { readonly name: string };
export type RichText = readonly RichPart[];

/** A value that is a name: isolated when the sentence is rendered. */
export interface NameValue {
  readonly name: string;
}

export function nameValue(name: string): NameValue {
  return { name };
}

/** A placeholder's value: plain text, a number (formatted by t()), one name, or a rich text (e.g. a
 *  list of names from richList) spliced in as it is. */
export type RichValue = string | number | bigint | NameValue | RichText;
export type RichValues = Readonly<Record<string, RichValue>>;

const isRich = (v: RichValue): v is RichText => Array.isArray(v);

/** A sentence from t() whose name values are marked as names. */
export function tRich(locale: Locale, key: MessageKey, values: RichValues = {}): RichText {
  const strings = Object.values(values).flatMap((v) =>
    isRich(v)
      ? [plainText(v)]
      : typeof v === 'object'
        ? [(v as NameValue).name]
        : typeof v === 'string'
          ? [v]
          : [],
  );
  // A token delimiter no value contains (private-use area, U+E000…U+F8FF).
  let code = 0xe000;
  while (strings.some((s) => s.includes(String.fromCharCode(code)))) code += 1;
  const mark = String.fromCharCode(code);
  const inserts: RichText[] = [];
  const plain: Record<string, string | number | bigint> = {};
  for (const [k, v] of Object.entries(values)) {
    if (typeof v === 'object') {
      plain[k] = `${mark}${inserts.length}${mark}`;
      inserts.push(isRich(v) ? v : [{ name: (v as NameValue).name }]);
    } else plain[k] = v;
  }
  const sentence = t(locale, key, plain);
  const parts: RichPart[] = [];
  // pieces alternate: text, index, text, index, text …
  sentence.split(mark).forEach((piece, i) => {
    if (i % 2 === 0) {
      if (piece !== '') parts.push({ text: piece });
    } else parts.push(...(inserts[Number(piece)] ?? []));
  });
  return parts;
}

/** Names as one list in the page's language, each isolated: "A, B en C" / "A, B and C". */
export function richList(locale: Locale, names: readonly string[]): RichText {
  return listFormat(locale)
    .formatToParts(names)
    .map((p) => (p.type === 'element' ? { name: p.value } : { text: p.value }));
}

/** Plain text as a rich text (no names). */
export function richText(text: string): RichText {
  return text === '' ? [] : [{ text }];
}

/** Rich texts one after another, separated by `separator` (a space by default). */
export function joinRich(items: readonly RichText[], separator = ' '): RichText {
  const out: RichPart[] = [];
  items
    .filter((r) => r.length > 0)
    .forEach((r, i) => {
      if (i > 0) out.push({ text: separator });
      out.push(...r);
    });
  return out;
}

/** The sentence as one string (for attributes, titles, meta descriptions, search). */
export function plainText(r: RichText | string): string {
  return typeof r === 'string' ? r : r.map((p) => ('name' in p ? p.name : p.text)).join('');
}

/** Words on a page: a plain string (no names in it) or a sentence with marked names. */
export type Words = string | RichText;
