/**
 * Polling places in the VNG "Stembureaus Open Data Standaard" (the fields municipalities publish
 * through waarismijnstemlokaal.nl; versions 2024 and 2026 differ in a few accessibility fields) and
 * the Centerdata TK2023 list (a cleaned subset of the same columns). Every polling place becomes a
 * session: the count at that place right after closing time (Kieswet N 1: counting starts as soon
 * as voting has ended; J 35: it is public).
 *
 * The reader is strict where a wrong value would mislead an observer (time, place, position, the
 * municipality) and lenient about empty fields, which the standard allows and the exports are full of:
 * empty stays "unknown", never "no".
 */
import { SourceFileError } from '../model/source-error.ts';
import { normalizePostcode } from '../model/postcode.ts';
import { isInNetherlands, isPlausibleRd, rdToWgs84, round6, timeZoneFor } from './geo.ts';
import type { Row, Table } from './rows.ts';
import { parseLocal, withOffset } from './time.ts';
import type { Session, SourceIssue, StationType, Tri } from './types.ts';

/** Columns without which a row cannot become a session. */
const REQUIRED = [
  'Gemeente',
  'CBS gemeentecode',
  'Naam stembureau',
  'Straatnaam',
  'Postcode',
  'Plaats',
  'Openingstijd',
  'Sluitingstijd',
] as const;

/** Accessibility fields of both versions of the standard, shown as they are published. */
export const ACCESSIBILITY_FIELDS = [
  'Toegankelijke ov-halte',
  'Gehandicaptentoilet',
  'Toilet',
  'Host',
  'Geleidelijnen',
  'Stemmal met audio-ondersteuning',
  'Kandidatenlijst in braille',
  'Kandidatenlijst met grote letters',
  'Gebarentolk (NGT)',
  'Gebarentalig stembureaulid (NGT)',
  'Akoestiek geschikt voor slechthorenden',
  'Prikkelarm',
  'Prokkelduo',
  'Extra toegankelijkheidsinformatie',
] as const;

const WHEELCHAIR = 'Toegankelijk voor mensen met een lichamelijke beperking';

export interface VngOptions {
  election: string;
  /** The source's name for the session record. */
  sourceName: string;
  /** YYYY-MM-DD of the export. */
  updated: string;
}

/** CSV: the row's line and the field's position in the header; JSON: where the field's name stands. */
function fail(table: Table, row: Row, column: string | null, message: string): never {
  if (row.positions) {
    const at = (column && row.positions.get(column)) || { line: row.line, column: row.column };
    throw new SourceFileError(table.file, at.line, at.column, message);
  }
  const field = column ? table.columns.indexOf(column) + 1 : 0;
  throw new SourceFileError(table.file, row.line, field > 0 ? field : row.column, message);
}

function tri(table: Table, row: Row, field: string): Tri {
  const v = (row.values.get(field) ?? '').toLowerCase();
  if (v === 'ja') return 'yes';
  if (v === 'nee') return 'no';
  if (v === '') return 'unknown';
  fail(table, row, field, `"${field}" is "${row.values.get(field)}": write ja, nee or leave it empty`);
}

function stationType(table: Table, row: Row): StationType {
  const v = (row.values.get('Type stembureau') ?? '').toLowerCase();
  if (v === 'regulier' || v === '') return 'regular';
  if (v === 'mobiel') return 'mobile';
  if (v === 'bijzonder') return 'other-hours';
  fail(
    table,
    row,
    'Type stembureau',
    `"Type stembureau" is "${row.values.get('Type stembureau')}": write regulier, mobiel or bijzonder`,
  );
}

