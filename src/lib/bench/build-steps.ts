/**
 * The steps of `npm run build`, read from package.json, so a benchmark times exactly what the build
 * runs: every step, in order, none left out. (The site benchmark once summed astro, Pagefind and the
 * headers only, and left the results files and the embed scripts out of "the whole build".)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface BuildStep {
  /** Short name for a table: "astro build", "scripts/pagefind.ts". */
  readonly label: string;
  /** The program and its arguments as Node runs them: [script, ...args] for `node`, astro's bin for `astro`. */
  readonly nodeArgs: readonly string[];
  /** NAME=value assignments written before the command in package.json. */
  readonly env: Readonly<Record<string, string>>;
}

/** The steps of the build script: `a && b && c`, each `[NAME=value ...] (astro|node) args...`. */
export function buildSteps(repo: string): BuildStep[] {
  const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const script = pkg.scripts?.['build'];
  if (script === undefined) throw new Error(`${repo}/package.json has no "build" script`);
  return script.split('&&').map((part) => {
    const words = part.trim().split(/\s+/);
    const env: Record<string, string> = {};
    while (words.length > 0 && /^[A-Z_][A-Z0-9_]*=/.test(words[0]!)) {
      const [name, ...value] = words.shift()!.split('=');
      env[name!] = value.join('=');
    }
    const [program, ...rest] = words;
    if (program === 'astro')
      return {
        label: `astro ${rest.join(' ')}`,
        nodeArgs: [path.join(repo, 'node_modules/astro/bin/astro.mjs'), ...rest],
        env,
      };
    if (program === 'node' && rest.length > 0)
      return { label: rest.join(' '), nodeArgs: rest.map((a, i) => (i === 0 ? path.join(repo, a) : a)), env };
    throw new Error(
      `package.json "build" step "${part.trim()}" is neither astro nor node: a benchmark cannot time it alone`,
    );
  });
}
