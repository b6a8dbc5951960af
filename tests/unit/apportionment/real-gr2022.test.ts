/**
 * Real data: municipal council West Maas en Waal, 16 March 2022 (510b, TotalVotes of the gemeente).
 * Seats: 19 here is a HYPOTHETICAL council size that exercises P 7 (19 seats or more). The real
 * council has 17 seats (Gemeentewet art. 8: 15,001–20,000 inhabitants → 17; the municipality's site
 * says 17 members); the real allocation (P 8, largest remainders) is tested in
 * tests/unit/results/seat-input.test.ts.
 * The expected council below is computed by hand from the vote counts in the file (arithmetic in
 * the comments); no official 520 for this election is in shared/data.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { hasSharedData, sharedPath } from '../../helpers/shared-data.ts';
import { readCount } from '../../helpers/eml-test-reader.ts';
import { allocateSeats, type ApportionmentResult } from '../../../src/lib/apportionment/index.ts';

describe.skipIf(!hasSharedData)('GR2022 West Maas en Waal from the 510b', () => {
  let r: ApportionmentResult;
  beforeAll(async () => {
    const units = await readCount(
      sharedPath('kiesraad-gr2022-sample', 'Telling_GR2022_WestMaasenWaal.eml.xml'),
    );
    const total = units.find((u) => u.id === 'TOTAL');
    if (total === undefined) throw new Error('no TotalVotes in the 510b');
    r = allocateSeats({
      category: 'GR',
      date: '2022-03-16',
      seats: 19,
      lists: total.selections.map((s) => ({
        number: s.list,
        name: s.name,
        votes: s.votes,
        candidates: s.candidates.map((c) => c.votes),
      })),
    });
  });

  it('gives the seats per list', () => {
    // 9350 votes / 19 = kiesdeler 492 2/19. Full seats: 1893 → 3, 1345 → 2, 1372 → 2, 1157 → 2,
    // 941 → 1, 972 → 1, 999 → 2, 671 → 1 = 14; 5 residual seats by highest averages (19 seats):
    // averages 1893/4 = 473.25, 1345/3 = 448.3, 1372/3 = 457.3, 1157/3 = 385.7, 941/2 = 470.5,
    // 972/2 = 486, 999/3 = 333, 671/2 = 335.5 → CDA (486), FD Beneden-Leeuwen (473.25),
    // F.D. Wamel (470.5), F.D. Dreumel (457.3), VVD (448.3).
    expect(r.quota.toText()).toBe('492 2/19');
    expect(r.lists.map((l) => l.seats)).toEqual([4, 3, 3, 2, 2, 2, 2, 1]);
    expect(r.drawingOfLots).toBeNull();
  });

  it('elects the candidates (threshold 25 % of the kiesdeler = 123 1/38 votes)', () => {
    // Above 123 1/38 (so 124 or more): list 1 #1 581, #2 238, #3 153 (+ #4 by list order);
    // list 2 #1 619, #6 222 (+ #2); list 3 #1 373, #2 161 — #4 has 123, just below — (+ #3);
    // list 4 #1 314, #3 199; list 5 #1 301, #2 126; list 6 #1 333, #2 212;
    // list 7 #1 404, #5 164, #3 151 for 2 seats → #1, #5; list 8 #1 145, #4 131 for 1 seat → #1.
    expect(r.preferenceThreshold?.votes.toText()).toBe('123 1/38');
    expect(r.lists.map((l) => (l.elected ?? []).map((c) => c.position))).toEqual([
      [1, 2, 3, 4],
      [1, 6, 2],
      [1, 2, 3],
      [1, 3],
      [1, 2],
      [1, 2],
      [1, 5],
      [1],
    ]);
    expect(r.lists[2]?.elected?.map((c) => c.reason)).toEqual(['preference', 'preference', 'listOrder']);
  });
});
