import type { Locale } from '../locales.ts';

/**
 * Interface strings of the seat-allocation chart (SeatTrace) and the calculator (SeatCalculator),
 * per language. Kept apart from ui.ts so the site-wide dictionary stays small and the seat pages
 * can change without touching it. `{name}` marks a value filled in by `fill()`.
 * The Dutch text is the reference; the English dictionary must have the same keys (type-checked).
 */
const nl = {
  'trace.title': 'Zo zijn de {seats} zetels verdeeld',
  'trace.desc':
    'Kiesdeler {quota} stemmen. {full} zetels waren volle zetels, {residual} waren restzetels. {finding} Dezelfde cijfers staan in de tabellen onder de figuur.',
  'trace.listsTitle': 'Zetels per lijst',
  'trace.roundsTitle': 'De restzetels, één voor één',
  'trace.legendFull': 'volle zetel (dicht vlak)',
  'trace.legendResidual': 'restzetel (gearceerd)',
  'trace.legendWinner': 'kreeg de restzetel (dicht rondje)',
  'trace.legendRunnerUp': 'zat er het dichtst bij (open vierkant)',
  'trace.round': 'Restzetel {seat}',
  'trace.byLot': 'door loting',
  'trace.seatCount': '{total} ({full} + {residual})',
  'method.highestAverage': 'grootste gemiddelde',
  'method.largestRemainder': 'grootste overschot',
  'method.uniqueHighestAverage': 'grootste gemiddelde, één per lijst',
  'finding.last': 'De laatste restzetel ging naar {winner}; {runnerUp} kwam {votes} stemmen tekort.',
  'finding.lastOne': 'De laatste restzetel ging naar {winner}; {runnerUp} kwam 1 stem tekort.',
  'finding.lastTie':
    'De laatste restzetel ging naar {winner}; {runnerUp} had precies dezelfde waarde, en de loting besliste.',
  'finding.lastAlone': 'De laatste restzetel ging naar {winner}; geen andere lijst kon nog meedingen.',
  'finding.noResidual': 'Alle {seats} zetels waren volle zetels; er waren geen restzetels.',
  'finding.lots': 'Een loting moet beslissen tussen {lists} over restzetel {seats}.',
  'table.full': 'Kiesdeler {quota}: volle zetels per lijst',
  'table.rounds': 'Restzetels in volgorde',
  'col.number': 'Nr.',
  'col.list': 'Lijst',
  'col.votes': 'Stemmen',
  'col.full': 'Volle zetels',
  'col.remainder': 'Overschot',
  'col.residual': 'Restzetels',
  'col.total': 'Zetels',
  'col.seat': 'Restzetel',
  'col.winner': 'Naar lijst',
  'col.value': 'Gemiddelde of overschot',
  'col.runnerUp': 'Daarna hoogste lijst',
  'col.runnerUpValue': 'Waarde daarvan',
  'col.short': 'Stemmen tekort',
  'steps.title': 'Alle stappen van de berekening',
  'step.quota': '{article}: kiesdeler = {votes} stemmen / {seats} zetels = {quota}.',
  'step.fullSeats':
    '{article}: {full} volle zetels (hoe vaak de kiesdeler in de stemmen van een lijst past); {residual} restzetels over.',
  'step.residualThreshold': '{article}: {excluded} doen niet mee ({threshold} stemmen nodig).',
  'step.residualThresholdNone': '{article}: alle lijsten halen de drempel van {threshold} stemmen.',
  'step.residualSeat': '{article}: restzetel {seat} naar {list}, {method} {value}.',
  'step.absoluteMajority':
    '{article}: {to} heeft meer dan de helft van de stemmen en krijgt een zetel van {from}.',
  'step.listExhaustion': '{article}: {list} heeft {candidates} kandidaten en staat {removed} zetels af.',
  'step.emptySeats': '{article}: {count} zetels blijven leeg.',
  'step.groupDistribution':
    '{article}: de {seats} zetels van {list} worden verdeeld over de lijsten van de groep.',
  'step.preferenceThreshold': '{article}: voorkeurdrempel {percentage}% van de kiesdeler = {votes} stemmen.',
  'step.candidateElected': '{article}: {list}, kandidaat {position} gekozen.',
  'step.deceasedSkipped': '{article}: {list}, kandidaat {position} is overleden en wordt overgeslagen.',
  'step.lot': 'Loting ({at}): {winner} getrokken uit {options}.',
  'calc.title': 'Reken zelf',
  'calc.intro':
    'Vul het aantal zetels en de stemmen per lijst in. De rekenhulp gebruikt dezelfde berekening als de figuur hierboven.',
  'calc.needsJs':
    'De rekenhulp werkt alleen met JavaScript. De volledige berekening staat in de figuur en de tabellen op deze pagina.',
  'calc.election': 'Verkiezing',
  'calc.seats': 'Aantal zetels',
  'calc.category': 'Soort verkiezing',
  'calc.lists': 'Lijsten',
  'calc.list': 'Lijst {n}',
  'calc.name': 'Naam',
  'calc.votes': 'Stemmen',
  'calc.remove': 'Verwijder lijst {n}',
  'calc.add': 'Lijst toevoegen',
  'calc.submit': 'Bereken de zetels',
  'calc.errorSeats': 'Vul een heel getal in van 1 tot en met 1000 (bijvoorbeeld 150).',
  'calc.errorVotes': 'Vul een heel aantal stemmen in, 0 of meer (bijvoorbeeld 328225).',
  'calc.errorNoLists': 'Voeg minstens één lijst toe.',
  'calc.errorNoVotes': 'Er moet minstens één lijst met stemmen zijn.',
  'calc.errorSummary': 'Nog niet berekend: {count} velden kloppen niet. Verbeter ze en probeer het opnieuw.',
  'calc.errorEngine': 'Nog niet berekend: {message}',
  'calc.resultTitle': 'Uitkomst',
  'calc.quota': 'Kiesdeler: {quota} stemmen',
  'calc.status': 'Berekend: {seats} zetels, kiesdeler {quota}.',
  'calc.lots':
    'Hier moet geloot worden. {lists} hebben precies dezelfde waarde ({value}) en er zijn te weinig zetels voor allemaal (restzetel {seats}). De tabel laat de verdeling zien tot aan de loting; {unassigned} zetels zijn nog niet verdeeld.',
  'calc.empty': '{count} zetels blijven leeg: er zijn te weinig kandidaten of lijsten.',
  'calc.resultTable': 'Zetels per lijst',
  'category.TK': 'Tweede Kamer',
  'category.EK': 'Eerste Kamer',
  'category.EP': 'Europees Parlement',
  'category.PS': 'Provinciale Staten',
  'category.AB': 'Waterschap (algemeen bestuur)',
  'category.GR': 'Gemeenteraad',
  'category.ER': 'Eilandsraad',
  'category.BC': 'Bestuurscommissie (Amsterdam)',
  'category.GC': 'Gebiedscommissie (Rotterdam)',
  'word.and': 'en',
  'word.list': 'Lijst',
} as const;

