/**
 * Deterministic JSON: objects keep the key order in which the snapshot builder creates them, the top
 * levels are indented for readable diffs, and anything deeper than `expandDepth` sits on one line
 * (a unit per line), which keeps large count files compact.
 */
export function snapshotJson(value: unknown, expandDepth = 2): string {
  return write(value, 0, expandDepth) + '\n';
}

function write(value: unknown, depth: number, expandDepth: number): string {
  if (depth >= expandDepth || value === null || typeof value !== 'object') return JSON.stringify(value);
  const pad = '  '.repeat(depth + 1);
  const end = '  '.repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => v === null || typeof v !== 'object')) return JSON.stringify(value);
    return `[\n${value.map((v) => pad + write(v, depth + 1, expandDepth)).join(',\n')}\n${end}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${pad}${JSON.stringify(k)}: ${write(v, depth + 1, expandDepth)}`).join(',\n')}\n${end}}`;
}
