/** Hand-computed cases per rule of Kieswet chapter P. The arithmetic is written out in comments. */
import { describe, expect, it } from 'vitest';
import {
  Fraction,
  allocateSeats,
  selectRuleSet,
  type ApportionmentInput,
  type ApportionmentResult,
} from '../../../src/lib/apportionment/index.ts';

const seatsOf = (r: ApportionmentResult): number[] => r.lists.map((l) => l.seats);
const lists = (votes: number[]) => votes.map((v, i) => ({ number: i + 1, votes: v }));

describe('Fraction', () => {
  it('keeps the kiesdeler in the form of the law and compares exactly', () => {
    expect(new Fraction(10432726n, 150n).toText()).toBe('69551 76/150');
    expect(new Fraction(3n, 4n).toText()).toBe('3/4');
    expect(new Fraction(10n, 5n).toText()).toBe('2');
    // 1/3 + 1/6 = 1/2 exactly (0.333… + 0.166… in floating point is not).
    expect(new Fraction(1n, 3n).add(new Fraction(1n, 6n)).eq(new Fraction(1n, 2n))).toBe(true);
    expect(new Fraction(7n, 2n).floor()).toBe(3n);
  });
});

describe('rule selection by category and date', () => {
  it('picks the dated set and rejects dates before the Kieswet of 1989', () => {
    expect(selectRuleSet('TK', '2023-11-22').id).toBe('TK-1989');
    expect(selectRuleSet('GR', '2022-03-16').id).toBe('DECENTRAL-1989');
    expect(selectRuleSet('ER', '2023-03-15').id).toBe('ER-2010');
    expect(() => selectRuleSet('GR', '1986-03-19')).toThrow(/no seat allocation rules/);
  });
});

describe('P 7: highest averages (19 seats or more)', () => {
  it('assigns residual seats by votes / (seats + 1)', () => {
    // 19 seats, 10000 votes: kiesdeler 10000/19 = 526 6/19.
    // Full seats floor(v·19/10000): A 5100 → 9 (9.69), B 2900 → 5 (5.51), C 1500 → 2 (2.85), D 500 → 0 (0.95): 16, so 3 residual.
    // Averages: A 5100/10 = 510, B 2900/6 = 483 1/3, C 1500/3 = 500, D 500/1 = 500.
    // Seat 1: A (510); A then 5100/11 = 463.6. Seats 2 and 3: C and D tie at 500, two seats for two lists: no lot.
    const r = allocateSeats({
      category: 'GR',
      date: '2022-03-16',
      seats: 19,
      lists: lists([5100, 2900, 1500, 500]),
    });
    expect(r.quota.toText()).toBe('526 6/19');
    expect(seatsOf(r)).toEqual([10, 5, 3, 1]);
    expect(r.drawingOfLots).toBeNull();
    const residual = r.steps.filter((s) => s.type === 'residualSeat');
    expect(residual.map((s) => s.list)).toEqual([1, 3, 4]);
    expect(residual[0]?.value.toText()).toBe('510');
    expect(residual[0]?.runnerUp?.list).toBe(3); // C 500 (first of the two at 500)
  });

  it('TK: lists below the kiesdeler get no residual seat (P 7 lid 2); GR: they do', () => {
    // 20 seats, 2000 votes: kiesdeler 100. A 1250 → 12 full, B 650 → 6, C 95 → 0, D 5 → 0: 2 residual.
    // Averages: A 1250/13 = 96 2/13, C 95/1 = 95, B 650/7 = 92 6/7.
    // GR: seat 1 A, seat 2 C (95 > 92 6/7). TK: C (95 < kiesdeler 100) is excluded: seat 2 B.
    const input = { seats: 20, date: '2023-11-22', lists: lists([1250, 650, 95, 5]) };
    expect(seatsOf(allocateSeats({ ...input, category: 'GR' }))).toEqual([13, 6, 1, 0]);
    const tk = allocateSeats({ ...input, category: 'TK' });
    expect(seatsOf(tk)).toEqual([13, 7, 0, 0]);
    const threshold = tk.steps.find((s) => s.type === 'residualThreshold');
    expect(threshold?.type === 'residualThreshold' && threshold.excluded).toEqual([3, 4]);
  });
});

