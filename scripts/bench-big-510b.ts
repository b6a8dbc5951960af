/**
 * npm run bench:big -- [stations lists candidates] — figures only, no assertions: generates a synthetic
 * big-city 510b in a temporary folder (default 500 × 40 × 50, about 100 MB), imports it and a bare saxes
 * parse of the same bytes, prints time ratio and peak RSS, and deletes the file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeBig510b } from '../src/lib/bench/big-510b.ts';
import { benchImport, importRows } from '../src/lib/bench/import-bench.ts';
import { formatBytes, metricTable } from '../src/lib/site-audit/bench-table.ts';

const [stations = 500, lists = 40, candidates = 50] = process.argv.slice(2).map(Number);
const dir = mkdtempSync(path.join(tmpdir(), 'ot-big510b-'));
try {
  const file = path.join(dir, 'Telling_TK2025_gemeente_Grootstad.eml.xml');
  let t = performance.now();
  const bytes = await writeBig510b(file, { stations, lists, candidates });
  const genMs = performance.now() - t;
  t = performance.now();
  const f = await benchImport([file], Number(process.env['BENCH_RUNS'] ?? 3));
  console.log(
    metricTable([
      [
        `synthetic 510b: ${stations} stations × ${lists} lists × ${candidates} candidates`,
        formatBytes(bytes),
      ],
      ['generated in', `${(genMs / 1000).toFixed(1)} s`],
      ...importRows('synthetic 510b', f),
      ['bench wall time', `${((performance.now() - t) / 1000).toFixed(0)} s`],
    ]),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
