/**
 * Builds the seat engine's input (src/lib/apportionment) from an imported snapshot, for any election
 * type. The rule, stated once so that it holds for TK, EK, EP, PS, AB, GR and the island councils:
 *
 * 1. Seats, category and date come from election.json (110a). A snapshot without a 110a (e.g. a GR
 *    import of 510b + 230b) needs `options.seats`; we never guess a council size.
 * 2. List votes come from the count file of the level whose area equals the election's whole area
 *    (Kieswet P 5 divides the votes "in de gehele kieskring / het gehele gebied"): the CSB count when
 *    the snapshot has one (TK/EP 510d, also PS/AB when a CSB file exists); otherwise the count whose
 *    code is the election domain (GR: the GSB total of that municipality, where the gemeentelijk
 *    stembureau's total is the whole area); otherwise the count of the top region of the 110a tree.
 * 3. Candidates, in list order, come from candidates.json (230b). A 230b belongs to a contest: one for
 *    the whole area (GR, EP) or one per sub-area (TK: one per kieskring). For each unit of the
 *    whole-area count we take the contest of that unit (contest id = unit code or kieskring number);
 *    when there is no per-unit contest the single whole-area contest applies.
 * 4. Lijstengroep (Kieswet P 12; TK parties whose candidate lists differ per kieskring): kieskringen
 *    with the same candidate sequence form one sub-list; its votes and each candidate's votes are summed
 *    over those kieskringen. A person is recognised across sub-lists by a stable key: the ShortCode
 *    (which the 510d uses to key candidates), else the name parts. We group by the candidate sequence
 *    itself, not only by the 230b `set` number, because "gelijkluidend" is what the law means; the
 *    `set` number is checked against the grouping and a disagreement is an error.
 * 5. Count keys are ShortCodes (510d) or positions on the list (510b/510c, osv4-3 CSV); candidates are
 *    matched by whichever the count file uses. Anything that does not fit is a SeatInputError, never a
 *    silently different number.
 *
 * Pure: `buildSeatInput` takes plain snapshot data; `seatInputFromSnapshot` only loads the files.
 */
import { isSeatCategory } from '../apportionment/rules.ts';
import type { ApportionmentInput, CandidateInput, ListInput, SubListInput } from '../apportionment/types.ts';
import type { LoadedSnapshot } from '../model/load.ts';
import type {
  SnapshotCandidate,
  SnapshotCandidates,
  SnapshotCountIndexEntry,
  SnapshotCounts,
  SnapshotElection,
  SnapshotUnit,
} from '../model/snapshot-types.ts';

export class SeatInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeatInputError';
  }
}

export interface SeatInputOptions {
  /** GR/IR snapshots with several municipalities: the domain (CBS code, e.g. "0668") to allocate. */
  domain?: string;
  /** Seats when election.json has none (no 110a imported). */
  seats?: number;
}

type CandidateContest = SnapshotCandidates['contests'][number];
type ContestList = CandidateContest['lists'][number];

/** A stable key for a person: the ShortCode, else the name parts (the same person on several lists). */
export function personKey(c: SnapshotCandidate): string {
  if (c.shortCode !== null && c.shortCode !== '') return c.shortCode;
  return ['name', c.initials ?? '', c.firstName ?? '', c.prefix ?? '', c.lastName, c.locality ?? ''].join(
    '|',
  );
}

/** The single domain the election covers, if any (explicit option, the election's own, or the only one). */
function domainOf(election: SnapshotElection, options: SeatInputOptions): string | null {
  if (options.domain !== undefined) return options.domain;
  if (election.election.domain) return election.election.domain.id;
  if (election.domains.length === 1) return election.domains[0]!.id;
  return null;
}

/**
 * The count index entry whose area is the whole election (rule 2 above), or null when the snapshot has
 * none (e.g. a TK snapshot with one municipality only, or a multi-municipality GR without `domain`).
 */
