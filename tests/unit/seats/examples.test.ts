/**
 * The calculator's examples, worked out by hand (Kieswet P 5 – P 8), then run through the engine.
 * The expected seats are NOT taken from the engine's output.
 */
import { describe, expect, it } from 'vitest';
import { allocateSeats } from '../../../src/lib/apportionment/index.ts';
import {
  COUNCIL_9,
  COUNCIL_TIE,
  EUROPEAN_31,
  PROVINCE_39,
  WATER_BOARD_23,
  calculatorExamples,
} from '../../../src/lib/seats/examples.ts';
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

describe('province with 39 seats (19 or more: highest averages, no threshold, P 7)', () => {
  // 39,000 votes / 39 = kiesdeler 1,000. Full: 15 (rest 400), 12 (300), 8 (200), 2 (600), 0: 37, 2 left.
  // Averages votes/(seats+1): 15,400/16 = 962.5; 12,300/13 = 946.2; 8,200/9 = 911.1; 2,600/3 = 866.7; 500/1.
  // Seat 38 → Provinciepartij (962.5; next 15,400/17 = 905.9); seat 39 → Stad en Land (946.2).
  it('divides 16, 13, 8, 2, 0', () => {
    expect(run(PROVINCE_39).lists.map((l) => l.seats)).toEqual([16, 13, 8, 2, 0]);
  });
});

describe('water board with 23 elected seats (highest averages)', () => {
  // 23,000 / 23 = 1,000. Full: 9, 7, 4, 1 = 21, 2 left. Averages: 970, 987.5, 860, 550.
  // Seat 22 → Dijkbelang (987.5; next 7,900/9 = 877.8); seat 23 → Water Natuurlijk (970).
  it('divides 10, 8, 4, 1', () => {
    expect(run(WATER_BOARD_23).lists.map((l) => l.seats)).toEqual([10, 8, 4, 1]);
  });
});

describe('European Parliament with 31 seats (residual seats only for lists that reach the kiesdeler)', () => {
  // 31,000 / 31 = 1,000. Full: 12, 9, 6, 0, 0 = 27, 4 left. Kleine Lijst (950) and Nieuw Geluid (750)
  // stay under the kiesdeler and take no part (P 7 lid 2 through Y 2). Averages: 969.2, 980, 985.7.
  // Seat 28 → Groen Europa (985.7; next 862.5); 29 → Samen in Europa (980; next 890.9);
  // 30 → Europa Vooruit (969.2; next 900); 31 → Europa Vooruit (900 > 890.9). Without the threshold,
  // Kleine Lijst (950/1) would have taken seat 31.
  it('divides 14, 10, 7, 0, 0', () => {
    expect(run(EUROPEAN_31).lists.map((l) => l.seats)).toEqual([14, 10, 7, 0, 0]);
  });
});