function number(v: string | undefined): number | null {
  if (v === undefined || v === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : NaN;
}

/** Latitude/Longitude when given; otherwise RD X/Y converted (the standard allows either). */
function position(table: Table, row: Row): [number, number] | [null, null] {
  const lat = number(row.values.get('Latitude'));
  const lon = number(row.values.get('Longitude'));
  const x = number(row.values.get('X'));
  const y = number(row.values.get('Y'));
  if (Number.isNaN(lat) || Number.isNaN(lon))
    fail(
      table,
      row,
      'Latitude',
      `Latitude/Longitude "${row.values.get('Latitude')}", "${row.values.get('Longitude')}" are not numbers: use a decimal point (52.09), not a comma`,
    );
  if (lat !== null && lon !== null) {
    if (isInNetherlands(lat, lon)) return [round6(lat), round6(lon)];
    const swapped = isInNetherlands(lon, lat) ? ' (Latitude and Longitude look swapped)' : '';
    fail(
      table,
      row,
      'Latitude',
      `position ${lat}, ${lon} is outside the Netherlands${swapped}: give WGS84 degrees (Latitude about 51–53.5, Longitude about 3.3–7.2)`,
    );
  }
  if (Number.isNaN(x) || Number.isNaN(y))
    fail(
      table,
      row,
      'X',
      `X/Y "${row.values.get('X')}", "${row.values.get('Y')}" are not numbers: give RD New metres with a decimal point`,
    );
  if (x !== null && y !== null) {
    if (!isPlausibleRd(x, y))
      fail(
        table,
        row,
        'X',
        `RD position ${x}, ${y} is outside the Netherlands: X must be 0–300000 and Y 289000–629000 (RD New metres)`,
      );
    const [la, lo] = rdToWgs84(x, y);
    return [round6(la), round6(lo)];
  }
  return [null, null];
}

function time(table: Table, row: Row, field: string, timeZone: string): string | null {
  const raw = row.values.get(field) ?? '';
  if (raw === '') return null;
  const local = parseLocal(raw);
  if (!local || local.hour === null)
    fail(
      table,
      row,
      field,
      `"${field}" is "${raw}", not a real date and time: write YYYY-MM-DDTHH:MM:SS in local time, e.g. 2023-11-22T21:00:00`,
    );
  return withOffset(local, timeZone);
}

/**
 * One id per row that survives a new export of the same list. In the CKAN exports "ID" names the
 * municipality's dataset (the same on every row of a municipality), so the station's own UUID comes
 * first; the Centerdata list has "id"; else the municipality's station number.
 */
function sourceId(row: Row, code: string): string {
  const own = row.values.get('UUID') || row.values.get('id');
  if (own) return own;
  const number = row.values.get('Nummer stembureau');
  return number ? `GM${code}-SB${number}` : '';
}

function safeId(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
}

export function sessionsFromVngTable(table: Table, options: VngOptions): Session[] {
  const missing = REQUIRED.filter((c) => !table.columns.includes(c));
  const hasPosition =
    (table.columns.includes('Latitude') && table.columns.includes('Longitude')) ||
    (table.columns.includes('X') && table.columns.includes('Y'));
  if (missing.length > 0 || !hasPosition)
    throw new SourceFileError(
      table.file,
      1,
      1,
      `this is not a list in the Stembureaus Open Data Standaard: column${missing.length === 1 ? '' : 's'} ${[
        ...missing,
        ...(hasPosition ? [] : ['Latitude/Longitude or X/Y']),
      ]
        .map((c) => `"${c}"`)
        .join(', ')} missing. Export the list again with all columns of the standard`,
    );
  if (table.rows.length === 0) throw new SourceFileError(table.file, 1, 1, 'the list has no polling places');
  const seenIds = new Map<string, number>();
  const names = new Map<string, { name: string; line: number }>();
  return table.rows.map((row) => {
    const rawCode = row.values.get('CBS gemeentecode') ?? '';
    const m = /^(?:GM)?(\d{4})$/i.exec(rawCode);
    if (!m)
      fail(
        table,
        row,
        'CBS gemeentecode',
        `"CBS gemeentecode" is "${rawCode}": write GM followed by the four digits of the CBS code, e.g. GM0363`,
      );
    const code = m[1]!;
    const municipality = row.values.get('Gemeente') ?? '';
    if (municipality === '')
      fail(table, row, 'Gemeente', '"Gemeente" is empty: write the name of the municipality');
    const known = names.get(code);
    if (known && known.name !== municipality)
      fail(
        table,
        row,
        'Gemeente',
        `CBS code ${code} is "${municipality}" here but "${known.name}" on line ${known.line}: one code, one municipality`,
      );
    if (!known) names.set(code, { name: municipality, line: row.line });
    const name = row.values.get('Naam stembureau') ?? '';
    if (name === '')
      fail(table, row, 'Naam stembureau', '"Naam stembureau" is empty: give the name of the building');
    const own = sourceId(row, code);
    if (own === '')
      fail(
        table,
        row,
        'ID',
        'the row has no ID, id, UUID or Nummer stembureau: give each polling place its own id',
      );
    const first = seenIds.get(own);
    if (first !== undefined)
      fail(
        table,
        row,
        'ID',
        `id "${own}" is used twice (first on line ${first}): every polling place needs its own id`,
      );
    seenIds.set(own, row.line);
    const timeZone = timeZoneFor(code);
    let opens = time(table, row, 'Openingstijd', timeZone);
    let closes = time(table, row, 'Sluitingstijd', timeZone);
    let sourceIssue: SourceIssue | null = null;
    // Real exports (TK2023: Zaltbommel, Dalfsen, Rijswijk, Arnhem) give the same time twice, a
    // placeholder: publish "time not known" with the reason, never a count at 07:30 or midnight.
    if (opens && closes && opens === closes) {
      sourceIssue = 'opening-equals-closing';
      opens = null;
      closes = null;
    }
    if (opens && closes) {
      if (Date.parse(closes) < Date.parse(opens))
        fail(
          table,
          row,
          'Sluitingstijd',
          `closing time ${row.values.get('Sluitingstijd')} is not after opening time ${row.values.get('Openingstijd')}`,
        );
      if (opens.slice(0, 10) !== closes.slice(0, 10))
        fail(
          table,
          row,
          'Sluitingstijd',
          `opening (${opens.slice(0, 10)}) and closing (${closes.slice(0, 10)}) are on different days: a polling station opens and closes on one day`,
        );
    }
    const [lat, lon] = position(table, row);
    const rawPostcode = row.values.get('Postcode') ?? '';
    const postcode = normalizePostcode(rawPostcode) ?? null;
    // The Caribbean Netherlands have no postcodes ("-1" in the Centerdata list); elsewhere a broken one is an error.
    if (!postcode && rawPostcode !== '' && rawPostcode !== '-1' && timeZone === 'Europe/Amsterdam')
      fail(
        table,
        row,
        'Postcode',
        `"Postcode" is "${rawPostcode}": write four digits and two letters, e.g. 9461 BH`,
      );
    const house = [
      row.values.get('Huisnummer'),
      row.values.get('Huisletter'),
      row.values.get('Huisnummertoevoeging'),
    ]
      .filter((v) => v)
      .join('');
    const street = [row.values.get('Straatnaam') ?? '', house].filter((v) => v).join(' ');
    const city = row.values.get('Plaats') ?? '';
    const type = stationType(table, row);
    const accessibility = ACCESSIBILITY_FIELDS.flatMap((f): [string, string][] => {
      const v = row.values.get(f) ?? '';
      return v === '' ? [] : [[f, v]];
    });
    const web = row.values.get('Verkiezingswebsite gemeente') ?? '';
    const note = [row.values.get('Overige informatie') ?? ''].filter((v) => v).join(' ');
    return {
      id: `${options.election}-${code}-${safeId(own)}`.toLowerCase(),
      election: options.election,
      kind: 'polling-station-count',
      municipalityCode: code,
      municipalityName: municipality,
      name,
      address:
        street || city
          ? { street, postcode, city, extra: row.values.get('Extra adresaanduiding') ?? '' }
          : null,
      lat,
      lon,
      start: closes,
      end: null,
      timeZone,
      wheelchair: tri(table, row, WHEELCHAIR),
      accessibility,
      stationType: type,
      votingOpens: opens,
      countsHere: table.columns.includes('Tellocatie') ? tri(table, row, 'Tellocatie') : 'unknown',
      // Dutch government websites must be served over HTTPS (Forum Standaardisatie, "HTTPS en HSTS",
      // required since 2017); exports still carry old http:// addresses, so link the secure one.
      electionPage: /^https?:\/\/[^\s]+$/i.test(web) ? web.replace(/^http:/i, 'https:') : null,
      contact: row.values.get('Contactgegevens gemeente') || null,
      note: note || null,
      sourceIssue,
      verified: true,
      source: {
        name: options.sourceName,
        file: table.file.split(/[\\/]/).pop() ?? table.file,
        line: row.line,
        updated: options.updated,
      },
    } satisfies Session;
  });
}
