import type { MessagesOf } from '../translate.ts';

/** The home page (HomePage.astro). Plain language (B1): short sentences, everyday words. */
export const nl = {
  'home.title': 'Zo wordt er geteld',
  'home.description':
    'Open Telling legt uit hoe in Nederland de stemmen worden geteld en hoe de uitslag tot stand komt. U kunt alle cijfers zelf controleren.',
  'home.lead':
    'In Nederland tellen mensen alle stemmen met de hand. Dat gebeurt in het openbaar. Iedereen mag kijken. Alle uitkomsten worden gepubliceerd.',
  'home.lead2':
    'Op deze site leest u hoe dat werkt. We rekenen de uitslag zelf na, met de openbare bestanden. En we laten zien waar de cijfers kloppen en waar niet.',
  'home.audiences': 'Waar wilt u beginnen?',
  'home.voting.title': 'Ik ga stemmen',
  'home.voting.text': 'Wat heeft u nodig? Waar kunt u stemmen? Hoe stemt u voor iemand anders?',
  'home.voting.link': 'Lees hoe stemmen werkt',
  'home.observing.title': 'Ik wil de telling zien',
  'home.observing.text':
    'Het tellen is openbaar. U mag erbij zijn en meekijken. Lees waar en wanneer, en waar u op let.',
  'home.observing.link': 'Lees hoe u waarneemt',
  'home.municipality.title': 'Ik werk bij een gemeente',
  'home.municipality.text': 'Gebruik onze uitleg en cijfers op uw eigen site, in uw eigen huisstijl.',
  'home.municipality.link': 'Zet Open Telling op uw site',
  'home.pillars': 'Wat deze site doet',
  'home.explain.title': 'Uitleggen',
  'home.explain.text':
    'Van stembureau tot Kiesraad: wie telt wat, welke formulieren er zijn en hoe de zetels worden verdeeld.',
  'home.explain.link': 'Zo wordt er geteld',
  'home.recompute.title': 'Narekenen',
  'home.recompute.text':
    'We lezen de bestanden van de Kiesraad en de gemeenten. We tellen alles zelf op en verdelen de zetels opnieuw.',
  'home.recompute.link': 'Bekijk de uitslag',
  'home.facts.title': 'Feiten geven',
  'home.facts.text': 'Over het tellen gaan veel verhalen rond. Wij geven de feiten, met de bron erbij.',
  'home.facts.link': 'Bekijk onze bronnen',
} as const;

export const en: MessagesOf<typeof nl> = {
  'home.title': 'How the votes are counted',
  'home.description':
    'Open Telling explains how votes are counted in the Netherlands and how the result comes about. You can check every figure yourself.',
  'home.lead':
    'In the Netherlands, people count every vote by hand. They do it in public. Anyone may watch. Every count is published.',
  'home.lead2':
    'This site explains how that works. We recompute the result ourselves from the public files. And we show where the figures agree and where they do not.',
  'home.audiences': 'Where do you want to start?',
  'home.voting.title': 'I am going to vote',
  'home.voting.text': 'What do you need? Where can you vote? How do you vote for someone else?',
  'home.voting.link': 'Read how voting works',
  'home.observing.title': 'I want to watch the count',
  'home.observing.text':
    'Counting is public. You may be there and watch. Read where and when, and what to look for.',
  'home.observing.link': 'Read how to observe',
  'home.municipality.title': 'I work for a municipality',
  'home.municipality.text': 'Use our explanations and figures on your own site, in your own house style.',
  'home.municipality.link': 'Put Open Telling on your site',
  'home.pillars': 'What this site does',
  'home.explain.title': 'Explain',
  'home.explain.text':
    'From polling station to Electoral Council: who counts what, which forms exist and how seats are allocated.',
  'home.explain.link': 'How the count works',
  'home.recompute.title': 'Recompute',
  'home.recompute.text':
    'We read the files of the Electoral Council and the municipalities. We add everything up and allocate the seats again.',
  'home.recompute.link': 'See the results',
  'home.facts.title': 'Give the facts',
  'home.facts.text': 'Many stories about counting go around. We give the facts, with their source.',
  'home.facts.link': 'See our sources',
};
