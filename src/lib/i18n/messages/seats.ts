import type { MessagesOf } from '../translate.ts';

/**
 * Interface strings of the seat allocation: the figure and tables (SeatTrace, worded by
 * src/lib/seats/trace-view.ts), the engine's steps and drawings of lots (the engine returns codes and
 * data, never sentences), and the "reken zelf" calculator. Counts are plural messages: never
 * "1 zetels" or "1 velden kloppen niet". The calculator island ships only the `seats.calc.`,
 * `seats.col.` and `seats.lots.` keys it needs (see SeatCalculator.astro).
 */
export const nl = {
  'seats.trace.title': {
    one: 'Zo is de {count} zetel verdeeld',
    other: 'Zo zijn de {count} zetels verdeeld',
  },
  'seats.trace.desc': 'Kiesdeler {quota} stemmen. {full} {residual} {finding}',
  'seats.trace.descFull': {
    zero: 'Er waren geen volle zetels.',
    one: '{count} zetel was een volle zetel.',
    other: '{count} zetels waren volle zetels.',
  },
  'seats.trace.descResidual': {
    zero: 'Er waren geen restzetels.',
    one: '{count} zetel was een restzetel.',
    other: '{count} zetels waren restzetels.',
  },
  'seats.trace.listsTitle': 'Zetels per lijst',
  'seats.trace.roundsTitle': 'De restzetels, één voor één',
  'seats.trace.legendFull': 'volle zetel (dicht vlak)',
  'seats.trace.legendResidual': 'restzetel (gearceerd)',
  'seats.trace.legendWinner': 'kreeg de restzetel (dicht rondje)',
  'seats.trace.legendRunnerUp': 'zat er het dichtst bij (open vierkant)',
  'seats.trace.method': 'Naar het {method}:',
  'seats.trace.round': 'Restzetel {seat} naar {list}: {value}',
  'seats.trace.roundByLot': 'Restzetel {seat} door loting naar {list}: {value}',
  'seats.trace.byLot': 'door loting',
  'seats.trace.seatCount': '{total} ({full} + {residual})',
  'seats.trace.tables': 'De cijfers als tabel',
  'seats.trace.rounds': {
    one: 'Bekijk de restzetel in de figuur',
    other: 'Bekijk de {count} restzetels één voor één in de figuur',
  },
  'seats.trace.steps': 'Alle stappen van de berekening ({count})',
  'seats.method.highestAverage': 'grootste gemiddelde',
  'seats.method.largestRemainder': 'grootste overschot',
  'seats.method.uniqueHighestAverage': 'grootste gemiddelde, één per lijst',
  'seats.finding.last': {
    one: 'De laatste restzetel ging naar {winner}; {runnerUp} kwam {count} stem tekort.',
    other: 'De laatste restzetel ging naar {winner}; {runnerUp} kwam {count} stemmen tekort.',
  },
  'seats.finding.lastTie':
    'De laatste restzetel ging naar {winner}; {runnerUp} had precies dezelfde waarde, en de loting besliste.',
  'seats.finding.lastAlone': 'De laatste restzetel ging naar {winner}; geen andere lijst kon nog meedingen.',
  'seats.finding.noResidual': {
    one: 'De {count} zetel was een volle zetel; er waren geen restzetels.',
    other: 'Alle {count} zetels waren volle zetels; er waren geen restzetels.',
  },
  'seats.finding.lots': 'Een loting moet beslissen tussen {lists} over restzetel {seats}.',
  'seats.table.full': 'Kiesdeler {quota}: zetels per lijst (volle zetels + restzetels)',
  'seats.table.rounds': 'Restzetels in volgorde',
  'seats.table.total': 'Totaal',
  'seats.table.seat': 'Restzetel {seat}:',
  'seats.table.seatByLot': 'Restzetel {seat} (door loting):',
  'seats.table.noRunnerUp': 'geen andere lijst kon meedingen',
  'seats.table.short': { one: '{count} stem tekort', other: '{count} stemmen tekort' },
  'seats.col.number': 'Nr.',
  'seats.col.list': 'Lijst',
  'seats.col.votes': 'Stemmen',
  'seats.col.full': 'Volle zetels',
  'seats.col.remainder': 'Overschot',
  'seats.col.residual': 'Restzetels',
  'seats.col.total': 'Zetels',
  'seats.col.winner': 'Restzetel naar',
  'seats.col.runnerUp': 'Daarna het hoogst',
  'seats.step.quota': '{article}: kiesdeler = {votes} stemmen / {seats} = {quota}.',
  'seats.step.fullSeats': {
    one: '{article}: {count} volle zetel (hoe vaak de kiesdeler in de stemmen van een lijst past); {residual} over.',
    other:
      '{article}: {count} volle zetels (hoe vaak de kiesdeler in de stemmen van een lijst past); {residual} over.',
  },
  'seats.step.residualThreshold.belowQuota':
    '{article}: lijsten onder de kiesdeler krijgen geen restzetel: {excluded} ({threshold} stemmen nodig).',
  'seats.step.residualThreshold.belowRemainderThreshold':
    '{article}: lijsten onder 75% van de kiesdeler doen niet mee om de grootste overschotten: {excluded} ({threshold} stemmen nodig).',
  'seats.step.residualThresholdNone': '{article}: alle lijsten halen de drempel van {threshold} stemmen.',
  'seats.step.residualSeat': '{article}: restzetel {seat} naar {list}, {method} {value}.',
  'seats.step.absoluteMajority':
    '{article}: {to} heeft meer dan de helft van de stemmen en krijgt een zetel van {from}.',
  'seats.step.listExhaustion': {
    one: '{article}: {list} heeft {candidates} en staat {count} zetel af.',
    other: '{article}: {list} heeft {candidates} en staat {count} zetels af.',
  },
  'seats.step.emptySeats': {
    one: '{article}: {count} zetel blijft leeg.',
    other: '{article}: {count} zetels blijven leeg.',
  },
  'seats.step.groupDistribution': {
    one: '{article}: de {count} zetel van {list} gaat naar een lijst van de groep.',
    other: '{article}: de {count} zetels van {list} worden verdeeld over de lijsten van de groep.',
  },
  'seats.step.preferenceThreshold':
    '{article}: voorkeurdrempel {percentage}% van de kiesdeler = {votes} stemmen.',
  'seats.step.candidateElected': '{article}: {list}, kandidaat {position} gekozen.',
  'seats.step.deceasedSkipped': '{article}: {list}, kandidaat {position} is overleden en wordt overgeslagen.',
  'seats.step.lot': 'Loting ({at}): {winner} getrokken uit {options}.',
  'seats.count.seats': { one: '{count} zetel', other: '{count} zetels' },
  'seats.count.residualSeats': { one: '{count} restzetel', other: '{count} restzetels' },
  'seats.count.candidates': { one: '{count} kandidaat', other: '{count} kandidaten' },
  'seats.lots.residualSeat': {
    one: 'Hier moet geloot worden: {lists} hebben precies hetzelfde {method} ({value}) en er is nog {count} zetel (restzetel {seats}).',
    other:
      'Hier moet geloot worden: {lists} hebben precies hetzelfde {method} ({value}) en er zijn nog {count} zetels (restzetels {seats}).',
  },
  'seats.lots.absoluteMajority':
    'Hier moet geloot worden: een lijst heeft meer dan de helft van de stemmen, en {lists} kregen hun laatste restzetel met dezelfde waarde ({value}). Het lot wijst aan welke lijst een zetel afstaat (P 9).',
  'seats.lots.groupSeat': {
    one: 'Hier moet geloot worden binnen lijstengroep {list}: {lists} hebben hetzelfde overschot ({value}) en er is nog {count} zetel (P 12).',
    other:
      'Hier moet geloot worden binnen lijstengroep {list}: {lists} hebben hetzelfde overschot ({value}) en er zijn nog {count} zetels (P 12).',
  },
  'seats.lots.preferenceSeat': {
    one: 'Hier moet geloot worden op lijst {list}: kandidaten {lists} hebben evenveel stemmen ({value}) en er is nog {count} zetel (P 15).',
    other:
      'Hier moet geloot worden op lijst {list}: kandidaten {lists} hebben evenveel stemmen ({value}) en er zijn nog {count} zetels (P 15).',
  },
  'seats.lots.unassigned': {
    one: 'De tabel laat de verdeling zien tot aan de loting; {count} zetel is nog niet verdeeld.',
    other: 'De tabel laat de verdeling zien tot aan de loting; {count} zetels zijn nog niet verdeeld.',
  },
  'seats.calc.title': 'Reken zelf',
  'seats.calc.intro':
    'Vul het aantal zetels en de stemmen per lijst in, of begin met een voorbeeld. De rekenhulp gebruikt dezelfde berekening als de figuur hierboven.',
  'seats.calc.needsJs':
    'De rekenhulp werkt alleen met JavaScript. De volledige berekening staat in de figuur en de tabellen op deze pagina.',
  'seats.calc.examples': 'Begin met een voorbeeld',
  'seats.calc.example.tk2023': 'Tweede Kamer 2023 (150 zetels)',
  'seats.calc.example.council9': 'Gemeenteraad met 9 zetels',
  'seats.calc.example.councilTie': 'Gemeenteraad met gelijke stand',
  'seats.calc.example.province': 'Provinciale Staten (39 zetels)',
  'seats.calc.example.waterBoard': 'Waterschap (23 gekozen zetels)',
  'seats.calc.example.european': 'Europees Parlement (31 zetels)',
  'seats.calc.clear': 'Leeg beginnen',
  'seats.calc.election': 'Verkiezing',
  'seats.calc.seats': 'Aantal zetels',
  'seats.calc.category': 'Soort verkiezing',
  'seats.calc.lists': 'Lijsten',
  'seats.calc.list': 'Lijst {n}',
  'seats.calc.name': 'Naam',
  'seats.calc.votes': 'Stemmen',
  'seats.calc.remove': 'Verwijder lijst {n}',
  'seats.calc.add': 'Lijst toevoegen',
  'seats.calc.submit': 'Bereken de zetels',
  'seats.calc.errorSeats': 'Vul een heel getal in van 1 tot en met 1000 (bijvoorbeeld 150).',
  'seats.calc.errorVotes': 'Vul een heel aantal stemmen in, 0 of meer (bijvoorbeeld 328225).',
  'seats.calc.errorNoLists': 'Voeg minstens één lijst toe.',
  'seats.calc.errorNoVotes': 'Er moet minstens één lijst met stemmen zijn.',
  'seats.calc.errorSummary': {
    one: 'Nog niet berekend: {count} veld klopt niet. Verbeter het en probeer het opnieuw.',
    other: 'Nog niet berekend: {count} velden kloppen niet. Verbeter ze en probeer het opnieuw.',
  },
  'seats.calc.errorEngine': 'Nog niet berekend: deze invoer kan de rekenhulp niet verdelen.',
  'seats.calc.resultTitle': 'Uitkomst',
  'seats.calc.quota': 'Kiesdeler: {quota} stemmen',
  'seats.calc.status': {
    one: 'Berekend: {count} zetel, kiesdeler {quota}.',
    other: 'Berekend: {count} zetels, kiesdeler {quota}.',
  },
  'seats.calc.empty': {
    one: '{count} zetel blijft leeg: er zijn te weinig kandidaten of lijsten.',
    other: '{count} zetels blijven leeg: er zijn te weinig kandidaten of lijsten.',
  },
  'seats.calc.resultTable': 'Zetels per lijst',
  'seats.calc.defaultName': 'Lijst {n}',
  'seats.category.TK': 'Tweede Kamer',
  'seats.category.EK': 'Eerste Kamer',
  'seats.category.EP': 'Europees Parlement',
  'seats.category.PS': 'Provinciale Staten',
  'seats.category.AB': 'Waterschap (algemeen bestuur)',
  'seats.category.GR': 'Gemeenteraad',
  'seats.category.ER': 'Eilandsraad',
  'seats.category.BC': 'Bestuurscommissie (Amsterdam)',
  'seats.category.GC': 'Gebiedscommissie (Rotterdam)',
  'seats.listName': 'Lijst {n}',
} as const;

