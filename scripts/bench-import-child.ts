/**
 * One measured run for `npm run bench` (src/lib/bench/import-bench.ts): `bare` or `import`, then the
 * files. Prints the figures as one JSON line. Run by the benchmark in a fresh process per run.
 */
import { runInThisProcess } from '../src/lib/bench/import-bench.ts';
import type { ImportBenchMode } from '../src/lib/bench/import-bench.ts';

const [mode, ...files] = process.argv.slice(2);
if ((mode !== 'bare' && mode !== 'import' && mode !== 'import-main') || files.length === 0) {
  console.error('usage: node scripts/bench-import-child.ts bare|import|import-main <file.xml …>');
  process.exit(2);
}
console.log(JSON.stringify(await runInThisProcess(mode as ImportBenchMode, files)));
