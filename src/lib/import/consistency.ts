/**
 * Do the files of one import describe one election? Files of the same event (same "GR2022") can still
 * belong to different councils or disagree on the category or subcategory: a 230b of one municipality
 * with the 510b and 110a of another would publish the wrong people as elected councillors.
 *
 * The rules (one election per import, kr:ElectionDomain joining the files of a council):
 * - the single-election documents (110a definition, 230b/c candidate lists, 520 result, 110b polling
 *   stations) agree with each other on the ElectionIdentifier: Id, date, category, subcategory and
 *   domain (a count file with another date stays a finding: the TK2023 Bonaire time-zone quirk);
 * - every file agrees on the category, and files of the same domain agree on the subcategory;
 * - a definition of one domain (a council's 110a: its seats) admits only count files of that domain;
 * - candidate lists, a result or polling stations of a domain need count files of that domain among
 *   the counts (the 330 GR2022 CSVs with one municipality's 230b are fine; another council's are not);
 * - every list the 520 names is on a candidate list (230b) when the candidate lists are complete,
 *   a finding when they may be partial.
 * A violation is an error at the file and line of the ElectionIdentifier (or the 520 Selection).
 */
import { SourceFileError } from '../model/source-error.ts';
import { MUNICIPAL_CATEGORIES } from '../model/election-law.ts';
import type {
  CandidateListsFile,
  CountFile,
  ElectionDefinitionFile,
  ElectionIdentifier,
  PollingStationsFile,
  ResultFile,
  Source,
} from '../model/types.ts';
import type { RawFinding } from './checks.ts';

interface Described {
  source: Source;
  election: ElectionIdentifier;
  electionAt?: { line: number; column: number };
  what: string;
}

export interface ConsistencyInput {
  definition: ElectionDefinitionFile | null;
  candidateLists: readonly CandidateListsFile[];
  result: ResultFile | null;
  pollingStations: readonly PollingStationsFile[];
  counts: readonly CountFile[];
}

function describe(e: ElectionIdentifier): string {
  const sub = e.subcategory ? ` ${e.subcategory}` : '';
  const dom = e.domain ? ` of ${e.domain.name ? `${e.domain.name} ` : ''}(domain ${e.domain.id})` : '';
  return `${e.id} (${e.category}${sub}${dom}, ${e.date})`;
}

function failAt(shown: (s: Source) => string, f: Described, message: string): never {
  const at = f.electionAt ?? { line: 1, column: 1 };
  throw new SourceFileError(shown(f.source), at.line, at.column, message, 'EML/…/ElectionIdentifier');
}

const isCsv = (f: Described) => f.source.kind === 'osv4-3';

