/**
 * Reader for the "osv4-3" CSV export of OSV2020 (the Kiesraad's counting software), as municipalities
 * and hoofdstembureaus publish it: UTF-8 with BOM, ";"-separated, quoted or unquoted. Layout:
 *   Verkiezing/Datum/Gebied/Nummer header rows;
 *   "Lijstnummer;Aanduiding;Volgnummer;Naam kandidaat;Totaal;<unit names…>", "Gebiednummer" and, per
 *   polling station, "Postcode";
 *   count rows (label in column 2), then per list one row (number in column 1) followed by its candidates
 *   (Volgnummer in column 3).
 * The figures are marked provisional: the CSVs in circulation were often downloaded before the final count.
 */
import { parse } from 'csv-parse';
import { SourceFileError } from '../model/source-error.ts';
import { normalizePostcode } from '../model/postcode.ts';
import { isCalendarDate } from '../model/calendar-date.ts';
import type { CountFile, ElectionIdentifier, Level, ListVotes, Source, UnitCounts } from '../model/types.ts';

/** CSV count-row labels → where the figure lives in the model (EML 510 element and ReasonCode). */
export const CSV_ROWS: Record<
  string,
  { field: 'cast' | 'totalCounted' | 'rejected' | 'uncounted' | 'extra'; reason?: string }
> = {
  opgeroepenen: { field: 'cast' },
  'geldige stempas': { field: 'uncounted', reason: 'geldige stempassen' },
  'geldig volmachtbewijs': { field: 'uncounted', reason: 'geldige volmachtbewijzen' },
  'geldige kiezerspas': { field: 'uncounted', reason: 'geldige kiezerspassen' },
  'toegelaten kiezers': { field: 'uncounted', reason: 'toegelaten kiezers' },
  'geldige stembiljetten': { field: 'totalCounted' },
  'blanco stembiljetten': { field: 'rejected', reason: 'blanco' },
  'ongeldige stembiljetten': { field: 'rejected', reason: 'ongeldig' },
  'aangetroffen stembiljetten': { field: 'extra', reason: 'aangetroffen stembiljetten' },
  'meer stembiljetten dan toegelaten kiezers': { field: 'uncounted', reason: 'meer getelde stembiljetten' },
  'minder stembiljetten dan toegelaten kiezers': {
    field: 'uncounted',
    reason: 'minder getelde stembiljetten',
  },
  'kiezers met stembiljet hebben niet gestemd': { field: 'uncounted', reason: 'meegenomen stembiljetten' },
  'er zijn te weinig stembiljetten uitgereikt': {
    field: 'uncounted',
    reason: 'te weinig uitgereikte stembiljetten',
  },
  'er zijn te veel stembiljetten uitgereikt': {
    field: 'uncounted',
    reason: 'te veel uitgereikte stembiljetten',
  },
  'geen verklaring': { field: 'uncounted', reason: 'geen verklaring' },
  'andere verklaring': { field: 'uncounted', reason: 'andere verklaring' },
  'geen briefstembiljetten': { field: 'uncounted', reason: 'geen briefstembiljetten' },
  'te veel briefstembiljetten': { field: 'uncounted', reason: 'te veel briefstembiljetten' },
  'kwijtgeraakte stembiljetten': { field: 'uncounted', reason: 'kwijtgeraakte stembiljetten' },
};

function lastFilled(row: readonly string[]): number {
  for (let i = row.length - 1; i >= 0; i--) if ((row[i] ?? '').trim() !== '') return i;
  return -1;
}

