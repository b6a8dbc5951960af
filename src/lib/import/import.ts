/**
 * Orchestration: read every input file, check that they belong to one election, choose which figures
 * are published (official EML over provisional CSV for the same unit), and record findings.
 */
import path from 'node:path';
import { startReading } from './parse-pool.ts';
import { isCalendarDate } from '../model/calendar-date.ts';
import { countFileCode } from '../model/count-code.ts';
import type { InputFile } from './input.ts';
import type { ReadFile } from './read-one.ts';
import { SourceFileError } from '../model/source-error.ts';
import { checkTotalAgainstUnits, checkUnit, compareUnits } from './checks.ts';
import type { RawFinding } from './checks.ts';
import { checkConsistency } from './consistency.ts';
import type {
  CandidateListsFile,
  CountFile,
  ElectionDefinitionFile,
  ElectionIdentifier,
  Finding,
  PollingStationsFile,
  ResultFile,
  Source,
  UnitCounts,
} from '../model/types.ts';

export interface ImportResult {
  election: ElectionIdentifier;
  definition: ElectionDefinitionFile | null;
  candidateLists: CandidateListsFile[];
  result: ResultFile | null;
  /** EML 110b polling-station lists (one per municipality). */
  pollingStations: PollingStationsFile[];
  /** Count files whose figures are published (one per level+code; official preferred). */
  counts: CountFile[];
  /** Provisional files only used for comparison (an official file covers the same unit). */
  compared: CountFile[];
  sources: Source[];
  findings: Finding[];
}

/** Source file name as stored: the base name (zip entries: "archive.zip!entry"). */
function storedName(display: string): string {
  const bang = display.indexOf('!');
  if (bang >= 0) return `${path.basename(display.slice(0, bang))}!${display.slice(bang + 1)}`;
  return path.basename(display);
}

export interface ImportOptions {
  /**
   * Worker threads that read the files (parse-pool.ts): 0 reads every file on the main thread; by
   * default a large import uses one per core (at most 2) and a small one none.
   */
  workers?: number;
}

/**
 * Reads and combines the inputs of one election; throws SourceFileError on the first problem (the
 * first in input order, however many workers read the files).
 */
export async function importFiles(
  inputs: readonly InputFile[],
  options: ImportOptions = {},
): Promise<ImportResult> {
  if (inputs.length === 0)
    throw new SourceFileError('(arguments)', 1, 1, 'no .xml, .csv or .zip files given');
  const reader = startReading(inputs, options.workers);
  try {
    return await combine(inputs, (i) => reader.read(i));
  } finally {
    await reader.close();
  }
}