describe('P 8: fewer than 19 seats', () => {
  it('largest remainders for lists with at least 75 % of the kiesdeler, one seat each', () => {
    // 15 seats, 1200 votes: kiesdeler 80, 75 % = 60.
    // Full: 540 → 6 (rem 60), 160 → 2, 160 → 2, 80 → 1, 80 → 1, 80 → 1, 60 → 0 (rem 60), 40 → 0 (rem 40): 13, 2 residual.
    // List 8 (40 < 60) may not take part. Lists 1 and 7 tie at remainder 60, two seats: both get one.
    const r = allocateSeats({
      category: 'GR',
      date: '2022-03-16',
      seats: 15,
      lists: lists([540, 160, 160, 80, 80, 80, 60, 40]),
    });
    expect(seatsOf(r)).toEqual([7, 2, 2, 1, 1, 1, 1, 0]);
    expect(
      r.steps.filter((s) => s.type === 'residualSeat').every((s) => s.method === 'largestRemainder'),
    ).toBe(true);
  });

  it('then unique highest averages: at most one more seat per list', () => {
    // 15 seats, 1200 votes, kiesdeler 80. Full: 808 → 10 (rem 8); 59..53 → 0. 5 residual.
    // Only list 1 reaches 60: seat 1 by largest remainder (8).
    // Unique highest averages: list 1 808/12 = 67 1/3 → seat 2; list 1 is done for this round;
    // then 59, 58, 57 (lists 2, 3, 4) → seats 3, 4, 5.
    const r = allocateSeats({
      category: 'GR',
      date: '2022-03-16',
      seats: 15,
      lists: lists([808, 59, 58, 57, 56, 55, 54, 53]),
    });
    expect(seatsOf(r)).toEqual([12, 1, 1, 1, 0, 0, 0, 0]);
    expect(r.steps.filter((s) => s.type === 'residualSeat').map((s) => s.method)).toEqual([
      'largestRemainder',
      'uniqueHighestAverage',
      'uniqueHighestAverage',
      'uniqueHighestAverage',
      'uniqueHighestAverage',
    ]);
  });
});

describe('P 9: absolute majority', () => {
  it('moves the last residual seat to a list with more than half the votes', () => {
    // 10 seats, 1000 votes, kiesdeler 100. A 510 → 5 (rem 10), B 250 → 2 (rem 50), C 240 → 2 (rem 40). 1 residual.
    // Largest remainder: B. Then A has 510 > 500 votes but 5 ≤ 5 seats: the seat goes from B to A.
    const r = allocateSeats({ category: 'GR', date: '2022-03-16', seats: 10, lists: lists([510, 250, 240]) });
    expect(seatsOf(r)).toEqual([6, 2, 2]);
    expect(r.steps.find((s) => s.type === 'absoluteMajority')).toMatchObject({ from: 2, to: 1 });
  });

  it('exactly half of the votes is not a majority', () => {
    // Same, A 500, B 260, C 240: A 5 full (rem 0), B 2 (rem 60), C 2 (rem 40); residual → B. 500 is not > 500.
    const r = allocateSeats({ category: 'GR', date: '2022-03-16', seats: 10, lists: lists([500, 260, 240]) });
    expect(seatsOf(r)).toEqual([5, 3, 2]);
    expect(r.steps.some((s) => s.type === 'absoluteMajority')).toBe(false);
  });
});

