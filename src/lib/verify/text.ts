/**
 * Findings as text and as downloadable files (CSV, JSON). One column per field of CheckResult, so the
 * CSV opens in a spreadsheet and the JSON is the same data the CLI prints.
 */
import type { CheckResult } from '../checks/types.ts';

export function formatFindingLine(f: CheckResult): string {
  const where = [
    f.field,
    f.list !== undefined ? `list ${f.list}` : '',
    f.candidate !== undefined ? `candidate ${f.candidate}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const diff = f.difference === null ? '' : ` (${f.difference > 0 ? '+' : ''}${f.difference})`;
  const why = f.explanation ? ` — ${f.explanation.en}` : '';
  return `[${f.severity}] ${f.check} ${f.level} ${f.unit} (${f.unitName}) ${where}: expected ${String(f.expected)}, found ${String(f.found)}${diff} [${f.sources.join(',')}]${why}`;
}

export const CSV_COLUMNS = [
  'check',
  'level',
  'unit',
  'unitName',
  'field',
  'list',
  'candidate',
  'expected',
  'found',
  'difference',
  'severity',
  'explanation',
  'explanationSource',
  'sources',
] as const;

/**
 * RFC 4180 quoting. A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start)
 * gets a leading apostrophe (OWASP CSV injection): unit names come from published files and are not ours.
 */
export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+$/.test(s)) s = `'${s}`;
  return /[";\n\r,]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function findingsCsv(findings: readonly CheckResult[], locale: 'nl' | 'en'): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const f of findings) {
    const row = [
      f.check,
      f.level,
      f.unit,
      f.unitName,
      f.field,
      f.list,
      f.candidate,
      f.expected,
      f.found,
      f.difference,
      f.severity,
      f.explanation?.[locale],
      f.explanation ? (f.explanation.source.url ?? f.explanation.source.title) : undefined,
      f.sources.join(' '),
    ];
    lines.push(row.map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
