/**
 * Planted errors in copies of real files (the committed TK2023 snapshot, imported from the Kiesraad's
 * files): each test changes one figure by one vote in an in-memory copy of one count file and asserts
 * exactly which results start to fail, at which level and unit, with which difference. The unmodified
 * files are the baseline: nothing in them produces the planted finding.
 *
 * A figure belongs to more than one sum (a station's candidate is part of its list AND of the municipal
 * total), so a change that keeps one sum right can break the one above it. Each plant keeps the unit it
 * changes consistent wherever it can, so that only the targeted check fails; where the hierarchy makes a
 * second failure unavoidable, the test names it explicitly (never "at least").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCheckInput, runChecks, type CheckInput } from '../../../src/lib/checks/run.ts';
import type { CheckResult } from '../../../src/lib/checks/types.ts';
import { loadElection } from '../../../src/lib/model/load.ts';
import type { SnapshotCounts, SnapshotResult } from '../../../src/lib/model/snapshot-types.ts';
import { recountOf } from '../../../src/lib/verify/report.ts';

let base: CheckInput;
let baseline: Set<string>;

const key = (r: CheckResult) =>
  [r.check, r.level, r.unit, r.field, r.list ?? '', r.candidate ?? '', r.expected, r.found, r.severity].join(
    '|',
  );
/** Findings except signals (statistics that shift a little with any change) and recorded ones. */
const failing = (results: CheckResult[]) =>
  results.filter((r) => !r.passed && !r.check.startsWith('signal-'));

function fileOf(input: CheckInput, level: string, code: string): SnapshotCounts {
  const f = input.files.find((x) => x.level === level && x.code === code);
  if (!f) throw new Error(`no ${level} ${code} in the snapshot`);
  return f;
}

/** Runs the checks with one count file replaced by a changed deep copy; returns the new findings. */
function plant(level: string, code: string, change: (c: SnapshotCounts) => void): CheckResult[] {
  const original = fileOf(base, level, code);
  const copy = structuredClone(original);
  change(copy);
  const files = base.files.map((f) => (f === original ? copy : f));
  const run = runChecks({ ...base, files });
  return failing(run.results).filter((r) => !baseline.has(key(r)));
}

function unitOf(c: SnapshotCounts, id: string) {
  const u = id === c.total?.id ? c.total : c.units.find((x) => x.id === id);
  if (!u) throw new Error(`no unit ${id}`);
  return u;
}
const listIndex = (c: SnapshotCounts, list: string) => c.lists.findIndex((l) => l.list === list);
const uncountedIndex = (c: SnapshotCounts, reason: string) => c.uncountedReasons.indexOf(reason);
const rejectedIndex = (c: SnapshotCounts, reason: string) => c.rejectedReasons.indexOf(reason);

function addVote(c: SnapshotCounts, unitId: string, list: string, candidate: number, n = 1): void {
  const row = unitOf(c, unitId).votes[listIndex(c, list)]!;
  row[0] = row[0]! + n;
  row[candidate] = row[candidate]! + n;
  unitOf(c, unitId).totalCounted += n;
}
function addUncounted(c: SnapshotCounts, unitId: string, reason: string, n: number): void {
  const u = unitOf(c, unitId);
  const i = uncountedIndex(c, reason);
  u.uncounted[i] = u.uncounted[i]! + n;
}

const short = (r: CheckResult) => ({
  check: r.check,
  level: r.level,
  unit: r.unit,
  field: r.field,
  list: r.list,
  candidate: r.candidate,
  difference: r.difference,
});

beforeAll(async () => {
  base = await loadCheckInput(await loadElection('TK2023'));
  baseline = new Set(failing(runChecks(base).results).map(key));
}, 120_000);