/** `shown` gives the file name as the user gave it (for messages). */
export function checkConsistency(
  input: ConsistencyInput,
  findings: RawFinding[],
  shown: (s: Source) => string = (s) => s.file,
): void {
  const fail = (f: Described, message: string): never => failAt(shown, f, message);
  const singles: Described[] = [];
  if (input.definition) singles.push({ ...input.definition, what: 'election definition, 110a' });
  for (const c of input.candidateLists) singles.push({ ...c, what: 'candidate lists, 230' });
  if (input.result) singles.push({ ...input.result, what: 'result, 520' });
  for (const p of input.pollingStations) singles.push({ ...p, what: 'polling-station list, 110b' });
  const counts: Described[] = input.counts.map((c) => ({ ...c, what: 'count' }));

  // 1. The single-election documents describe one election.
  const ref = singles[0];
  if (ref) {
    for (const f of singles.slice(1)) {
      const a = ref.election;
      const b = f.election;
      const differs =
        a.id !== b.id ||
        a.date !== b.date ||
        a.category !== b.category ||
        (a.subcategory !== null && b.subcategory !== null && a.subcategory !== b.subcategory) ||
        (a.domain?.id ?? null) !== (b.domain?.id ?? null);
      if (differs)
        fail(
          f,
          `this file (${f.what}) is of ${describe(b)}, but ${ref.source.file} (${ref.what}) is of ${describe(a)}; all files of one import must be of one election (Id, date, category, subcategory, domain). Import each election separately`,
        );
    }
  }

  // 2. Every file has the same category; files of one domain agree on the subcategory and the Id.
  const all = [...singles, ...counts];
  const first = all[0];
  if (first) {
    for (const f of all) {
      if (f.election.category !== first.election.category)
        fail(
          f,
          `this file is of category ${f.election.category}, but ${first.source.file} is of ${first.election.category}; import one election at a time`,
        );
    }
  }
  const byDomain = new Map<string, Described>();
  for (const f of all) {
    const key = f.election.domain?.id ?? '';
    const other = byDomain.get(key);
    if (!other) {
      byDomain.set(key, f);
      continue;
    }
    const a = other.election;
    const b = f.election;
    if (a.subcategory !== null && b.subcategory !== null && a.subcategory !== b.subcategory)
      fail(
        f,
        `this file says kr:ElectionSubcategory ${b.subcategory}, but ${other.source.file} says ${a.subcategory} for the same election; the files disagree on the size of the body. Use the files of one election as the software exported them`,
      );
    if (!isCsv(f) && !isCsv(other) && a.id !== b.id)
      fail(
        f,
        `this file is of election ${b.id}, but ${other.source.file} is of ${a.id}; import one election at a time`,
      );
  }

  // 3. A council's definition fixes its domain; documents of a domain need counts of that domain.
  const domainOf = (f: Described) => f.election.domain?.id ?? null;
  const def = input.definition ? singles[0]! : null;
  const defDomain = def ? domainOf(def) : null;
  if (def && defDomain !== null) {
    for (const c of counts) {
      const d = domainOf(c);
      if (d !== null && d !== defDomain)
        fail(
          c,
          `this file (${c.what}) is of ${describe(c.election)}, but the election definition ${def.source.file} is of ${describe(def.election)}; its seats and threshold do not apply here. Import each council separately`,
        );
    }
  }
  const countDomains = new Set(counts.map(domainOf));
  if (counts.length > 0) {
    for (const s of singles) {
      const d = domainOf(s);
      if (d === null || countDomains.has(d)) continue;
      if (!MUNICIPAL_CATEGORIES.has(s.election.category) && countDomains.has(null)) continue;
      fail(
        s,
        `this file (${s.what}) is of ${describe(s.election)}, but none of the ${counts.length} count files is of domain ${d} (they are of ${[...countDomains].map((x) => x ?? 'no domain').join(', ')}); the pages would show another council's people next to these votes. Give the counts of the same council, or import the file separately`,
      );
    }
  }

  // 4. The lists of the 520 are on the candidate lists.
  const result = input.result;
  if (result && input.candidateLists.length > 0) {
    const known = new Set(input.candidateLists.flatMap((c) => c.lists.map((l) => l.list)));
    const contests = new Set(input.candidateLists.map((c) => c.contest.id));
    const kieskringen = input.definition?.regions.filter((r) => r.category === 'KIESKRING').length ?? 0;
    // Complete: one contest for the whole election ("geen", "alle"), or one per kieskring of the 110a.
    const complete =
      contests.has('geen') || contests.has('alle') || (kieskringen > 0 && contests.size >= kieskringen);
    for (const l of result.lists) {
      if (known.has(l.list)) continue;
      if (complete)
        throw new SourceFileError(
          shown(result.source),
          l.line,
          1,
          `the result names list ${l.list} (${l.name}), which is on none of the candidate lists (230) of this import; the result and the lists are of different elections, or the result was edited. Use the files as the election software exported them`,
        );
      findings.push({
        kind: 'result-list-not-in-candidate-lists',
        unit: l.list,
        field: `list ${l.list}`,
        expected: null,
        actual: l.name,
        sourceRefs: [result.source],
        note: 'the list is on none of the candidate lists imported (they may cover only some kieskringen)',
      });
    }
  }
}
