/**
 * The hand-kept sessions file (content/sessions/<election>/sessions.csv): each row is checked against
 * the JSON Schema in manual-schema.ts (Ajv), then for what a schema cannot say (a real calendar date,
 * end after start, a position inside the Netherlands, one id once). Any wrong row stops the build
 * with `file:line:column: what is wrong and what to write`.
 */
import { Ajv } from 'ajv';
import { SourceFileError } from '../model/source-error.ts';
import { normalizePostcode } from '../model/postcode.ts';
import { isInNetherlands, round6, timeZoneFor } from './geo.ts';
import { manualColumns, manualRowSchema } from './manual-schema.ts';
import { readCsvTable } from './rows.ts';
import { parseLocal, withOffset } from './time.ts';
import type { Session, SessionKind, Tri } from './types.ts';

const ajv = new Ajv({ allErrors: false, strict: true });
const validateRow = ajv.compile(manualRowSchema);

const properties = manualRowSchema.properties as Record<string, { description: string }>;

export function readManualSessions(file: string, content: string, election: string): Session[] {
  const table = readCsvTable(file, content);
  const missing = manualColumns.filter((c) => !table.columns.includes(c));
  const extra = table.columns.filter((c) => !(manualColumns as readonly string[]).includes(c));
  if (missing.length || extra.length)
    throw new SourceFileError(
      file,
      1,
      1,
      [
        missing.length ? `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` : '',
        extra.length ? `unknown column${extra.length > 1 ? 's' : ''} ${extra.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; ') + `: the header must be ${manualColumns.join(',')}`,
    );
  const seen = new Map<string, number>();
  return table.rows.map((row) => {
    const col = (name: string): number => table.columns.indexOf(name) + 1;
    const fail = (name: string, message: string): never => {
      throw new SourceFileError(file, row.line, col(name), message);
    };
    const r = Object.fromEntries(row.values) as Record<(typeof manualColumns)[number], string>;
    if (!validateRow(r)) {
      const e = validateRow.errors![0]!;
      const field = e.instancePath.replace(/^\//, '') || String(e.params['missingProperty'] ?? '');
      fail(
        field,
        `column "${field}" is "${r[field as keyof typeof r] ?? ''}": write ${properties[field]?.description ?? e.message}`,
      );
    }
    const first = seen.get(r.id);
    if (first !== undefined)
      fail('id', `id "${r.id}" is used twice (first on line ${first}): give every row its own id`);
    seen.set(r.id, row.line);
    const timeZone = timeZoneFor(r.municipality_code);
    const moment = (name: 'start' | 'end'): string | null => {
      if (r[name] === '') return null;
      const local = parseLocal(r[name]);
      if (!local)
        fail(name, `column "${name}" is "${r[name]}", not a real date or time: check day, month and hour`);
      return withOffset(local!, timeZone);
    };
    const start = moment('start');
    const end = moment('end');
    if (end && !start?.includes('T')) fail('end', 'an end time needs a start time with an hour');
    if (start && end && Date.parse(end) <= Date.parse(start))
      fail('end', `the end ${r.end} is not after the start ${r.start}`);
    let lat: number | null = null;
    let lon: number | null = null;
    if ((r.lat === '') !== (r.lon === ''))
      fail(r.lat === '' ? 'lat' : 'lon', 'give both lat and lon, or neither');
    if (r.lat !== '') {
      lat = Number(r.lat);
      lon = Number(r.lon);
      if (!isInNetherlands(lat, lon))
        fail(
          'lat',
          `position ${r.lat}, ${r.lon} is outside the Netherlands${isInNetherlands(lon, lat) ? ' (lat and lon look swapped)' : ''}: give WGS84 degrees`,
        );
      lat = round6(lat);
      lon = round6(lon);
    }
    const tri = (v: string): Tri => (v === 'yes' ? 'yes' : v === 'no' ? 'no' : 'unknown');
    return {
      id: r.id,
      election,
      kind: r.kind as SessionKind,
      municipalityCode: r.municipality_code,
      municipalityName: r.municipality,
      name: r.name,
      address: { street: r.street, postcode: normalizePostcode(r.postcode) ?? null, city: r.city, extra: '' },
      lat,
      lon,
      start,
      end,
      timeZone,
      wheelchair: tri(r.wheelchair),
      accessibility: [],
      stationType: null,
      votingOpens: null,
      countsHere: tri(r.counts_here),
      electionPage: r.election_page || null,
      contact: r.contact || null,
      note: r.note || null,
      sourceIssue: null,
      verified: r.verified === 'yes',
      source: { name: r.source, file: file.split(/[\\/]/).pop() ?? file, line: row.line, updated: r.updated },
    } satisfies Session;
  });
}