describe('planted one-vote changes in the TK2023 files', () => {
  it('the unmodified files have no arithmetic finding at all', () => {
    const arithmetic = failing(runChecks(base).results).filter((r) =>
      ['sum-of-units', 'list-sum-of-candidates', 'valid-sum-of-lists'].includes(r.check),
    );
    expect(arithmetic).toEqual([]);
  });

  it('polling stations → municipality: one more vote at Aa en Hunze SB3, the station kept consistent', () => {
    const found = plant('GSB', '1680', (c) => {
      addVote(c, '1680::SB3', '1', 1); // VVD candidate 1, the list and valid votes
      addUncounted(c, '1680::SB3', 'geldige stempassen', 1); // one more voter admitted
      addUncounted(c, '1680::SB3', 'toegelaten kiezers', 1);
    });
    expect(found.map(short)).toEqual(
      expect.arrayContaining([
        {
          check: 'sum-of-units',
          level: 'GSB',
          unit: '1680',
          field: 'votes',
          list: '1',
          candidate: '1',
          difference: -1,
        },
        {
          check: 'sum-of-units',
          level: 'GSB',
          unit: '1680',
          field: 'votes',
          list: '1',
          candidate: undefined,
          difference: -1,
        },
        {
          check: 'sum-of-units',
          level: 'GSB',
          unit: '1680',
          field: 'totalCounted',
          list: undefined,
          candidate: undefined,
          difference: -1,
        },
      ]),
    );
    expect(new Set(found.map((r) => `${r.check}|${r.unit}`))).toEqual(new Set(['sum-of-units|1680']));
    expect(found.map((r) => r.field).sort()).toEqual(
      [
        'totalCounted',
        'uncounted.geldige stempassen',
        'uncounted.toegelaten kiezers',
        'votes',
        'votes',
      ].sort(),
    );
    expect(found.every((r) => r.difference === -1 && r.severity === 'difference')).toBe(true);
  });

  it('municipalities → kieskring: one more vote for Groningen (gemeente) in the Groningen 510c', () => {
    const found = plant('HSB', 'HSB1', (c) => addVote(c, 'HSB1::0014', '4', 1));
    expect(found.map(short).sort((a, b) => (a.field + a.candidate < b.field + b.candidate ? -1 : 1))).toEqual(
      [
        {
          check: 'sum-of-units',
          level: 'HSB',
          unit: 'HSB1',
          field: 'totalCounted',
          list: undefined,
          candidate: undefined,
          difference: -1,
        },
        {
          check: 'sum-of-units',
          level: 'HSB',
          unit: 'HSB1',
          field: 'votes',
          list: '4',
          candidate: '1',
          difference: -1,
        },
        {
          check: 'sum-of-units',
          level: 'HSB',
          unit: 'HSB1',
          field: 'votes',
          list: '4',
          candidate: undefined,
          difference: -1,
        },
      ],
    );
  });

  it('kieskringen → nation: one more vote in the national total of the 510d', () => {
    const found = plant('CSB', 'CSB', (c) => {
      const t = c.total!;
      t.votes[listIndex(c, '19')]![0]! += 1;
      t.votes[listIndex(c, '19')]![1]! += 1;
      t.totalCounted += 1;
    });
    expect(
      found
        .map(short)
        .sort((a, b) => (a.field + (a.candidate ?? '') < b.field + (b.candidate ?? '') ? -1 : 1)),
    ).toEqual([
      {
        check: 'sum-of-units',
        level: 'CSB',
        unit: 'CSB',
        field: 'totalCounted',
        list: undefined,
        candidate: undefined,
        difference: 1,
      },
      {
        check: 'sum-of-units',
        level: 'CSB',
        unit: 'CSB',
        field: 'votes',
        list: '19',
        candidate: undefined,
        difference: 1,
      },
      {
        check: 'sum-of-units',
        level: 'CSB',
        unit: 'CSB',
        field: 'votes',
        list: '19',
        candidate: 'OmtzigtPH',
        difference: 1,
      },
    ]);
  });

  it('list = sum of candidates: one candidate vote more at a station, the list left as it was', () => {
    const found = plant('GSB', '0482', (c) => {
      const row = unitOf(c, '0482::SB3').votes[listIndex(c, '3')]!;
      row[2] = row[2]! + 1;
    });
    // The candidate's municipal total no longer adds up either: that sum contains the same figure.
    expect(found.map(short)).toEqual(
      expect.arrayContaining([
        {
          check: 'list-sum-of-candidates',
          level: 'SB',
          unit: '0482::SB3',
          field: 'votes',
          list: '3',
          candidate: undefined,
          difference: -1,
        },
        {
          check: 'sum-of-units',
          level: 'GSB',
          unit: '0482',
          field: 'votes',
          list: '3',
          candidate: '2',
          difference: -1,
        },
      ]),
    );
    expect(found).toHaveLength(2);
  });

  it('valid = sum of lists: one valid vote more at a station and one blank fewer (ballots unchanged)', () => {
    const found = plant('GSB', '1680', (c) => {
      const u = unitOf(c, '1680::SB5');
      u.totalCounted += 1;
      u.rejected[rejectedIndex(c, 'blanco')]! -= 1;
    });
    expect(found.map(short)).toEqual(
      expect.arrayContaining([
        {
          check: 'valid-sum-of-lists',
          level: 'SB',
          unit: '1680::SB5',
          field: 'totalCounted',
          list: undefined,
          candidate: undefined,
          difference: 1,
        },
        {
          check: 'sum-of-units',
          level: 'GSB',
          unit: '1680',
          field: 'totalCounted',
          list: undefined,
          candidate: undefined,
          difference: -1,
        },
        {
          check: 'sum-of-units',
          level: 'GSB',
          unit: '1680',
          field: 'rejected.blanco',
          list: undefined,
          candidate: undefined,
          difference: 1,
        },
      ]),
    );
    expect(found).toHaveLength(3);
  });

  it('ballots vs admitted: one more stempas at a station and in the municipal total', () => {
    const found = plant('GSB', '1680', (c) => {
      for (const id of ['1680::SB7', '1680']) {
        addUncounted(c, id, 'geldige stempassen', 1);
        addUncounted(c, id, 'toegelaten kiezers', 1);
      }
    });
    expect(found.map(short).sort((a, b) => (a.unit < b.unit ? -1 : 1))).toEqual([
      {
        check: 'ballots-vs-admitted',
        level: 'GSB',
        unit: '1680',
        field: 'ballots',
        list: undefined,
        candidate: undefined,
        difference: -9,
      },
      {
        check: 'ballots-vs-admitted',
        level: 'SB',
        unit: '1680::SB7',
        field: 'ballots',
        list: undefined,
        candidate: undefined,
        difference: -1,
      },
    ]);
    // Not recorded as "minder getelde stembiljetten": a difference nothing explains.
    expect(found.find((r) => r.unit === '1680::SB7')!.severity).toBe('difference');
  });

  it('explanations: a recorded difference with one explanation fewer is a signal', () => {
    // Alblasserdam SB6 recorded 1 ballot more than admitted; add a second "meer getelde" without a reason.
    const found = plant('GSB', '0482', (c) => {
      addUncounted(c, '0482::SB6', 'meer getelde stembiljetten', 1);
      addUncounted(c, '0482::SB6', 'minder getelde stembiljetten', 1);
    });
    const expl = found.filter((r) => r.check === 'explanations-account');
    expect(expl.map(short)).toEqual([
      {
        check: 'explanations-account',
        level: 'SB',
        unit: '0482::SB6',
        field: 'explanations',
        list: undefined,
        candidate: undefined,
        difference: -3,
      },
    ]);
    expect(expl[0]!.severity).toBe('signal');
  });

  it('turnout: more ballots than voters at Schiermonnikoog is explained by kiezerspassen, until they no longer cover it', () => {
    const base0088 = runChecks(base).results.find((r) => r.check === 'turnout' && r.unit === 'HSB2::0088')!;
    expect(base0088).toMatchObject({ passed: false, severity: 'explained', difference: 136 });
    const found = plant('HSB', 'HSB2', (c) => {
      // 200 kiezerspassen fewer: the excess over the electorate is no longer covered.
      addUncounted(c, 'HSB2::0088', 'geldige kiezerspassen', -200);
    });
    const turnout = found.filter((r) => r.check === 'turnout');
    expect(turnout.map((r) => [r.unit, r.severity, r.difference])).toEqual([
      ['HSB2::0088', 'difference', 136],
    ]);
  });

  it('the same municipality in two files: the 510c row of Aa en Hunze one vote higher', () => {
    const found = plant('HSB', 'HSB3', (c) => addVote(c, 'HSB3::1680', '15', 1));
    const across = found.filter((r) => r.check === 'same-unit-across-levels');
    expect(
      across
        .map(short)
        .sort((a, b) => (String(a.field) + a.candidate < String(b.field) + b.candidate ? -1 : 1)),
    ).toEqual([
      {
        check: 'same-unit-across-levels',
        level: 'GSB',
        unit: 'HSB3::1680',
        field: 'totalCounted',
        list: undefined,
        candidate: undefined,
        difference: -1,
      },
      {
        check: 'same-unit-across-levels',
        level: 'GSB',
        unit: 'HSB3::1680',
        field: 'votes',
        list: '15',
        candidate: '1',
        difference: -1,
      },
      {
        check: 'same-unit-across-levels',
        level: 'GSB',
        unit: 'HSB3::1680',
        field: 'votes',
        list: '15',
        candidate: undefined,
        difference: -1,
      },
    ]);
    // …and the kieskring total no longer adds up: the row is part of that sum.
    expect(new Set(found.map((r) => r.check))).toEqual(new Set(['same-unit-across-levels', 'sum-of-units']));
  });

  it('provisional vs official: the national row of Arnhem one vote higher than the provisional CSV', () => {
    // The provisional CSV already differs from the final count in places: each compared figure moves
    // one vote further from (or closer to) the CSV than it was.
    const before = runChecks(base).results.filter(
      (r) => r.check === 'provisional-vs-official' && r.unit === 'HSB7',
    );
    const diffBefore = (field: string, list?: string, candidate?: string) =>
      before.find((r) => r.field === field && r.list === list && r.candidate === candidate)!.difference!;
    const found = plant('CSB', 'CSB', (c) => addVote(c, 'HSB7', '1', 1));
    const prov = found.filter((r) => r.check === 'provisional-vs-official');
    expect(
      prov.map((r) => [r.unit, r.field, r.list ?? '', r.candidate ?? '', r.severity, r.difference]).sort(),
    ).toEqual(
      [
        ['HSB7', 'totalCounted', '', '', 'change', diffBefore('totalCounted') - 1],
        ['HSB7', 'votes', '1', '', 'change', diffBefore('votes', '1') - 1],
        ['HSB7', 'votes', '1', '1', 'change', diffBefore('votes', '1', '1') - 1],
      ].sort(),
    );
    expect(new Set(found.map((r) => r.check))).toEqual(new Set(['provisional-vs-official', 'sum-of-units']));
  });

  it('signals: a list typed in its neighbour’s row at a Rotterdam station is worth a second look', () => {
    const original = fileOf(base, 'GSB', '0599');
    const copy = structuredClone(original);
    // Swap the figures of lists 1 and 2 at station SB40 (station total unchanged).
    const u = unitOf(copy, '0599::SB40');
    const a = listIndex(copy, '1');
    const b = listIndex(copy, '2');
    const va = u.votes[a]![0]!;
    u.votes[a]![0] = u.votes[b]![0]!;
    u.votes[b]![0] = va;
    const run = runChecks({ ...base, files: base.files.map((f) => (f === original ? copy : f)) });
    const swapped = run.results.filter((r) => r.check === 'signal-swapped-lists' && !r.passed);
    expect(swapped.map((r) => [r.unit, r.list, r.severity])).toContainEqual(['0599::SB40', '1↔2', 'signal']);
    const before = runChecks(base).results.filter((r) => r.check === 'signal-swapped-lists' && !r.passed);
    expect(before.map((r) => r.unit)).not.toContain('0599::SB40');
  });
});

