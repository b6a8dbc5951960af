/**
 * Open data: every session of an election as CSV (RFC 4180, UTF-8, header row) and JSON. Text that a
 * spreadsheet would run as a formula (starting with = + - @) gets a leading apostrophe (OWASP CSV
 * injection advice); numbers and times are written as they are.
 */
import type { Session } from '../sessions/types.ts';

export const openDataColumns = [
  'id',
  'election',
  'kind',
  'municipality_code',
  'municipality',
  'name',
  'street',
  'postcode',
  'city',
  'address_extra',
  'lat',
  'lon',
  'start',
  'end',
  'time_zone',
  'wheelchair',
  'station_type',
  'voting_opens',
  'counts_here',
  'verified',
  'source',
  'source_file',
  'source_line',
  'updated',
] as const;

function cell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text))
    text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function sessionsCsv(sessions: readonly Session[]): string {
  const rows = sessions.map((s) =>
    [
      s.id,
      s.election,
      s.kind,
      s.municipalityCode,
      s.municipalityName,
      s.name,
      s.address?.street ?? null,
      s.address?.postcode ?? null,
      s.address?.city ?? null,
      s.address?.extra ?? null,
      s.lat,
      s.lon,
      s.start,
      s.end,
      s.timeZone,
      s.wheelchair,
      s.stationType,
      s.votingOpens,
      s.countsHere,
      s.verified ? 'yes' : 'no',
      s.source.name,
      s.source.file,
      s.source.line,
      s.source.updated,
    ]
      .map(cell)
      .join(','),
  );
  return `${[openDataColumns.join(','), ...rows].join('\r\n')}\r\n`;
}

export function sessionsJson(election: string, sessions: readonly Session[]): string {
  return `${JSON.stringify({ election, format: 'open-telling-sessions/1', sessions })}\n`;
}