describe('P 10: list exhaustion', () => {
  it('gives seats beyond the candidates to other lists by the same method', () => {
    // 10 seats, 1000 votes, kiesdeler 100. A 580 → 5 (rem 80), B 320 → 3 (rem 20), C 100 → 1 (rem 0). 1 residual.
    // Largest remainder: A (80) → 6 seats. P 9: A 580 > 500 and 6 > 5, nothing. P 10: A has 5 candidates:
    // the residual seat goes back; again by largest remainder among non-exhausted lists: B (20) > C (0).
    const r = allocateSeats({
      category: 'GR',
      date: '2022-03-16',
      seats: 10,
      lists: [
        { number: 1, votes: 580, candidates: 5 },
        { number: 2, votes: 320 },
        { number: 3, votes: 100 },
      ],
    });
    expect(seatsOf(r)).toEqual([5, 4, 1]);
    expect(r.steps.find((s) => s.type === 'listExhaustion')).toMatchObject({
      list: 1,
      seatsRemoved: 1,
      fullSeatsRemoved: 0,
    });
    expect(r.steps.filter((s) => s.type === 'residualSeat').at(-1)).toMatchObject({
      list: 2,
      phase: 'exhaustion',
      seat: 2,
    });
  });

  it('leaves seats empty when every list is exhausted', () => {
    // 10 seats, A 600 (4 candidates) → 6 full, B 400 (3 candidates) → 4 full. A gives up 2, B 1; nobody can take them.
    const r = allocateSeats({
      category: 'GR',
      date: '2022-03-16',
      seats: 10,
      lists: [
        { number: 1, votes: 600, candidates: 4 },
        { number: 2, votes: 400, candidates: [1, 2, 3] },
      ],
    });
    expect(seatsOf(r)).toEqual([4, 3]);
    expect(r.unassigned).toBe(3);
    expect(r.steps.find((s) => s.type === 'emptySeats')).toMatchObject({ count: 3 });
  });

  it('island councils leave the excess seats empty (Pa 25)', () => {
    // As the first P 10 case: A gives up 1 seat; for ER it is not reassigned.
    const r = allocateSeats({
      category: 'ER',
      date: '2023-03-15',
      seats: 10,
      lists: [
        { number: 1, votes: 580, candidates: 5 },
        { number: 2, votes: 320 },
        { number: 3, votes: 100 },
      ],
    });
    expect(seatsOf(r)).toEqual([5, 3, 1]);
    expect(r.unassigned).toBe(1);
  });

  it('deceased candidates (P 19a) do not count as candidates', () => {
    // 10 seats, A 600 with 7 candidates of whom 2 died → 5 can sit; B 400 → 4 full. A gives up 1 seat → B.
    const cands = [100, 100, 100, 100, 100, { votes: 50, deceased: true }, { votes: 50, deceased: true }];
    const r = allocateSeats({
      category: 'GR',
      date: '2022-03-16',
      seats: 10,
      lists: [
        { number: 1, votes: 600, candidates: cands },
        { number: 2, votes: 400 },
      ],
    });
    expect(seatsOf(r)).toEqual([5, 5]);
    expect(r.lists[0]?.elected?.map((c) => c.position)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('drawing of lots', () => {
  // 19 seats, 10000 votes. A 5000 → 9 full, B 3000 → 5, C 1500 → 2, D 500 → 0: 3 residual seats.
  // Averages: 5000/10 = 3000/6 = 1500/3 = 500/1 = 500: four lists tie for three seats.
  const base: ApportionmentInput = {
    category: 'GR',
    date: '2022-03-16',
    seats: 19,
    lists: lists([5000, 3000, 1500, 500]),
  };

  it('stops with drawingOfLots naming the tied lists and the seats at stake', () => {
    const r = allocateSeats(base);
    expect(r.drawingOfLots).toMatchObject({
      at: 'residual-seat-1',
      kind: 'residualSeat',
      options: [1, 2, 3, 4],
      seatsAvailable: 3,
      seatsAtStake: [1, 2, 3],
    });
    expect(r.drawingOfLots?.value.text).toBe('500');
    expect(r.unassigned).toBe(3);
  });

  it('continues with the lot outcomes given as input', () => {
    // Lot 1: D wins seat 1. Then A, B, C still tie at 500 for 2 seats: lot 2 → A. Then B, C for 1 seat: lot 3 → C.
    const first = allocateSeats({ ...base, lots: [{ at: 'residual-seat-1', winner: 4 }] });
    expect(first.drawingOfLots).toMatchObject({ at: 'residual-seat-2', options: [1, 2, 3] });
    const done = allocateSeats({ ...base, lots: [{ winner: 4 }, { winner: 1 }, { winner: 3 }] });
    expect(done.drawingOfLots).toBeNull();
    expect(seatsOf(done)).toEqual([10, 5, 3, 1]);
    // A has exactly 5000 of 10000 votes: not more than half, so no P 9.
    expect(done.steps.some((s) => s.type === 'absoluteMajority')).toBe(false);
  });

  it('rejects a lot outcome that is not one of the tied lists', () => {
    expect(() => allocateSeats({ ...base, lots: [{ winner: 7 }] })).toThrow(/not one of the tied options/);
  });
});

describe('candidates (P 15, P 17)', () => {
  it('elects on preference (strictly more than the threshold) in order of votes, then list order', () => {
    // 9 seats, 1800 votes: kiesdeler 200; A 1000 → 5 seats, B 800 → 4: no residual seats.
    // Fewer than 19 seats: threshold 50 % of 200 = 100; candidates need MORE than 100.
    // A's candidates: 400, 200, 50, 101, 100, 149, 0 → above: #1 400, #2 200, #6 149, #4 101 (#5 at exactly 100 is not).
    // Preference in order of votes: 1, 2, 6, 4; the fifth seat by list order: #3.
    const r = allocateSeats({
      category: 'GR',
      date: '2022-03-16',
      seats: 9,
      lists: [
        { number: 1, votes: 1000, candidates: [400, 200, 50, 101, 100, 149, 0] },
        { number: 2, votes: 800 },
      ],
    });
    expect(r.preferenceThreshold?.votes.toText()).toBe('100');
    expect(r.lists[0]?.elected?.map((c) => [c.position, c.reason])).toEqual([
      [1, 'preference'],
      [2, 'preference'],
      [6, 'preference'],
      [4, 'preference'],
      [3, 'listOrder'],
    ]);
  });

  it('asks for lots when equal preference votes compete for the last places', () => {
    // 4 seats, 1800 votes: kiesdeler 450, A 900 → 2 seats. Threshold 50 % = 225.
    // Candidates #2, #3, #4 have 300 each: three for two places → lot for place 1, then two for one → lot for place 2.
    const input: ApportionmentInput = {
      category: 'GR',
      date: '2022-03-16',
      seats: 4,
      lists: [
        { number: 1, votes: 900, candidates: [0, 300, 300, 300] },
        { number: 2, votes: 900, candidates: 10 },
      ],
    };
    expect(allocateSeats(input).drawingOfLots).toMatchObject({
      at: 'preference-1-1',
      kind: 'preferenceSeat',
      options: [2, 3, 4],
      seatsAvailable: 2,
    });
    const done = allocateSeats({ ...input, lots: [{ winner: 3 }, { winner: 4 }] });
    expect(done.drawingOfLots).toBeNull();
    expect(done.lists[0]?.elected?.map((c) => c.position)).toEqual([3, 4]);
  });
});

describe('lijstengroep (P 12, P 16, P 18)', () => {
  // TK with 5 seats, 1900 votes: kiesdeler 380. List 1 1000 → 2 full, list 2 900 → 2 full; 1 residual:
  // averages 1000/3 = 333 1/3 > 900/3 = 300 → list 1 has 3 seats.
  // P 12: groepskiesdeler 1000/3 = 333 1/3; sub-list a 600 → 1 (rem 266 2/3), b 400 → 1 (rem 66 2/3); residual → a.
  // Preference threshold 25 % of 380 = 95. Totals: P1 500+300 = 800, P2 40+50 = 90, P3 30+20 = 50, P4 30+30 = 60.
  // Only P1 (800 > 95): elected on preference on a (500 > 300). List order: a's free seat → P2; b's → P2 too.
  // P 18: P2 counts for b (50 > 40); a moves on to P3.
  const input: ApportionmentInput = {
    category: 'TK',
    date: '2023-11-22',
    seats: 5,
    lists: [
      {
        number: 1,
        votes: 1000,
        subLists: [
          {
            id: 'a',
            votes: 600,
            candidates: [
              { id: 'P1', votes: 500 },
              { id: 'P2', votes: 40 },
              { id: 'P3', votes: 30 },
              { id: 'P4', votes: 30 },
            ],
          },
          {
            id: 'b',
            votes: 400,
            candidates: [
              { id: 'P1', votes: 300 },
              { id: 'P2', votes: 50 },
              { id: 'P3', votes: 20 },
              { id: 'P4', votes: 30 },
            ],
          },
        ],
      },
      { number: 2, votes: 900 },
    ],
  };

  it('divides the group seats over its lists and elects across them', () => {
    const r = allocateSeats(input);
    expect(seatsOf(r)).toEqual([3, 2]);
    expect(r.lists[0]?.subLists).toEqual([
      { id: 'a', votes: 600, seats: 2 },
      { id: 'b', votes: 400, seats: 1 },
    ]);
    expect(r.lists[0]?.elected?.map((c) => [c.id, c.subList, c.reason])).toEqual([
      ['P1', 'a', 'preference'],
      ['P2', 'b', 'listOrder'],
      ['P3', 'a', 'listOrder'],
    ]);
  });

  it('rejects sub-list votes that do not add up to the list', () => {
    const bad = structuredClone(input);
    const sub = bad.lists[0]?.subLists?.[0];
    if (sub !== undefined) sub.votes = 599;
    expect(() => allocateSeats(bad)).toThrow(/add up to 999/);
  });
});