async function combine(
  inputs: readonly InputFile[],
  readFile: (index: number) => Promise<ReadFile>,
): Promise<ImportResult> {
  const raw: RawFinding[] = [];
  let election: ElectionIdentifier | null = null;
  let electionFile = '';
  let definition: ElectionDefinitionFile | null = null;
  let result: ResultFile | null = null;
  const candidateLists: CandidateListsFile[] = [];
  const pollingStations: PollingStationsFile[] = [];
  const countFiles: CountFile[] = [];
  const sources: Source[] = [];
  const dates: { file: string; date: string; src: Source }[] = [];
  /** The file as the user named it, for messages (source.file is the stored base name). */
  const shown = new Map<Source, string>();

  for (const [index, input] of inputs.entries()) {
    const read = await readFile(index);
    // One file, one source and one election; 230 and 510 files may hold several contests.
    const first = Array.isArray(read.data) ? read.data[0]! : read.data;
    const src = first.source;
    // A 110b may list several elections of one day: take the one of this import.
    const e =
      read.kind === '110b'
        ? (read.data.elections.find((x) => x.eventId === election?.eventId) ?? read.data.election)
        : first.election;
    if (read.kind === '110b') read.data.election = e;
    if (!election) {
      election = e;
      electionFile = input.display;
    } else if (e.eventId !== election.eventId) {
      throw new SourceFileError(
        input.display,
        1,
        1,
        `this file belongs to election ${e.eventId}, but ${electionFile} belongs to ${election.eventId}; import one election at a time`,
      );
    }
    // A date that is no day of the calendar (2022-02-30) is a broken file, not a finding.
    if (!isCalendarDate(e.date))
      throw new SourceFileError(
        input.display,
        1,
        1,
        `the election date "${e.date}" is not a day of the calendar; correct the file`,
      );
    dates.push({ file: input.display, date: e.date, src });
    shown.set(src, input.display);
    src.file = storedName(input.display);
    if (sources.some((s) => s.sha256 === src.sha256)) {
      throw new SourceFileError(
        input.display,
        1,
        1,
        `this file is identical to ${sources.find((s) => s.sha256 === src.sha256)!.file} (imported twice)`,
      );
    }
    sources.push(src);
    if (read.kind === '110a') {
      if (definition)
        throw new SourceFileError(
          input.display,
          1,
          1,
          `a second election definition (110a); the first was ${definition.source.file}`,
        );
      definition = read.data;
      election = { ...read.data.election };
    } else if (read.kind === '230b' || read.kind === '230c') {
      for (const lists of read.data) {
        const dup = candidateLists.find(
          (c) => c.contest.id === lists.contest.id && c.election.id === lists.election.id,
        );
        if (dup)
          throw new SourceFileError(
            input.display,
            1,
            1,
            `candidate lists for contest ${lists.contest.id} appear twice (also in ${dup.source.file})`,
          );
        candidateLists.push(lists);
      }
    } else if (read.kind === '110b') {
      if (pollingStations.some((p) => p.municipality === read.data.municipality))
        throw new SourceFileError(
          input.display,
          1,
          1,
          `a second polling-station list (110b) for municipality ${read.data.municipality}`,
        );
      pollingStations.push(read.data);
    } else if (read.kind === '520') {
      if (result)
        throw new SourceFileError(
          input.display,
          1,
          1,
          `a second result (520); the first was ${result.source.file}`,
        );
      result = read.data;
    } else countFiles.push(...(read.data as CountFile[])); // 510a-d and osv4-3 (TS does not narrow the data here)
  }
  if (!election) throw new SourceFileError('(arguments)', 1, 1, 'nothing was read');
  checkConsistency(
    { definition, candidateLists, result, pollingStations, counts: countFiles },
    raw,
    (s) => shown.get(s) ?? s.file,
  );

  // Election date: a file that disagrees with the definition (or the majority) is kept and reported,
  // e.g. the TK2023 Bonaire file dated 2023-11-21 (a time-zone quirk the Kiesraad documents).
  const refDate = definition?.election.date ?? mostCommon(dates.map((d) => d.date));
  for (const d of dates) {
    if (d.date !== refDate) {
      raw.push({
        kind: 'election-date-differs',
        unit: d.src.issuer ?? d.file,
        field: 'ElectionDate',
        expected: refDate,
        actual: d.date,
        sourceRefs: [d.src],
      });
    }
  }
  election = { ...election, date: refDate };

  // Duplicate units: the same unit in two files of the same status and kind is an error.
  const seenUnits = new Map<string, string>();
  const seenTotals = new Map<string, string>();
  for (const f of countFiles) {
    // The code is qualified with the contest in multi-contest files, so the same station may appear once per contest.
    const key = (u: UnitCounts) => `${f.source.status}|${u.level}|${u.id}|${u.code}`;
    if (f.total) {
      const k = `${f.source.status}|${f.kind}|${f.total.level}|${f.total.code}`;
      const other = seenTotals.get(k);
      if (other)
        throw new SourceFileError(
          f.source.file,
          f.total.line,
          f.total.column,
          `unit ${f.total.code} appears twice: this file and ${other} both report it`,
        );
      seenTotals.set(k, f.source.file);
    }
    for (const u of f.units) {
      const other = seenUnits.get(key(u));
      if (other)
        throw new SourceFileError(
          f.source.file,
          u.line,
          u.column,
          `reporting unit ${u.id} appears twice: also in ${other}`,
        );
      seenUnits.set(key(u), f.source.file);
    }
  }

  // Within-file checks, for official EML and provisional CSV alike: a CSV whose figures do not add up is
  // recorded (never corrected), exactly like an EML file.
  for (const f of countFiles) {
    if (f.total) checkUnit(f.total, f.source, raw);
    for (const u of f.units) checkUnit(u, f.source, raw);
    checkTotalAgainstUnits(f, raw);
  }

  // Publish one file per (total level, code): official wins; provisional files covered by an official one
  // are kept for comparison only.
  const slot = (f: CountFile) => `${f.level}|${countFileCode(f)}`;
  const official = new Map(countFiles.filter((f) => f.source.status === 'official').map((f) => [slot(f), f]));
  const counts: CountFile[] = [];
  const compared: CountFile[] = [];
  for (const f of countFiles) {
    if (f.source.status === 'official' || !official.has(slot(f))) counts.push(f);
    else compared.push(f);
  }

  crossCheck(countFiles, raw);

  // Sources get stable ids in file-name order.
  sources.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.sha256 < b.sha256 ? -1 : 1));
  sources.forEach((s, i) => (s.id = `s${i + 1}`));
  const findings: Finding[] = raw.map(({ sourceRefs, ...rest }) => ({
    ...rest,
    sources: sourceRefs.map((s) => s.id),
  }));
  findings.sort(compareFindings);
  return {
    election,
    definition,
    candidateLists,
    result,
    pollingStations,
    counts,
    compared,
    sources,
    findings,
  };
}

