/**
 * Turns untrusted JSON into an ApportionmentInput, or throws ApportionmentInputError naming the JSON path
 * and what to do. Nothing is guessed: a bad value is an error, never a default.
 *
 * Lenient only where the meaning cannot be in doubt: a category in any letter case ("gr"),
 * counts (seats, list numbers, votes) given as a string of plain digits ("1589519", as EML and
 * CSV files carry them), and a date given as an ISO datetime (its calendar date is used as
 * written, without converting time zones). Signs, decimals, exponents, thousands separators and
 * whitespace inside such a string stay errors: "1.589.519" could be a Dutch thousands separator
 * or a decimal, so it is refused rather than guessed.
 */
import { REFERENDUM_CATEGORIES, SEAT_CATEGORIES, isSeatCategory } from './rules.ts';
import type { ApportionmentInput, CandidateInput, ListInput, LotOutcome, SubListInput } from './types.ts';

export class ApportionmentInputError extends Error {
  /** JSON path of the offending value, e.g. "lists[2].votes" (may be prefixed with "[3]." for a batch). */
  readonly path: string;
  readonly detail: string;
  constructor(path: string, detail: string) {
    super(path === '' ? detail : `${path}: ${detail}`);
    this.path = path;
    this.detail = detail;
  }
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const DIGITS = /^[0-9]+$/;

function count(v: unknown, path: string, what: string, min: number): number {
  // A string of plain digits is the same whole number (EML and CSV carry counts as text).
  const n = typeof v === 'string' && DIGITS.test(v) ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) {
    const hint =
      typeof n === 'number' && Number.isInteger(n)
        ? ` (more than ${Number.MAX_SAFE_INTEGER}, cannot be counted exactly)`
        : typeof v === 'string'
          ? ' (a string may only hold the digits 0-9: no sign, decimals, separators or spaces)'
          : '';
    throw new ApportionmentInputError(
      path,
      `${what} must be a whole number, got ${JSON.stringify(v)}${hint}`,
    );
  }
  const value = n;
  if (value < min) throw new ApportionmentInputError(path, `${what} must be ${min} or more, got ${value}`);
  return value;
}

function votes(v: unknown, path: string): number {
  return count(v, path, 'votes', 0);
}

