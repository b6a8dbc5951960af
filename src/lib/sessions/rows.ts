/**
 * Tabular input with positions: CSV rows (csv-parse, with the line each record starts on) and the
 * records of a CKAN datastore JSON response (jsonc-parser, with the line and column of each record),
 * so every error can say `file:line:column`.
 */
import { parse } from 'csv-parse/sync';
import { CsvError } from 'csv-parse/sync';
import { visit, type ParseErrorCode, printParseErrorCode } from 'jsonc-parser';
import { SourceFileError } from '../model/source-error.ts';

export interface Row {
  line: number;
  column: number;
  /** Field name → value as text ('' for empty, null or missing). */
  values: Map<string, string>;
  /** JSON only: where each field's name stands, so an error points at the field itself. */
  positions?: Map<string, { line: number; column: number }>;
}

export interface Table {
  file: string;
  columns: string[];
  rows: Row[];
}

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/** A CSV with a header row; comma or semicolon (Dutch spreadsheet exports use ";"). */
export function readCsvTable(file: string, content: string): Table {
  const firstLine = content.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(content, {
      bom: true,
      delimiter,
      info: true,
      skip_empty_lines: true,
      comment: '#',
      comment_no_infix: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (e) {
    if (e instanceof CsvError) {
      const line = (e as CsvError & { lines?: number }).lines ?? 1;
      throw new SourceFileError(
        file,
        line,
        1,
        `${e.message.replace(/^Invalid Record Length: /, '')}: every row needs the same number of fields as the header; check quotes and separators`,
      );
    }
    throw e;
  }
  const header = records[0];
  if (!header) throw new SourceFileError(file, 1, 1, 'the file is empty: expected a header row and rows');
  const columns = header.record.map((c) => c.trim());
  const seen = new Set<string>();
  columns.forEach((c, i) => {
    if (seen.has(c))
      throw new SourceFileError(file, header.info.lines, i + 1, `column "${c}" appears twice in the header`);
    seen.add(c);
  });
  const rows = records.slice(1).map(({ record, info }) => ({
    // csv-parse counts the line a record ends on; a quoted field can span lines, so report that line.
    line: info.lines,
    column: 1,
    values: new Map(columns.map((c, i) => [c, (record[i] ?? '').trim()])),
  }));
  return { file, columns, rows };
}

/**
 * A CKAN `datastore_search` response: `{"success": true, "result": {"fields": [...], "records": [...]}}`
 * (how waarismijnstemlokaal.nl serves the VNG standard), or a bare array of records.
 */
export function readCkanTable(file: string, content: string): Table {
  const starts: { line: number; column: number }[] = [];
  const positions: Map<string, { line: number; column: number }>[] = [];
  const errors: string[] = [];
  let errorAt: { line: number; column: number } | undefined;
  // Track where each record object of result.records (or of a top-level array) begins.
  visit(
    content,
    {
      onObjectBegin: (_o, _l, startLine, startCharacter, pathSupplier) => {
        const p = pathSupplier();
        const isRecord =
          (p.length === 3 && p[0] === 'result' && p[1] === 'records' && typeof p[2] === 'number') ||
          (p.length === 1 && typeof p[0] === 'number');
        if (isRecord) {
          starts.push({ line: startLine + 1, column: startCharacter + 1 });
          positions.push(new Map());
        }
      },
      onObjectProperty: (property, _o, _l, startLine, startCharacter, pathSupplier) => {
        const p = pathSupplier();
        const inRecord =
          (p.length === 3 && p[0] === 'result' && p[1] === 'records') ||
          (p.length === 1 && typeof p[0] === 'number');
        if (inRecord)
          positions.at(-1)?.set(property.trim(), { line: startLine + 1, column: startCharacter + 1 });
      },
      onError: (code: ParseErrorCode, _o, _l, startLine, startCharacter) => {
        errors.push(printParseErrorCode(code));
        errorAt ??= { line: startLine + 1, column: startCharacter + 1 };
      },
    },
    { allowTrailingComma: false, disallowComments: true },
  );
  if (errors.length > 0)
    throw new SourceFileError(
      file,
      errorAt!.line,
      errorAt!.column,
      `not valid JSON (${errors[0]}): export the file again or open it in a JSON validator`,
    );
  const data = JSON.parse(content.replace(/^\uFEFF/, '')) as unknown;
  let records: unknown;
  let fields: unknown;
  if (Array.isArray(data)) records = data;
  else if (data && typeof data === 'object' && 'result' in data) {
    const result = (data as { result: unknown }).result;
    if ((data as { success?: unknown }).success === false)
      throw new SourceFileError(
        file,
        1,
        1,
        'the CKAN response says success: false: the export failed; download it again',
      );
    if (result && typeof result === 'object') {
      records = (result as { records?: unknown }).records;
      fields = (result as { fields?: unknown }).fields;
    }
  }
  if (!Array.isArray(records))
    throw new SourceFileError(
      file,
      1,
      1,
      'expected a CKAN datastore response with result.records, or an array of records',
    );
  const columns = Array.isArray(fields)
    ? fields.map((f) => text((f as { id?: unknown }).id)).filter((c) => c !== '')
    : [...new Set(records.flatMap((r) => (r && typeof r === 'object' ? Object.keys(r) : [])))];
  const rows = records.map((r, i) => {
    const at = starts[i] ?? { line: 1, column: 1 };
    if (!r || typeof r !== 'object' || Array.isArray(r))
      throw new SourceFileError(file, at.line, at.column, `record ${i + 1} is not an object with fields`);
    return {
      line: at.line,
      column: at.column,
      positions: positions[i] ?? new Map(),
      values: new Map(
        Object.entries(r as Record<string, unknown>).map(([k, v]) => [k.trim(), text(v).trim()]),
      ),
    };
  });
  return { file, columns, rows };
}
