/**
 * CLI over src/lib/checks: runs every check on an imported snapshot.
 *
 *   npm run --silent verify -- <snapshot-dir> [--json]
 *
 * Plain output: passed/failed per check and level, then every finding (one line each). --json prints
 * {"checks":[{check, level, passed, failed}], "findings":[…]}. Findings are results, not errors: the exit
 * code is 0 whenever the checks ran, 1 when the snapshot cannot be read, 2 for a wrong command line.
 */
import { loadSnapshot } from '../src/lib/model/load.ts';
import { checkSnapshot, findings, summarize } from '../src/lib/verify/report.ts';
import { formatFindingLine } from '../src/lib/verify/text.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const rest = args.filter((a) => a !== '--json');
const usage = 'usage: npm run --silent verify -- <snapshot-dir> [--json]';
if (rest.length !== 1 || rest[0]!.startsWith('-')) {
  console.error(
    rest.length === 0
      ? `no snapshot folder given\n${usage}`
      : `unexpected arguments: ${rest.join(' ')}\n${usage}`,
  );
  process.exit(2);
}
const dir = rest[0]!;

let run;
try {
  run = await checkSnapshot(await loadSnapshot(dir));
} catch (e) {
  console.error(`${dir}: cannot check this snapshot: ${(e as Error).message}`);
  console.error('Import it first: npm run import -- <files> --out <dir>');
  process.exit(1);
}

const rows = summarize(run.results);
const found = findings(run.results);
if (json) {
  process.stdout.write(
    JSON.stringify({
      election: run.election,
      checks: rows.map(({ check, level, passed, failed }) => ({ check, level, passed, failed })),
      findings: found,
    }) + '\n',
  );
} else {
  const out: string[] = [`Checks of ${run.election} (${dir})`, ''];
  const w = Math.max(...rows.map((r) => r.check.length));
  for (const r of rows) {
    const extra = [
      r.explained ? `${r.explained} explained` : '',
      r.changes ? `${r.changes} changes` : '',
      r.signals ? `${r.signals} signals` : '',
    ].filter(Boolean);
    out.push(
      `${r.check.padEnd(w)}  ${r.level.padEnd(3)}  ${String(r.passed).padStart(6)} passed  ${String(r.failed).padStart(5)} failed${extra.length ? ` (${extra.join(', ')})` : ''}`,
    );
  }
  out.push('', `${found.length} findings:`);
  for (const f of found) out.push(formatFindingLine(f));
  process.stdout.write(out.join('\n') + '\n');
}
