/** Property tests (fast-check) for invariants of the seat allocation. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  allocateSeats,
  type ApportionmentInput,
  type ElectionCategory,
} from '../../../src/lib/apportionment/index.ts';

const votesArb = fc.array(fc.integer({ min: 0, max: 50_000 }), { minLength: 1, maxLength: 12 });
const caseArb = fc.record({
  category: fc.constantFrom<ElectionCategory>('TK', 'GR', 'PS', 'AB', 'ER', 'EP'),
  seats: fc.integer({ min: 1, max: 60 }),
  votes: votesArb,
  caps: fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }), {
    minLength: 12,
    maxLength: 12,
  }),
});

function build(c: {
  category: ElectionCategory;
  seats: number;
  votes: number[];
  caps: Array<number | undefined>;
}): ApportionmentInput {
  return {
    category: c.category,
    date: '2023-11-22',
    seats: c.seats,
    lists: c.votes.map((v, i) => {
      const cap = c.caps[i];
      return cap === undefined ? { number: i + 1, votes: v } : { number: i + 1, votes: v, candidates: cap };
    }),
  };
}

describe('seat allocation invariants', () => {
  it('seats add up to the total minus unassigned, and no list exceeds its candidates', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const r = allocateSeats(build(c));
        const sum = r.lists.reduce((n, l) => n + l.seats, 0);
        expect(sum + r.unassigned).toBe(c.seats);
        expect(r.unassigned).toBeGreaterThanOrEqual(0);
        if (r.drawingOfLots === null) {
          r.lists.forEach((l, i) => {
            const cap = c.caps[i];
            if (cap !== undefined) expect(l.seats).toBeLessThanOrEqual(cap);
          });
          // Seats stay empty only when every list that could take one is full.
          if (r.unassigned > 0 && r.category !== 'ER' && c.votes.some((v) => v > 0)) {
            expect(r.steps.some((s) => s.type === 'emptySeats')).toBe(true);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('permuting the lists permutes the result', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), (c, seed) => {
        const input = build(c);
        const order = input.lists
          .map((_, i) => i)
          .sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101));
        const permuted = {
          ...input,
          lists: order.map((i) => input.lists[i] as (typeof input.lists)[number]),
        };
        const a = allocateSeats(input);
        const b = allocateSeats(permuted);
        const byNumber = (r: typeof a) => Object.fromEntries(r.lists.map((l) => [l.number, l.seats]));
        expect(byNumber(b)).toEqual(byNumber(a));
        expect(b.drawingOfLots === null).toBe(a.drawingOfLots === null);
        if (a.drawingOfLots !== null && b.drawingOfLots !== null) {
          expect([...b.drawingOfLots.options].sort()).toEqual([...a.drawingOfLots.options].sort());
          expect(b.drawingOfLots.at).toBe(a.drawingOfLots.at);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('highest averages: more votes never loses a seat for the same list', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 19, max: 60 }),
        fc.array(fc.integer({ min: 1, max: 50_000 }), { minLength: 2, maxLength: 10 }),
        fc.nat(),
        fc.integer({ min: 1, max: 20_000 }),
        (seats, votes, pick, extra) => {
          const i = pick % votes.length;
          const more = votes.map((v, j) => (j === i ? v + extra : v));
          const a = allocateSeats({
            category: 'GR',
            date: '2022-03-16',
            seats,
            lists: votes.map((v, j) => ({ number: j + 1, votes: v })),
          });
          const b = allocateSeats({
            category: 'GR',
            date: '2022-03-16',
            seats,
            lists: more.map((v, j) => ({ number: j + 1, votes: v })),
          });
          fc.pre(a.drawingOfLots === null && b.drawingOfLots === null);
          expect(b.lists[i]?.seats ?? 0).toBeGreaterThanOrEqual(a.lists[i]?.seats ?? 0);
        },
      ),
      { numRuns: 400 },
    );
  });
});
