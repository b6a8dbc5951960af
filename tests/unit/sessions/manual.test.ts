/**
 * The hand-kept sessions file: every wrong row fails with file:line:column and what to write; the
 * committed TK2023 file holds the national sessions with the dates and times of the Kiesraad timeline.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readManualSessions } from '../../../src/lib/sessions/manual.ts';
import { manualColumns } from '../../../src/lib/sessions/manual-schema.ts';
import { SourceFileError } from '../../../src/lib/model/source-error.ts';
import { sessionElections } from '../../../src/lib/sessions/catalog.ts';

const root = path.join(import.meta.dirname, '../../..');
const fixture = (name: string): string => path.join(root, 'tests/fixtures/sessions', name);
const read = (name: string) =>
  readManualSessions(fixture(name), readFileSync(fixture(name), 'utf8'), 'TK2023');

function error(name: string): string {
  try {
    read(name);
  } catch (e) {
    expect(e).toBeInstanceOf(SourceFileError);
    return (e as SourceFileError).format();
  }
  throw new Error(`${name} was accepted`);
}

describe('hostile rows', () => {
  test.each([
    // Line 4: a comment line and the header come first; the second row repeats the id.
    ['manual_invalid_duplicate_id.csv', /:4:1: id "tk2023-hsb-03" is used twice \(first on line 3\)/],
    [
      'manual_invalid_impossible_date.csv',
      /:2:11: column "start" is "2023-11-31T10:00", not a real date or time/,
    ],
    [
      'manual_invalid_date_format.csv',
      /:2:11: column "start" is "23-11-2023 10:00": write local start time YYYY-MM-DDTHH:MM/,
    ],
    ['manual_invalid_kind.csv', /:2:2: column "kind" is "gsb": write one of central-count, gsb-session/],
    [
      'manual_invalid_swapped_coordinates.csv',
      /:2:9: position 6\.56, 52\.99 is outside the Netherlands \(lat and lon look swapped\)/,
    ],
    [
      'manual_invalid_end_before_start.csv',
      /:2:12: the end 2023-11-23T09:00 is not after the start 2023-11-23T10:00/,
    ],
    [
      'manual_invalid_columns.csv',
      /:1:1: missing columns municipality_code, .*: the header must be id,kind,/,
    ],
  ])('%s', (name, expected) => {
    expect(error(name)).toMatch(expected);
  });

  test('a valid row: the hour summer time skips keeps the winter offset; all fields kept', () => {
    const [s] = read('manual_valid.csv');
    expect(s!.start).toBe('2026-03-29T02:30:00+01:00');
    expect(s!.address).toEqual({ street: 'Stadhuis', postcode: '9401 JW', city: 'Assen', extra: '' });
    expect(s!.verified).toBe(false);
    expect(s!.electionPage).toBe('https://www.assen.nl/verkiezingen');
  });
});

test('the README documents every column of the schema', () => {
  const readme = readFileSync(path.join(root, 'content/sessions/README.md'), 'utf8');
  for (const c of manualColumns) expect(readme, c).toContain(`\`${c}\``);
});

describe('the committed TK2023 file', () => {
  const tk = sessionElections().find((e) => e.id === 'TK2023')!;
  const byKind = (k: string) => tk.sessions.filter((s) => s.kind === k);

  test('the 20 hoofdstembureaus on 27 November 2023 at 10:00 (Kiesraad timeline)', () => {
    const hsb = byKind('hsb-session');
    expect(hsb).toHaveLength(20);
    const timed = hsb.filter((s) => s.start === '2023-11-27T10:00:00+01:00');
    expect(timed).toHaveLength(19);
    // Bonaire: the day is known, the local hour is not; marked unverified.
    const bonaire = hsb.find((s) => s.municipalityCode === '9001')!;
    expect(bonaire.start).toBe('2023-11-27');
    expect(bonaire.verified).toBe(false);
  });

  test('postal-vote office 28 Nov 13:00 and central electoral committee 1 Dec 10:00, in The Hague', () => {
    expect(byKind('postal-vote-office').map((s) => [s.start, s.municipalityCode])).toEqual([
      ['2023-11-28T13:00:00+01:00', '0518'],
    ]);
    expect(byKind('central-committee').map((s) => s.start)).toEqual([
      '2023-12-01T10:00:00+01:00',
      '2023-12-04',
    ]);
  });

  test('the municipal examples marked *check* in FACTS.md are unverified', () => {
    const central = byKind('central-count');
    expect(central.map((s) => s.municipalityName).sort()).toEqual(['Albrandswaard', 'Vaals', 'Waterland']);
    expect(central.every((s) => !s.verified)).toBe(true);
    expect(central.find((s) => s.municipalityName === 'Vaals')!.start).toBe('2023-11-23T10:00:00+01:00');
  });

  test('every polling place of the TK2023 list is a session', () => {
    expect(byKind('polling-station-count')).toHaveLength(9140);
  });
});
