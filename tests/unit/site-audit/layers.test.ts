/**
 * Imports flow one way (README "Layout of the repository"). Three checks:
 * 1. the folders of src/lib form an acyclic graph (no two folders import each other, directly or
 *    through a third), and the cycle finder does find a planted cycle;
 * 2. the layer rules hold for every import of src/lib, src/components and src/layouts (no .astro
 *    component or layout imports the engine, the importer or the snapshot loader);
 * 3. ESLint reports a broken layer while editing: fixture files that break a rule, linted at the path
 *    where they would break it, give the no-restricted-imports error.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import {
  collectImports,
  findCycles,
  folderGraph,
  importSpecifiers,
  layerViolations,
  witness,
  type ImportEdge,
} from '../../../src/lib/site-audit/import-graph.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const edges = [
  ...collectImports(root, 'src/lib'),
  ...collectImports(root, 'src/components'),
  ...collectImports(root, 'src/layouts'),
];

describe('the folder graph of src/lib', () => {
  it('has no cycle', () => {
    const cycles = findCycles(folderGraph(edges)).map((c) => {
      const [a, b] = c;
      const w =
        a !== undefined && b !== undefined ? (witness(edges, a, b) ?? witness(edges, b, a)) : undefined;
      return `${c.join(' ⇄ ')}${w ? ` (e.g. ${w.from} imports ${w.specifier})` : ''}`;
    });
    expect(cycles).toEqual([]);
  });

  it('is really read: the engine is imported by the calculator and the results view model', () => {
    const graph = folderGraph(edges);
    expect(graph.get('results')?.has('apportionment')).toBe(true);
    expect(graph.get('eml')?.has('model')).toBe(true);
    expect(graph.get('apportionment')?.size).toBe(0);
  });

  it('finds a cycle through a third folder, and a direct one', () => {
    const g = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['e'])],
      ['e', new Set(['d'])],
      ['f', new Set<string>()],
    ]);
    expect(findCycles(g)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
  });
});

describe('layer rules', () => {
  it('hold for every import of src/lib, src/components and src/layouts', () => {
    const found = layerViolations(edges).map((v) => `${v.edge.from}: ${v.edge.specifier} (${v.rule})`);
    expect(found).toEqual([]);
  });

  it('catch each kind of violation', () => {
    const edge = (from: string, specifier: string, target: string | null): ImportEdge => ({
      from,
      specifier,
      target,
    });
    const rules = layerViolations([
      edge('src/lib/model/x.ts', '../eml/read-eml.ts', 'src/lib/eml/read-eml.ts'),
      edge('src/lib/apportionment/x.ts', 'd3', null),
      edge('src/lib/apportionment/y.ts', '../i18n/format.ts', 'src/lib/i18n/format.ts'),
      edge('src/lib/charts/x.ts', 'astro:content', null),
      edge('src/lib/results/x.ts', '../../routing/r.ts', 'src/routing/r.ts'),
      edge('src/components/seats/X.astro', '../../lib/model/load.ts', 'src/lib/model/load.ts'),
      edge('src/layouts/L.astro', '../lib/import/import.ts', 'src/lib/import/import.ts'),
      // Allowed: a component importing a view model, the engine importing itself.
      edge('src/components/seats/Y.astro', '../../lib/seats/trace-view.ts', 'src/lib/seats/trace-view.ts'),
      edge('src/lib/apportionment/z.ts', './types.ts', 'src/lib/apportionment/types.ts'),
    ]).map((v) => v.edge.from);
    expect(rules).toEqual([
      'src/lib/model/x.ts',
      'src/lib/apportionment/x.ts',
      'src/lib/apportionment/y.ts',
      'src/lib/charts/x.ts',
      'src/lib/results/x.ts',
      'src/components/seats/X.astro',
      'src/layouts/L.astro',
    ]);
  });

  it('reads imports the way they are written (and not those in comments)', () => {
    const code = [
      "import type { A } from './a.ts';",
      "import b, { c } from '../b.ts';",
      "export { d } from './d.ts';",
      "import './side-effect.css';",
      "const e = await import('./e.ts');",
      "// import x from './commented.ts';",
      "/* import y from './block.ts'; */",
    ].join('\n');
    expect(importSpecifiers(code)).toEqual(['./a.ts', '../b.ts', './d.ts', './side-effect.css', './e.ts']);
  });
});

describe('ESLint enforces the layers while editing', () => {
  const eslint = new ESLint({ cwd: root });
  const lint = async (fixture: string, asPath: string) => {
    const text = readFileSync(path.join(root, 'tests/fixtures/layers', fixture), 'utf8');
    const [result] = await eslint.lintText(text, { filePath: path.join(root, asPath) });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  };

  it('model/ importing a reader is an error', async () => {
    const messages = await lint('model-imports-reader.ts.txt', 'src/lib/model/fixture.ts');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('model/ imports no reader');
  });

  it('the seat engine importing outside itself is an error', async () => {
    const messages = await lint('engine-imports-outside.ts.txt', 'src/lib/apportionment/fixture.ts');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('apportionment/ (the seat engine) imports nothing outside itself');
  });

  it('a component running the engine is an error', async () => {
    const messages = await lint('component-runs-engine.astro.txt', 'src/components/seats/Fixture.astro');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('Components and layouts render ready data');
  });

  it('the same file elsewhere (a reader may import a reader) is fine', async () => {
    expect(await lint('model-imports-reader.ts.txt', 'src/lib/import/fixture.ts')).toEqual([]);
  });
});
