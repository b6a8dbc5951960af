/**
 * The session importer on hostile inputs (each fixture breaks one rule and is named after it) and on
 * the real published lists: every TK2023 polling place becomes a session, the partial TK2025 and
 * GR2026 exports import whole, and nothing is written when a file is wrong.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { importPollingPlaces } from '../../../src/lib/sessions/import.ts';
import { SourceFileError } from '../../../src/lib/model/source-error.ts';
import { hasSharedData, sharedPath } from '../../helpers/shared-data.ts';

const fixture = (name: string): string => path.join(import.meta.dirname, '../../fixtures/sessions', name);

async function importError(name: string): Promise<string> {
  try {
    await importPollingPlaces([fixture(name)], { election: 'TK2023', updated: '2023-11-01' });
  } catch (e) {
    expect(e).toBeInstanceOf(SourceFileError);
    return (e as SourceFileError).format();
  }
  throw new Error(`${name} was accepted`);
}

describe('hostile polling-place lists fail with file:line:column and advice', () => {
  test.each([
    ['invalid_wrong_columns.csv', /:1:1: .*"Postcode".*missing/],
    ['invalid_impossible_date.csv', /:3:\d+: "Openingstijd" is "2023-02-30T07:30:00", not a real date/],
    ['invalid_closing_before_opening.csv', /:2:\d+: closing time .* is not after opening time/],
    [
      'invalid_swapped_coordinates.csv',
      /:2:\d+: position 6\.7602206, 53\.0047933 is outside the Netherlands \(Latitude and Longitude look swapped\)/,
    ],
    ['invalid_coordinates_outside_nl.csv', /:2:\d+: position 48\.8566, 2\.3522 is outside the Netherlands/],
    ['invalid_duplicate_id.csv', /:3:\d+: id "u1" is used twice \(first on line 2\)/],
    ['invalid_wheelchair_value.csv', /:2:\d+: .*"misschien": write ja, nee or leave it empty/],
    ['invalid_unclosed_quote.csv', /invalid_unclosed_quote\.csv:\d+:1: /],
    [
      'invalid_ckan_bad_time.json',
      /invalid_ckan_bad_time\.json:2:237: "Sluitingstijd" is "2026-03-18T25:00:00", not a real date/,
    ],
    ['invalid_ckan_broken_json.json', /invalid_ckan_broken_json\.json:2:\d+: not valid JSON/],
    ['invalid_not_a_zip.xlsx', /invalid_not_a_zip\.xlsx:1:1: not an \.xlsx \(zip\) file/],
  ])('%s', async (name, expected) => {
    expect(await importError(name)).toMatch(expected);
  });

  test('the CLI exits non-zero, prints file:line and writes nothing', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'sessions-'));
    const r = spawnSync(
      process.execPath,
      [
        'scripts/import-sessions.ts',
        fixture('invalid_duplicate_id.csv'),
        '--election',
        'TK2023',
        '--updated',
        '2023-11-01',
        '--out',
        out,
      ],
      { encoding: 'utf8', cwd: path.join(import.meta.dirname, '../../..') },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/invalid_duplicate_id\.csv:3:\d+: id "u1" is used twice/);
    expect(existsSync(path.join(out, 'TK2023'))).toBe(false);
  });

  test('a failed import leaves the previous snapshot whole', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'sessions-'));
    const run = (file: string) =>
      spawnSync(
        process.execPath,
        [
          'scripts/import-sessions.ts',
          fixture(file),
          '--election',
          'TK2023',
          '--updated',
          '2023-11-01',
          '--out',
          out,
        ],
        {
          encoding: 'utf8',
          cwd: path.join(import.meta.dirname, '../../..'),
        },
      );
    expect(run('valid_vng_rd_only.csv').status).toBe(0);
    const before = readFileSync(path.join(out, 'TK2023', 'polling-stations.json'), 'utf8');
    expect(run('invalid_impossible_date.csv').status).toBe(1);
    expect(readFileSync(path.join(out, 'TK2023', 'polling-stations.json'), 'utf8')).toBe(before);
  });
});

describe('valid lists', () => {
  test('RD only is converted to WGS84; a mobile station without Tellocatie=ja says it counts elsewhere', async () => {
    const s = await importPollingPlaces([fixture('valid_vng_rd_only.csv')], {
      election: 'TK2023',
      updated: '2023-11-01',
    });
    const mobile = s.sessions.find((x) => x.stationType === 'mobile')!;
    // Gemeentehuis Gieten: RD 247162.99, 558414.99 is 53.0047933 N, 6.7602206 E in the Centerdata list.
    expect(mobile.lat).toBeCloseTo(53.00479, 4);
    expect(mobile.lon).toBeCloseTo(6.76022, 4);
    expect(mobile.countsHere).toBe('no');
    expect(mobile.start).toBe('2023-11-22T12:00:00+01:00');
    expect(mobile.wheelchair).toBe('unknown');
  });

  test('CKAN JSON: the UUID is the id (ID names the dataset), accessibility facts kept', async () => {
    const s = await importPollingPlaces([fixture('valid_ckan.json')], {
      election: 'GR2026',
      updated: '2026-01-21',
    });
    expect(s.sessions.map((x) => x.id)).toEqual(['gr2026-0106-a2', 'gr2026-0106-a1']);
    const stadhuis = s.sessions.find((x) => x.name === 'Stadhuis')!;
    expect(stadhuis.accessibility).toEqual([['Toilet', 'ja, toegankelijk toilet']]);
    expect(stadhuis.start).toBe('2026-03-18T21:00:00+01:00');
    expect(stadhuis.source.line).toBe(3);
  });
});

// Whole published lists on a shared two-core machine: minutes, not the default minute.
describe.skipIf(!hasSharedData)('real lists', { timeout: 300_000 }, () => {
  test('every one of the 9,140 TK2023 polling places is a session at its closing time', async () => {
    const file = sharedPath('stemlokalen-tk2023-centerdata', 'TweedeKamer-verkiezingen_2023.csv');
    const s = await importPollingPlaces([file], { election: 'TK2023', updated: '2023-11-22' });
    // Count the data rows independently of the importer's CSV reader: ids are the first field.
    const lines = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => /^\d+,/.test(l));
    expect(s.sessions).toHaveLength(lines.length);
    expect(lines.length).toBe(9140);
    const gieten = s.sessions.find((x) => x.name === 'Gemeentehuis Gieten')!;
    expect(gieten.municipalityName).toBe('Aa en Hunze');
    expect(gieten.start).toBe('2023-11-22T21:00:00+01:00');
    // The five rows with equal opening and closing time keep no time, with the reason.
    expect(s.sessions.filter((x) => x.sourceIssue === 'opening-equals-closing')).toHaveLength(5);
    // Bonaire counts at 21:00 local time, four hours behind UTC.
    expect(s.sessions.find((x) => x.municipalityCode === '9001' && x.start)!.start).toMatch(/-04:00$/);
  });

  test('the PS/WS 2023 spreadsheet: every one of its 8,669 polling places, row numbers as lines', async () => {
    const s = await importPollingPlaces(
      [sharedPath('stemlokalen-tk2023-centerdata', 'Stemlokalen_PS_WS_2023.xlsx')],
      {
        election: 'PS2023',
        updated: '2023-03-15',
      },
    );
    expect(s.sessions).toHaveLength(8669);
    expect(new Set(s.sessions.map((x) => x.municipalityCode)).size).toBe(342);
    expect(s.sessions.every((x) => x.source.line >= 2 && x.source.line <= 8670)).toBe(true);
    expect(s.sessions.filter((x) => x.start?.startsWith('2023-03-15T')).length).toBeGreaterThan(8600);
  });

  test('the partial TK2025 and GR2026 exports import whole', async () => {
    const tk = await importPollingPlaces(
      [sharedPath('wims-stemlokalen', 'stemlokalen_TK2025__2025-08-20.json')],
      { election: 'TK2025' },
    );
    expect(tk.sessions).toHaveLength(2642);
    const gr = await importPollingPlaces(
      [sharedPath('wims-stemlokalen', 'stemlokalen_gr2026__2026-01-21.json')],
      { election: 'GR2026' },
    );
    expect(gr.sessions).toHaveLength(1799);
    expect(gr.sessions.filter((s) => s.municipalityName === 'Rotterdam')).toHaveLength(362);
    expect(gr.sources[0]!.updated).toBe('2026-01-21');
  });

  test('the committed snapshots equal a fresh import', async () => {
    const { buildDefaultSessions } = await import('../../../src/lib/sessions/default-sessions.ts');
    const out = mkdtempSync(path.join(tmpdir(), 'sessions-default-'));
    await buildDefaultSessions(path.dirname(sharedPath('x')), out);
    for (const e of ['TK2023', 'PS2023', 'TK2025', 'GR2026']) {
      const committed = readFileSync(
        path.join(import.meta.dirname, '../../../content/sessions', e, 'polling-stations.json'),
        'utf8',
      );
      expect(
        readFileSync(path.join(out, e, 'polling-stations.json'), 'utf8') === committed,
        `${e} differs: run npm run data`,
      ).toBe(true);
    }
  });
});
