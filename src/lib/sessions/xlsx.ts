/**
 * The first worksheet of an .xlsx file (Office Open XML, ECMA-376 part 1 §18.3) as a Table: the
 * Centerdata PS/WS 2023 polling-place list is published only as a spreadsheet. Reads shared strings,
 * inline strings and numbers; the "line" of a row is its spreadsheet row number, which is what a
 * person sees when they open the file. Zip entries are capped (a zip bomb is refused) and the XML is
 * parsed with saxes (no DTD, no entities).
 */
import { SaxesParser } from 'saxes';
import yauzl from 'yauzl';
import { SourceFileError } from '../model/source-error.ts';
import type { Table } from './rows.ts';

const MAX_ENTRY = 200 * 1024 * 1024;

function readEntries(file: string, wanted: (name: string) => boolean): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: true }, (err, zip) => {
      if (err || !zip)
        return reject(
          new SourceFileError(file, 1, 1, `not an .xlsx (zip) file: ${err?.message ?? 'unreadable'}`),
        );
      const out = new Map<string, string>();
      zip.on('error', (e: Error) => reject(new SourceFileError(file, 1, 1, `broken .xlsx: ${e.message}`)));
      zip.on('end', () => resolve(out));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!wanted(entry.fileName)) return zip.readEntry();
        if (entry.uncompressedSize > MAX_ENTRY)
          return reject(
            new SourceFileError(file, 1, 1, `${entry.fileName} unpacks to more than 200 MB: refused`),
          );
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream)
            return reject(new SourceFileError(file, 1, 1, `broken .xlsx entry ${entry.fileName}`));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', (x: Error) =>
            reject(new SourceFileError(file, 1, 1, `broken .xlsx entry ${entry.fileName}: ${x.message}`)),
          );
          stream.on('end', () => {
            out.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const out: string[] = [];
  const p = new SaxesParser();
  let inSi = false;
  let inT = false;
  let current = '';
  p.on('opentag', (t) => {
    if (t.name === 'si') [inSi, current] = [true, ''];
    else if (t.name === 't' && inSi) inT = true;
  });
  p.on('text', (text) => {
    if (inT) current += text;
  });
  p.on('closetag', (t) => {
    if (t.name === 't') inT = false;
    else if (t.name === 'si') {
      out.push(current);
      inSi = false;
    }
  });
  p.write(xml).close();
  return out;
}

/** "AB12" → 27 (0-based column index 27). */
function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? 'A';
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export async function readXlsxTable(file: string): Promise<Table> {
  const entries = await readEntries(
    file,
    (n) => n === 'xl/sharedStrings.xml' || /^xl\/worksheets\/sheet1\.xml$/.test(n),
  );
  const sheet = entries.get('xl/worksheets/sheet1.xml');
  if (!sheet)
    throw new SourceFileError(file, 1, 1, 'the .xlsx has no first worksheet (xl/worksheets/sheet1.xml)');
  const strings = sharedStrings(entries.get('xl/sharedStrings.xml'));
  const rows: { r: number; cells: string[] }[] = [];
  const p = new SaxesParser();
  let row: { r: number; cells: string[] } | null = null;
  let cell: { col: number; type: string } | null = null;
  let inValue = false;
  let value = '';
  p.on('opentag', (t) => {
    if (t.name === 'row') row = { r: Number(t.attributes['r'] ?? rows.length + 1), cells: [] };
    else if (t.name === 'c')
      cell = { col: columnIndex(String(t.attributes['r'] ?? '')), type: String(t.attributes['t'] ?? 'n') };
    else if (t.name === 'v' || (t.name === 't' && cell?.type === 'inlineStr')) [inValue, value] = [true, ''];
  });
  p.on('text', (text) => {
    if (inValue) value += text;
  });
  p.on('closetag', (t) => {
    if ((t.name === 'v' || t.name === 't') && inValue && row && cell) {
      inValue = false;
      const text = cell.type === 's' ? (strings[Number(value)] ?? '') : value;
      row.cells[cell.col] = text;
    } else if (t.name === 'c') cell = null;
    else if (t.name === 'row' && row) {
      rows.push(row);
      row = null;
    }
  });
  try {
    p.write(sheet).close();
  } catch (e) {
    throw new SourceFileError(file, 1, 1, `the worksheet is not valid XML: ${(e as Error).message}`);
  }
  const header = rows.shift();
  if (!header)
    throw new SourceFileError(file, 1, 1, 'the worksheet is empty: expected a header row and rows');
  const columns = Array.from(header.cells, (c) => (c ?? '').trim());
  return {
    file,
    columns,
    rows: rows
      .filter((r) => r.cells.some((c) => c && c.trim() !== ''))
      .map((r) => ({
        line: r.r,
        column: 1,
        values: new Map(columns.map((c, i) => [c, (r.cells[i] ?? '').trim()])),
      })),
  };
}