export type SeatsUiKey = keyof typeof nl;
type Dictionary = Record<SeatsUiKey, string>;

const en: Dictionary = {
  'trace.title': 'How the {seats} seats were allocated',
  'trace.desc':
    'Electoral quota (kiesdeler) {quota} votes. {full} seats were full seats, {residual} were residual seats. {finding} The tables below the figure give the same numbers.',
  'trace.listsTitle': 'Seats per list',
  'trace.roundsTitle': 'The residual seats, one at a time',
  'trace.legendFull': 'full seat (solid)',
  'trace.legendResidual': 'residual seat (hatched)',
  'trace.legendWinner': 'won the residual seat (solid circle)',
  'trace.legendRunnerUp': 'came closest (open square)',
  'trace.round': 'Residual seat {seat}',
  'trace.byLot': 'by lot',
  'trace.seatCount': '{total} ({full} + {residual})',
  'method.highestAverage': 'highest average',
  'method.largestRemainder': 'largest remainder',
  'method.uniqueHighestAverage': 'highest average, one per list',
  'finding.last': 'The last residual seat went to {winner}; {runnerUp} was {votes} votes short.',
  'finding.lastOne': 'The last residual seat went to {winner}; {runnerUp} was 1 vote short.',
  'finding.lastTie':
    'The last residual seat went to {winner}; {runnerUp} had exactly the same value, and the lot decided.',
  'finding.lastAlone': 'The last residual seat went to {winner}; no other list could still compete.',
  'finding.noResidual': 'All {seats} seats were full seats; there were no residual seats.',
  'finding.lots': 'A drawing of lots must decide between {lists} for residual seat {seats}.',
  'table.full': 'Electoral quota {quota}: full seats per list',
  'table.rounds': 'Residual seats in order',
  'col.number': 'No.',
  'col.list': 'List',
  'col.votes': 'Votes',
  'col.full': 'Full seats',
  'col.remainder': 'Remainder',
  'col.residual': 'Residual seats',
  'col.total': 'Seats',
  'col.seat': 'Residual seat',
  'col.winner': 'Went to',
  'col.value': 'Average or remainder',
  'col.runnerUp': 'Next highest list',
  'col.runnerUpValue': 'Its value',
  'col.short': 'Votes short',
  'steps.title': 'Every step of the calculation',
  'step.quota': '{article}: electoral quota = {votes} votes / {seats} seats = {quota}.',
  'step.fullSeats':
    '{article}: {full} full seats (how many times the quota fits into a list’s votes); {residual} residual seats left.',
  'step.residualThreshold': '{article}: {excluded} take no part ({threshold} votes needed).',
  'step.residualThresholdNone': '{article}: every list reaches the threshold of {threshold} votes.',
  'step.residualSeat': '{article}: residual seat {seat} to {list}, {method} {value}.',
  'step.absoluteMajority': '{article}: {to} has more than half of the votes and gets a seat from {from}.',
  'step.listExhaustion': '{article}: {list} has {candidates} candidates and gives up {removed} seats.',
  'step.emptySeats': '{article}: {count} seats stay empty.',
  'step.groupDistribution': '{article}: the {seats} seats of {list} are divided over the lists of the group.',
  'step.preferenceThreshold': '{article}: preference threshold {percentage}% of the quota = {votes} votes.',
  'step.candidateElected': '{article}: {list}, candidate {position} elected.',
  'step.deceasedSkipped': '{article}: {list}, candidate {position} has died and is skipped.',
  'step.lot': 'Drawing of lots ({at}): {winner} drawn from {options}.',
  'calc.title': 'Calculate it yourself',
  'calc.intro':
    'Enter the number of seats and the votes per list. The calculator uses the same calculation as the figure above.',
  'calc.needsJs':
    'The calculator needs JavaScript. The full calculation is in the figure and the tables on this page.',
  'calc.election': 'Election',
  'calc.seats': 'Number of seats',
  'calc.category': 'Kind of election',
  'calc.lists': 'Lists',
  'calc.list': 'List {n}',
  'calc.name': 'Name',
  'calc.votes': 'Votes',
  'calc.remove': 'Remove list {n}',
  'calc.add': 'Add a list',
  'calc.submit': 'Calculate the seats',
  'calc.errorSeats': 'Enter a whole number from 1 to 1000 (for example 150).',
  'calc.errorVotes': 'Enter a whole number of votes, 0 or more (for example 328225).',
  'calc.errorNoLists': 'Add at least one list.',
  'calc.errorNoVotes': 'At least one list must have votes.',
  'calc.errorSummary': 'Not calculated: {count} fields are not right. Correct them and try again.',
  'calc.errorEngine': 'Not calculated: {message}',
  'calc.resultTitle': 'Result',
  'calc.quota': 'Electoral quota (kiesdeler): {quota} votes',
  'calc.status': 'Calculated: {seats} seats, electoral quota {quota}.',
  'calc.lots':
    'A drawing of lots is needed. {lists} have exactly the same value ({value}) and there are not enough seats for all of them (residual seat {seats}). The table shows the allocation up to the lot; {unassigned} seats are not yet allocated.',
  'calc.empty': '{count} seats stay empty: there are too few candidates or lists.',
  'calc.resultTable': 'Seats per list',
  'category.TK': 'House of Representatives (Tweede Kamer)',
  'category.EK': 'Senate (Eerste Kamer)',
  'category.EP': 'European Parliament',
  'category.PS': 'Provincial council (Provinciale Staten)',
  'category.AB': 'Water board (algemeen bestuur)',
  'category.GR': 'Municipal council (gemeenteraad)',
  'category.ER': 'Island council (eilandsraad)',
  'category.BC': 'District committee (Amsterdam)',
  'category.GC': 'Area committee (Rotterdam)',
  'word.and': 'and',
  'word.list': 'List',
};

const dictionaries: Record<Locale, Dictionary> = { nl, en };

/** The string for a key in a language. */
export function st(locale: Locale, key: SeatsUiKey): string {
  return dictionaries[locale][key];
}

/** Fill `{name}` placeholders; an unknown placeholder is an error, not a silent blank. */
export function fill(template: string, values: Readonly<Record<string, string | number | bigint>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`fill: no value for {${name}} in "${template}"`);
    return String(v);
  });
}

/** "A, B en C" / "A, B and C". */
export function joinNames(locale: Locale, names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${st(locale, 'word.and')} ${names.at(-1)}`;
}

/** Every string whose key starts with `prefix`, for handing a subset to a client script. */
export function stringsWithPrefix(locale: Locale, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(dictionaries[locale])) if (k.startsWith(prefix)) out[k] = v;
  return out;
}
