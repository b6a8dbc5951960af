/**
 * npm run bench — one table of figures, no assertions:
 * 1. import of the whole TK2023 EML set in ../shared/data against a bare parse of the same bytes
 *    (ratio, peak RSS);
 * 2. the seat engine on a batch of 1,200 synthetic council cases;
 * 3. the site: build time and pages/s, Pagefind time and index size, page weights per page type.
 * Skip a part with --no-import, --no-seats or --no-site.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchImport, importRows, xmlFilesBelow } from '../src/lib/bench/import-bench.ts';
import { benchSeats } from '../src/lib/bench/seats-bench.ts';
import { benchSite } from '../src/lib/bench/site-bench.ts';
import { formatBytes, metricTable } from '../src/lib/site-audit/bench-table.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env['OPEN_TELLING_SHARED_DATA'] ?? path.resolve(repo, '..', 'shared', 'data');
const tk2023 = path.join(shared, 'kiesraad-tk2023');
const skip = (part: string): boolean => process.argv.includes(`--no-${part}`);
const rows: [string, string][] = [];

if (!skip('import')) {
  if (!existsSync(tk2023)) {
    console.error(`bench: ${tk2023} not found; set OPEN_TELLING_SHARED_DATA or run with --no-import.`);
    process.exit(1);
  }
  const runs = Number(process.env['BENCH_RUNS'] ?? 5);
  const f = await benchImport(await xmlFilesBelow(tk2023), runs, (mode, r) =>
    console.error(
      `bench: ${mode.padEnd(11)} ${(r.wallMs / 1000).toFixed(2)} s wall, ${(r.cpuMs / 1000).toFixed(2)} s CPU` +
        (mode === 'import' ? `, ${r.workers} worker thread(s)` : ''),
    ),
  );
  rows.push(...importRows('TK2023 EML set', f));
}
if (!skip('seats')) {
  const f = benchSeats(1200);
  rows.push(
    [`seat engine: ${f.cases} council cases, ${f.lists} lists`, `${f.allocateMs.toFixed(0)} ms`],
    ['seat engine incl. JSON output', `${f.allocateWithJsonMs.toFixed(0)} ms (${formatBytes(f.jsonBytes)})`],
  );
}
if (!skip('site')) rows.push(...(await benchSite(repo)));

console.log(metricTable(rows));
console.log(
  'Page sizes: gzip -9 of HTML + referenced CSS/JS; Pagefind loads its index and WebAssembly on search.',
);
