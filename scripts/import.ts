/**
 * npm run import -- <files|folders|.zip …> --out <dir>
 * Reads EML_NL and osv4-3 CSV files of ONE election into a snapshot folder. On any error it prints
 * `file:line:column: what is wrong`, exits with status 1 and writes nothing.
 *
 * Interruptions (why): SIGINT/SIGTERM/SIGHUP stop the import and remove its temporary folder; the
 * target is either the old snapshot or the new one, never a mix. When the process that started us goes
 * away (`npm run import` killed with SIGKILL leaves its child running), the import notices that its
 * parent changed and stops before writing, instead of finishing unseen and replacing the target later.
 */
import { collectInputs } from '../src/lib/import/input.ts';
import { importFiles } from '../src/lib/import/import.ts';
import { buildSnapshot } from '../src/lib/import/snapshot.ts';
import {
  cleanupSync,
  isWriting,
  OutputRefusedError,
  WriteAbortedError,
  writeSnapshotAtomic,
} from '../src/lib/import/write.ts';
import { SourceFileError } from '../src/lib/model/source-error.ts';
import { terminalSafe } from '../src/lib/model/terminal-safe.ts';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
if (outAt < 0 || !args[outAt + 1] || args.length < 3) {
  console.error('usage: npm run import -- <files|folders|.zip …> --out <dir>');
  process.exit(2);
}
const out = args[outAt + 1]!;
const inputs = args.filter((_, i) => i !== outAt && i !== outAt + 1);

let stopReason: string | null = null;
let stopCode = 1;
const stop = (reason: string, code: number) => {
  if (stopReason) return;
  stopReason = reason;
  stopCode = code;
  // While writing, the writer stops at the next file and removes its folder; otherwise nothing is on disk.
  if (!isWriting()) {
    cleanupSync();
    console.error(`import stopped: ${reason}; nothing was written to ${terminalSafe(out)}`);
    process.exit(code);
  }
};
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const) {
  process.on(signal, () => stop(`interrupted (${signal})`, code));
}
const parentAtStart = process.ppid;
const parentGone = () => process.ppid !== parentAtStart;
setInterval(() => {
  if (parentGone()) stop('the process that started the import has ended', 1);
}, 250).unref();

try {
  const result = await importFiles(await collectInputs(inputs));
  await writeSnapshotAtomic(out, buildSnapshot(result), {
    shouldAbort: () => stopReason ?? (parentGone() ? 'the process that started the import has ended' : null),
  });
  const kinds = Object.entries(
    result.findings.reduce<Record<string, number>>((a, f) => ((a[f.kind] = (a[f.kind] ?? 0) + 1), a), {}),
  );
  console.log(
    terminalSafe(
      `${result.election.eventId}: ${result.sources.length} files, ${result.counts.length} count files written to ${out}; ` +
        `${result.findings.length} findings${kinds.length ? ` (${kinds.map(([k, n]) => `${k} ${n}`).join(', ')})` : ''}`,
    ),
  );
} catch (e) {
  if (e instanceof SourceFileError) console.error(e.format());
  else if (e instanceof WriteAbortedError)
    console.error(`import stopped: ${e.message}; nothing was written to ${terminalSafe(out)}`);
  else if (e instanceof OutputRefusedError) console.error(terminalSafe(e.message));
  else console.error(terminalSafe(`import failed: ${e instanceof Error ? e.message : String(e)}`));
  process.exitCode = stopReason ? stopCode : 1;
}
