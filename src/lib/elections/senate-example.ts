/**
 * The worked example on the Eerste Kamer page, computed by our own code from stated inputs (issue 17):
 * a province of 1,000,000 inhabitants with 47 seats, and 10 of its members voting for one list.
 * The figures are examples, said so on the page; the arithmetic is Kieswet U 2.
 */
import { formatFraction, formatInteger } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';
import { senateVoteWeight, weightedVotes } from './senate-vote-weight.ts';

export const senateExampleInputs = { inhabitants: 1_000_000, seats: 47, members: 10 } as const;

export interface SenateExampleView {
  title: string;
  lines: string[];
  compare: string;
}

export function senateExampleView(locale: Locale): SenateExampleView {
  const { inhabitants, seats, members } = senateExampleInputs;
  const w = senateVoteWeight(inhabitants, seats);
  const total = weightedVotes([{ votes: members, weight: w.weight }]);
  return {
    title: t(locale, 'elections.weight.title'),
    lines: [
      t(locale, 'elections.weight.inputs', { inhabitants, seats }),
      t(locale, 'elections.weight.step', {
        inhabitants,
        seats,
        divisor: w.exact.den,
        exact: formatFraction(locale, w.exact),
      }),
      t(locale, 'elections.weight.rounded', { weight: w.weight }),
      t(locale, 'elections.weight.total', {
        count: members,
        weight: w.weight,
        total: formatInteger(locale, total),
      }),
    ],
    compare: t(locale, 'elections.weight.compare'),
  };
}
