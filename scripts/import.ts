/**
 * npm run import -- <files|folders|.zip …> --out <dir>
 * Reads EML_NL and osv4-3 CSV files of ONE election into a snapshot folder. On any error it prints
 * `file:line:column: what is wrong`, exits with status 1 and writes nothing.
 */
import { collectInputs } from '../src/lib/import/input.ts';
import { importFiles } from '../src/lib/import/import.ts';
import { buildSnapshot } from '../src/lib/import/snapshot.ts';
import { writeSnapshotAtomic } from '../src/lib/import/write.ts';
import { SourceFileError } from '../src/lib/model/source-error.ts';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
if (outAt < 0 || !args[outAt + 1] || args.length < 3) {
  console.error('usage: npm run import -- <files|folders|.zip …> --out <dir>');
  process.exit(2);
}
const out = args[outAt + 1]!;
const inputs = args.filter((_, i) => i !== outAt && i !== outAt + 1);

try {
  const result = await importFiles(await collectInputs(inputs));
  await writeSnapshotAtomic(out, buildSnapshot(result));
  const kinds = Object.entries(
    result.findings.reduce<Record<string, number>>((a, f) => ((a[f.kind] = (a[f.kind] ?? 0) + 1), a), {}),
  );
  console.log(
    `${result.election.eventId}: ${result.sources.length} files, ${result.counts.length} count files written to ${out}; ` +
      `${result.findings.length} findings${kinds.length ? ` (${kinds.map(([k, n]) => `${k} ${n}`).join(', ')})` : ''}`,
  );
} catch (e) {
  if (e instanceof SourceFileError) console.error(e.format());
  else console.error(`import failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
