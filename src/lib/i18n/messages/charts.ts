/**
 * Strings of the shared chart components in src/components/charts/ (Hemicycle, MunicipalityMap,
 * PlacesMap, list legends). Dutch is the reference; English has the same keys (type-checked).
 */
import type { MessagesOf } from '../translate.ts';

export const nl = {
  'charts.seats': { one: '{count} zetel', other: '{count} zetels' },
  'charts.legend': 'Legenda',
  'charts.list': 'Lijst',
  'charts.seatsColumn': 'Zetels',
  'charts.hemicycle.desc':
    'Halve cirkel met één stip per zetel, {total} in totaal, in {rows} rijen. Van links naar rechts: {lists}.',
  'charts.hemicycle.descOne':
    'Halve cirkel met één stip per zetel, {total} in totaal, in één rij. Van links naar rechts: {lists}.',
  'charts.hemicycle.item': '{name} {seats}',
  'charts.hemicycle.table': 'Zetels per lijst (tabel)',
  'charts.map.municipality': 'Gemeente',
  'charts.map.value': 'Waarde',
  'charts.map.notOnMap': 'Niet op de kaart',
  'charts.map.noData': 'geen gegevens',
  'charts.map.tie': 'gelijk aantal stemmen',
  'charts.map.table': '{value} per gemeente (tabel)',
  'charts.map.desc': 'Kaart van Nederland met {count} gemeenten, gekleurd naar: {legend}.',
  'charts.map.descCards': '{names} staan naast de kaart, niet erop.',
  'charts.places.desc':
    'Kaart van de gemeente {municipality} met {count} genummerde stembureaus. De nummers staan in de lijst onder de kaart.',
  'charts.places.descDots':
    'Kaart van de gemeente {municipality} met {count} stembureaus als stippen; ze staan te dicht op elkaar voor nummers. Alle stembureaus staan in de lijst onder de kaart.',
  'charts.places.descNone':
    'Kaart van de gemeente {municipality}. Van geen enkel stembureau is de plek bekend.',
  'charts.places.list': 'De stembureaus, met hun nummer op de kaart',
  'charts.places.notOnMap': 'plek onbekend, niet op de kaart',
  'charts.places.unplaced': {
    one: '{count} stembureau heeft geen bekende plek en staat niet op de kaart.',
    other: '{count} stembureaus hebben geen bekende plek en staan niet op de kaart.',
  },
} as const;

export const en: MessagesOf<typeof nl> = {
  'charts.seats': { one: '{count} seat', other: '{count} seats' },
  'charts.legend': 'Key',
  'charts.list': 'List',
  'charts.seatsColumn': 'Seats',
  'charts.hemicycle.desc':
    'Half circle with one dot per seat, {total} in total, in {rows} rows. From left to right: {lists}.',
  'charts.hemicycle.descOne':
    'Half circle with one dot per seat, {total} in total, in one row. From left to right: {lists}.',
  'charts.hemicycle.item': '{name} {seats}',
  'charts.hemicycle.table': 'Seats per list (table)',
  'charts.map.municipality': 'Municipality',
  'charts.map.value': 'Value',
  'charts.map.notOnMap': 'Not on the map',
  'charts.map.noData': 'no data',
  'charts.map.tie': 'tie (equal votes)',
  'charts.map.table': '{value} per municipality (table)',
  'charts.map.desc': 'Map of the Netherlands with {count} municipalities, coloured by: {legend}.',
  'charts.map.descCards': '{names} are shown beside the map, not on it.',
  'charts.places.desc':
    'Map of the municipality of {municipality} with {count} numbered polling stations. The numbers are in the list below the map.',
  'charts.places.descDots':
    'Map of the municipality of {municipality} with {count} polling stations as dots; they are too close together for numbers. All polling stations are in the list below the map.',
  'charts.places.descNone':
    'Map of the municipality of {municipality}. No polling station has a known location.',
  'charts.places.list': 'The polling stations, with their number on the map',
  'charts.places.notOnMap': 'location unknown, not on the map',
  'charts.places.unplaced': {
    one: '{count} polling station has no known location and is not on the map.',
    other: '{count} polling stations have no known location and are not on the map.',
  },
};
