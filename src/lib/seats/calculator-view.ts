/**
 * What the "reken zelf" calculator (SeatCalculator.astro and its island) needs, ready to render: the
 * words of the form, the election kinds for the select, the examples it can start from, and the
 * messages the island ships (only its own keys: `seats.calc.`, `seats.col.`, `seats.lots.`,
 * `seats.method.` — see pickCalculatorMessages).
 */
import { SEAT_CATEGORIES } from '../apportionment/rules.ts';
import type { Locale } from '../i18n/locales.ts';
import { messagesWithPrefix, t } from '../i18n/t.ts';
import type { Message } from '../i18n/translate.ts';
import { calculatorExamples, type CalculatorExample } from './examples.ts';

export interface CalculatorView {
  locale: Locale;
  categories: { value: string; label: string }[];
  examples: { id: string; label: string; data: CalculatorExample }[];
  /** The messages the island renders with translate.ts's render(). */
  messages: Record<string, Message>;
}

/** The keys the browser needs, and nothing more (the page's own strings are rendered at build time). */
export function pickCalculatorMessages(locale: Locale): Record<string, Message> {
  return {
    ...messagesWithPrefix(locale, 'seats.calc.'),
    ...messagesWithPrefix(locale, 'seats.col.'),
    ...messagesWithPrefix(locale, 'seats.lots.'),
    ...messagesWithPrefix(locale, 'seats.method.'),
  };
}

export async function calculatorView(locale: Locale, election = 'TK2023'): Promise<CalculatorView> {
  const examples = await calculatorExamples(election);
  return {
    locale,
    categories: SEAT_CATEGORIES.map((c) => ({ value: c, label: t(locale, `seats.category.${c}`) })),
    examples: examples.map((e) => ({ id: e.id, label: t(locale, `seats.calc.example.${e.id}`), data: e })),
    messages: pickCalculatorMessages(locale),
  };
}
