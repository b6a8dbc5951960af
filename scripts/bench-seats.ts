/** npm run bench:seats [-- <cases>] — only the seat-engine part of `npm run bench`. */
import { benchSeats } from '../src/lib/bench/seats-bench.ts';

const f = benchSeats(Number(process.argv[2] ?? 1200));
console.log(`cases: ${f.cases}, lists: ${f.lists}, stopped for lots: ${f.stoppedForLots}`);
console.log(`allocate: ${f.allocateMs.toFixed(1)} ms (${(f.allocateMs / f.cases).toFixed(3)} ms/case)`);
console.log(
  `allocate + JSON output: ${f.allocateWithJsonMs.toFixed(1)} ms, ${(f.jsonBytes / 1e6).toFixed(1)} MB`,
);
