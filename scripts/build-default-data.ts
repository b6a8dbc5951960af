/**
 * npm run data — regenerates the default dataset in content/data/ from ../shared/data (deterministic:
 * running it twice gives byte-identical files). Never copies the source files themselves.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDefaultData, buildDefaultGeo, buildDefaultPv } from '../src/lib/import/default-data.ts';
import { SourceFileError } from '../src/lib/model/source-error.ts';
import { buildDefaultSessions } from '../src/lib/sessions/default-sessions.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env['OPEN_TELLING_SHARED_DATA'] ?? path.resolve(root, '..', 'shared', 'data');
const out = process.argv[2] ?? path.join(root, 'content', 'data');
// Boundaries, processen-verbaal addresses and count sessions live beside content/data
// (content/geo, content/pv, content/sessions).
const content = process.argv[3] ?? path.join(root, 'content');
const sessionsOut = path.join(content, 'sessions');
try {
  for (const line of await buildDefaultGeo(shared, path.join(content, 'geo'))) console.log(line);
  for (const line of await buildDefaultPv(shared, path.join(content, 'pv'))) console.log(line);
  for (const line of await buildDefaultData(shared, out)) console.log(line);
  for (const line of await buildDefaultSessions(shared, sessionsOut)) console.log(line);
} catch (e) {
  console.error(e instanceof SourceFileError ? e.format() : e);
  process.exitCode = 1;
}