/** "Tweede Kamer der Staten-Generaal 2023" → TK and so on (EML ElectionCategory values). */
const CATEGORIES: [RegExp, string][] = [
  [/^Tweede Kamer/i, 'TK'],
  [/^Eerste Kamer/i, 'EK'],
  [/^Europees Parlement/i, 'EP'],
  [/^Provinciale Staten/i, 'PS'],
  [/^(Algemeen bestuur|Waterschap)/i, 'AB'],
  [/^Gemeenteraad/i, 'GR'],
  // ER is the island council (EML_NL subcategory ER1, "eilandsraad"); IR is an island referendum.
  [/^(Eilandsraad|Eilandraad)/i, 'ER'],
  // The Caribbean kiescollege is elected together with the island councils, by the same procedure;
  // EML_NL has no category of its own for it.
  [/^Kiescollege/i, 'ER'],
  [/^Bestuurscommissie/i, 'BC'],
  [/^Gebiedscommissie/i, 'GC'],
  [/^Referendum/i, 'NR'],
];

/** Categories whose election covers one municipality or island. */
const LOCAL_CATEGORIES = new Set(['GR', 'ER', 'BC', 'GC', 'LR', 'IR']);

/** Longest accepted line: the widest real export (Rotterdam, 378 stations) has lines of 9 KiB. */
const MAX_LINE = 8 * 1024 * 1024;

/** Rows without which the figures would silently be 0 (every osv4-3 export in ../shared/data has them). */
const REQUIRED_ROWS = [
  'opgeroepenen',
  'geldige stembiljetten',
  'blanco stembiljetten',
  'ongeldige stembiljetten',
];

/** Count-row label as compared: case and runs of spaces do not matter, the words do. */
function labelKey(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ');
}