export function wholeAreaCountEntry(
  election: SnapshotElection,
  options: SeatInputOptions = {},
): SnapshotCountIndexEntry | null {
  const domain = domainOf(election, options);
  if (domain !== null) {
    const own = election.counts.find((c) => c.code === domain && c.level !== 'SB');
    if (own) return own;
    if (options.domain !== undefined || election.domains.length > 1) return null;
  }
  const csb = election.counts.find((c) => c.level === 'CSB');
  if (csb) return csb;
  const top = election.regions.find((r) => r.parent === null);
  if (top) return election.counts.find((c) => c.code === top.id) ?? null;
  return null;
}

function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** Contest of one unit of the whole-area count (TK: the kieskring's 230b), or null. */
function contestOfUnit(
  unit: SnapshotUnit,
  contests: CandidateContest[],
  election: SnapshotElection,
): CandidateContest | null {
  const region = election.regions.find((r) => r.id === unit.code);
  return (
    contests.find((c) => c.id === unit.code) ??
    (region?.number != null ? (contests.find((c) => c.id === region.number) ?? null) : null)
  );
}

/** Whether a contest's lists fit the count layout (same list numbers and names). */
function fitsLayout(contest: CandidateContest, counts: SnapshotCounts): boolean {
  return contest.lists.every((l) => counts.lists.some((c) => c.list === l.list && c.name === l.name));
}

export interface SeatInputData {
  election: SnapshotElection;
  counts: SnapshotCounts;
  candidates: SnapshotCandidates | null;
  options?: SeatInputOptions;
}

/** Pure: the engine input from the loaded snapshot parts. */
export function buildSeatInput(data: SeatInputData): ApportionmentInput {
  const { election, counts } = data;
  const options = data.options ?? {};
  const where = `${election.election.id} ${counts.level} ${counts.code}`;
  const category = election.election.category;
  if (!isSeatCategory(category)) {
    throw new SeatInputError(`${where}: category ${category} has no seat allocation`);
  }
  const seats = election.seats ?? options.seats;
  if (seats === undefined) {
    throw new SeatInputError(
      `${where}: the number of seats is unknown (no 110a in the snapshot); pass options.seats`,
    );
  }
  const total = counts.total;
  if (total === null) throw new SeatInputError(`${where}: the count file has no total`);

  // Count keys: ShortCodes (510d) or positions (510b/c, CSV). Decided per file, not per candidate.
  const byPosition = counts.lists.every((l) => l.candidates.every((k) => /^\d+$/.test(k)));
  const countKey = (c: SnapshotCandidate): string => (byPosition ? c.position : (c.shortCode ?? ''));

  const contests = (data.candidates?.contests ?? []).filter((c) => fitsLayout(c, counts));
  const units = [...counts.units].sort((a, b) => naturalCompare(a.code, b.code));
  const perUnit = units.map((u) => contestOfUnit(u, contests, election));
  const usePerUnit = units.length > 0 && perUnit.some((c) => c !== null);
  let wholeContest: CandidateContest | null = null;
  if (!usePerUnit && contests.length > 0) {
    if (contests.length > 1) {
      throw new SeatInputError(
        `${where}: ${contests.length} candidate-list contests fit this count; cannot tell which applies`,
      );
    }
    wholeContest = contests[0]!;
  }

  const lists: ListInput[] = counts.lists.map((layout, i): ListInput => {
    const row = total.votes[i];
    const number = Number(layout.list);
    if (!Number.isInteger(number))
      throw new SeatInputError(`${where}: list "${layout.list}" is not a number`);
    const votes = row?.[0] ?? 0;
    const base: ListInput = { number, name: layout.name, votes };
    const keyIndex = new Map(layout.candidates.map((k, j) => [k, j + 1]));
    const votesOf = (unitRow: (number | null)[], c: SnapshotCandidate, at: string): number => {
      const j = keyIndex.get(countKey(c));
      const v = j === undefined ? undefined : unitRow[j];
      if (v === undefined || v === null) {
        throw new SeatInputError(
          `${where}: list ${layout.list} candidate ${c.position} (${personKey(c)}) has no votes in ${at}`,
        );
      }
      return v;
    };
    const toCandidate = (c: SnapshotCandidate, v: number): CandidateInput => ({
      id: personKey(c),
      name: displayName(c),
      votes: v,
    });

    if (!usePerUnit) {
      if (wholeContest === null) {
        // No 230b: candidates in count-layout order, which is list order only for position keys.
        if (!byPosition) return base;
        return { ...base, candidates: layout.candidates.map((_, j) => row?.[j + 1] ?? 0) };
      }
      const entry = wholeContest.lists.find((l) => l.list === layout.list);
      if (!entry) throw new SeatInputError(`${where}: list ${layout.list} has no candidate list`);
      return {
        ...base,
        candidates: entry.candidates.map((c) => toCandidate(c, votesOf(row ?? [], c, 'the total'))),
      };
    }

    // Per-unit contests: group the units where this list stands by their candidate sequence.
    const groups = new Map<string, { units: SnapshotUnit[]; entry: ContestList }>();
    units.forEach((u, k) => {
      const unitRow = u.votes[i];
      if (unitRow === null || unitRow === undefined) return;
      const contest = perUnit[k];
      if (!contest) throw new SeatInputError(`${where}: no candidate lists for unit ${u.code}`);
      const entry = contest.lists.find((l) => l.list === layout.list);
      if (!entry)
        throw new SeatInputError(`${where}: list ${layout.list} has no candidate list in ${u.code}`);
      const key = entry.candidates.map(personKey).join('\u0000');
      const g = groups.get(key);
      if (g) {
        if (g.entry.set !== entry.set) {
          throw new SeatInputError(
            `${where}: list ${layout.list}: ${u.code} has the same candidates as ${g.units[0]!.code} but set ${entry.set} ≠ ${g.entry.set}`,
          );
        }
        g.units.push(u);
      } else groups.set(key, { units: [u], entry });
    });
    const subLists: SubListInput[] = [...groups.values()].map(({ units: us, entry }) => ({
      id: us.map((u) => u.code).join('+'),
      votes: us.reduce((n, u) => n + (u.votes[i]?.[0] ?? 0), 0),
      candidates: entry.candidates.map((c) =>
        toCandidate(
          c,
          us.reduce((n, u) => n + votesOf(u.votes[i] ?? [], c, u.code), 0),
        ),
      ),
    }));
    if (subLists.length === 0) return base;
    const sum = subLists.reduce((n, s) => n + s.votes, 0);
    if (sum !== votes) {
      throw new SeatInputError(
        `${where}: list ${layout.list} has ${votes} votes in the total but ${sum} summed over its units`,
      );
    }
    if (subLists.length === 1) {
      // One sequence everywhere: an ordinary list (stel gelijkluidende lijsten). Candidate votes from the total.
      return {
        ...base,
        candidates: [...groups.values()][0]!.entry.candidates.map((c) =>
          toCandidate(c, votesOf(row ?? [], c, 'the total')),
        ),
      };
    }
    return { ...base, subLists };
  });

  return { category, date: election.election.date, seats, lists };
}

/** "D. (Dilan) Yeşilgöz", "H.E. (Hanneke) de Hoop": built from the 230b name parts. */
export function displayName(
  c: Pick<SnapshotCandidate, 'initials' | 'firstName' | 'prefix' | 'lastName'>,
): string {
  return [c.initials, c.firstName ? `(${c.firstName})` : null, c.prefix, c.lastName]
    .filter((p): p is string => p !== null && p !== '')
    .join(' ');
}

/** Loads the whole-area count and the candidate lists, then builds the engine input. */
export async function seatInputFromSnapshot(
  snapshot: LoadedSnapshot,
  options: SeatInputOptions = {},
): Promise<ApportionmentInput> {
  const entry = wholeAreaCountEntry(snapshot.election, options);
  if (entry === null) {
    throw new SeatInputError(
      `${snapshot.election.election.id}: no count file covers the whole election area` +
        (snapshot.election.domains.length > 1 ? ' (pass options.domain)' : ''),
    );
  }
  const counts = await snapshot.counts(entry.level, entry.code);
  if (counts === null) throw new SeatInputError(`${snapshot.election.election.id}: ${entry.file} is missing`);
  return buildSeatInput({
    election: snapshot.election,
    counts,
    candidates: await snapshot.candidates(),
    options,
  });
}
