/**
 * The site built from the hostile-names election (tests/fixtures/hostile-names), for the browser test
 * tests/e2e/hostile-names.e2e.ts: the fixture imported with the real importer CLI, then the site built
 * with OPEN_TELLING_DATA_DIR pointing at that snapshot, into its own folder.
 *
 * `npm test` builds it as a stage of its own (scripts/test.ts) while the main build writes its search
 * index, which keeps only part of the two cores busy, and tells the browser test through
 * HOSTILE_SITE_ENV that it is there; run alone, the test builds it itself.
 *   node tests/helpers/hostile-site.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the hostile site is made: its snapshot in data/, its build in dist/. */
export const hostileWork = path.join(repoRoot, 'tests', '.tmp', 'hostile-names-e2e');
export const hostileDist = path.join(hostileWork, 'dist');

/** Set (to hostileWork) by `npm test` when it has built the hostile site in this run. */
export const HOSTILE_SITE_ENV = 'OPEN_TELLING_HOSTILE_SITE';

/**
 * The observer sessions of one municipality (of the first election in content/sessions): the browser
 * test is about the results pages of the hostile election, and the finder and widget pages of every
 * real session were 5,200 of this build's 5,263 pages (57 s of build against 7 s).
 */
function oneMunicipalitySessions(): string {
  const real = path.join(repoRoot, 'content', 'sessions');
  const election = readdirSync(real, { withFileTypes: true }).find((e) => e.isDirectory())?.name;
  if (election === undefined) throw new Error(`${real} has no election folder`);
  const file = path.join(real, election, 'polling-stations.json');
  const snapshot = JSON.parse(readFileSync(file, 'utf8')) as {
    sources: { sessions: number }[];
    sessions: { municipalityCode: string }[];
  };
  const first = snapshot.sessions[0]?.municipalityCode;
  snapshot.sessions = snapshot.sessions.filter((s) => s.municipalityCode === first);
  for (const source of snapshot.sources) source.sessions = snapshot.sessions.length;
  const dir = path.join(hostileWork, 'sessions');
  mkdirSync(path.join(dir, election), { recursive: true });
  writeFileSync(path.join(dir, election, 'polling-stations.json'), JSON.stringify(snapshot));
  return dir;
}

/** Imports the hostile election and builds its site into hostileDist, from scratch. */
export function buildHostileSite(): void {
  rmSync(hostileWork, { recursive: true, force: true });
  const dataRoot = path.join(hostileWork, 'data');
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  execFileSync(
    'npm',
    [
      'run',
      '--silent',
      'import',
      '--',
      'tests/fixtures/hostile-names',
      '--out',
      path.join(dataRoot, 'TK2031'),
    ],
    { cwd: repoRoot, env, stdio: 'pipe' },
  );
  // The build's long log is not kept in memory (it overflowed execFileSync's buffer).
  execFileSync('npx', ['astro', 'build', '--outDir', hostileDist], {
    cwd: repoRoot,
    env: { ...env, OPEN_TELLING_DATA_DIR: dataRoot, OPEN_TELLING_SESSIONS_DIR: oneMunicipalitySessions() },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  buildHostileSite();
  console.log(
    `hostile site: built in ${((performance.now() - started) / 1000).toFixed(1)} s into ${hostileDist}`,
  );
}
