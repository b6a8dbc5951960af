import type { MessagesOf } from '../translate.ts';

/**
 * Strings of the results pages (issue 11): the overview of an election, kieskringen, municipalities,
 * polling stations and lists. Legal terms stay Dutch in English text where there is no equivalent
 * (kiesdeler, kieskring explained once). Numbers arrive formatted (src/lib/i18n/format.ts).
 */
export const nl = {
  'results.category.TK': 'Tweede Kamer {year}',
  'results.category.GR': 'Gemeenteraad {year}',
  'results.category.EP': 'Europees Parlement {year}',
  'results.category.PS': 'Provinciale Staten {year}',
  'results.category.AB': 'Waterschap {year}',
  'results.category.EK': 'Eerste Kamer {year}',
  'results.nation': 'Nederland',
  'results.total': 'Totaal',
  'results.no': 'nee',
  'results.notReported': 'niet gemeld',
  'results.source.unknown': 'onbekend bestand',
  'results.status.official': 'Officieel: {kind}, {file}.',
  'results.status.provisional': 'Voorlopig: {kind}, {file}.',
  'results.notice.provisional':
    'Voorlopige cijfers. Ze komen uit een CSV-bestand ({file}) dat is opgehaald vóór de definitieve vaststelling. Ze kunnen een paar stemmen afwijken van de officiële uitslag.',
  'results.index.heading': 'Uitslagen per verkiezing',
  'results.index.intro':
    'Voor elke verkiezing in onze gegevens: de uitslag van het land tot het stembureau, met de cijfers om te downloaden.',
  'results.index.nation': 'heel Nederland',
  'results.index.councils': { one: '{count} gemeenteraad', other: '{count} gemeenteraden' },
  'results.index.municipalities': { one: '{count} gemeente', other: '{count} gemeenten' },
  'results.index.stations': { one: '{count} stembureau', other: '{count} stembureaus' },
  'results.index.csvHeading': 'Wat staat er in de downloads?',
  'results.index.csvText':
    'Elk CSV-bestand is UTF-8 met een komma als scheidingsteken en één regel per gebied en lijst. Kolommen: election (verkiezing), level (land, kieskring, gemeente, stembureau), unit_code, unit_name, parent_code, list_number, list_name, votes (stemmen), status (official of provisional) en source_file (het bronbestand). Op een partijpagina is het één regel per kandidaat: list_number, list_name, candidate_position, candidate_name, votes, elected. Het JSON-bestand bevat dezelfde cijfers plus de totalen (kiesgerechtigden, geldige, blanco en ongeldige stemmen).',
  'results.kicker.election': 'Uitslag · {date}',
  'results.kicker.region': 'Kieskring · {election}',
  'results.kicker.municipality': 'Gemeente · {election}',
  'results.kicker.council': 'Gemeenteraad · {election}',
  'results.kicker.island': 'Openbaar lichaam · {election}',
  'results.kicker.postal': 'Stemmen per brief uit het buitenland · {election}',
  'results.kicker.station': 'Stembureau in {municipality} · {election}',
  'results.kicker.list': 'Lijst {number} · {election}',
  'results.type.election': 'Uitslag verkiezing',
  'results.type.region': 'Kieskring',
  'results.type.municipalities': 'Gemeenten',
  'results.type.municipality': 'Gemeente',
  'results.type.station': 'Stembureau',
  'results.type.list': 'Partij',
  'results.election.title': 'Uitslag {election}',
  'results.election.lead': 'Verkiezing van {date}. {list} kreeg de meeste stemmen: {votes} ({share}).',
  'results.election.leadSeats':
    'Verkiezing van {date}. {list} kreeg de meeste stemmen: {votes} ({share}), en {seats} van de {total} zetels.',
  'results.election.leadNoVotes': 'Verkiezing van {date}.',
  'results.election.leadPartial': {
    one: 'Verkiezing van {date}. In onze gegevens staat de uitslag van {count} gemeente, niet die van het hele land.',
    other:
      'Verkiezing van {date}. In onze gegevens staat de uitslag van {count} gemeenten, niet die van het hele land.',
  },
  'results.election.noNational':
    'De landelijke uitslag van deze verkiezing staat niet in de bestanden die wij hebben. Hieronder staat alleen wat er wel is.',
  'results.council.lead': {
    one: 'Gemeenteraadsverkiezing van {date}. In onze gegevens staat de uitslag van {count} gemeenteraad.',
    other:
      'Gemeenteraadsverkiezingen van {date}. In onze gegevens staat de uitslag van {count} gemeenteraden.',
  },
  'results.verdict.noOfficial':
    'Er is geen officiële zetelverdeling in deze gegevens. De zetels hieronder hebben wij zelf berekend.',
  'results.verdict.agree': {
    one: 'Wij hebben de zetels opnieuw verdeeld uit de openbare bestanden. Voor de ene partij met zetels komt dat overeen met de Kiesraad.',
    other:
      'Wij hebben de zetels opnieuw verdeeld uit de openbare bestanden. Voor alle {count} partijen met zetels komt dat overeen met de Kiesraad.',
  },
  'results.verdict.differ': {
    one: 'Let op: onze herberekening wijkt voor {count} van de {total} partijen af van de Kiesraad: {lists}.',
    other:
      'Let op: onze herberekening wijkt voor {count} van de {total} partijen af van de Kiesraad: {lists}.',
  },
  'results.fig.heading': 'Opkomst en stemmen',
  'results.fig.listHeading': 'Stemmen en zetels',
  'results.fig.stationHeading': 'Stemmen in dit stembureau',
  'results.fig.eligible': 'Kiesgerechtigden',
  'results.fig.cast': 'Uitgebrachte stemmen',
  'results.fig.turnout': 'Opkomst',
  'results.fig.compare': '{name}: {value}',
  'results.fig.valid': 'Geldige stemmen op lijsten',
  'results.fig.blank': 'Blanco',
  'results.fig.invalid': 'Ongeldig',
  'results.fig.postcode': 'Postcode',
  'results.seats.heading': 'Zetels',
  'results.seats.title': {
    one: 'De verdeling van {count} zetel',
    other: 'De verdeling van de {count} zetels',
  },
  'results.seats.caption': {
    one: '{list} kreeg de meeste zetels: {count} van de {total}.',
    other: '{list} kreeg de meeste zetels: {count} van de {total}.',
  },
  'results.map.turnoutHeading': 'Opkomst per gemeente',
  'results.map.turnoutTitle': 'Kaart: opkomst per gemeente',
  'results.map.turnoutTitleCouncils': 'Kaart: opkomst per gemeenteraad',
  'results.map.turnoutCaption':
    'De opkomst was het hoogst in {high} ({highValue}) en het laagst in {low} ({lowValue}).',
  'results.map.largestHeading': 'Grootste lijst per gemeente',
  'results.map.largestTitle': 'Kaart: grootste lijst per gemeente',
  'results.map.largestCaption': {
    one: '{list} was de grootste lijst in {count} van de {total} gebieden.',
    other: '{list} was de grootste lijst in {count} van de {total} gebieden.',
  },
  'results.places.title': 'Stembureaus in {name}',
  'results.places.caption': {
    one: '{located} van de {count} stembureaus staat op de kaart.',
    other: '{located} van de {count} stembureaus staan op de kaart.',
  },
  'results.pv.intro': {
    one: 'De gemeente publiceerde {count} bestand met processen-verbaal (bron: een archief van vrijwilligers). Dit zijn de verslagen van de telling op papier.',
    other:
      'De gemeente publiceerde {count} bestanden met processen-verbaal (bron: een archief van vrijwilligers). Dit zijn de verslagen van de telling op papier.',
  },
  'results.pv.stationIntro': {
    one: 'Het proces-verbaal van dit stembureau, zoals de gemeente het publiceerde. De naam van het bestand noemt dit stembureau.',
    other:
      'De processen-verbaal van dit stembureau, zoals de gemeente ze publiceerde. De naam van het bestand noemt dit stembureau.',
  },
  'results.pv.none':
    'Geen van de bestanden is het proces-verbaal van de hele gemeente, voor zover de bestandsnamen dat laten zien.',
  'results.pv.stationNone':
    'Welk bestand bij dit stembureau hoort, is aan de bestandsnamen niet te zien. Kijk bij de processen-verbaal van de gemeente.',
  'results.pv.unmatched': {
    one: '{count} bestand kon niet aan een stembureau of aan de gemeente worden gekoppeld.',
    other: '{count} bestanden konden niet aan een stembureau of aan de gemeente worden gekoppeld.',
  },
  'results.seats.council': {
    one: 'De gemeenteraad heeft {count} zetel.',
    other: 'De gemeenteraad heeft {count} zetels.',
  },
  'results.seats.missing':
    'Hoeveel zetels de gemeenteraad van {name} heeft, staat niet in de gepubliceerde bestanden die wij hebben. Daarom tonen we stemmen en percentages, maar geen zetels.',
  'results.seats.missingAll':
    'Het aantal zetels per gemeenteraad staat niet in de gepubliceerde bestanden die wij hebben. We tonen stemmen en percentages, geen zetels.',
  'results.seats.notInFiles': 'niet in de bestanden',
  'results.votes.heading': 'Stemmen per lijst',
  'results.votes.intro':
    'Gesorteerd van meeste naar minste stemmen. De stippellijn is de kiesdeler: zoveel stemmen kost één zetel.',
  'results.compare.heading': 'Stemmen per lijst, vergeleken met heel Nederland',
  'results.compare.intro':
    'De balk is het percentage hier. Het zwarte streepje is het percentage in heel Nederland.',
  'results.chart.lists.title': 'Stemmen per lijst, {unit}',
  'results.chart.lists.titleShare': 'Percentage stemmen per lijst, {unit} en {compare}',
  'results.chart.lists.finding': '{list} kreeg de meeste stemmen in {unit}: {votes} ({share}).',
  'results.chart.lists.findingShare': '{list} kreeg de meeste stemmen in {unit}: {share} ({votes} stemmen).',
  'results.chart.lists.empty': 'Er zijn hier geen stemmen op lijsten geteld.',
  'results.chart.desc': {
    one: 'Staafdiagram met {count} staaf. Dezelfde cijfers staan in de tabel bij de figuur.',
    other: 'Staafdiagram met {count} staven. Dezelfde cijfers staan in de tabel bij de figuur.',
  },
  'results.chart.tableLabel': 'De cijfers van deze figuur als tabel',
  'results.chart.svg': 'Figuur als SVG-bestand',
  'results.table.lists': 'Stemmen per lijst, {unit}',
  'results.col.list': 'Lijst',
  'results.col.number': 'Nummer',
  'results.col.votes': 'Stemmen',
  'results.col.share': 'Percentage',
  'results.col.shareIn': '% {name}',
  'results.col.seats': 'Zetels',
  'results.col.seatsOfficial': 'Zetels Kiesraad',
  'results.col.seatsOurs': 'Zetels herberekend',
  'results.col.check': 'Controle',
  'results.col.region': 'Kieskring',
  'results.col.municipality': 'Gemeente',
  'results.col.council': 'Gemeente',
  'results.col.valid': 'Geldige stemmen',
  'results.col.turnout': 'Opkomst',
  'results.col.largest': 'Grootste lijst',
  'results.col.station': 'Stembureau',
  'results.col.difference': 'Verschil',
  'results.col.item': 'Onderdeel',
  'results.col.count': 'Aantal',
  'results.col.candidate': 'Kandidaat',
  'results.col.position': 'Plaats op lijst',
  'results.col.elected': 'Gekozen',
  'results.check.heading': 'Zetels: Kiesraad en onze herberekening',
  'results.check.intro':
    'Wij verdelen de zetels zelf opnieuw met de regels van de Kieswet. Zo ziet u of de officiële uitslag klopt met de getelde stemmen.',
  'results.check.caption': 'Zetels per lijst: Kiesraad en herberekening',
  'results.check.same': 'gelijk',
  'results.check.differs': 'verschilt',
  'results.kiesdeler.heading': 'Kiesdeler en voorkeurdrempel',
  'results.kiesdeler.line': 'kiesdeler {value}',
  'results.kiesdeler.text':
    'De kiesdeler is het aantal geldige stemmen gedeeld door het aantal zetels: {valid} / {seats} = {quota} stemmen. Wij rekenen met deze breuk, zonder afronding.',
  'results.kiesdeler.threshold':
    'De voorkeurdrempel is {percentage}% van de kiesdeler: {votes} stemmen. Een kandidaat met meer eigen stemmen is met voorkeurstemmen gekozen.',
  'results.regions.heading': 'Per kieskring',
  'results.regions.caption': 'Uitslag per kieskring, {election}',
  'results.region.h1': 'Kieskring {number} {name}',
  'results.region.lead':
    '{list} was hier de grootste lijst, met {share} van de stemmen. De opkomst was {turnout} (Nederland: {country}).',
  'results.municipalities.crumb': 'Gemeenten',
  'results.municipalities.h1': 'Uitslag per gemeente, {election}',
  'results.municipalities.heading': 'Per gemeente',
  'results.municipalities.intro': {
    one: 'De uitslag van {count} gemeente: stemmen, opkomst en de grootste lijst.',
    other: 'De uitslag van alle {count} gemeenten: stemmen, opkomst en de grootste lijst.',
  },
  'results.municipalities.all': 'Alle gemeenten in een tabel',
  'results.municipalities.caption': 'Uitslag per gemeente, {where}',
  'results.councils.crumb': 'Gemeenteraden',
  'results.councils.h1': 'Uitslag per gemeenteraad, {election}',
  'results.councils.heading': 'Per gemeenteraad',
  'results.councils.intro': {
    one: 'De uitslag van {count} gemeenteraad: stemmen, opkomst en de grootste lijst.',
    other: 'De uitslag van alle {count} gemeenteraden: stemmen, opkomst en de grootste lijst.',
  },
  'results.councils.all': 'Alle gemeenteraden in een tabel',
  'results.councils.caption': 'Uitslag per gemeenteraad, {where}',
  'results.filter.label': 'Zoek een gemeente',
  'results.filter.hint': 'Typ een deel van de naam; de tabel toont dan alleen de gemeenten die passen.',
  'results.filter.count': '{shown} van de {total} gemeenten',
  'results.lists.heading': 'Per partij',
  'results.lists.intro': 'Per lijst: de voorkeurstemmen van de kandidaten en wie er gekozen is.',
  'results.municipality.lead':
    '{list} kreeg in {name} de meeste stemmen: {votes} ({share}). De opkomst was {turnout}.',
  'results.municipality.leadCompare':
    '{list} kreeg in {name} de meeste stemmen: {votes} ({share}). De opkomst was {turnout} (Nederland: {country}).',
  'results.municipality.leadNoTurnout': '{list} kreeg in {name} de meeste stemmen: {votes} ({share}).',
  'results.municipality.postal':
    'Dit is het briefstembureau in Den Haag (NBSB). Het telt de stemmen van kiezers in het buitenland die per brief stemmen. Het hoort bij kieskring ’s-Gravenhage, maar het is geen gemeente.',
  'results.municipality.island':
    'Dit is een openbaar lichaam in Caribisch Nederland. Het hoort bij kieskring Bonaire.',
  'results.stations.heading': 'Per stembureau',
  'results.stations.anywhere':
    'Kiezers mogen in elk stembureau van hun gemeente stemmen. De uitslag van een stembureau is dus niet de uitslag van een buurt.',
  'results.stations.caption': {
    one: 'Uitslag van {count} stembureau in {name}',
    other: 'Uitslag van de {count} stembureaus in {name}',
  },
  'results.stations.none':
    'De uitslag per stembureau staat voor deze gemeente niet in de bestanden die wij hebben.',
  'results.stations.noneSpecial': 'Voor dit gebied is er geen uitslag per stembureau in de bestanden.',
  'results.stations.turnoutHeading': 'Opkomst per stembureau',
  'results.stations.turnoutIntro':
    'Elk streepje is één stembureau: uitgebrachte stemmen gedeeld door het aantal opgeroepen kiezers van dat stembureau. Boven de 100% kan, want kiezers mogen overal in de gemeente stemmen.',
  'results.stations.turnoutTitle': 'Opkomst per stembureau, {name}',
  'results.stations.turnoutDesc': {
    one: 'Strookdiagram met {count} stembureau.',
    other: 'Strookdiagram met {count} stembureaus.',
  },
  'results.stations.turnoutCaption': {
    one: 'De opkomst van het ene stembureau was {low}.',
    other: 'De opkomst van de {count} stembureaus liep van {low} tot {high}.',
  },
  'results.stations.outside': {
    one: '{count} stembureau ligt buiten de schaal (pijltje); zie de tabel.',
    other: '{count} stembureaus liggen buiten de schaal (pijltjes); zie de tabel.',
  },
  'results.stations.ownTurnout': 'gemeente {value}',
  'results.stations.inTable': 'De cijfers per stembureau staan in de tabel ‘Per stembureau’ hieronder.',
  'results.stations.turnoutTable': 'Opkomst per stembureau, {name}',
  'results.stations.diffHeading': 'Stembiljetten tegenover toegelaten kiezers',
  'results.stations.diffIntro':
    'Elk streepje is één stembureau: het aantal stembiljetten in de bus min het aantal toegelaten kiezers. Bij 0 klopt het precies.',
  'results.stations.diffTitle': 'Verschil stembiljetten en toegelaten kiezers per stembureau, {name}',
  'results.stations.diffDesc': {
    one: 'Strookdiagram met {count} stembureau.',
    other: 'Strookdiagram met {count} stembureaus.',
  },
  'results.stations.diffCaption': {
    one: 'Bij {count} van de {total} stembureaus was er een verschil tussen stembiljetten en toegelaten kiezers.',
    other:
      'Bij {count} van de {total} stembureaus was er een verschil tussen stembiljetten en toegelaten kiezers.',
  },
  'results.stations.diffTable': 'Stembiljetten min toegelaten kiezers per stembureau, {name}',
  'results.station.lead':
    'In {name} ({municipality}) kreeg {list} de meeste stemmen: {votes} van de {valid} geldige stemmen.',
  'results.station.anywhere':
    'Kiezers mogen in elk stembureau in {municipality} stemmen, niet alleen in het stembureau bij hun huis. De uitslag van dit stembureau is dus niet de uitslag van de buurt eromheen.',
  'results.adm.heading': 'Toegelaten kiezers en stembiljetten',
  'results.adm.caption': 'Toegelaten kiezers en getelde stembiljetten, {name}',
  'results.adm.stempassen': 'Geldige stempassen',
  'results.adm.volmachten': 'Geldige volmachtbewijzen',
  'results.adm.kiezerspassen': 'Geldige kiezerspassen',
  'results.adm.admitted': 'Toegelaten kiezers',
  'results.adm.ballots': 'Getelde stembiljetten (geldig, blanco en ongeldig)',
  'results.adm.difference': 'Verschil (stembiljetten min toegelaten kiezers)',
  'results.adm.same': {
    one: 'Het aantal stembiljetten is precies gelijk aan het aantal toegelaten kiezers: {count}.',
    other: 'Het aantal stembiljetten is precies gelijk aan het aantal toegelaten kiezers: {count}.',
  },
  'results.adm.differ':
    'Er zijn {ballots} stembiljetten geteld en {admitted} kiezers toegelaten: een verschil van {difference}.',
  'results.adm.introNoAdmitted': 'Het aantal toegelaten kiezers staat niet in het bestand.',
  'results.adm.explained': 'De verklaringen die het stembureau opschreef, staan in de tabel.',
  'results.adm.unexplained': 'Er staat geen verklaring voor het verschil in het bestand.',
  'results.expl.meer getelde stembiljetten': 'Meer getelde stembiljetten dan toegelaten kiezers',
  'results.expl.minder getelde stembiljetten': 'Minder getelde stembiljetten dan toegelaten kiezers',
  'results.expl.meegenomen stembiljetten': 'Verklaring: kiezers namen stembiljetten mee',
  'results.expl.te weinig uitgereikte stembiljetten': 'Verklaring: te weinig stembiljetten uitgereikt',
  'results.expl.te veel uitgereikte stembiljetten': 'Verklaring: te veel stembiljetten uitgereikt',
  'results.expl.geen verklaring': 'Geen verklaring',
  'results.expl.andere verklaring': 'Andere verklaring',
  'results.expl.kwijtgeraakte stembiljetten': 'Verklaring: stembiljetten kwijtgeraakt',
  'results.expl.te veel briefstembiljetten': 'Te veel briefstembiljetten',
  'results.expl.geen briefstembiljetten': 'Geen briefstembiljetten',
  'results.places.heading': 'Waar de stembureaus waren',
  'results.pv.heading': 'Processen-verbaal van deze gemeente',
  'results.pv.stationHeading': 'Proces-verbaal van dit stembureau',
  'results.list.lead': '{list} kreeg {votes} stemmen ({share}).',
  'results.list.leadSeats': {
    one: '{list} kreeg {votes} stemmen ({share}) en {count} zetel.',
    other: '{list} kreeg {votes} stemmen ({share}) en {count} zetels.',
  },
  'results.list.threshold': 'Voorkeurdrempel (stemmen)',
  'results.list.thresholdLine': 'voorkeurdrempel {votes}',
  'results.list.chartHeading': 'Voorkeurstemmen',
  'results.list.chartIntro':
    'Stemmen op elke kandidaat in heel Nederland. Wie boven de rode lijn komt, haalde de voorkeurdrempel.',
  'results.list.chartTitle': {
    one: 'Voorkeurstemmen, {list}: de kandidaat met de meeste stemmen',
    other: 'Voorkeurstemmen, {list}: de {count} kandidaten met de meeste stemmen',
  },
  'results.list.chartCaption': {
    one: '{name} kreeg de meeste voorkeurstemmen: {votes}. {count} kandidaat haalde de voorkeurdrempel.',
    other: '{name} kreeg de meeste voorkeurstemmen: {votes}. {count} kandidaten haalden de voorkeurdrempel.',
  },
  'results.list.chartCaptionNoThreshold': '{name} kreeg de meeste voorkeurstemmen: {votes}.',
  'results.list.candidatesHeading': 'Alle kandidaten',
  'results.list.candidatesCaption': 'Kandidaten van {list}: stemmen en wie gekozen is',
  'results.list.howElected':
    'Wie de voorkeurdrempel haalt, is als eerste gekozen. De andere zetels gaan naar de kandidaten in de volgorde van de lijst.',
  'results.list.byPreference': 'ja, met voorkeurstemmen',
  'results.list.byOrder': 'ja, op volgorde van de lijst',
  'results.downloads.heading': 'Download de cijfers',
  'results.downloads.intro':
    'De cijfers van deze pagina als bestand: één regel per gebied en lijst. De kolommen staan uitgelegd op de pagina Uitslag.',
  'results.downloads.csv': 'CSV (voor een spreadsheet)',
  'results.downloads.json': 'JSON (voor een programma)',
  'results.sources.heading': 'Bronbestanden',
  'results.sources.summary': {
    one: 'Toon het bronbestand met vingerafdruk',
    other: 'Toon de {count} bronbestanden met vingerafdruk',
  },
  'results.sources.intro':
    'Met de SHA-256-vingerafdruk kunt u nagaan dat een bestand hetzelfde is als het bestand dat wij gebruikten.',
  'results.sources.caption': 'Bronbestanden van deze pagina',
  'results.sources.file': 'Bestand',
  'results.sources.status': 'Status',
  'results.sources.issuer': 'Uitgever',
  'results.sources.created': 'Gemaakt',
  'results.sources.official': 'officieel',
  'results.sources.provisional': 'voorlopig',
  'results.sources.officialLink': 'De officiële bestanden van de Kiesraad op data.overheid.nl',
} as const;

