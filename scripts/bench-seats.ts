/**
 * Benchmark: a synthetic batch of regional cases (municipal councils of 9–45 seats with 4–20
 * lists, a third of them with candidate votes) run through the seats CLI code path, timed.
 * Prints figures only; nothing is asserted. Usage: npm run bench:seats [-- <cases>]
 */
import { allocateSeats, type ApportionmentInput } from '../src/lib/apportionment/index.ts';

const n = Number(process.argv[2] ?? 1200);
let seed = 20260318;
const rand = (max: number): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return Math.floor(seed / 65536) % max;
};
const councilSizes = [9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 45];

const cases: ApportionmentInput[] = [];
for (let i = 0; i < n; i++) {
  const seats = councilSizes[rand(councilSizes.length)] as number;
  const listCount = 4 + rand(17);
  const withCandidates = i % 3 === 0;
  const lists = Array.from({ length: listCount }, (_, j) => {
    const votes = 50 + rand(8000);
    if (!withCandidates) return { number: j + 1, votes, candidates: 1 + rand(40) };
    const count = 5 + rand(45);
    const cands = Array.from({ length: count }, () => 0);
    let left = votes;
    for (let k = 0; k < count && left > 0; k++) {
      const v = k === count - 1 ? left : Math.min(left, rand(Math.max(1, Math.floor(left / 2))));
      cands[k] = v;
      left -= v;
    }
    cands[0] = (cands[0] as number) + left;
    return { number: j + 1, votes, candidates: cands };
  });
  cases.push({ category: 'GR', date: '2022-03-16', seats, lists });
}

const start = process.hrtime.bigint();
let lots = 0;
let steps = 0;
for (const c of cases) {
  const r = allocateSeats(c);
  if (r.drawingOfLots !== null) lots += 1;
  steps += r.steps.length;
}
const computeMs = Number(process.hrtime.bigint() - start) / 1e6;
const s2 = process.hrtime.bigint();
const json = JSON.stringify(cases.map((c) => allocateSeats(c)));
const withJsonMs = Number(process.hrtime.bigint() - s2) / 1e6;
console.log(
  `cases: ${n}, lists: ${cases.reduce((a, c) => a + c.lists.length, 0)}, steps: ${steps}, stopped for lots: ${lots}`,
);
console.log(`allocate: ${computeMs.toFixed(1)} ms (${(computeMs / n).toFixed(3)} ms/case)`);
console.log(`allocate + JSON output: ${withJsonMs.toFixed(1)} ms, ${(json.length / 1e6).toFixed(1)} MB`);