function mostCommon(values: string[]): string {
  const n = new Map<string, number>();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

function compareFindings(a: Finding, b: Finding): number {
  const ka = `${a.kind}|${a.unit}|${a.field}|${a.sources.join(',')}`;
  const kb = `${b.kind}|${b.unit}|${b.field}|${b.sources.join(',')}`;
  return ka.localeCompare(kb, 'en', { numeric: true });
}

/**
 * Compares every appearance of the same unit (same level and code) across files: a municipality as a row
 * of a 510c and as the total of its 510b; a kieskring as a row of the 510d and as the total of its 510c;
 * a provisional CSV against the official EML. The reference (expected) is the official figure of the
 * higher body, which is the one adopted ("papier is leidend", Kiesraad notes on TK2023).
 */
function crossCheck(files: CountFile[], out: RawFinding[]): void {
  interface Rec {
    unit: UnitCounts;
    file: CountFile;
    isTotal: boolean;
  }
  const groups = new Map<string, Rec[]>();
  const add = (unit: UnitCounts, file: CountFile, isTotal: boolean) => {
    // Polling-station codes (SB1…) repeat across municipalities: qualify them with their parent.
    const k = unit.level === 'SB' ? `SB|${unit.parent ?? ''}::${unit.code}` : `${unit.level}|${unit.code}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push({ unit, file, isTotal });
  };
  // A provisional file lacking units that the official file has (the TK2023 's-Gravenhage CSV has no NBSB)
  // has a total that is not comparable.
  const incompleteTotals = new Set<CountFile>();
  for (const f of files) {
    if (f.source.status !== 'provisional' || !f.total) continue;
    const off = files.find(
      (o) => o.source.status === 'official' && o.level === f.level && o.total?.code === f.total!.code,
    );
    if (!off) continue;
    const have = new Set(f.units.map((u) => u.code));
    for (const u of off.units) {
      if (!have.has(u.code)) {
        incompleteTotals.add(f);
        out.push({
          kind: 'csv-missing-unit',
          unit: u.id,
          field: 'unit',
          expected: u.name,
          actual: null,
          sourceRefs: [f.source, off.source],
        });
      }
    }
  }
  for (const f of files) {
    if (f.total && !incompleteTotals.has(f)) add(f.total, f, true);
    for (const u of f.units) add(u, f, false);
  }
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const officials = g.filter((r) => r.file.source.status === 'official');
    // Reference: the official row in the higher body's file (a unit, not a total), else any official.
    const ref = officials.find((r) => !r.isTotal) ?? officials[0];
    if (!ref) continue;
    for (const r of g) {
      if (r === ref) continue;
      const kind =
        r.file.source.status === 'official' ? 'level-mismatch' : 'provisional-differs-from-official';
      compareUnits(kind, r.unit, r.file.source, ref.unit, ref.file.source, out);
    }
  }
}