export const en: MessagesOf<typeof nl> = {
  'seats.trace.title': {
    one: 'How the {count} seat was allocated',
    other: 'How the {count} seats were allocated',
  },
  'seats.trace.desc': 'Electoral quota (kiesdeler) {quota} votes. {full} {residual} {finding}',
  'seats.trace.descFull': {
    zero: 'There were no full seats.',
    one: '{count} seat was a full seat.',
    other: '{count} seats were full seats.',
  },
  'seats.trace.descResidual': {
    zero: 'There were no residual seats.',
    one: '{count} seat was a residual seat.',
    other: '{count} seats were residual seats.',
  },
  'seats.trace.listsTitle': 'Seats per list',
  'seats.trace.roundsTitle': 'The residual seats, one at a time',
  'seats.trace.legendFull': 'full seat (solid)',
  'seats.trace.legendResidual': 'residual seat (hatched)',
  'seats.trace.legendWinner': 'won the residual seat (solid circle)',
  'seats.trace.legendRunnerUp': 'came closest (open square)',
  'seats.trace.method': 'By {method}:',
  'seats.trace.round': 'Residual seat {seat} to {list}: {value}',
  'seats.trace.roundByLot': 'Residual seat {seat} by lot to {list}: {value}',
  'seats.trace.byLot': 'by lot',
  'seats.trace.seatCount': '{total} ({full} + {residual})',
  'seats.trace.tables': 'The figures as tables',
  'seats.trace.rounds': {
    one: 'See the residual seat in the chart',
    other: 'See the {count} residual seats one at a time in the chart',
  },
  'seats.trace.steps': 'Every step of the calculation ({count})',
  'seats.method.highestAverage': 'highest average',
  'seats.method.largestRemainder': 'largest remainder',
  'seats.method.uniqueHighestAverage': 'highest average, one per list',
  'seats.finding.last': {
    one: 'The last residual seat went to {winner}; {runnerUp} was {count} vote short.',
    other: 'The last residual seat went to {winner}; {runnerUp} was {count} votes short.',
  },
  'seats.finding.lastTie':
    'The last residual seat went to {winner}; {runnerUp} had exactly the same value, and the lot decided.',
  'seats.finding.lastAlone': 'The last residual seat went to {winner}; no other list could still compete.',
  'seats.finding.noResidual': {
    one: 'The {count} seat was a full seat; there were no residual seats.',
    other: 'All {count} seats were full seats; there were no residual seats.',
  },
  'seats.finding.lots': 'A drawing of lots must decide between {lists} for residual seat {seats}.',
  'seats.table.full': 'Electoral quota {quota}: seats per list (full seats + residual seats)',
  'seats.table.rounds': 'Residual seats in order',
  'seats.table.total': 'Total',
  'seats.table.seat': 'Residual seat {seat}:',
  'seats.table.seatByLot': 'Residual seat {seat} (by lot):',
  'seats.table.noRunnerUp': 'no other list could compete',
  'seats.table.short': { one: '{count} vote short', other: '{count} votes short' },
  'seats.col.number': 'No.',
  'seats.col.list': 'List',
  'seats.col.votes': 'Votes',
  'seats.col.full': 'Full seats',
  'seats.col.remainder': 'Remainder',
  'seats.col.residual': 'Residual seats',
  'seats.col.total': 'Seats',
  'seats.col.winner': 'Residual seat to',
  'seats.col.runnerUp': 'Next highest',
  'seats.step.quota': '{article}: electoral quota = {votes} votes / {seats} = {quota}.',
  'seats.step.fullSeats': {
    one: '{article}: {count} full seat (how many times the quota fits into a list’s votes); {residual} left.',
    other:
      '{article}: {count} full seats (how many times the quota fits into a list’s votes); {residual} left.',
  },
  'seats.step.residualThreshold.belowQuota':
    '{article}: lists below the electoral quota get no residual seat: {excluded} ({threshold} votes needed).',
  'seats.step.residualThreshold.belowRemainderThreshold':
    '{article}: lists below 75% of the electoral quota take no part in the largest-remainder round: {excluded} ({threshold} votes needed).',
  'seats.step.residualThresholdNone': '{article}: every list reaches the threshold of {threshold} votes.',
  'seats.step.residualSeat': '{article}: residual seat {seat} to {list}, {method} {value}.',
  'seats.step.absoluteMajority':
    '{article}: {to} has more than half of the votes and gets a seat from {from}.',
  'seats.step.listExhaustion': {
    one: '{article}: {list} has {candidates} and gives up {count} seat.',
    other: '{article}: {list} has {candidates} and gives up {count} seats.',
  },
  'seats.step.emptySeats': {
    one: '{article}: {count} seat stays empty.',
    other: '{article}: {count} seats stay empty.',
  },
  'seats.step.groupDistribution': {
    one: '{article}: the {count} seat of {list} goes to a list of the group.',
    other: '{article}: the {count} seats of {list} are divided over the lists of the group.',
  },
  'seats.step.preferenceThreshold':
    '{article}: preference threshold {percentage}% of the quota = {votes} votes.',
  'seats.step.candidateElected': '{article}: {list}, candidate {position} elected.',
  'seats.step.deceasedSkipped': '{article}: {list}, candidate {position} has died and is skipped.',
  'seats.step.lot': 'Drawing of lots ({at}): {winner} drawn from {options}.',
  'seats.count.seats': { one: '{count} seat', other: '{count} seats' },
  'seats.count.residualSeats': { one: '{count} residual seat', other: '{count} residual seats' },
  'seats.count.candidates': { one: '{count} candidate', other: '{count} candidates' },
  'seats.lots.residualSeat': {
    one: 'A drawing of lots is needed: {lists} have exactly the same {method} ({value}) and {count} seat is left (residual seat {seats}).',
    other:
      'A drawing of lots is needed: {lists} have exactly the same {method} ({value}) and {count} seats are left (residual seats {seats}).',
  },
  'seats.lots.absoluteMajority':
    'A drawing of lots is needed: one list has more than half of the votes, and {lists} won their last residual seat at the same value ({value}). The lot decides which list gives up a seat (P 9).',
  'seats.lots.groupSeat': {
    one: 'A drawing of lots is needed within list group {list}: {lists} have the same remainder ({value}) and {count} seat is left (P 12).',
    other:
      'A drawing of lots is needed within list group {list}: {lists} have the same remainder ({value}) and {count} seats are left (P 12).',
  },
  'seats.lots.preferenceSeat': {
    one: 'A drawing of lots is needed on list {list}: candidates {lists} have the same number of votes ({value}) and {count} seat is left (P 15).',
    other:
      'A drawing of lots is needed on list {list}: candidates {lists} have the same number of votes ({value}) and {count} seats are left (P 15).',
  },
  'seats.lots.unassigned': {
    one: 'The table shows the allocation up to the lot; {count} seat is not yet allocated.',
    other: 'The table shows the allocation up to the lot; {count} seats are not yet allocated.',
  },
  'seats.calc.title': 'Calculate it yourself',
  'seats.calc.intro':
    'Enter the number of seats and the votes per list, or start from an example. The calculator uses the same calculation as the figure above.',
  'seats.calc.needsJs':
    'The calculator needs JavaScript. The full calculation is in the figure and the tables on this page.',
  'seats.calc.examples': 'Start from an example',
  'seats.calc.example.tk2023': 'House of Representatives 2023 (150 seats)',
  'seats.calc.example.council9': 'Municipal council with 9 seats',
  'seats.calc.example.councilTie': 'Municipal council with a tie',
  'seats.calc.example.province': 'Provincial council (39 seats)',
  'seats.calc.example.waterBoard': 'Water board (23 elected seats)',
  'seats.calc.example.european': 'European Parliament (31 seats)',
  'seats.calc.clear': 'Start empty',
  'seats.calc.election': 'Election',
  'seats.calc.seats': 'Number of seats',
  'seats.calc.category': 'Kind of election',
  'seats.calc.lists': 'Lists',
  'seats.calc.list': 'List {n}',
  'seats.calc.name': 'Name',
  'seats.calc.votes': 'Votes',
  'seats.calc.remove': 'Remove list {n}',
  'seats.calc.add': 'Add a list',
  'seats.calc.submit': 'Calculate the seats',
  'seats.calc.errorSeats': 'Enter a whole number from 1 to 1000 (for example 150).',
  'seats.calc.errorVotes': 'Enter a whole number of votes, 0 or more (for example 328225).',
  'seats.calc.errorNoLists': 'Add at least one list.',
  'seats.calc.errorNoVotes': 'At least one list must have votes.',
  'seats.calc.errorSummary': {
    one: 'Not calculated: {count} field is not right. Correct it and try again.',
    other: 'Not calculated: {count} fields are not right. Correct them and try again.',
  },
  'seats.calc.errorEngine': 'Not calculated: the calculator cannot allocate seats for this input.',
  'seats.calc.resultTitle': 'Result',
  'seats.calc.quota': 'Electoral quota (kiesdeler): {quota} votes',
  'seats.calc.status': {
    one: 'Calculated: {count} seat, electoral quota {quota}.',
    other: 'Calculated: {count} seats, electoral quota {quota}.',
  },
  'seats.calc.empty': {
    one: '{count} seat stays empty: there are too few candidates or lists.',
    other: '{count} seats stay empty: there are too few candidates or lists.',
  },
  'seats.calc.resultTable': 'Seats per list',
  'seats.calc.defaultName': 'List {n}',
  'seats.category.TK': 'House of Representatives (Tweede Kamer)',
  'seats.category.EK': 'Senate (Eerste Kamer)',
  'seats.category.EP': 'European Parliament',
  'seats.category.PS': 'Provincial council (Provinciale Staten)',
  'seats.category.AB': 'Water board (algemeen bestuur)',
  'seats.category.GR': 'Municipal council (gemeenteraad)',
  'seats.category.ER': 'Island council (eilandsraad)',
  'seats.category.BC': 'District committee (Amsterdam)',
  'seats.category.GC': 'Area committee (Rotterdam)',
  'seats.listName': 'List {n}',
};
