/**
 * npm run import:sessions -- <file…> --election <id> [--updated YYYY-MM-DD] [--source "name"] [--out dir]
 *
 * Reads polling-place lists in the VNG Stembureaus Open Data Standaard (CKAN datastore JSON as
 * waarismijnstemlokaal.nl serves it, or CSV) and writes every polling place as a count session to
 * <out>/<election>/polling-stations.json (default out: content/sessions). Then checks the hand-kept
 * <out>/<election>/sessions.csv, if there is one. On any error: `file:line:column: what is wrong`,
 * exit code 1, nothing written.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SourceFileError } from '../src/lib/model/source-error.ts';
import { importPollingPlaces } from '../src/lib/sessions/import.ts';
import { readManualSessions } from '../src/lib/sessions/manual.ts';
import { MANUAL_FILE, writeSnapshotFile } from '../src/lib/sessions/snapshot.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const usage =
  'usage: npm run import:sessions -- <file.json|file.csv …> --election <id, e.g. TK2023> [--updated YYYY-MM-DD] [--source "name"] [--out content/sessions]';

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      election: { type: 'string' },
      updated: { type: 'string' },
      source: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (!values.election || positionals.length === 0) {
    console.error(usage);
    process.exit(2);
  }
  if (values.updated !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.updated)) {
    console.error(`--updated "${values.updated}" is not a date: write YYYY-MM-DD`);
    process.exit(2);
  }
  const snapshot = await importPollingPlaces(positionals, {
    election: values.election,
    ...(values.updated ? { updated: values.updated } : {}),
    ...(values.source ? { sourceName: values.source } : {}),
  });
  const dir = path.join(values.out ?? path.join(root, 'content', 'sessions'), values.election);
  const manual = path.join(dir, MANUAL_FILE);
  if (existsSync(manual)) readManualSessions(manual, readFileSync(manual, 'utf8'), values.election);
  const written = await writeSnapshotFile(dir, snapshot);
  console.log(`${written}: ${snapshot.sessions.length} sessions from ${snapshot.sources.length} file(s)`);
} catch (e) {
  if (e instanceof SourceFileError) console.error(e.format());
  else console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
}
