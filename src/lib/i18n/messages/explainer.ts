import type { MessagesOf } from '../translate.ts';

/**
 * The explainer figures: the counting chain (CountingChain.astro) and the timeline (Timeline.astro),
 * worded by src/lib/charts/chain.ts and timeline.ts view functions. Numbers are filled in per locale.
 */
export const nl = {
  'explainer.chain.id': 'keten-tk2023',
  'explainer.chain.title': 'De telketen bij de Tweede Kamerverkiezing 2023',
  'explainer.chain.desc':
    'Vier stappen van boven naar beneden, met pijlen: {pollingPlaces} stemlokalen, {municipalities} gemeenten en {islands} openbare lichamen, {districts} hoofdstembureaus en 1 centraal stembureau.',
  'explainer.chain.caption':
    'In 2023 gingen {votes} stemmen door vier stappen: van {pollingPlaces} stemlokalen naar één uitslag. Daarna keurde de nieuwe Kamer de geloofsbrieven.',
  'explainer.chain.table': 'De telketen als tabel',
  'explainer.chain.col.step': 'Stap, en hoeveel in 2023',
  'explainer.chain.col.makes': 'Wat het maakt',
  'explainer.chain.1.title': 'Stembureaus',
  'explainer.chain.1.figure': '{count} stemlokalen ({mobile} mobiel)',
  'explainer.chain.1.detail': 'Tellen na 21.00 uur. Proces-verbaal N 10-1 of N 10-2.',
  'explainer.chain.2.title': 'Gemeentelijke stembureaus',
  'explainer.chain.2.figure': '{count} gemeenten + {islands} openbare lichamen',
  'explainer.chain.2.detail': 'Controleren en optellen. Na 31-1 of Na 31-2, bestand EML 510b.',
  'explainer.chain.3.title': 'Hoofdstembureaus',
  'explainer.chain.3.figure': '{count} kieskringen',
  'explainer.chain.3.detail': 'Optellen per kieskring. O 7, bestand EML 510c.',
  'explainer.chain.4.title': 'Centraal stembureau',
  'explainer.chain.4.figure': '{count}: de Kiesraad',
  'explainer.chain.4.detail': 'Uitslag en zetels. P 22-1, EML 510d en 520.',
  'explainer.chain.postal':
    'Apart telt het briefstembureau de stemmen uit het buitenland: {votes} in 2023. Die tellen mee in kieskring 12 (Den Haag).',
  'explainer.timeline.id': 'tijdlijn-tk2023',
  'explainer.timeline.title': 'Tijdlijn van de Tweede Kamerverkiezing 2023',
  'explainer.timeline.desc':
    'Een lijn van boven naar beneden met {count} data, van {first} tot {last}. De verkiezingsdag en de uitslag hebben een ruit.',
  'explainer.timeline.caption':
    'Van verkiezingsdag tot de nieuwe Kamer duurde het {days} dagen. Elke telstap was openbaar.',
  'explainer.timeline.table': 'De data als tabel',
  'explainer.timeline.col.date': 'Datum',
  'explainer.timeline.col.what': 'Wat gebeurde er',
} as const;

export const en: MessagesOf<typeof nl> = {
  'explainer.chain.id': 'chain-tk2023',
  'explainer.chain.title': 'The chain of counting in the 2023 House of Representatives election',
  'explainer.chain.desc':
    'Four steps from top to bottom, joined by arrows: {pollingPlaces} polling places, {municipalities} municipalities and {islands} island municipalities, {districts} district committees and 1 central committee.',
  'explainer.chain.caption':
    'In 2023, {votes} votes went through four steps: from {pollingPlaces} polling places to one result. Then the new House approved the credentials.',
  'explainer.chain.table': 'The chain of counting as a table',
  'explainer.chain.col.step': 'Step, and how many in 2023',
  'explainer.chain.col.makes': 'What it makes',
  'explainer.chain.1.title': 'Polling stations',
  'explainer.chain.1.figure': '{count} polling places ({mobile} mobile)',
  'explainer.chain.1.detail': 'Count after 21:00. Official report N 10-1 or N 10-2.',
  'explainer.chain.2.title': 'Municipal committees (GSB)',
  'explainer.chain.2.figure': '{count} municipalities + {islands} islands',
  'explainer.chain.2.detail': 'Check and add up. Na 31-1 or Na 31-2, file EML 510b.',
  'explainer.chain.3.title': 'District committees (HSB)',
  'explainer.chain.3.figure': '{count} electoral districts (kieskringen)',
  'explainer.chain.3.detail': 'Add up per district. O 7, file EML 510c.',
  'explainer.chain.4.title': 'Central committee (CSB)',
  'explainer.chain.4.figure': '{count}: the Kiesraad',
  'explainer.chain.4.detail': 'Result and seats. P 22-1, EML 510d and 520.',
  'explainer.chain.postal':
    'Separately, the postal voting office counts the votes from abroad: {votes} in 2023. They count in district 12 (The Hague).',
  'explainer.timeline.id': 'timeline-tk2023',
  'explainer.timeline.title': 'Timeline of the 2023 House of Representatives election',
  'explainer.timeline.desc':
    'A line from top to bottom with {count} dates, from {first} to {last}. Election day and the result have a diamond.',
  'explainer.timeline.caption':
    'From election day to the new House took {days} days. Every step of the count was public.',
  'explainer.timeline.table': 'The dates as a table',
  'explainer.timeline.col.date': 'Date',
  'explainer.timeline.col.what': 'What happened',
};