describe('seats and elected against the 520', () => {
  it('our recount of TK2023 equals the 520: 150 seats and the same 150 people', async () => {
    const snap = await loadElection('TK2023');
    const run = runChecks(base, { recount: await recountOf(snap) });
    const seats = run.results.filter((r) => r.check === 'seats');
    const elected = run.results.filter((r) => r.check === 'elected');
    expect(seats.every((r) => r.passed)).toBe(true);
    expect(seats.reduce((a, r) => a + Number(r.found), 0)).toBe(150);
    expect(elected).toHaveLength(150);
    expect(elected.every((r) => r.passed)).toBe(true);
  });

  it('a 520 with one seat moved from PVV to VVD fails exactly those two lists and two people', async () => {
    const snap = await loadElection('TK2023');
    const result = structuredClone(base.result!) as SnapshotResult;
    result.lists.find((l) => l.list === '4')!.seats -= 1;
    result.lists.find((l) => l.list === '1')!.seats += 1;
    const last = result.elected.filter((e) => e.list === '4').at(-1)!;
    result.elected = result.elected.filter((e) => e !== last);
    result.elected.push({ list: '1', shortCode: 'X-planted', position: '99', name: 'Planted', ranking: 2 });
    const run = runChecks({ ...base, result }, { recount: await recountOf(snap) });
    const failed = run.results.filter((r) => !r.passed && (r.check === 'seats' || r.check === 'elected'));
    expect(
      failed.filter((r) => r.check === 'seats').map((r) => [r.list, r.expected, r.found, r.difference]),
    ).toEqual([
      ['1', 25, 24, -1],
      ['4', 36, 37, 1],
    ]);
    expect(
      failed
        .filter((r) => r.check === 'elected')
        .map((r) => [r.list, r.expected, r.found])
        .sort(),
    ).toEqual(
      [
        ['1', 'elected', 'not elected'],
        ['4', 'not elected', 'elected'],
      ].sort(),
    );
  });
});
