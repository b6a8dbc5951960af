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
// The parent is read before anything else is loaded: under load, loading the readers takes seconds, and
// a parent that dies in that time must still be noticed. `npm run import` passes the pid of npm itself
// (package.json: `export OPEN_TELLING_IMPORT_PARENT=$PPID; exec node …`), which also covers npm dying
// before this process started. OPEN_TELLING_IMPORT_DETACHED=1 switches the check off (nohup, setsid).
export {}; // a module (top-level await); the imports below are dynamic on purpose

const parentAtStart = ((): number => {
  const ppid = process.ppid;
  const told = Number(process.env['OPEN_TELLING_IMPORT_PARENT']);
  if (!Number.isSafeInteger(told) || told <= 1 || told === ppid) return ppid;
  try {
    process.kill(told, 0);
    return ppid; // a live process that is not our parent: a stale variable from elsewhere
  } catch {
    return told; // npm is already gone: the check below fires at once
  }
})();
const watchParent = process.env['OPEN_TELLING_IMPORT_DETACHED'] !== '1';

const { collectInputs } = await import('../src/lib/import/input.ts');
const { importFiles } = await import('../src/lib/import/import.ts');
const { buildSnapshot } = await import('../src/lib/import/snapshot.ts');
const { cleanupSync, isWriting, OutputRefusedError, WriteAbortedError, writeSnapshotAtomic } =
  await import('../src/lib/import/write.ts');
const { SourceFileError } = await import('../src/lib/model/source-error.ts');
const { terminalSafe } = await import('../src/lib/model/terminal-safe.ts');

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
/** The new snapshot is in place (the swap is done): a stop from now on must not say "nothing was written". */
let written = false;
const writtenWhole = (reason: string) =>
  `import stopped: ${reason} after the new snapshot was written whole to ${terminalSafe(out)}; it is complete`;
const stop = (reason: string, code: number) => {
  if (stopReason) return;
  stopReason = reason;
  stopCode = code;
  if (written) {
    console.error(writtenWhole(reason));
    process.exit(code);
  }
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
const parentGone = () => watchParent && process.ppid !== parentAtStart;
setInterval(() => {
  if (parentGone()) stop('the process that started the import has ended', 1);
}, 250).unref();

try {
  const result = await importFiles(await collectInputs(inputs));
  await writeSnapshotAtomic(out, buildSnapshot(result), {
    shouldAbort: () => stopReason ?? (parentGone() ? 'the process that started the import has ended' : null),
  });
  // Set in the same turn as the swap's last step, so no signal handler runs in between.
  written = true;
  if (stopReason) {
    // Asked to stop while the old snapshot was being removed, after the swap: the new one is whole.
    console.error(writtenWhole(stopReason));
    process.exitCode = stopCode;
  }
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
