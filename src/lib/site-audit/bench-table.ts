/** Formatting for scripts/bench-site.ts: sizes and the one table it prints. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} KB`;
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}

/** Total size and count of the files under a folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

/** A two-column Markdown table (metric | value), so the output pastes into a note as it is. */
export function metricTable(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max('metric'.length, ...rows.map(([m]) => m.length));
  const valueWidth = Math.max('value'.length, ...rows.map(([, v]) => v.length));
  const line = (m: string, v: string): string => `| ${m.padEnd(width)} | ${v.padEnd(valueWidth)} |`;
  return [
    line('metric', 'value'),
    `|${'-'.repeat(width + 2)}|${'-'.repeat(valueWidth + 2)}|`,
    ...rows.map(([m, v]) => line(m, v)),
  ].join('\n');
}
