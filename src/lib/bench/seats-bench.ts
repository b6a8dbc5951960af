/**
 * Seat-engine benchmark: a synthetic, seeded batch of municipal-council cases (9–45 seats, 4–20
 * lists, a third with candidate votes) run through allocateSeats. Figures only.
 */
import { allocateSeats, type ApportionmentInput } from '../apportionment/index.ts';

export interface SeatsBenchFigures {
  cases: number;
  lists: number;
  stoppedForLots: number;
  allocateMs: number;
  allocateWithJsonMs: number;
  jsonBytes: number;
}

function syntheticCouncilCases(n: number, seed = 20260318): ApportionmentInput[] {
  let state = seed;
  const rand = (max: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor(state / 65536) % max;
  };
  const councilSizes = [9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 45];
  return Array.from({ length: n }, (_, i) => {
    const seats = councilSizes[rand(councilSizes.length)] as number;
    const lists = Array.from({ length: 4 + rand(17) }, (_, j) => {
      const votes = 50 + rand(8000);
      if (i % 3 !== 0) return { number: j + 1, votes, candidates: 1 + rand(40) };
      const count = 5 + rand(45);
      const candidates = Array.from({ length: count }, () => 0);
      let left = votes;
      for (let k = 0; k < count && left > 0; k++) {
        const v = k === count - 1 ? left : Math.min(left, rand(Math.max(1, Math.floor(left / 2))));
        candidates[k] = v;
        left -= v;
      }
      candidates[0] = (candidates[0] as number) + left;
      return { number: j + 1, votes, candidates };
    });
    return { category: 'GR', date: '2022-03-16', seats, lists };
  });
}

export function benchSeats(n: number): SeatsBenchFigures {
  const cases = syntheticCouncilCases(n);
  let stoppedForLots = 0;
  let t = performance.now();
  for (const c of cases) if (allocateSeats(c).drawingOfLots !== null) stoppedForLots += 1;
  const allocateMs = performance.now() - t;
  t = performance.now();
  const json = JSON.stringify(cases.map((c) => allocateSeats(c)));
  const allocateWithJsonMs = performance.now() - t;
  return {
    cases: n,
    lists: cases.reduce((sum, c) => sum + c.lists.length, 0),
    stoppedForLots,
    allocateMs,
    allocateWithJsonMs,
    jsonBytes: json.length,
  };
}