/** Cell text quoted in a message: cut to a readable length (control characters are escaped by format()). */
function shown(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** The closest known label (Levenshtein distance ≤ 3), to suggest a correction for a typo. */
function closestLabel(label: string): string | null {
  let best: string | null = null;
  let bestD = 4;
  for (const known of Object.keys(CSV_ROWS)) {
    const d = editDistance(label, known, bestD);
    if (d < bestD) [best, bestD] = [known, d];
  }
  return best;
}

function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** Known separators other than ";" that a spreadsheet may have used when re-saving the file. */
function wrongSeparator(firstLine: string): string | null {
  if (firstLine.includes(';')) return null;
  if (firstLine.includes('\t')) return 'tabs';
  if (firstLine.includes(',')) return 'commas';
  return null;
}

export async function readOsvCsv(chunks: AsyncIterable<Uint8Array>, source: Source): Promise<CountFile> {
  const file = source.file;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Two variants circulate: fully quoted (TK exports) and unquoted (GR2022 exports). In the unquoted one a
  // party name may contain quotes ("Leefbaar 's-Hertogenbosch" Paul Kagie), so quoting is switched off
  // there instead of being guessed per field.
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head = first.done ? new Uint8Array(0) : first.value;
  const bomLength = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  const quoted = head[bomLength] === 0x22;
  const firstLine =
    new TextDecoder('utf-8').decode(head.subarray(bomLength, 4096)).split(/\r\n|\n|\r/)[0] ?? '';
  const separator = wrongSeparator(firstLine);
  if (separator)
    throw new SourceFileError(
      file,
      1,
      1,
      `the file is separated by ${separator}; osv4-3 exports use ";" (re-export from OSV, or save as CSV with ";" as the separator)`,
    );
  const parser = parse({
    delimiter: ';',
    bom: true,
    relax_column_count: true,
    info: true,
    skip_empty_lines: false,
    quote: quoted ? '"' : false,
    // Line endings carry no meaning: a file pieced together from CRLF and LF parts (or saved by an old Mac
    // tool with CR) is read line by line all the same, instead of gluing lines into one record.
    record_delimiter: ['\r\n', '\n', '\r'],
    max_record_size: MAX_LINE,
  });
  chunks = (async function* () {
    if (!first.done) yield first.value;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  })();
  let producerError: unknown = null;
  const producer = (async () => {
    try {
      for await (const chunk of chunks) {
        let s: string;
        try {
          s = decoder.decode(chunk, { stream: true });
        } catch {
          throw new SourceFileError(
            file,
            1,
            1,
            'the file is not valid UTF-8; osv4-3 CSV files are UTF-8 (re-export as UTF-8)',
          );
        }
        if (parser.destroyed) return;
        if (!parser.write(s)) {
          await new Promise<void>((r) => {
            const done = () => {
              parser.off('drain', done);
              parser.off('close', done);
              r();
            };
            parser.on('drain', done);
            parser.on('close', done);
          });
        }
      }
      try {
        parser.write(decoder.decode());
      } catch {
        throw new SourceFileError(
          file,
          1,
          1,
          'the file ends in the middle of a UTF-8 character (truncated or not UTF-8)',
        );
      }
      parser.end();
    } catch (e) {
      producerError = e;
      parser.destroy(e instanceof Error ? e : new Error(String(e)));
    }
  })();

  const meta: Record<string, string> = {};
  const metaLine: Record<string, number> = {};
  const headerLine: Record<string, number> = {};
  let names: string[] | null = null;
  let numbers: string[] | null = null;
  let postcodes: string[] | null = null;
  let total: UnitCounts | null = null;
  let units: UnitCounts[] = [];
  /** Columns (0-based) that hold a unit. */
  let unitColumns = new Set<number>();
  let level: Level = 'GSB';
  let currentLists: ListVotes[] = [];
  let currentKeys = new Set<string>();
  const listNumbers = new Map<string, number>();
  const labelLines = new Map<string, number>();
  const candidateNames: string[][] = [];
  let line = 0;
  let sawAny = false;

  const count = (value: string | undefined, row: number, col: number, what: string): number => {
    if (value === undefined)
      throw new SourceFileError(
        file,
        row,
        col,
        `${what} is missing: the row ends before column ${col}; every unit in the header needs a figure`,
      );
    const t = value.trim();
    if (!/^\+?\d+$/.test(t)) {
      if (/^-\d+$/.test(t))
        throw new SourceFileError(file, row, col, `${what} is negative (${t}); counts must be 0 or more`);
      if (/^\d{1,3}([.,\s]\d{3})+$/.test(t))
        throw new SourceFileError(
          file,
          row,
          col,
          `${what} is not a whole number: "${t}" (write counts without thousands separators, e.g. ${t.replace(/[.,\s]/g, '')})`,
        );
      if (t === '') throw new SourceFileError(file, row, col, `${what} is empty; write 0 for none`);
      throw new SourceFileError(file, row, col, `${what} is not a whole number: "${shown(t, 40)}"`);
    }
    const n = Number(t);
    if (!Number.isSafeInteger(n))
      throw new SourceFileError(file, row, col, `${what} is too large to be a real count (${shown(t, 40)})`);
    return n;
  };

  const setupUnits = (row: number): void => {
    if (!names || !numbers)
      throw new SourceFileError(
        file,
        row,
        1,
        'missing the "Lijstnummer" and "Gebiednummer" rows before the figures',
      );
    // The figures are read by position: the first five header cells must be the osv4-3 ones, so a
    // shifted or re-ordered export is refused instead of read into the wrong units.
    const expected = ['Lijstnummer', 'Aanduiding', 'Volgnummer', 'Naam kandidaat', 'Totaal'];
    expected.forEach((want, i) => {
      const got = (names![i] ?? '').trim();
      if (got.toLowerCase() !== want.toLowerCase())
        throw new SourceFileError(
          file,
          headerLine['Lijstnummer'] ?? row,
          i + 1,
          `column ${i + 1} of the header row is "${shown(got)}" where osv4-3 has "${want}"; the header must start with ${expected.join(';')}`,
        );
    });
    const nummer = (meta['Nummer'] ?? '').trim();
    if (!nummer) throw new SourceFileError(file, row, 1, 'missing the "Nummer" header row (the area code)');
    const unitLevel: Level = /^HSB\d+$/i.test(nummer) ? 'GSB' : /^\d{1,4}$/.test(nummer) ? 'SB' : 'HSB';
    level = unitLevel === 'SB' ? 'GSB' : unitLevel === 'GSB' ? 'HSB' : 'CSB';
    const code = unitLevel === 'SB' ? nummer.padStart(4, '0') : nummer;
    const mk = (id: string, name: string, lvl: Level, c: string, parent: string | null): UnitCounts => ({
      id,
      name,
      level: lvl,
      code: c,
      parent,
      cast: 0,
      totalCounted: 0,
      rejected: {},
      uncounted: {},
      lists: [],
      line: row,
      column: 1,
    });
    total = mk(code, (meta['Gebied'] ?? '').trim(), level, code, null);
    // Excel adds empty cells at the end of rows; the header ends at its last named or numbered column.
    const headerWidth = Math.max(lastFilled(names), lastFilled(numbers)) + 1;
    const seen = new Set<string>();
    units = [];
    unitColumns = new Set();
    for (let i = 5; i < headerWidth; i++) {
      const n = (numbers[i] ?? '').trim();
      const name = (names[i] ?? '').trim();
      if (!n && !name) continue; // a column without a header may stay empty; a figure in it is refused below
      if (!n)
        throw new SourceFileError(
          file,
          headerLine['Gebiednummer'] ?? row,
          i + 1,
          `unit "${shown(name)}" has no Gebiednummer; every column needs its number in the "Gebiednummer" row`,
        );
      if (!name)
        throw new SourceFileError(
          file,
          headerLine['Lijstnummer'] ?? row,
          i + 1,
          `Gebiednummer "${shown(n)}" has no name in the "Lijstnummer" row; every column needs a name`,
        );
      const unitCode = unitLevel === 'SB' ? `SB${n}` : unitLevel === 'GSB' ? n.padStart(4, '0') : `HSB${n}`;
      const id = unitLevel === 'HSB' ? unitCode : `${code}::${unitCode}`;
      if (seen.has(id))
        throw new SourceFileError(
          file,
          headerLine['Gebiednummer'] ?? row,
          i + 1,
          `reporting unit ${id} appears twice; a unit may be counted only once`,
        );
      seen.add(id);
      const u = mk(id, name, unitLevel, unitCode, unitLevel === 'HSB' ? null : code);
      u.column = i + 1;
      const pc = postcodes ? normalizePostcode(postcodes[i] ?? '') : undefined;
      if (pc) u.postcode = pc;
      units.push(u);
      unitColumns.add(i);
    }
    if (units.length === 0) throw new SourceFileError(file, row, 6, 'no unit columns after "Totaal"');
  };

  /** Every figure must sit under a header: a cell outside the unit columns would otherwise be lost. */
  const checkStrayCells = (rec: string[], row: number): void => {
    for (let i = 5; i < rec.length; i++) {
      if (unitColumns.has(i) || (rec[i] ?? '').trim() === '') continue;
      throw new SourceFileError(
        file,
        row,
        i + 1,
        `figure "${shown((rec[i] ?? '').trim(), 20)}" in column ${i + 1} belongs to no unit: column ${i + 1} has no name in the "Lijstnummer" row (line ${headerLine['Lijstnummer'] ?? '?'}) and no number in the "Gebiednummer" row (line ${headerLine['Gebiednummer'] ?? '?'}); add them, or remove the figure`,
      );
    }
  };

  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const rec = item.record;
      line = item.info.lines;
      if (rec.every((c) => c.trim() === '')) continue;
      sawAny = true;
      const c0 = (rec[0] ?? '').trim();
      const c1 = (rec[1] ?? '').trim();
      const c2 = (rec[2] ?? '').trim();
      if (!total) {
        if (['Verkiezing', 'Datum', 'Gebied', 'Nummer'].includes(c0)) {
          if (metaLine[c0] !== undefined)
            throw new SourceFileError(
              file,
              line,
              1,
              `a second "${c0}" row (the first is on line ${metaLine[c0]})`,
            );
          meta[c0] = c2;
          metaLine[c0] = line;
        } else if (['Lijstnummer', 'Gebiednummer', 'Postcode'].includes(c0)) {
          if (headerLine[c0] !== undefined)
            throw new SourceFileError(
              file,
              line,
              1,
              `a second "${c0}" row (the first is on line ${headerLine[c0]})`,
            );
          headerLine[c0] = line;
          if (c0 === 'Lijstnummer') names = rec;
          else if (c0 === 'Gebiednummer') numbers = rec;
          else postcodes = rec;
        } else if (c0 === '' && c1 !== '') {
          setupUnits(line);
        } else
          throw new SourceFileError(
            file,
            line,
            1,
            `unexpected row "${shown(rec.slice(0, 3).join(';'))}" (is this an osv4-3 CSV?)`,
          );
        if (!total) continue;
      }
      checkStrayCells(rec, line);
      const all = [total as UnitCounts, ...units];
      const values = (what: string): number[] =>
        all.map((u, k) =>
          count(rec[k === 0 ? 4 : u.column - 1], line, k === 0 ? 5 : u.column, `${what} for ${u.id}`),
        );
      if (c0 === '' && c1 !== '') {
        // count row
        if (currentLists.length)
          throw new SourceFileError(
            file,
            line,
            2,
            `count row "${shown(c1)}" after the lists; the count rows come before the first list`,
          );
        const key = labelKey(c1);
        if (!Object.hasOwn(CSV_ROWS, key)) {
          const near = closestLabel(key);
          throw new SourceFileError(
            file,
            line,
            2,
            near
              ? `unknown count row "${shown(c1)}"; did you mean "${near}"? Correct the label (a figure under an unknown label would be lost)`
              : `unknown count row "${shown(c1)}"; osv4-3 count rows are ${Object.keys(CSV_ROWS)
                  .map((k) => `"${k}"`)
                  .join(', ')}`,
          );
        }
        const earlier = labelLines.get(key);
        if (earlier !== undefined)
          throw new SourceFileError(
            file,
            line,
            2,
            `count row "${shown(c1)}" appears twice (also on line ${earlier}); keep one, so no figure overrides another`,
          );
        labelLines.set(key, line);
        const target = CSV_ROWS[key]!;
        const v = values(`"${key}"`);
        all.forEach((u, k) => {
          const n = v[k]!;
          if (target.field === 'cast') u.cast = n;
          else if (target.field === 'totalCounted') u.totalCounted = n;
          else if (target.field === 'extra') (u.extra ??= {})[target.reason!] = n;
          else u[target.field][target.reason!] = n;
        });
      } else if (c0 !== '') {
        if (!/^\d{1,9}$/.test(c0))
          throw new SourceFileError(
            file,
            line,
            1,
            `list number "${shown(c0)}" is not a number; a list row starts with its list number (1, 2, …)`,
          );
        if (listNumbers.has(c0))
          throw new SourceFileError(
            file,
            line,
            1,
            `list ${c0} appears twice (also on line ${listNumbers.get(c0)})`,
          );
        listNumbers.set(c0, line);
        const v = values(`votes of list ${c0}`);
        const lists = all.map((u, k) => {
          const l: ListVotes = { list: c0, name: c1, votes: v[k]!, keys: [], positions: [], candidates: [] };
          u.lists.push(l);
          return l;
        });
        currentLists = lists;
        currentKeys = new Set();
        candidateNames.push([]);
      } else if (c2 !== '') {
        if (!currentLists.length)
          throw new SourceFileError(file, line, 3, 'a candidate row comes before any list row');
        const list = currentLists[0]!.list;
        if (!/^\d{1,9}$/.test(c2))
          throw new SourceFileError(
            file,
            line,
            3,
            `candidate number "${shown(c2)}" of list ${list} is not a number (the "Volgnummer" column)`,
          );
        if (currentKeys.has(c2))
          throw new SourceFileError(file, line, 3, `candidate ${c2} of list ${list} appears twice`);
        currentKeys.add(c2);
        const v = values(`votes of list ${list} candidate ${c2}`);
        currentLists.forEach((l, k) => {
          l.keys.push(c2);
          l.positions.push(c2);
          l.candidates.push(v[k]!);
        });
        candidateNames[candidateNames.length - 1]!.push((rec[3] ?? '').trim());
      } else throw new SourceFileError(file, line, 1, 'row without label, list number or candidate number');
    }
  } catch (e) {
    parser.destroy();
    await producer;
    if (producerError) throw producerError;
    if (e instanceof SourceFileError) throw e;
    const err = e as { message?: string; lines?: number; code?: string };
    const hint = /QUOTE/.test(err.code ?? '')
      ? 'a quote (") is not closed or is followed by other text; in a quoted export every cell is "…" and a quote inside a cell is written twice ("")'
      : err.code === 'CSV_MAX_RECORD_SIZE'
        ? `a line is longer than ${MAX_LINE / (1024 * 1024)} MiB; an osv4-3 export has one line per row (are its line ends missing?)`
        : (err.message ?? String(e));
    throw new SourceFileError(file, err.lines ?? line ?? 1, 1, `malformed CSV: ${hint}`);
  }
  await producer;
  if (producerError) throw producerError;
  if (!sawAny) throw new SourceFileError(file, 1, 1, 'the file is empty');
  if (!total) throw new SourceFileError(file, line || 1, 1, 'no figures found (is this an osv4-3 CSV?)');
  const t = total as UnitCounts;
  if (t.lists.length === 0) throw new SourceFileError(file, line, 1, 'no list rows found');
  for (const required of REQUIRED_ROWS) {
    if (!labelLines.has(required))
      throw new SourceFileError(
        file,
        t.line,
        2,
        `the count row "${required}" is missing; without it the figures would read as 0 (re-export the complete file)`,
      );
  }

  const electionName = (meta['Verkiezing'] ?? '').trim();
  // Most exports write 2023-11-22; some (Leeuwarden TK2023) write 22-11-2023.
  const rawDate = (meta['Datum'] ?? '').trim();
  const dmy = /^(\d{2})-(\d{2})-(\d{4})$/.exec(rawDate);
  const date = dmy ? `${dmy[3]}-${dmy[2]}-${dmy[1]}` : rawDate;
  const dateLine = metaLine['Datum'] ?? 2;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    throw new SourceFileError(file, dateLine, 3, `"Datum" must be YYYY-MM-DD, found "${shown(date)}"`);
  if (!isCalendarDate(date))
    throw new SourceFileError(
      file,
      dateLine,
      3,
      `"Datum" ${date} is not a day of the calendar; correct the date`,
    );
  const category = CATEGORIES.find(([re]) => re.test(electionName))?.[1];
  if (!category)
    throw new SourceFileError(
      file,
      metaLine['Verkiezing'] ?? 1,
      3,
      `cannot tell the election type from "Verkiezing;;${shown(electionName)}"`,
    );
  const eventId = `${category}${date.slice(0, 4)}`;
  const election: ElectionIdentifier = {
    id: eventId,
    eventId,
    name: electionName,
    category,
    subcategory: null,
    date,
    nominationDate: null,
    // Elections of one municipality or island name it as their domain (as kr:ElectionDomain does in EML).
    domain: LOCAL_CATEGORIES.has(category)
      ? { id: t.code, name: t.name.replace(/^(Gemeente|Openbaar lichaam) /, '') }
      : null,
  };
  source.issuer = t.name || null;
  source.created = null;
  // Candidate names are only in the CSV when no 230b was imported; keep them with the total.
  t.lists.forEach((l, i) => {
    (l as ListVotes & { names?: string[] }).names = candidateNames[i] ?? [];
  });
  return {
    source,
    kind: 'osv4-3',
    election,
    contest: { id: t.code, name: t.name },
    countingMethod: null,
    phase: null,
    level,
    total: t,
    units,
  };
}
