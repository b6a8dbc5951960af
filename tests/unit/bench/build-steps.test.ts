import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSteps } from '../../../src/lib/bench/build-steps.ts';

const repo = path.resolve(import.meta.dirname, '../../..');
const made: string[] = [];
afterEach(() => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function repoWithBuild(build: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ot-build-steps-'));
  made.push(dir);
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ scripts: { build } }));
  return dir;
}

describe('buildSteps: what the benchmarks time is what npm run build runs', () => {
  it('this repository: astro build first, then every node script of the build, each one a file that exists', () => {
    const steps = buildSteps(repo);
    expect(steps[0]!.label).toBe('astro build');
    expect(steps[0]!.env).toEqual({ ASTRO_TELEMETRY_DISABLED: '1' });
    // The steps after astro write into dist/: the results files and the search index among them.
    const labels = steps.map((s) => s.label);
    expect(labels).toContain('scripts/write-results-files.ts');
    expect(labels).toContain('scripts/pagefind.ts');
    for (const s of steps) expect(existsSync(s.nodeArgs[0]!), s.nodeArgs[0]).toBe(true);
  });

  it('keeps NAME=value assignments and arguments, and refuses a step it cannot run alone', () => {
    const dir = repoWithBuild('A_B=1 C=x=y astro build --silent && node scripts/one.ts dist && npx thing');
    expect(() => buildSteps(dir)).toThrow(/"npx thing" is neither astro nor node/);
    const ok = repoWithBuild('A_B=1 C=x=y astro build --silent && node scripts/one.ts dist');
    expect(buildSteps(ok)).toEqual([
      {
        label: 'astro build --silent',
        nodeArgs: [path.join(ok, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'],
        env: { A_B: '1', C: 'x=y' },
      },
      { label: 'scripts/one.ts dist', nodeArgs: [path.join(ok, 'scripts/one.ts'), 'dist'], env: {} },
    ]);
  });

  it('a package.json without a build script is said plainly', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ot-build-steps-'));
    made.push(dir);
    writeFileSync(path.join(dir, 'package.json'), '{"scripts":{}}');
    expect(() => buildSteps(dir)).toThrow(/has no "build" script/);
  });
});