function optionalString(obj: Record<string, unknown>, key: string, path: string): string | undefined {
  const v = obj[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new ApportionmentInputError(join(path, key), `${key} must be a string`);
  return v;
}

function candidate(v: unknown, path: string, needId: boolean): number | CandidateInput {
  if (typeof v === 'number' || typeof v === 'string') {
    if (needId)
      throw new ApportionmentInputError(
        path,
        'candidates of a sub-list must be objects with an "id" (the same id for the same person on every list of the group)',
      );
    return votes(v, path);
  }
  if (!isObject(v))
    throw new ApportionmentInputError(
      path,
      'a candidate must be a vote count or an object { "votes": n, "id"?, "name"?, "deceased"? }',
    );
  const c: CandidateInput = { votes: votes(v['votes'], join(path, 'votes')) };
  const id = v['id'];
  if (id !== undefined) {
    if (typeof id !== 'string' && typeof id !== 'number')
      throw new ApportionmentInputError(join(path, 'id'), 'id must be a string or number');
    c.id = String(id);
  } else if (needId) {
    throw new ApportionmentInputError(
      join(path, 'id'),
      'candidates of a sub-list need an "id" (the same id for the same person on every list of the group)',
    );
  }
  const name = optionalString(v, 'name', path);
  if (name !== undefined) c.name = name;
  const deceased = v['deceased'];
  if (deceased !== undefined) {
    if (typeof deceased !== 'boolean')
      throw new ApportionmentInputError(join(path, 'deceased'), 'deceased must be true or false');
    c.deceased = deceased;
  }
  return c;
}

function candidates(v: unknown, path: string): number | Array<number | CandidateInput> {
  if (typeof v === 'number' || typeof v === 'string') return count(v, path, 'the number of candidates', 0);
  if (!Array.isArray(v))
    throw new ApportionmentInputError(
      path,
      'candidates must be a count or an array of candidate votes in list order',
    );
  const out = v.map((c, i) => candidate(c, join(path, i), false));
  const ids = new Set<string>();
  out.forEach((c, i) => {
    if (typeof c === 'number' || c.id === undefined) return;
    if (ids.has(c.id))
      throw new ApportionmentInputError(
        join(join(path, i), 'id'),
        `duplicate candidate id "${c.id}" on this list`,
      );
    ids.add(c.id);
  });
  return out;
}

function subLists(v: unknown, path: string, listVotes: number): SubListInput[] {
  if (!Array.isArray(v) || v.length === 0)
    throw new ApportionmentInputError(path, 'subLists must be a non-empty array');
  const seen = new Set<string>();
  let sum = 0;
  const out = v.map((s, i): SubListInput => {
    const p = join(path, i);
    if (!isObject(s))
      throw new ApportionmentInputError(p, 'a sub-list must be an object { "id", "votes", "candidates" }');
    const rawId = s['id'];
    if (typeof rawId !== 'string' && typeof rawId !== 'number')
      throw new ApportionmentInputError(join(p, 'id'), 'sub-list id must be a string or number');
    const id = String(rawId);
    if (seen.has(id)) throw new ApportionmentInputError(join(p, 'id'), `duplicate sub-list id "${id}"`);
    seen.add(id);
    const sv = votes(s['votes'], join(p, 'votes'));
    sum += sv;
    const cs = s['candidates'];
    if (!Array.isArray(cs))
      throw new ApportionmentInputError(
        join(p, 'candidates'),
        'sub-list candidates must be an array of { "id", "votes" }',
      );
    const list = cs.map((c, j) => candidate(c, join(join(p, 'candidates'), j), true) as CandidateInput);
    const ids = new Set<string>();
    list.forEach((c, j) => {
      if (ids.has(c.id as string))
        throw new ApportionmentInputError(
          join(join(join(p, 'candidates'), j), 'id'),
          `candidate id "${c.id}" appears twice on this sub-list`,
        );
      ids.add(c.id as string);
    });
    return { id, votes: sv, candidates: list };
  });
  if (sum !== listVotes) {
    throw new ApportionmentInputError(
      path,
      `the votes of the sub-lists add up to ${sum}, but the list has ${listVotes} votes; they must be equal`,
    );
  }
  return out;
}

function list(v: unknown, path: string): ListInput {
  if (!isObject(v))
    throw new ApportionmentInputError(
      path,
      'a list must be an object { "number", "votes", "name"?, "candidates"? }',
    );
  const l: ListInput = {
    number: count(v['number'], join(path, 'number'), 'the list number', 0),
    votes: votes(v['votes'], join(path, 'votes')),
  };
  const name = optionalString(v, 'name', path);
  if (name !== undefined) l.name = name;
  if (v['candidates'] !== undefined) l.candidates = candidates(v['candidates'], join(path, 'candidates'));
  if (v['subLists'] !== undefined) {
    if (l.candidates !== undefined) {
      throw new ApportionmentInputError(
        join(path, 'candidates'),
        'give the candidates inside subLists, not on a list that has subLists',
      );
    }
    l.subLists = subLists(v['subLists'], join(path, 'subLists'), l.votes);
  }
  return l;
}

function lots(v: unknown, path: string): LotOutcome[] {
  if (!Array.isArray(v))
    throw new ApportionmentInputError(path, 'lots must be an array of { "winner", "at"? }');
  return v.map((o, i) => {
    const p = join(path, i);
    if (!isObject(o))
      throw new ApportionmentInputError(p, 'a lot outcome must be an object { "winner", "at"? }');
    const w = o['winner'];
    if (typeof w !== 'number' && typeof w !== 'string')
      throw new ApportionmentInputError(
        join(p, 'winner'),
        'winner must be a list number, sub-list id or candidate id',
      );
    const out: LotOutcome = { winner: w };
    const at = optionalString(o, 'at', p);
    if (at !== undefined) out.at = at;
    return out;
  });
}

/** ISO 8601 calendar date, optionally with a time of day and offset (RFC 3339 style). */
const DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/;

/** The election date as YYYY-MM-DD. A datetime keeps its own calendar date (no time-zone shift). */
function date(v: unknown, path: string): string {
  if (typeof v !== 'string')
    throw new ApportionmentInputError(path, 'date must be a string YYYY-MM-DD (or an ISO datetime)');
  const m = DATE.exec(v);
  const d = m === null ? null : new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (m === null || d === null || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) {
    throw new ApportionmentInputError(
      path,
      `date must be a real date YYYY-MM-DD or an ISO datetime such as 2023-11-22T07:30:00+01:00, got ${JSON.stringify(v)}`,
    );
  }
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** Validate one case. `path` prefixes error paths (for batches). */
export function parseApportionmentInput(value: unknown, path = ''): ApportionmentInput {
  if (!isObject(value))
    throw new ApportionmentInputError(
      path === '' ? '$' : path,
      'a case must be an object { "category", "seats", "lists", "date"? }',
    );
  const rawCat = value['category'];
  // Category codes are upper case in EML_NL; "gr" can only mean GR.
  const cat = typeof rawCat === 'string' ? rawCat.trim().toUpperCase() : rawCat;
  if (typeof cat !== 'string')
    throw new ApportionmentInputError(
      join(path, 'category'),
      `category is required, one of ${SEAT_CATEGORIES.join(', ')}`,
    );
  if ((REFERENDUM_CATEGORIES as readonly string[]).includes(cat)) {
    throw new ApportionmentInputError(
      join(path, 'category'),
      `${cat} is a referendum category: it has no seats to allocate`,
    );
  }
  if (!isSeatCategory(cat)) {
    throw new ApportionmentInputError(
      join(path, 'category'),
      `unknown election category ${JSON.stringify(rawCat)}; use one of ${SEAT_CATEGORIES.join(', ')} (EML_NL ElectionCategory)`,
    );
  }
  const seats = count(value['seats'], join(path, 'seats'), 'seats', 1);
  const rawLists = value['lists'];
  if (!Array.isArray(rawLists) || rawLists.length === 0)
    throw new ApportionmentInputError(join(path, 'lists'), 'lists must be a non-empty array');
  const lists = rawLists.map((l, i) => list(l, join(join(path, 'lists'), i)));
  // Exact arithmetic is BigInt inside, but totals are reported as JSON numbers: keep them exact.
  const total = lists.reduce((n, l) => n + l.votes, 0);
  if (!Number.isSafeInteger(total)) {
    throw new ApportionmentInputError(
      join(path, 'lists'),
      `the votes of all lists add up to more than ${Number.MAX_SAFE_INTEGER}; no election has that many, check the input`,
    );
  }
  const numbers = new Map<number, number>();
  lists.forEach((l, i) => {
    const first = numbers.get(l.number);
    if (first !== undefined) {
      throw new ApportionmentInputError(
        join(join(join(path, 'lists'), i), 'number'),
        `duplicate list number ${l.number} (also lists[${first}]); each list needs its own number`,
      );
    }
    numbers.set(l.number, i);
  });
  const input: ApportionmentInput = { category: cat, seats, lists };
  if (value['date'] !== undefined) input.date = date(value['date'], join(path, 'date'));
  if (value['lots'] !== undefined) input.lots = lots(value['lots'], join(path, 'lots'));
  return input;
}
