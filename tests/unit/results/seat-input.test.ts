/**
 * Issue 4 acceptance on the imported model: the seat engine fed from the committed snapshots in
 * content/data (no shared data needed). Expectations come from outside the code under test: the
 * Kiesraad's 520 (result.json), the seat table in shared/data/README.md (copied below as literals),
 * and hand arithmetic for West Maas en Waal.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadElection, type LoadedSnapshot } from '../../../src/lib/model/load.ts';
import {
  SeatInputError,
  buildSeatInput,
  displayName,
  seatInputFromSnapshot,
  wholeAreaCountEntry,
} from '../../../src/lib/results/seat-input.ts';
import { allocateSeats, type ApportionmentResult } from '../../../src/lib/apportionment/index.ts';
import type { SnapshotResult } from '../../../src/lib/model/snapshot-types.ts';

describe('TK2023 from the snapshot (content/data/TK2023)', () => {
  let snap: LoadedSnapshot;
  let official: SnapshotResult;
  let r: ApportionmentResult;
  beforeAll(async () => {
    snap = await loadElection('TK2023');
    official = (await snap.result())!;
    r = allocateSeats(await seatInputFromSnapshot(snap));
  });

  it('uses the CSB total (510d) as the whole-area count', () => {
    expect(wholeAreaCountEntry(snap.election)?.level).toBe('CSB');
    // shared/data/README.md: TotalCounted 10,432,726; kiesdeler 69,551 76/150.
    expect(r.totalVotes).toBe(10_432_726);
    expect(r.quota.toText()).toBe('69551 76/150');
  });

  it('seats per party equal the README table (independent of the 520)', () => {
    const bySeats = Object.fromEntries(r.lists.filter((l) => l.seats > 0).map((l) => [l.number, l.seats]));
    // shared/data/README.md: PVV 37, GL/PvdA 25, VVD 24, NSC 20, D66 9, BBB 7, CDA 5, SP 5, FvD 3,
    // PvdD 3, CU 3, SGP 3, DENK 3, Volt 2, JA21 1 — by list number:
    expect(bySeats).toEqual({
      4: 37,
      3: 25,
      1: 24,
      19: 20,
      2: 9,
      15: 7,
      5: 5,
      6: 5,
      7: 3,
      8: 3,
      9: 3,
      12: 3,
      13: 3,
      10: 2,
      11: 1,
    });
    expect(r.lists.reduce((n, l) => n + l.seats, 0)).toBe(150);
    expect(r.unassigned).toBe(0);
    expect(r.drawingOfLots).toBeNull();
  });

  it('seats per party equal the official result (520, result.json)', () => {
    const mine = r.lists.map((l) => [String(l.number), l.seats]);
    const theirs = new Map(official.lists.map((l) => [l.list, l.seats]));
    for (const [list, seats] of mine) expect([list, theirs.get(list as string) ?? 0]).toEqual([list, seats]);
    expect(official.lists.reduce((n, l) => n + l.seats, 0)).toBe(150);
  });

  it('builds the three lijstengroepen (GL/PvdA 5 sub-lists, FvD and BBB one per kieskring)', async () => {
    const input = await seatInputFromSnapshot(snap);
    const groups = input.lists.filter((l) => l.subLists).map((l) => [l.number, l.subLists!.length]);
    expect(groups).toEqual([
      [3, 5],
      [7, 20],
      [15, 20],
    ]);
    for (const l of input.lists.filter((x) => x.subLists)) {
      expect(l.subLists!.reduce((n, s) => n + s.votes, 0)).toBe(l.votes);
    }
  });

  it('elects exactly the 150 candidates of the 520', () => {
    const mine = r.lists.flatMap((l) => (l.elected ?? []).map((c) => `${l.number}:${c.id}`)).sort();
    const theirs = official.elected.map((e) => `${e.list}:${e.shortCode}`).sort();
    expect(theirs).toHaveLength(150);
    expect(mine).toEqual(theirs);
  });

  it('elects on preference exactly the 36 candidates with Ranking 1 in the 520', () => {
    const mine = r.lists
      .flatMap((l) =>
        (l.elected ?? []).filter((c) => c.reason === 'preference').map((c) => `${l.number}:${c.id}`),
      )
      .sort();
    const theirs = official.elected
      .filter((e) => e.ranking === 1)
      .map((e) => `${e.list}:${e.shortCode}`)
      .sort();
    expect(theirs).toHaveLength(36);
    expect(official.elected.filter((e) => e.ranking === 2)).toHaveLength(114);
    expect(mine).toEqual(theirs);
  });

  it('Ranking 1 in the 520 means "votes at or above the preference threshold" (checked on the 510d totals)', async () => {
    // The 520 schema only says Ranking ∈ {1, 2}. Check the meaning on the data itself: threshold =
    // 25 % of the kiesdeler = V / (4 · 150), so a candidate passes when 4 · 150 · votes ≥ V.
    const csb = (await snap.counts('CSB', 'CSB'))!;
    const V = csb.total!.totalCounted;
    const votesOf = (list: string, shortCode: string) => {
      const i = csb.lists.findIndex((l) => l.list === list);
      const j = csb.lists[i]!.candidates.indexOf(shortCode);
      return csb.total!.votes[i]![j + 1]!;
    };
    for (const e of official.elected) {
      const passes = 4 * 150 * votesOf(e.list, e.shortCode!) >= V;
      expect([e.shortCode, passes]).toEqual([e.shortCode, e.ranking === 1]);
    }
  });
});

describe('GR2022 West Maas en Waal from the official 510b + 230b in the snapshot', () => {
  // Council size: Gemeentewet art. 8 lid 1 gives 17 members to a municipality of 15,001–20,000
  // inhabitants (vng.nl "Vanaf hoeveel inwoners komt er een raadszetel bij?"; compendiumpolitiek.nl
  // "Aantal raadsleden"). West Maas en Waal has "een kleine 19.000 inwoners" (fdpbl.nl/article/62), and
  // the municipality itself says "The municipal council consists of 17 representatives" with the
  // FD West Maas en Waal + CDA coalition formed after the election of 16 March 2022
  // (https://en.westmaasenwaal.nl/over-de-gemeenteraad). No 110a/520 for GR2022 is in shared/data and
  // no published per-party composition could be found with the search tool, so the seats below are
  // recomputed by hand only. (The engine's own test, tests/unit/apportionment/real-gr2022.test.ts,
  // uses 19 seats: a correct computation for a hypothetical council of 19, not the real one.)
  let r: ApportionmentResult;
  beforeAll(async () => {
    const snap = await loadElection('GR2022');
    r = allocateSeats(await seatInputFromSnapshot(snap, { domain: '0668', seats: 17 }));
  });

  it('gives the council of 17 seats: 3, 2, 3, 2, 2, 2, 2, 1 by list order', () => {
    // By hand from the 510b TotalVotes (ValidVotes per list):
    //   1 FD Partij Beneden-Leeuwen 1893, 2 VVD 1345, 3 F.D. Dreumel 1372, 4 F.D. Maasdorpen 1157,
    //   5 F.D. Wamel 941, 6 CDA 972, 7 Sociaal Maas en Waal 999, 8 F.D. Boven-Leeuwen 671; sum 9350.
    // Kiesdeler 9350 / 17 = 550 exactly (P 5).
    // Full seats (P 6) and remainders: 1: 3 r 243; 2: 2 r 245; 3: 2 r 272; 4: 2 r 57; 5: 1 r 391;
    //   6: 1 r 422; 7: 1 r 449; 8: 1 r 121 → 13 full seats, 4 residual seats.
    // Fewer than 19 seats: largest remainders among lists with ≥ 75 % of the kiesdeler (412.5 votes;
    //   all eight lists qualify) (P 8): 449 (list 7), 422 (list 6), 391 (list 5), 272 (list 3).
    // Final: 3, 2, 3, 2, 2, 2, 2, 1 (sum 17).
    expect(r.quota.toText()).toBe('550');
    expect(r.lists.map((l) => l.seats)).toEqual([3, 2, 3, 2, 2, 2, 2, 1]);
    expect(r.drawingOfLots).toBeNull();
  });

  it('elects the candidates of the hand computation (threshold 50 % of the kiesdeler = 275 below 19 seats)', () => {
    // P 15: fewer than 19 seats → 50 % of 550 = 275 votes. At or above 275 in the 510b total: the
    // number 1 of lists 1–7 (581, 619, 373, 314, 301, 333, 404); no one else (list 1 #2 has 238,
    // list 6 #2 212, list 7 #5 164). List 8's #1 has 145: elected by list order.
    expect(r.preferenceThreshold?.votes.toText()).toBe('275');
    expect(r.lists.map((l) => (l.elected ?? []).map((c) => c.position))).toEqual([
      [1, 2, 3],
      [1, 2],
      [1, 2, 3],
      [1, 2],
      [1, 2],
      [1, 2],
      [1, 2],
      [1],
    ]);
    expect(r.lists.map((l) => l.elected?.[0]?.reason)).toEqual([
      'preference',
      'preference',
      'preference',
      'preference',
      'preference',
      'preference',
      'preference',
      'listOrder',
    ]);
    expect(r.lists[0]?.elected?.[0]?.name).toBe('R.A.N. (Rob) Reuvers');
  });
});

describe('seatInputFromSnapshot refuses what it cannot know', () => {
  it('a GR snapshot with many municipalities needs a domain', async () => {
    const snap = await loadElection('GR2022');
    await expect(seatInputFromSnapshot(snap)).rejects.toThrow(
      /no count file covers the whole election area.*domain/,
    );
  });

  it('no seats without a 110a unless given', async () => {
    const snap = await loadElection('GR2022');
    await expect(seatInputFromSnapshot(snap, { domain: '0668' })).rejects.toThrow(SeatInputError);
    await expect(seatInputFromSnapshot(snap, { domain: '0668' })).rejects.toThrow(
      /number of seats is unknown/,
    );
  });

  it('a TK snapshot with one municipality only has no whole-area count', async () => {
    const snap = await loadElection('TK2025');
    expect(wholeAreaCountEntry(snap.election)).toBeNull();
    await expect(seatInputFromSnapshot(snap)).rejects.toThrow(/no count file covers the whole election area/);
  });

  it('refuses a lijstengroep whose sub-list votes do not add up to the total', async () => {
    const snap = await loadElection('TK2023');
    const counts = structuredClone((await snap.counts('CSB', 'CSB'))!);
    const candidates = await snap.candidates();
    const i = counts.lists.findIndex((l) => l.list === '3');
    counts.total!.votes[i]![0]! += 1;
    expect(() => buildSeatInput({ election: snap.election, counts, candidates })).toThrow(
      /list 3 has 1643074 votes in the total but 1643073/,
    );
  });
});

describe('displayName', () => {
  it('joins initials, first name, prefix and last name', () => {
    expect(displayName({ initials: 'H.E.', firstName: 'Hanneke', prefix: 'de', lastName: 'Hoop' })).toBe(
      'H.E. (Hanneke) de Hoop',
    );
    expect(displayName({ initials: null, firstName: null, prefix: null, lastName: 'X' })).toBe('X');
  });
});
