/**
 * Seat allocation engine (Kieswet chapter P), pure and framework-free, exact BigInt arithmetic.
 *
 *   allocateSeats(input) → ApportionmentResult
 *
 * Order of the procedure: P 5 kiesdeler → P 6 full seats → P 7 / P 8 residual seats → P 9
 * absolute majority → P 10 list exhaustion → P 12 lijstengroep distribution → P 15 – P 19a
 * candidates. Every step is recorded in `result.steps`. A tie that decides a seat stops the
 * engine with `result.drawingOfLots`; pass the drawn outcome in `input.lots` to continue.
 * See README.md beside this file for the JSON schema and examples.
 */
import { Fraction } from './fraction.ts';
import { electGroup, electList, type Candidate } from './candidates.ts';
import { distributeGroupSeats } from './group-seats.ts';
import { allocateListSeats, initialState, totalSeats, type ListSeatState } from './list-seats.ts';
import { LotBox, LotInputError, LotsRequired } from './lots.ts';
import { selectRuleSet, today } from './rules.ts';
import { parseApportionmentInput } from './validate.ts';
import type {
  ApportionmentInput,
  ApportionmentResult,
  CandidateInput,
  DrawingOfLots,
  ListInput,
  ListResult,
  Step,
} from './types.ts';

export { Fraction } from './fraction.ts';
export type { FractionJson } from './fraction.ts';
export { ApportionmentInputError, parseApportionmentInput } from './validate.ts';
export { LotInputError } from './lots.ts';
export { selectRuleSet, RuleSelectionError } from './rules.ts';
export type { ElectionCategory, RuleSet } from './rules.ts';
export type * from './types.ts';

function toCandidates(list: ReadonlyArray<number | CandidateInput>): Candidate[] {
  return list.map((c, i) =>
    typeof c === 'number'
      ? { position: i + 1, votes: c, deceased: false }
      : {
          position: i + 1,
          votes: c.votes,
          deceased: c.deceased === true,
          ...(c.id !== undefined ? { id: c.id } : {}),
          ...(c.name !== undefined ? { name: c.name } : {}),
        },
  );
}

/** P 10 capacity: candidates who can take a seat (deceased ones do not, P 19a); null = no limit. */
function capacity(l: ListInput): number | null {
  if (l.subLists !== undefined) {
    const alive = new Map<string, boolean>();
    for (const s of l.subLists)
      for (const c of s.candidates)
        alive.set(c.id as string, (alive.get(c.id as string) ?? true) && c.deceased !== true);
    let n = 0;
    for (const a of alive.values()) if (a) n += 1;
    return n;
  }
  if (l.candidates === undefined) return null;
  if (typeof l.candidates === 'number') return l.candidates;
  return l.candidates.filter((c) => typeof c === 'number' || c.deceased !== true).length;
}

/** Allocate the seats of one election. Throws ApportionmentInputError / LotInputError / RuleSelectionError on bad input. */
export function allocateSeats(raw: ApportionmentInput): ApportionmentResult {
  const input = parseApportionmentInput(raw);
  const date = input.date ?? today();
  const rules = selectRuleSet(input.category, date);
  const steps: Step[] = [];
  const lots = new LotBox(input.lots ?? [], steps);
  const state: ListSeatState = initialState(
    input.seats,
    input.lists.map((l) => ({ number: l.number, votes: BigInt(l.votes), capacity: capacity(l) })),
    rules,
    steps,
  );
  const percentage = rules.preferenceThresholdPercent(input.seats);
  const threshold = state.quota.mul(new Fraction(BigInt(percentage), 100n)).reduce();
  const subSeats = new Map<number, number[]>();
  const elected = new Map<number, ListResult['elected']>();
  let drawing: DrawingOfLots | null = null;
  try {
    allocateListSeats(state, input.seats, rules, lots, steps);
    input.lists.forEach((l, i) => {
      if (l.subLists === undefined) return;
      const seats = totalSeats(state.standings[i] as (typeof state.standings)[number]);
      subSeats.set(
        l.number,
        distributeGroupSeats(
          l.number,
          seats,
          l.subLists.map((s) => ({ id: s.id, votes: BigInt(s.votes) })),
          lots,
          steps,
        ),
      );
    });
    const withCandidates = input.lists.some((l) => l.subLists !== undefined || Array.isArray(l.candidates));
    if (withCandidates) {
      steps.push({
        type: 'preferenceThreshold',
        article: rules.id.startsWith('EP') ? 'Y 23a' : rules.id.startsWith('EK') ? 'U 15' : 'P 15',
        percentage,
        votes: threshold,
      });
    }
    input.lists.forEach((l, i) => {
      const seats = totalSeats(state.standings[i] as (typeof state.standings)[number]);
      if (l.subLists !== undefined) {
        const subs = l.subLists.map((s) => ({ id: s.id, candidates: toCandidates(s.candidates) }));
        elected.set(
          l.number,
          electGroup(l.number, subSeats.get(l.number) ?? [], subs, threshold, lots, steps),
        );
      } else if (Array.isArray(l.candidates)) {
        elected.set(l.number, electList(l.number, seats, toCandidates(l.candidates), threshold, lots, steps));
      }
    });
    if (lots.unused() > 0) {
      throw new LotInputError(
        'lots',
        `${lots.unused()} lot outcome(s) given that no tie asked for; remove them (the engine asks for lots in order, one at a time)`,
      );
    }
  } catch (e) {
    if (!(e instanceof LotsRequired)) throw e;
    drawing = e.drawing;
  }

  const lists: ListResult[] = input.lists.map((l, i) => {
    const s = state.standings[i] as (typeof state.standings)[number];
    const r: ListResult = {
      number: l.number,
      votes: l.votes,
      seats: totalSeats(s),
      fullSeats: s.fullSeats,
      residualSeats: s.residualSeats,
    };
    if (l.name !== undefined) r.name = l.name;
    const ss = subSeats.get(l.number);
    if (l.subLists !== undefined && ss !== undefined) {
      r.subLists = l.subLists.map((sub, j) => ({ id: sub.id, votes: sub.votes, seats: ss[j] ?? 0 }));
    }
    const el = elected.get(l.number);
    if (el !== undefined) r.elected = el;
    return r;
  });
  const assigned = lists.reduce((n, l) => n + l.seats, 0);
  return {
    category: input.category,
    date,
    rules: { id: rules.id, description: rules.description },
    seats: input.seats,
    totalVotes: Number(state.totalVotes),
    quota: state.quota,
    preferenceThreshold: { percentage, votes: threshold },
    lists,
    unassigned: input.seats - assigned,
    drawingOfLots: drawing,
    steps,
  };
}
