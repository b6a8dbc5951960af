/**
 * The calculator's examples, worked out by hand (Kieswet P 5 – P 8), then run through the engine.
 * The expected seats are NOT taken from the engine's output.
 */
import { describe, expect, it } from 'vitest';
import { allocateSeats } from '../../../src/lib/apportionment/index.ts';
import { COUNCIL_9, COUNCIL_TIE, calculatorExamples } from '../../../src/lib/seats/examples.ts';
import type { CalculatorExample } from '../../../src/lib/seats/examples.ts';

const run = (e: CalculatorExample) =>
  allocateSeats({
    category: e.category,
    seats: e.seats,
    lists: e.lists.map((l, i) => ({ number: i + 1, name: l.name, votes: l.votes })),
  });

describe('council with 9 seats (fewer than 19: largest remainders, P 8)', () => {
  // 6,000 votes / 9 seats: kiesdeler 666 6/9. Full seats (P 6): 2400 → 3 (rest 400),
  // 1700 → 2 (rest 366 3/9), 900 → 1 (rest 233 3/9), 600 → 0 (rest 600), 400 → 0 (rest 400): 6 full, 3 left.
  // 75 % of the kiesdeler is 500: the list with 400 votes takes no part (P 8 lid 1).
  // Largest remainders, one each: 600 (Jong en Oud), 400 (Dorpsbelang), 366 3/9 (Samen Verder).
  const result = run(COUNCIL_9);
  it('divides 4, 3, 1, 1, 0', () => {
    expect(result.quota.toText()).toBe('666 6/9');
    expect(result.lists.map((l) => l.fullSeats)).toEqual([3, 2, 1, 0, 0]);
    expect(result.lists.map((l) => l.seats)).toEqual([4, 3, 1, 1, 0]);
    expect(result.drawingOfLots).toBeNull();
  });
});

describe('council with a tie', () => {
  // 700 votes / 7 seats: kiesdeler 100. Full seats 3 + 2 + 1 = 6, one left. 75 % threshold 75: all
  // take part. Remainders 0, 50, 50: Samen Verder and Groen Dorp tie for the one residual seat → lot.
  const result = run(COUNCIL_TIE);
  it('stops at a drawing of lots between lists 2 and 3 for seat 7', () => {
    expect(result.lists.map((l) => l.fullSeats)).toEqual([3, 2, 1]);
    expect(result.drawingOfLots).toMatchObject({
      kind: 'residualSeat',
      options: [2, 3],
      seatsAvailable: 1,
      seatsAtStake: [1],
      method: 'largestRemainder',
    });
    expect(result.unassigned).toBe(1);
  });
});

describe('TK2023 from the snapshot', () => {
  it('is offered first, with 26 lists and 150 seats (Kiesraad, Resultaat TK2023)', async () => {
    const [tk] = await calculatorExamples('TK2023');
    expect(tk?.id).toBe('tk2023');
    expect(tk?.seats).toBe(150);
    expect(tk?.lists).toHaveLength(26);
    // Total valid votes on lists: 10,432,726 (Totaaltelling 510d).
    expect(tk?.lists.reduce((s, l) => s + l.votes, 0)).toBe(10_432_726);
  });
});
