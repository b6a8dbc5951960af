/**
 * `t(locale, key, values)`: the one way to get an interface string. Keys are type-checked against the
 * Dutch dictionary; placeholders are named (`{seats}`); plural messages pick their form from `count`.
 * Formatting of numbers, percentages, dates and fractions lives in ./format.ts.
 */
import type { Locale } from './locales.ts';
import { en, nl } from './messages/index.ts';
import type { PageKey } from './routes.ts';
import { render, type Message, type MessageValues } from './translate.ts';

export type MessageKey = keyof typeof nl;

const dictionaries: Record<Locale, Readonly<Record<MessageKey, Message>>> = { nl, en };

/** The interface string for a key in a language, with its placeholders filled in. */
export function t(locale: Locale, key: MessageKey, values?: MessageValues): string {
  return render(locale, dictionaries[locale][key], values);
}

/** Whether a key exists (for keys built from data, e.g. a category code). */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(nl, key);
}

/** The raw messages of some keys in one language: what a client island ships (only the keys it needs). */
export function pickMessages<K extends MessageKey>(locale: Locale, keys: readonly K[]): Record<K, Message> {
  const out = {} as Record<K, Message>;
  for (const k of keys) out[k] = dictionaries[locale][k];
  return out;
}

/** Every message whose key starts with `prefix`, for handing a subset to a client script. */
export function messagesWithPrefix(locale: Locale, prefix: string): Record<string, Message> {
  const out: Record<string, Message> = {};
  for (const [k, v] of Object.entries(dictionaries[locale])) if (k.startsWith(prefix)) out[k] = v;
  return out;
}

/** The navigation label of a fixed page. */
export function navLabel(locale: Locale, key: PageKey): string {
  return t(locale, `nav.${key}`);
}
