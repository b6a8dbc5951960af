/**
 * The message engine: named placeholders and plural forms, free of any dictionary so that a client
 * island can bundle it with only the keys it needs.
 *
 * A message is a string with `{name}` placeholders, or a plural message `{ one, other }` (optionally
 * `zero`) chosen by the `count` value with Intl.PluralRules, as govuk-frontend's i18n does. Number and
 * bigint values are formatted for the locale (thousands separators), so "{count} stemmen" reads
 * "1.234 stemmen" in Dutch and "1,234 votes" in English.
 */
import { formatInteger, intlLocale } from './format.ts';
import type { Locale } from './locales.ts';

export interface PluralMessage {
  readonly zero?: string;
  readonly one: string;
  readonly other: string;
}
export type Message = string | PluralMessage;
export type MessageValues = Readonly<Record<string, string | number | bigint>>;

/** A dictionary with the same keys as the reference (Dutch) one; plural messages stay plural. */
export type MessagesOf<T> = { readonly [K in keyof T]: T[K] extends string ? string : PluralMessage };

const pluralRules = new Map<Locale, Intl.PluralRules>();

function pluralCategory(locale: Locale, count: number | bigint): 'one' | 'other' {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(intlLocale(locale));
    pluralRules.set(locale, rules);
  }
  // nl and en know only "one" and "other".
  return rules.select(Number(count)) === 'one' ? 'one' : 'other';
}

/** Fills `{name}` placeholders; a placeholder without a value is an error, never printed raw. */
export function interpolate(locale: Locale, template: string, values: MessageValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`message "${template}" needs a value for {${name}}`);
    return typeof v === 'string' ? v : formatInteger(locale, v);
  });
}

/** Renders one message in a language. */
export function render(locale: Locale, message: Message, values: MessageValues = {}): string {
  if (typeof message === 'string') return interpolate(locale, message, values);
  const count = values['count'];
  if (count === undefined || typeof count === 'string')
    throw new Error(`plural message "${message.other}" needs a numeric {count}`);
  const form = pluralCategory(locale, count);
  const regular = form === 'one' ? message.one : message.other;
  const template = Number(count) === 0 && message.zero !== undefined ? message.zero : regular;
  return interpolate(locale, template, values);
}
