import type { MessagesOf } from '../translate.ts';

/** The election-type pages: the Eerste Kamer worked example and the next-election line. */
export const nl = {
  'elections.weight.title': 'Rekenvoorbeeld: de stemwaarde',
  'elections.weight.inputs':
    'Stel: een provincie heeft {inhabitants} inwoners en {seats} zetels in de Provinciale Staten. Dit zijn voorbeeldgetallen.',
  'elections.weight.step':
    'Stemwaarde = {inhabitants} / (100 × {seats}) = {inhabitants} / {divisor} = {exact}.',
  'elections.weight.rounded': 'Afgerond is de stemwaarde {weight}.',
  'elections.weight.total': {
    one: 'Stemt {count} Statenlid op een lijst, dan krijgt die lijst {total} gewogen stemmen.',
    other:
      'Stemmen {count} Statenleden op een lijst, dan krijgt die lijst {count} × {weight} = {total} gewogen stemmen.',
  },
  'elections.weight.compare':
    'Ter vergelijking: in 2023 woog een stem uit Zuid-Holland 692 en een stem uit Zeeland 100. Die getallen hebben wij nog niet in een officiële bron gecontroleerd.',
  'elections.next.label': 'Volgende verkiezing',
  'elections.next.unconfirmed': 'Deze datum volgt uit de Kieswet; de officiële bekendmaking is er nog niet.',
  'elections.next.line': 'Op {date} kiest u: {kinds}.',
  'elections.next.polling': 'Zoek uw stemlokaal',
  'elections.next.observe': 'Kijk bij het tellen',
  'elections.next.explain': 'Zo werkt deze verkiezing',
  'elections.kind.TK': 'de Tweede Kamer',
  'elections.kind.EK': 'de Eerste Kamer (door de Statenleden)',
  'elections.kind.EP': 'het Europees Parlement',
  'elections.kind.PS': 'de Provinciale Staten',
  'elections.kind.AB': 'het waterschap',
  'elections.kind.GR': 'de gemeenteraad',
  'elections.kind.ER': 'de eilandsraad (Bonaire, Sint Eustatius en Saba)',
} as const;

export const en: MessagesOf<typeof nl> = {
  'elections.weight.title': 'Worked example: the vote weight',
  'elections.weight.inputs':
    'Say a province has {inhabitants} inhabitants and {seats} seats in its provincial council. These are example figures.',
  'elections.weight.step':
    'Vote weight = {inhabitants} / (100 × {seats}) = {inhabitants} / {divisor} = {exact}.',
  'elections.weight.rounded': 'Rounded, the vote weight is {weight}.',
  'elections.weight.total': {
    one: 'If {count} councillor votes for a list, that list gets {total} weighted votes.',
    other:
      'If {count} councillors vote for a list, that list gets {count} × {weight} = {total} weighted votes.',
  },
  'elections.weight.compare':
    'For comparison: in 2023 a vote from Zuid-Holland weighed 692 and a vote from Zeeland 100. We have not yet checked these figures against an official source.',
  'elections.next.label': 'Next election',
  'elections.next.unconfirmed':
    'This date follows from the Elections Act; it has not been officially announced yet.',
  'elections.next.line': 'On {date} you elect: {kinds}.',
  'elections.next.polling': 'Find your polling place',
  'elections.next.observe': 'Watch the count',
  'elections.next.explain': 'How this election works',
  'elections.kind.TK': 'the House of Representatives',
  'elections.kind.EK': 'the Senate (by the provincial councillors)',
  'elections.kind.EP': 'the European Parliament',
  'elections.kind.PS': 'the provincial council',
  'elections.kind.AB': 'the water board',
  'elections.kind.GR': 'the municipal council',
  'elections.kind.ER': 'the island council (Bonaire, Sint Eustatius and Saba)',
};
