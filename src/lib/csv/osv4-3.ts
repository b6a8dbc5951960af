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
  const parser = parse({
    delimiter: ';',
    bom: true,
    relax_column_count: true,
    info: true,
    skip_empty_lines: false,
    quote: quoted ? '"' : false,
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
  let names: string[] | null = null;
  let numbers: string[] | null = null;
  let postcodes: string[] | null = null;
  let total: UnitCounts | null = null;
  let units: UnitCounts[] = [];
  let level: Level = 'GSB';
  let currentLists: ListVotes[] = [];
  const candidateNames: string[][] = [];
  let line = 0;
  let sawAny = false;

  const count = (value: string | undefined, row: number, col: number, what: string): number => {
    const t = (value ?? '').trim();
    if (!/^\+?\d+$/.test(t)) {
      if (/^-\d+$/.test(t))
        throw new SourceFileError(file, row, col, `${what} is negative (${t}); counts must be 0 or more`);
      throw new SourceFileError(file, row, col, `${what} is not a whole number: "${t.slice(0, 40)}"`);
    }
    const n = Number(t);
    if (!Number.isSafeInteger(n))
      throw new SourceFileError(
        file,
        row,
        col,
        `${what} is too large to be a real count (${t.slice(0, 40)})`,
      );
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
    const seen = new Set<string>();
    units = [];
    for (let i = 5; i < names.length; i++) {
      const n = (numbers[i] ?? '').trim();
      if (!n && !(names[i] ?? '').trim()) continue;
      if (!n) throw new SourceFileError(file, row, i + 1, `unit "${names[i]}" has no Gebiednummer`);
      const unitCode = unitLevel === 'SB' ? `SB${n}` : unitLevel === 'GSB' ? n.padStart(4, '0') : `HSB${n}`;
      const id = unitLevel === 'HSB' ? unitCode : `${code}::${unitCode}`;
      if (seen.has(id))
        throw new SourceFileError(
          file,
          row,
          i + 1,
          `reporting unit ${id} appears twice; a unit may be counted only once`,
        );
      seen.add(id);
      const u = mk(id, (names[i] ?? '').trim(), unitLevel, unitCode, unitLevel === 'HSB' ? null : code);
      u.column = i + 1;
      const pc = postcodes ? normalizePostcode(postcodes[i] ?? '') : undefined;
      if (pc) u.postcode = pc;
      units.push(u);
    }
    if (units.length === 0) throw new SourceFileError(file, row, 6, 'no unit columns after "Totaal"');
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
        if (['Verkiezing', 'Datum', 'Gebied', 'Nummer'].includes(c0)) meta[c0] = c2;
        else if (c0 === 'Lijstnummer') names = rec;
        else if (c0 === 'Gebiednummer') numbers = rec;
        else if (c0 === 'Postcode') postcodes = rec;
        else if (c0 === '' && c1 !== '') {
          setupUnits(line);
        } else
          throw new SourceFileError(
            file,
            line,
            1,
            `unexpected row "${rec.slice(0, 3).join(';')}" (is this an osv4-3 CSV?)`,
          );
        if (!total) continue;
      }
      const all = [total as UnitCounts, ...units];
      const values = (what: string): number[] =>
        all.map((u, k) =>
          count(rec[k === 0 ? 4 : u.column - 1], line, k === 0 ? 5 : u.column, `${what} for ${u.id}`),
        );
      if (c0 === '' && c1 !== '') {
        // count row
        if (currentLists.length)
          throw new SourceFileError(file, line, 2, `count row "${c1}" after the lists`);
        const target = CSV_ROWS[c1];
        const v = values(`"${c1}"`);
        all.forEach((u, k) => {
          const n = v[k]!;
          if (!target) (u.extra ??= {})[c1] = n;
          else if (target.field === 'cast') u.cast = n;
          else if (target.field === 'totalCounted') u.totalCounted = n;
          else if (target.field === 'extra') (u.extra ??= {})[target.reason!] = n;
          else u[target.field][target.reason!] = n;
        });
      } else if (c0 !== '') {
        if (currentLists.some((l) => l.list === c0))
          throw new SourceFileError(file, line, 1, `list ${c0} appears twice`);
        const v = values(`votes of list ${c0}`);
        const lists = all.map((u, k) => {
          const l: ListVotes = { list: c0, name: c1, votes: v[k]!, keys: [], positions: [], candidates: [] };
          u.lists.push(l);
          return l;
        });
        currentLists = lists;
        candidateNames.push([]);
      } else if (c2 !== '') {
        if (!currentLists.length)
          throw new SourceFileError(file, line, 3, 'a candidate row comes before any list row');
        if (currentLists[0]!.keys.includes(c2))
          throw new SourceFileError(
            file,
            line,
            3,
            `candidate ${c2} of list ${currentLists[0]!.list} appears twice`,
          );
        const v = values(`votes of list ${currentLists[0]!.list} candidate ${c2}`);
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
    const err = e as { message?: string; lines?: number };
    throw new SourceFileError(file, err.lines ?? line ?? 1, 1, `malformed CSV: ${err.message ?? String(e)}`);
  }
  await producer;
  if (producerError) throw producerError;
  if (!sawAny) throw new SourceFileError(file, 1, 1, 'the file is empty');
  if (!total) throw new SourceFileError(file, line || 1, 1, 'no figures found (is this an osv4-3 CSV?)');
  const t = total as UnitCounts;
  if (t.lists.length === 0) throw new SourceFileError(file, line, 1, 'no list rows found');

  const electionName = (meta['Verkiezing'] ?? '').trim();
  // Most exports write 2023-11-22; some (Leeuwarden TK2023) write 22-11-2023.
  const rawDate = (meta['Datum'] ?? '').trim();
  const dmy = /^(\d{2})-(\d{2})-(\d{4})$/.exec(rawDate);
  const date = dmy ? `${dmy[3]}-${dmy[2]}-${dmy[1]}` : rawDate;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    throw new SourceFileError(file, 2, 1, `"Datum" must be YYYY-MM-DD, found "${date}"`);
  const category = CATEGORIES.find(([re]) => re.test(electionName))?.[1];
  if (!category)
    throw new SourceFileError(file, 1, 1, `cannot tell the election type from "Verkiezing;;${electionName}"`);
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
