/**
 * Structural variants that the EML_NL schemas (510/230/520/110a, kiesraad-strict) allow and that other
 * elections and producers (Abacus, OSV2020) write. Each fixture in tests/fixtures/import/variants is
 * hand-made and named after what it exercises; the expected figures below are read off the fixtures by hand.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { collectInputs } from '../../../src/lib/import/input.ts';
import { importFiles } from '../../../src/lib/import/import.ts';
import { buildSnapshot } from '../../../src/lib/import/snapshot.ts';
import { writeSnapshotAtomic } from '../../../src/lib/import/write.ts';
import { loadSnapshot } from '../../../src/lib/model/load.ts';
import { eventName } from '../../../src/lib/model/election-name.ts';
import type { SnapshotCandidates, SnapshotResult } from '../../../src/lib/model/snapshot-types.ts';

const dir = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'import', 'variants');
const fx = (...names: string[]) => names.map((n) => path.join(dir, n));
const load = async (...names: string[]) => importFiles(await collectInputs(fx(...names)));

describe('510 variants', () => {
  it('Abacus-style GR 510b: extra namespaces and kr:ReportingUnitInvestigations are ignored; a non-municipal authority Id falls back on the ElectionDomain', async () => {
    const r = await load('510b_valid_abacus_gr_investigations.eml.xml');
    const f = r.counts[0]!;
    expect(f.total!.code).toBe('0999');
    expect(f.level).toBe('GSB');
    expect(f.total!.parent).toBeNull(); // GR: "geen" contest, no kieskring
    expect(f.units.map((u) => [u.id, u.code, u.parent, u.postcode])).toEqual([
      ['0999::SB1', 'SB1', '0999', '9999 AA'],
      ['0999::SB2', 'SB2', '0999', undefined],
    ]);
    expect(f.units[1]!.lists.map((l) => [l.list, l.votes, l.candidates])).toEqual([
      ['1', 30, [20, 10]],
      ['2', 20, [20]],
    ]);
    expect(r.findings).toEqual([]); // the fixture adds up
  });

  it('central counting and a corrigendum: kr:CountingMethod, kr:Phase and kr:Initial* are kept next to the final figures', async () => {
    const r = await load('510b_valid_central_count_corrigendum.eml.xml');
    const f = r.counts[0]!;
    expect([f.countingMethod, f.phase]).toEqual(['centrale stemopneming', 'corrigendum']);
    expect(f.total!.parent).toBe('HSB9'); // TK: the numeric contest is the kieskring
    expect(f.total!.lists[0]!.votes).toBe(120);
    expect(f.total!.lists[0]!.initial).toBe(118);
    expect(f.total!.initial).toEqual({ cast: 190 });
    const sb1 = f.units[0]!;
    expect(sb1.lists[0]!.initialCandidates).toEqual([58, null]);
    expect(sb1.lists[1]!.initialCandidates).toBeUndefined();
  });

  it('GR 510d "Totaaltelling" with only TotalVotes, and a 510a of one polling station', async () => {
    const r = await load('510d_valid_gr_totaaltelling_total_only.eml.xml');
    expect(r.counts[0]!.level).toBe('CSB');
    expect(r.counts[0]!.units).toEqual([]);
    expect(r.counts[0]!.total!.cast).toBe(150);
    const a = await load('510a_valid_single_station.eml.xml');
    expect(a.counts[0]!.level).toBe('SB');
    expect(a.counts[0]!.total!.totalCounted).toBe(10);
  });

  it('a Contest with one ReportingUnitVotes and no TotalVotes is filed under the unit parent (PS2 510c)', async () => {
    const r = await load('510c_valid_ps2_unit_without_total.eml.xml');
    const f = r.counts[0]!;
    expect(f.total).toBeNull();
    expect(f.units.map((u) => [u.id, u.code, u.parent, u.level])).toEqual([
      ['HSB2::0997', '0997', 'HSB2', 'GSB'],
    ]);
    const snap = buildSnapshot(r);
    expect(snap.has('counts/hsb/HSB2.json')).toBe(true);
  });

  it('several Contests in one 510b become one count file each; the same station may appear once per contest', async () => {
    const r = await load('510b_valid_two_contests.eml.xml');
    expect(r.counts.map((f) => [f.contest.id, f.total!.code, f.total!.name])).toEqual([
      ['1', '0996-1', 'Noord'],
      ['2', '0996-2', 'Zuid'],
    ]);
    const [north, south] = r.counts;
    expect(north!.units.map((u) => [u.code, u.parent])).toEqual([
      ['1:SB1', '0996-1'],
      ['1:SB2', '0996-1'],
    ]);
    expect(north!.units[0]!.lists.map((l) => l.votes)).toEqual([30, 20]);
    expect(south!.units[0]!.lists.map((l) => l.votes)).toEqual([10, 40]);
    expect(r.findings).toEqual([]); // per contest the stations add up to the total; no cross-contest mix-up
    const snap = buildSnapshot(r);
    expect([...snap.keys()].filter((k) => k.startsWith('counts/'))).toEqual([
      'counts/gsb/0996-1.json',
      'counts/gsb/0996-2.json',
    ]);
  });

  it('EP 510d with one national contest and ShortCode as an element of CandidateIdentifier', async () => {
    const r = await load('510d_valid_ep_shortcode_element.eml.xml');
    const f = r.counts[0]!;
    expect(f.level).toBe('CSB');
    expect(f.total!.lists[0]!.keys).toEqual(['JansenA', 'ÖzdemirB']);
    expect(f.units.map((u) => [u.code, u.lists[0]!.candidates])).toEqual([
      ['HSB1', [60, 40]],
      ['HSB2', [140, 60]],
    ]);
  });
});

describe('230, 520 and 110a variants', () => {
  it('230b with two contests (PS kieskringen), a lijstengroep, a candidate abroad and non-Latin names', async () => {
    const r = await load('230b_valid_ps_two_contests_lijstengroep.eml.xml');
    expect(r.candidateLists.map((c) => [c.contest.id, c.contest.name, c.lists.length])).toEqual([
      ['1', 'Kieskring Een', 3],
      ['2', 'Kieskring Twee', 2],
    ]);
    const [one] = r.candidateLists;
    expect(one!.lists.map((l) => [l.list, l.type, l.set, l.publishGender])).toEqual([
      ['1', 'lijstengroep', '1', false],
      ['2', 'lijstengroep', '1', false],
      ['3', 'op zichzelf staande lijst', null, false],
    ]);
    const abroad = one!.lists[0]!.candidates[1]!;
    expect([abroad.initials, abroad.firstName, abroad.lastName, abroad.country, abroad.locality]).toEqual([
      'Б.',
      'Богдан',
      'Іваненко',
      'BE',
      'Gent',
    ]);
    const wang = one!.lists[2]!.candidates[0]!;
    expect([wang.firstName, wang.lastName, wang.gender, wang.locality]).toEqual(['芳', '王', null, null]);
  });

  it('230c for an island council, candidates without gender or locality', async () => {
    const r = await load('230c_valid_er_without_gender_locality.eml.xml');
    expect(r.sources[0]!.kind).toBe('230c');
    expect(r.election.category).toBe('ER');
    const c = r.candidateLists[0]!.lists[0]!.candidates;
    expect(c.map((x) => [x.position, x.lastName, x.gender, x.locality, x.country])).toEqual([
      ['1', 'Doe', null, null, null],
      ['2', 'Roe', null, null, null],
    ]);
  });

  it('520 of a GR election (one contest, optional Votes) gives seats per list from the elected candidates', async () => {
    const r = await load('520_valid_gr_single_contest.eml.xml');
    expect(r.result!.contestId).toBe('geen');
    expect(r.result!.candidates.map((c) => [c.list, c.candidate.lastName, c.ranking])).toEqual([
      ['1', 'Eerste', 1],
      ['1', 'Tweede', 2],
      ['2', 'Derde', null],
    ]);
    const res = buildSnapshot(r).get('result.json') as SnapshotResult;
    expect(res.lists.map((l) => [l.list, l.seats])).toEqual([
      ['1', 2],
      ['2', 1],
    ]);
  });

  it('520 with two contests: lists merged by number, candidates kept per list', async () => {
    const r = await load('520_valid_two_contests.eml.xml');
    expect(r.result!.lists.map((l) => l.list)).toEqual(['1', '2']);
    expect(r.result!.candidates.map((c) => [c.list, c.candidate.lastName])).toEqual([
      ['1', 'Bakker'],
      ['1', 'Jong'],
      ['2', 'Ζαχαρίου'],
    ]);
  });

  it('110a of an island council (ER1) and of a PS2 election with two kieskringen', async () => {
    const er = await load('110a_valid_er_island_council.eml.xml');
    expect([er.definition!.seats, er.definition!.preferenceThreshold]).toEqual([5, 50]);
    expect(er.election.subcategory).toBe('ER1');
    expect(er.definition!.regions.map((x) => x.id)).toEqual(['9002']);
    const ps = await load('110a_valid_ps2_kieskringen.eml.xml');
    expect(ps.definition!.regions.map((x) => [x.id, x.parent])).toEqual([
      ['PROVINCIE:28', null],
      ['HSB1', 'PROVINCIE:28'],
      ['HSB2', 'PROVINCIE:28'],
      ['0997', 'HSB2'],
    ]);
  });

  it('a whole PS2 set (110a, 230b, 510c, 520) imports, writes and loads as one snapshot', async () => {
    const r = await load(
      '110a_valid_ps2_kieskringen.eml.xml',
      '230b_valid_ps_two_contests_lijstengroep.eml.xml',
      '510c_valid_ps2_unit_without_total.eml.xml',
      '520_valid_two_contests.eml.xml',
    );
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'ot-variants-')), 'PS2027');
    await writeSnapshotAtomic(out, buildSnapshot(r));
    const snap = await loadSnapshot(out);
    expect(snap.election.seats).toBe(43);
    expect(snap.election.election.name).toBe('Provinciale Staten Testprovincie 2027'); // one domain: its own name
    const cands = JSON.parse(await readFile(path.join(out, 'candidates.json'), 'utf8')) as SnapshotCandidates;
    expect(cands.contests.map((c) => c.id)).toEqual(['1', '2']);
    expect(await snap.counts('HSB', 'HSB2')).not.toBeNull();
  });
});

describe('multi-domain event names', () => {
  it('names an event from its category and year', () => {
    expect(eventName('GR', '2022-03-16')).toBe('Gemeenteraadsverkiezingen 2022');
    expect(eventName('AB', '2023-03-15')).toBe('Waterschapsverkiezingen 2023');
    expect(eventName('XX', '2030-01-01')).toBe('XX 2030');
  });

  it('the GR2022 snapshot (330 municipalities) has the generic name; each municipality keeps its own', async () => {
    const e = JSON.parse(
      await readFile(
        path.resolve(import.meta.dirname, '..', '..', '..', 'content', 'data', 'GR2022', 'election.json'),
        'utf8',
      ),
    ) as { election: { name: string }; domains: { id: string; name: string }[] };
    expect(e.election.name).toBe('Gemeenteraadsverkiezingen 2022');
    expect(e.domains).toHaveLength(330);
    expect(e.domains.find((d) => d.id === '0014')!.name).toBe('Groningen');
    expect(e.domains.find((d) => d.id === '0668')!.name).toBe('West Maas en Waal');
  });
});
