/**
 * EML_NL strictness (issue #18) and one election per import (issue #10): every class of file the standard
 * or the law forbids is refused with `file:line:column: what is wrong and what to do`, and the valid
 * fixture of the same class imports. Fixtures: tests/fixtures/eml-rules (derived from the GR2026
 * Stadskanaal definition; the *_valid_* files validate against the kiesraad-strict XSDs with xmllint).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { collectInputs } from '../../../src/lib/import/input.ts';
import { importFiles } from '../../../src/lib/import/import.ts';
import { buildSnapshot } from '../../../src/lib/import/snapshot.ts';
import { SourceFileError } from '../../../src/lib/model/source-error.ts';
import { loadSnapshot } from '../../../src/lib/model/load.ts';
import type { SnapshotPollingStations } from '../../../src/lib/model/snapshot-types.ts';
import { hasSharedData, sharedPath } from '../../helpers/shared-data.ts';

const dir = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'eml-rules');
const fx = (name: string) => path.join(dir, `${name}.eml.xml`);

async function rejection(...names: string[]): Promise<SourceFileError> {
  try {
    await importFiles(await collectInputs(names.map(fx)));
  } catch (e) {
    if (e instanceof SourceFileError) return e;
    throw new Error(`expected a SourceFileError, got ${String(e)}`, { cause: e });
  }
  throw new Error(`${names.join(' + ')} was accepted`);
}

// [fixture, the file that is blamed, line, what the message must say]
const single: [string, number, RegExp][] = [
  ['110a_invalid_body_is_candidate_list', 7, /root says Id="110a" but the body is CandidateList.*disagree/],
  ['110b_invalid_root_says_110a', 18, /ReportingUnit belongs to a polling-station list \(110b\).*Id="110b"/],
  ['230b_invalid_no_lists', 17, /Contest has no Affiliation; EML_NL 230b/],
  ['230b_invalid_list_without_candidates', 26, /Affiliation has no Candidate; EML_NL 230b/],
  ['510b_invalid_gr_without_domain', 9, /category GR must name its municipality in kr:ElectionDomain/],
  ['110a_invalid_gr_without_domain', 9, /category GR must name its municipality in kr:ElectionDomain/],
  ['110a_invalid_missing_seats', 8, /Election has no kr:NumberOfSeats; EML_NL 110a/],
  ['110a_invalid_missing_preference_threshold', 8, /Election has no kr:PreferenceThreshold/],
  ['110a_invalid_missing_subcategory', 9, /ElectionIdentifier has no kr:ElectionSubcategory/],
  ['110a_invalid_missing_election_tree', 8, /Election has no kr:ElectionTree/],
  ['110a_invalid_tree_without_regions', 24, /kr:ElectionTree has no kr:Region/],
  [
    '110a_invalid_subcategory_contradicts_seats',
    9,
    /GR1 means fewer than 19 seats, but kr:NumberOfSeats is 23/,
  ],
  [
    '110a_invalid_threshold_contradicts_seats',
    23,
    /PreferenceThreshold is 50 %, but the law sets 25 %.*P 15/,
  ],
  [
    '110a_invalid_seats_out_of_range',
    22,
    /NumberOfSeats is 250, outside the legal 9 to 45 seats for GR.*Gemeentewet art\. 8/,
  ],
  ['110a_invalid_zero_seats', 22, /NumberOfSeats is 0/],
  ['110a_invalid_100000_seats', 22, /NumberOfSeats is 100000, outside the legal/],
  ['110a_invalid_threshold_1000_percent', 23, /PreferenceThreshold is 1000 %/],
  ['110a_invalid_even_seats', 22, /NumberOfSeats is 22, but a GR always has an odd number/],
  ['110b_invalid_without_stations', 16, /Contest has no PollingPlace; EML_NL 110b/],
  [
    '110a_invalid_subcategory_of_other_category',
    9,
    /ElectionSubcategory AB2 does not belong to ElectionCategory GR/,
  ],
  ['110a_invalid_voting_method', 19, /VotingMethod "EPV" is not one of the values/],
  ['110a_invalid_missing_nomination_date', 9, /ElectionIdentifier has no kr:NominationDate/],
  [
    '510b_invalid_unknown_reason_code',
    28,
    /RejectedVotes ReasonCode="leeg" is not one of the values.*\(blanco, ongeldig\)/,
  ],
  ['230b_invalid_unknown_category', 11, /ElectionCategory "GX" is not one of the values/],
];

describe('EML_NL structure and Kieswet plausibility, one file at a time', () => {
  for (const [name, line, reason] of single) {
    it(`refuses ${name} at line ${line}`, async () => {
      const e = await rejection(name);
      expect(e.file).toBe(fx(name));
      expect(e.line).toBe(line);
      expect(e.format()).toMatch(reason);
      // Says what to do, not only what is wrong.
      expect(e.message).toMatch(/(use|Use|Set|restore|Import|import|Give).*$/);
    });
  }

  it('imports the valid file of every class', async () => {
    for (const kind of ['110a', '110b', '230b', '510b', '520']) {
      const r = await importFiles(await collectInputs([fx(`${kind}_valid_gr2026_stadskanaal`)]));
      expect(r.election.eventId).toBe('GR2026');
    }
  });
});

describe('one election per import', () => {
  const combos: [string[], string, RegExp][] = [
    [
      ['110a_valid_gr2026_stadskanaal', '230b_invalid_other_municipality'],
      '230b_invalid_other_municipality',
      /of GR2026_Emmen .*domain 0114.*is of GR2026_Stadskanaal .*domain 0037/,
    ],
    [
      ['110a_valid_gr2026_stadskanaal', '230b_invalid_other_subcategory'],
      '230b_invalid_other_subcategory',
      /\(GR GR1 .*\(GR GR2 /,
    ],
    [
      ['110a_valid_gr2026_stadskanaal', '510b_invalid_other_municipality'],
      '510b_invalid_other_municipality',
      /its seats and threshold do not apply here/,
    ],
    [
      ['110a_valid_gr2026_stadskanaal', '230b_invalid_other_election_date'],
      '230b_invalid_other_election_date',
      /2026-03-19\), but .* 2026-03-18\)/,
    ],
    [
      ['230b_valid_gr2026_stadskanaal', '510b_invalid_other_municipality'],
      '230b_valid_gr2026_stadskanaal',
      /none of the 1 count files is of domain 0037/,
    ],
    [
      ['230b_valid_gr2026_stadskanaal', '520_invalid_list_not_on_candidate_lists'],
      '520_invalid_list_not_on_candidate_lists',
      /the result names list 9 \(Lijst Negen\), which is on none of the candidate lists/,
    ],
  ];
  for (const [files, blamed, reason] of combos) {
    it(`refuses ${files.join(' + ')}`, async () => {
      const e = await rejection(...files);
      expect(e.file).toBe(fx(blamed));
      expect(e.line).toBeGreaterThan(1);
      expect(e.format()).toMatch(reason);
    });
  }

  it('imports the valid set of one council together', async () => {
    const names = ['110a', '110b', '230b', '510b', '520'].map((k) => fx(`${k}_valid_gr2026_stadskanaal`));
    const r = await importFiles(await collectInputs(names));
    expect(r.definition?.seats).toBe(23);
    expect(r.findings).toEqual([]);
  });
});

describe('110b polling stations', () => {
  it('joins the 110b stations to the 510b units by station number, in polling-stations.json', async () => {
    const r = await importFiles(
      await collectInputs([fx('110b_valid_gr2026_stadskanaal'), fx('510b_valid_gr2026_stadskanaal')]),
    );
    const snap = buildSnapshot(r);
    const ps = snap.get('polling-stations.json') as SnapshotPollingStations;
    expect(ps.municipalities).toHaveLength(1);
    const m = ps.municipalities[0]!;
    expect(m.code).toBe('0037');
    // Fixture: stations 1, 2, 3 with 180, 120, 100 voters; the 510b counts SB1 and SB2 only.
    expect(m.stations.map((s) => [s.number, s.electorate, s.unit])).toEqual([
      ['1', 180, '0037::SB1'],
      ['2', 120, '0037::SB2'],
      ['3', 100, null],
    ]);
    expect(m.stations[0]!.postcode).toBe('9501 BJ');
    expect((snap.get('election.json') as { files: string[] }).files).toContain('polling-stations.json');
  });

  it.runIf(hasSharedData)(
    'reads the Kiesraad 110b example (420 stations, electorate per station)',
    async () => {
      const file = sharedPath('kiesraad-eml-examples', 'eml110b_test.eml.xml');
      const r = await importFiles(await collectInputs([file]));
      const p = r.pollingStations[0]!;
      expect(p.municipality).toBe('0000');
      // Counted in the file with grep: 420 <PollingPlace> elements; the first is Stadhuis, 1011 PN, 1273 voters.
      expect(p.stations).toHaveLength(420);
      expect(p.stations[0]).toMatchObject({
        number: '1',
        name: 'Stadhuis',
        postcode: '1011 PN',
        electorate: 1273,
      });
      const last = p.stations.find((s) => s.number === '799')!;
      expect(last).toMatchObject({ name: 'Volvo Dealer Hedin Automotive', electorate: 1734 });
    },
  );
});

describe('npm run import writes nothing for a refused file', () => {
  const script = path.resolve(import.meta.dirname, '..', '..', '..', 'scripts', 'import.ts');
  for (const files of [
    ['110a_invalid_threshold_contradicts_seats'],
    ['230b_invalid_list_without_candidates'],
    ['110a_valid_gr2026_stadskanaal', '510b_invalid_other_municipality'],
  ]) {
    it(`exits 1 with file:line:column for ${files.join(' + ')}`, () => {
      const out = path.join(mkdtempSync(path.join(tmpdir(), 'ot-eml-rules-')), 'snapshot');
      const run = spawnSync(process.execPath, [script, ...files.map(fx), '--out', out], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/eml-rules\/[^:]+\.eml\.xml:\d+:\d+: /);
      expect(existsSync(out)).toBe(false);
    });
  }

  it('exits 0 and writes polling-stations.json for the valid 110b with its 510b', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'ot-eml-rules-')), 'snapshot');
    const run = spawnSync(
      process.execPath,
      [script, fx('110b_valid_gr2026_stadskanaal'), fx('510b_valid_gr2026_stadskanaal'), '--out', out],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    const ps = JSON.parse(
      readFileSync(path.join(out, 'polling-stations.json'), 'utf8'),
    ) as SnapshotPollingStations;
    expect(ps.municipalities[0]!.stations[1]!.unit).toBe('0037::SB2');
    // The site reads it through the loader.
    const loaded = await (await loadSnapshot(out)).pollingStations();
    expect(loaded?.municipalities[0]!.stations.map((s) => s.electorate)).toEqual([180, 120, 100]);
  });
});
