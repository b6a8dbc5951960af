/**
 * The import structure of src/: which file imports which, folded into a graph of src/lib's folders,
 * with a cycle finder (Tarjan's strongly connected components) and the layer rules of the project
 * (README "Layout of the repository"). ESLint enforces the same rules file by file while editing
 * (eslint.config.js, no-restricted-imports); this module checks the whole graph, including cycles
 * through a third folder, which a per-file lint rule cannot see. Run by tests/unit/site-audit/layers.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface ImportEdge {
  /** Importing file, relative to the repository root, with forward slashes. */
  from: string;
  /** The specifier as written. */
  specifier: string;
  /** Resolved target relative to the repository root (relative specifiers only), else null. */
  target: string | null;
}

/** Every static `import … from`, `export … from`, bare `import '…'` and dynamic `import('…')`. */
export function importSpecifiers(source: string): string[] {
  const out: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  // Comments can mention imports ("import x from 'y'" in a doc line): strip them first.
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  for (const re of patterns) for (const m of code.matchAll(re)) if (m[1] !== undefined) out.push(m[1]);
  return out;
}

/** The code of an .astro file that can import: its frontmatter and its <script> blocks. */
export function astroCode(source: string): string {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const scripts = [...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  return [front, ...scripts].join('\n');
}

function walk(dir: string, exts: readonly string[]): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full, exts));
    else if (exts.some((e) => entry.name.endsWith(e))) out.push(full);
  }
  return out.sort();
}

/** The import edges of every .ts/.astro file under `dir` (relative to `root`). */
export function collectImports(root: string, dir: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of walk(path.join(root, dir), ['.ts', '.astro', '.mjs', '.js'])) {
    const text = readFileSync(file, 'utf8');
    const code = file.endsWith('.astro') ? astroCode(text) : text;
    const from = path.relative(root, file).split(path.sep).join('/');
    for (const specifier of importSpecifiers(code)) {
      const target = specifier.startsWith('.')
        ? path
            .relative(root, path.resolve(path.dirname(file), specifier))
            .split(path.sep)
            .join('/')
        : null;
      edges.push({ from, specifier, target });
    }
  }
  return edges;
}

/** The folder of src/lib a path belongs to ("model" for src/lib/model/load.ts), else null. */
export function libFolder(file: string): string | null {
  const m = /^src\/lib\/([^/]+)\//.exec(file);
  return m?.[1] ?? null;
}

/** Folder → folders it imports (self-imports left out). */
export function folderGraph(edges: readonly ImportEdge[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const e of edges) {
    const from = libFolder(e.from);
    if (from === null) continue;
    if (!graph.has(from)) graph.set(from, new Set());
    const to = e.target === null ? null : libFolder(e.target);
    if (to !== null && to !== from) {
      graph.get(from)?.add(to);
      if (!graph.has(to)) graph.set(to, new Set());
    }
  }
  return graph;
}

/**
 * The cycles of a directed graph, as its strongly connected components with more than one node
 * (Tarjan 1972). Empty when the graph is acyclic. Each component is sorted, the list too.
 */
export function findCycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string): void => {
    indices.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, indices.get(w) as number));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!indices.has(v)) visit(v);
  return components.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

/** One edge of a cycle, to name in an error: a file of `from` that imports `to`. */
export function witness(edges: readonly ImportEdge[], from: string, to: string): ImportEdge | undefined {
  return edges.find((e) => libFolder(e.from) === from && e.target !== null && libFolder(e.target) === to);
}

export interface LayerViolation {
  edge: ImportEdge;
  rule: string;
}

/** Readers of published files: the model must not depend on any of them. */
export const READERS = ['eml', 'csv', 'import'] as const;

/**
 * The layer rules (README "Layout of the repository"):
 * - src/lib never imports pages, components, layouts, routing or Astro;
 * - model/ imports no reader (eml/, csv/, import/);
 * - apportionment/ imports nothing outside itself;
 * - .astro files under src/components and src/layouts never import the seat engine (apportionment/),
 *   the importer (import/) or the snapshot loader (model/load.ts, model/catalog.ts): they render
 *   ready data from a view model.
 */
export function layerViolations(edges: readonly ImportEdge[]): LayerViolation[] {
  const out: LayerViolation[] = [];
  for (const edge of edges) {
    const folder = libFolder(edge.from);
    const target = edge.target;
    if (folder !== null) {
      if (
        edge.specifier === 'astro' ||
        edge.specifier.startsWith('astro:') ||
        edge.specifier.endsWith('.astro')
      )
        out.push({ edge, rule: 'src/lib never imports Astro' });
      if (target !== null && /^src\/(pages|components|layouts|routing)\//.test(target))
        out.push({ edge, rule: 'src/lib never imports pages, components, layouts or routing' });
      if (
        folder === 'model' &&
        target !== null &&
        (READERS as readonly string[]).includes(libFolder(target) ?? '')
      )
        out.push({ edge, rule: 'model/ imports no reader (eml/, csv/, import/)' });
      if (folder === 'apportionment' && (target === null || libFolder(target) !== 'apportionment'))
        out.push({ edge, rule: 'apportionment/ imports nothing outside itself' });
    } else if (/^src\/(components|layouts)\/.*\.astro$/.test(edge.from) && target !== null) {
      const to = libFolder(target);
      if (
        to === 'apportionment' ||
        to === 'import' ||
        /^src\/lib\/model\/(load|catalog)(\.ts)?$/.test(target)
      )
        out.push({
          edge,
          rule: 'components and layouts render ready data: no engine, importer or snapshot loader (use a view model in src/lib)',
        });
    }
  }
  return out;
}