export const en: MessagesOf<typeof nl> = {
  'results.category.TK': 'House of Representatives {year}',
  'results.category.GR': 'Municipal councils {year}',
  'results.category.EP': 'European Parliament {year}',
  'results.category.PS': 'Provincial councils {year}',
  'results.category.AB': 'Water boards {year}',
  'results.category.EK': 'Senate {year}',
  'results.nation': 'the Netherlands',
  'results.total': 'Total',
  'results.no': 'no',
  'results.notReported': 'not reported',
  'results.source.unknown': 'unknown file',
  'results.status.official': 'Official: {kind}, {file}.',
  'results.status.provisional': 'Provisional: {kind}, {file}.',
  'results.notice.provisional':
    'Provisional figures. They come from a CSV file ({file}) downloaded before the final result was declared, and may differ by a few votes from the official result.',
  'results.index.heading': 'Results per election',
  'results.index.intro':
    'For every election in our data: the result from the whole country down to the polling station, with the figures to download.',
  'results.index.nation': 'heel Nederland',
  'results.index.councils': { one: '{count} gemeenteraad', other: '{count} gemeenteraden' },
  'results.index.municipalities': { one: '{count} gemeente', other: '{count} gemeenten' },
  'results.index.stations': { one: '{count} stembureau', other: '{count} stembureaus' },
  'results.index.csvHeading': 'What is in the downloads?',
  'results.index.csvText':
    'Each CSV file is UTF-8, comma-separated, with one row per area and list. Columns: election, level (nation, constituency, municipality, polling station), unit_code, unit_name, parent_code, list_number, list_name, votes, status (official or provisional) and source_file. On a party page there is one row per candidate: list_number, list_name, candidate_position, candidate_name, votes, elected. The JSON file has the same figures plus the totals (eligible voters, valid, blank and invalid votes).',
  'results.kicker.election': 'Result · {date}',
  'results.kicker.region': 'Constituency · {election}',
  'results.kicker.municipality': 'Municipality · {election}',
  'results.kicker.council': 'Municipal council · {election}',
  'results.kicker.island': 'Public body · {election}',
  'results.kicker.postal': 'Postal votes from abroad · {election}',
  'results.kicker.station': 'Polling station in {municipality} · {election}',
  'results.kicker.list': 'List {number} · {election}',
  'results.type.election': 'Election result',
  'results.type.region': 'Constituency',
  'results.type.municipalities': 'Municipalities',
  'results.type.municipality': 'Municipality',
  'results.type.station': 'Polling station',
  'results.type.list': 'Party',
  'results.election.title': 'Result {election}',
  'results.election.lead': 'Election of {date}. {list} won the most votes: {votes} ({share}).',
  'results.election.leadSeats':
    'Election of {date}. {list} won the most votes: {votes} ({share}), and {seats} of the {total} seats.',
  'results.election.leadNoVotes': 'Election of {date}.',
  'results.election.leadPartial': {
    one: 'Election of {date}. Our data holds the result of {count} municipality, not of the whole country.',
    other:
      'Election of {date}. Our data holds the results of {count} municipalities, not of the whole country.',
  },
  'results.election.noNational':
    'The national result of this election is not in the files we have. Below is only what there is.',
  'results.council.lead': {
    one: 'Municipal council election of {date}. Our data holds the result of {count} council.',
    other: 'Municipal council elections of {date}. Our data holds the results of {count} councils.',
  },
  'results.verdict.noOfficial':
    'There is no official seat allocation in this data. The seats below are our own calculation.',
  'results.verdict.agree': {
    one: 'We allocated the seats again from the public files. For the one party with seats it agrees with the Electoral Council (Kiesraad).',
    other:
      'We allocated the seats again from the public files. For all {count} parties with seats it agrees with the Electoral Council (Kiesraad).',
  },
  'results.verdict.differ': {
    one: 'Note: our recalculation differs from the Electoral Council for {count} of the {total} parties: {lists}.',
    other:
      'Note: our recalculation differs from the Electoral Council for {count} of the {total} parties: {lists}.',
  },
  'results.fig.heading': 'Turnout and votes',
  'results.fig.listHeading': 'Votes and seats',
  'results.fig.stationHeading': 'Votes at this polling station',
  'results.fig.eligible': 'Eligible voters',
  'results.fig.cast': 'Votes cast',
  'results.fig.turnout': 'Turnout',
  'results.fig.compare': '{name}: {value}',
  'results.fig.valid': 'Valid votes for lists',
  'results.fig.blank': 'Blank',
  'results.fig.invalid': 'Invalid',
  'results.fig.postcode': 'Postcode',
  'results.seats.heading': 'Seats',
  'results.seats.title': {
    one: 'The allocation of {count} seat',
    other: 'The allocation of the {count} seats',
  },
  'results.seats.caption': {
    one: '{list} won the most seats: {count} of {total}.',
    other: '{list} won the most seats: {count} of {total}.',
  },
  'results.map.turnoutHeading': 'Turnout by municipality',
  'results.map.turnoutTitle': 'Map: turnout by municipality',
  'results.map.turnoutTitleCouncils': 'Map: turnout by municipal council',
  'results.map.turnoutCaption':
    'Turnout was highest in {high} ({highValue}) and lowest in {low} ({lowValue}).',
  'results.map.largestHeading': 'Largest list by municipality',
  'results.map.largestTitle': 'Map: largest list by municipality',
  'results.map.largestCaption': {
    one: '{list} was the largest list in {count} of the {total} areas.',
    other: '{list} was the largest list in {count} of the {total} areas.',
  },
  'results.places.title': 'Polling stations in {name}',
  'results.places.caption': {
    one: '{located} of the {count} polling stations is on the map.',
    other: '{located} of the {count} polling stations are on the map.',
  },
  'results.pv.intro': {
    one: 'The municipality published {count} file of official count reports (source: a volunteer archive). These are the paper records of the count, in Dutch.',
    other:
      'The municipality published {count} files of official count reports (source: a volunteer archive). These are the paper records of the count, in Dutch.',
  },
  'results.pv.stationIntro': {
    one: "This polling station's official count report, as the municipality published it. The file name names this polling station.",
    other:
      "This polling station's official count reports, as the municipality published them. The file name names this polling station.",
  },
  'results.pv.none':
    'None of the files is the report of the whole municipality, as far as the file names show.',
  'results.pv.stationNone':
    "Which file belongs to this polling station cannot be told from the file names. See the municipality's reports.",
  'results.pv.unmatched': {
    one: '{count} file could not be linked to a polling station or to the municipality.',
    other: '{count} files could not be linked to a polling station or to the municipality.',
  },
  'results.seats.council': {
    one: 'The municipal council has {count} seat.',
    other: 'The municipal council has {count} seats.',
  },
  'results.seats.missing':
    'How many seats the council of {name} has is not in the published files we have. So we show votes and percentages, but no seats.',
  'results.seats.missingAll':
    'The number of seats of each council is not in the published files we have. We show votes and percentages, not seats.',
  'results.seats.notInFiles': 'not in the files',
  'results.votes.heading': 'Votes per list',
  'results.votes.intro':
    'Sorted from most to fewest votes. The dashed line is the electoral quota (kiesdeler): the votes one seat costs.',
  'results.compare.heading': 'Votes per list, compared with the whole country',
  'results.compare.intro':
    'The bar is the percentage here. The black mark is the percentage in the whole country.',
  'results.chart.lists.title': 'Votes per list, {unit}',
  'results.chart.lists.titleShare': 'Percentage of votes per list, {unit} and {compare}',
  'results.chart.lists.finding': '{list} won the most votes in {unit}: {votes} ({share}).',
  'results.chart.lists.findingShare': '{list} won the most votes in {unit}: {share} ({votes} votes).',
  'results.chart.lists.empty': 'No votes for lists were counted here.',
  'results.chart.desc': {
    one: 'Bar chart with {count} bar. The same figures are in the table with the figure.',
    other: 'Bar chart with {count} bars. The same figures are in the table with the figure.',
  },
  'results.chart.tableLabel': 'The figures of this chart as a table',
  'results.chart.svg': 'Chart as an SVG file',
  'results.table.lists': 'Votes per list, {unit}',
  'results.col.list': 'List',
  'results.col.number': 'Number',
  'results.col.votes': 'Votes',
  'results.col.share': 'Percentage',
  'results.col.shareIn': '% {name}',
  'results.col.seats': 'Seats',
  'results.col.seatsOfficial': 'Seats (Kiesraad)',
  'results.col.seatsOurs': 'Seats (recalculated)',
  'results.col.check': 'Check',
  'results.col.region': 'Constituency',
  'results.col.municipality': 'Municipality',
  'results.col.council': 'Municipality',
  'results.col.valid': 'Valid votes',
  'results.col.turnout': 'Turnout',
  'results.col.largest': 'Largest list',
  'results.col.station': 'Polling station',
  'results.col.difference': 'Difference',
  'results.col.item': 'Item',
  'results.col.count': 'Number',
  'results.col.candidate': 'Candidate',
  'results.col.position': 'Place on list',
  'results.col.elected': 'Elected',
  'results.check.heading': 'Seats: the Electoral Council and our recalculation',
  'results.check.intro':
    'We allocate the seats again ourselves, with the rules of the Elections Act. This shows whether the official result agrees with the counted votes.',
  'results.check.caption': 'Seats per list: Electoral Council and recalculation',
  'results.check.same': 'same',
  'results.check.differs': 'differs',
  'results.kiesdeler.heading': 'Electoral quota and preference threshold',
  'results.kiesdeler.line': 'quota {value}',
  'results.kiesdeler.text':
    'The electoral quota (kiesdeler) is the number of valid votes divided by the number of seats: {valid} / {seats} = {quota} votes. We compute with this fraction, without rounding.',
  'results.kiesdeler.threshold':
    'The preference threshold is {percentage}% of the quota: {votes} votes. A candidate with more votes of their own is elected on preference votes.',
  'results.regions.heading': 'By constituency',
  'results.regions.caption': 'Result per constituency, {election}',
  'results.region.h1': 'Constituency {number} {name}',
  'results.region.lead':
    '{list} was the largest list here, with {share} of the votes. Turnout was {turnout} (the Netherlands: {country}).',
  'results.municipalities.crumb': 'Municipalities',
  'results.municipalities.h1': 'Result per municipality, {election}',
  'results.municipalities.heading': 'By municipality',
  'results.municipalities.intro': {
    one: 'The result of {count} municipality: votes, turnout and the largest list.',
    other: 'The results of all {count} municipalities: votes, turnout and the largest list.',
  },
  'results.municipalities.all': 'All municipalities in one table',
  'results.municipalities.caption': 'Result per municipality, {where}',
  'results.councils.crumb': 'Councils',
  'results.councils.h1': 'Result per municipal council, {election}',
  'results.councils.heading': 'By municipal council',
  'results.councils.intro': {
    one: 'The result of {count} municipal council: votes, turnout and the largest list.',
    other: 'The results of all {count} municipal councils: votes, turnout and the largest list.',
  },
  'results.councils.all': 'All municipal councils in one table',
  'results.councils.caption': 'Result per municipal council, {where}',
  'results.filter.label': 'Find a municipality',
  'results.filter.hint': 'Type part of the name; the table then shows only the municipalities that match.',
  'results.filter.count': '{shown} of {total} municipalities',
  'results.lists.heading': 'By party',
  'results.lists.intro': "Per list: the candidates' preference votes and who was elected.",
  'results.municipality.lead':
    '{list} won the most votes in {name}: {votes} ({share}). Turnout was {turnout}.',
  'results.municipality.leadCompare':
    '{list} won the most votes in {name}: {votes} ({share}). Turnout was {turnout} (the Netherlands: {country}).',
  'results.municipality.leadNoTurnout': '{list} won the most votes in {name}: {votes} ({share}).',
  'results.municipality.postal':
    'This is the postal voting office in The Hague (NBSB). It counts the votes of voters abroad who vote by post. It belongs to the constituency of The Hague, but it is not a municipality.',
  'results.municipality.island':
    'This is a public body in the Caribbean Netherlands. It belongs to the constituency of Bonaire.',
  'results.stations.heading': 'By polling station',
  'results.stations.anywhere':
    "Voters may vote at any polling station in their municipality. So a polling station's result is not a neighbourhood's result.",
  'results.stations.caption': {
    one: 'Result of {count} polling station in {name}',
    other: 'Results of the {count} polling stations in {name}',
  },
  'results.stations.none': 'The result per polling station of this municipality is not in the files we have.',
  'results.stations.noneSpecial': 'There is no result per polling station for this area in the files.',
  'results.stations.turnoutHeading': 'Turnout per polling station',
  'results.stations.turnoutIntro':
    'Each mark is one polling station: votes cast divided by the voters called to that station. Above 100% is possible, because voters may vote anywhere in the municipality.',
  'results.stations.turnoutTitle': 'Turnout per polling station, {name}',
  'results.stations.turnoutDesc': {
    one: 'Strip chart with {count} polling station.',
    other: 'Strip chart with {count} polling stations.',
  },
  'results.stations.turnoutCaption': {
    one: 'The turnout of the one polling station was {low}.',
    other: 'The turnout of the {count} polling stations ranged from {low} to {high}.',
  },
  'results.stations.outside': {
    one: '{count} polling station is off the scale (arrow); see the table.',
    other: '{count} polling stations are off the scale (arrows); see the table.',
  },
  'results.stations.ownTurnout': 'municipality {value}',
  'results.stations.inTable': 'The figures per polling station are in the table ‘By polling station’ below.',
  'results.stations.turnoutTable': 'Turnout per polling station, {name}',
  'results.stations.diffHeading': 'Ballots against admitted voters',
  'results.stations.diffIntro':
    'Each mark is one polling station: the ballots in the box minus the voters admitted. At 0 they match exactly.',
  'results.stations.diffTitle': 'Difference between ballots and admitted voters per polling station, {name}',
  'results.stations.diffDesc': {
    one: 'Strip chart with {count} polling station.',
    other: 'Strip chart with {count} polling stations.',
  },
  'results.stations.diffCaption': {
    one: 'At {count} of the {total} polling stations the ballots and the admitted voters differed.',
    other: 'At {count} of the {total} polling stations the ballots and the admitted voters differed.',
  },
  'results.stations.diffTable': 'Ballots minus admitted voters per polling station, {name}',
  'results.station.lead':
    'At {name} ({municipality}) {list} won the most votes: {votes} of the {valid} valid votes.',
  'results.station.anywhere':
    "Voters may vote at any polling station in {municipality}, not only the one near their home. So this polling station's result is not the result of the neighbourhood around it.",
  'results.adm.heading': 'Admitted voters and ballots',
  'results.adm.caption': 'Admitted voters and counted ballots, {name}',
  'results.adm.stempassen': 'Valid polling cards (stempassen)',
  'results.adm.volmachten': 'Valid proxy authorisations (volmachten)',
  'results.adm.kiezerspassen': 'Valid voter passes (kiezerspassen)',
  'results.adm.admitted': 'Admitted voters',
  'results.adm.ballots': 'Counted ballots (valid, blank and invalid)',
  'results.adm.difference': 'Difference (ballots minus admitted voters)',
  'results.adm.same': {
    one: 'The number of ballots equals the number of admitted voters exactly: {count}.',
    other: 'The number of ballots equals the number of admitted voters exactly: {count}.',
  },
  'results.adm.differ':
    '{ballots} ballots were counted and {admitted} voters admitted: a difference of {difference}.',
  'results.adm.introNoAdmitted': 'The number of admitted voters is not in the file.',
  'results.adm.explained': 'The explanations the polling station wrote down are in the table (in Dutch).',
  'results.adm.unexplained': 'The file has no explanation for the difference.',
  'results.expl.meer getelde stembiljetten': 'More ballots counted than voters admitted',
  'results.expl.minder getelde stembiljetten': 'Fewer ballots counted than voters admitted',
  'results.expl.meegenomen stembiljetten': 'Explanation: voters took ballots away',
  'results.expl.te weinig uitgereikte stembiljetten': 'Explanation: too few ballots handed out',
  'results.expl.te veel uitgereikte stembiljetten': 'Explanation: too many ballots handed out',
  'results.expl.geen verklaring': 'No explanation',
  'results.expl.andere verklaring': 'Other explanation',
  'results.expl.kwijtgeraakte stembiljetten': 'Explanation: ballots lost',
  'results.expl.te veel briefstembiljetten': 'Too many postal ballots',
  'results.expl.geen briefstembiljetten': 'No postal ballots',
  'results.places.heading': 'Where the polling stations were',
  'results.pv.heading': 'Official count reports (processen-verbaal) of this municipality',
  'results.pv.stationHeading': 'Official count report (proces-verbaal) of this polling station',
  'results.list.lead': '{list} won {votes} votes ({share}).',
  'results.list.leadSeats': {
    one: '{list} won {votes} votes ({share}) and {count} seat.',
    other: '{list} won {votes} votes ({share}) and {count} seats.',
  },
  'results.list.threshold': 'Preference threshold (votes)',
  'results.list.thresholdLine': 'threshold {votes}',
  'results.list.chartHeading': 'Preference votes',
  'results.list.chartIntro':
    'Votes for each candidate in the whole country. Whoever is past the red line reached the preference threshold.',
  'results.list.chartTitle': {
    one: 'Preference votes, {list}: the candidate with the most votes',
    other: 'Preference votes, {list}: the {count} candidates with the most votes',
  },
  'results.list.chartCaption': {
    one: '{name} won the most preference votes: {votes}. {count} candidate reached the preference threshold.',
    other:
      '{name} won the most preference votes: {votes}. {count} candidates reached the preference threshold.',
  },
  'results.list.chartCaptionNoThreshold': '{name} won the most preference votes: {votes}.',
  'results.list.candidatesHeading': 'All candidates',
  'results.list.candidatesCaption': 'Candidates of {list}: votes and who was elected',
  'results.list.howElected':
    'Candidates who reach the preference threshold are elected first. The other seats go to the candidates in list order.',
  'results.list.byPreference': 'yes, on preference votes',
  'results.list.byOrder': 'yes, in list order',
  'results.downloads.heading': 'Download the figures',
  'results.downloads.intro':
    'The figures of this page as a file: one row per area and list. The columns are explained on the Results page.',
  'results.downloads.csv': 'CSV (for a spreadsheet)',
  'results.downloads.json': 'JSON (for a program)',
  'results.sources.heading': 'Source files',
  'results.sources.summary': {
    one: 'Show the source file with its fingerprint',
    other: 'Show the {count} source files with their fingerprints',
  },
  'results.sources.intro':
    'With the SHA-256 fingerprint you can check that a file is the same as the file we used.',
  'results.sources.caption': 'Source files of this page',
  'results.sources.file': 'File',
  'results.sources.status': 'Status',
  'results.sources.issuer': 'Issuer',
  'results.sources.created': 'Created',
  'results.sources.official': 'official',
  'results.sources.provisional': 'provisional',
  'results.sources.officialLink': "The Electoral Council's official files on data.overheid.nl",
};
