import type { MessagesOf } from '../translate.ts';

/** The ballot paper and the counting table drawings on the explainer pages. */
export const nl = {
  'illustration.ballot.title': 'Een stembiljet',
  'illustration.ballot.desc':
    'Een groot vel papier met een kolom per lijst. Bovenaan elke kolom staan het nummer en de naam van de lijst. Daaronder staan de kandidaten, elk met een wit hokje ervoor. Eén hokje is rood gemaakt: dat is de stem.',
  'illustration.ballot.caption':
    'Op het stembiljet maakt u één wit hokje rood, voor één kandidaat. Meer hokjes rood maken, maakt de stem ongeldig.',
  'illustration.ballot.heading': 'Stembiljet',
  'illustration.ballot.list': 'Lijst {n}',
  'illustration.ballot.candidate': 'Kandidaat {n}',
  'illustration.table.title': 'Stembiljetten op de teltafel',
  'illustration.table.desc':
    'Een tafel met vier stapels stembiljetten naast elkaar: lijst 1, lijst 2, blanco en ongeldig. Onder elke stapel staat hoeveel biljetten erin zitten.',
  'illustration.table.caption':
    'Na 21.00 uur sorteren de leden de stembiljetten op stapels: één per lijst, en apart de blanco en ongeldige stemmen. Daarna tellen ze elke stapel.',
  'illustration.table.list': 'Lijst {n}',
  'illustration.table.blank': 'Blanco',
  'illustration.table.invalid': 'Ongeldig',
} as const;

export const en: MessagesOf<typeof nl> = {
  'illustration.ballot.title': 'A ballot paper',
  'illustration.ballot.desc':
    'A large sheet of paper with one column per list. At the top of each column are the number and name of the list. Below are the candidates, each with a white box in front. One box is filled in red: that is the vote.',
  'illustration.ballot.caption':
    'On the ballot paper you fill in one white box in red, for one candidate. Filling in more boxes makes the vote invalid.',
  'illustration.ballot.heading': 'Ballot paper',
  'illustration.ballot.list': 'List {n}',
  'illustration.ballot.candidate': 'Candidate {n}',
  'illustration.table.title': 'Ballot papers on the counting table',
  'illustration.table.desc':
    'A table with four stacks of ballot papers side by side: list 1, list 2, blank and invalid. Under each stack is how many papers it holds.',
  'illustration.table.caption':
    'After 21:00 the members sort the ballot papers into stacks: one per list, and the blank and invalid votes apart. Then they count each stack.',
  'illustration.table.list': 'List {n}',
  'illustration.table.blank': 'Blank',
  'illustration.table.invalid': 'Invalid',
};
