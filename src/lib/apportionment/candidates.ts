/**
 * Candidates: Kieswet P 15 – P 19a.
 * P 15: candidates with MORE votes than the preference threshold (a share of the kiesdeler) are
 * elected first, in order of their votes (equal votes for the last places: the lot decides).
 * P 17: remaining seats go to the other candidates in list order.
 * P 16 / P 18 (lijstengroep): a candidate elected on more than one list of the group counts as
 * elected on the list where he got the most votes (equal: the list of the lowest-numbered
 * kieskring, i.e. the first sub-list given); the freed seat goes to the next on that list.
 * P 19a: deceased candidates are skipped.
 */
import { Fraction } from './fraction.ts';
import type { LotBox } from './lots.ts';
import type { ElectedCandidate, Step } from './types.ts';

export interface Candidate {
  /** 1-based position on its list. */
  position: number;
  id?: string;
  name?: string;
  votes: number;
  deceased: boolean;
}

function option(c: Candidate): number | string {
  return c.id ?? c.position;
}

/**
 * Order preference candidates by votes (stable: list order among equal votes) and take at most
 * `seats` of them; equal votes competing for fewer places than there are tied candidates need a lot.
 * `key` identifies the list in the tie id.
 */
function preferenceWinners<T extends { votes: number; order: number; cand: Candidate }>(
  eligible: T[],
  seats: number,
  listNumber: number,
  lots: LotBox,
  byLot: Set<T>,
): T[] {
  const sorted = [...eligible].sort((a, b) => b.votes - a.votes || a.order - b.order);
  if (sorted.length <= seats) return sorted;
  const chosen: T[] = [];
  const left = new Set(sorted);
  for (let seat = 1; seat <= seats; seat++) {
    const remaining = sorted.filter((c) => left.has(c));
    const top = remaining[0] as T;
    const same = remaining.filter((c) => c.votes === top.votes);
    const seatsRemaining = seats - chosen.length;
    let pick = top;
    if (same.length > seatsRemaining) {
      const drawn = lots.draw({
        at: `preference-${listNumber}-${seat}`,
        kind: 'preferenceSeat',
        description: `P 15: on list ${listNumber}, ${same.length} candidates above the preference threshold have ${top.votes} votes each and only ${seatsRemaining} seat(s) are left`,
        article: 'P 15 lid 2',
        list: listNumber,
        options: same.map((c) => option(c.cand)),
        seatsAvailable: seatsRemaining,
        seatsAtStake: Array.from({ length: seatsRemaining }, (_, i) => seat + i),
        value: Fraction.of(top.votes).toJSON(),
      });
      pick = same.find((c) => String(option(c.cand)) === String(drawn)) as T;
      byLot.add(pick);
    }
    chosen.push(pick);
    left.delete(pick);
  }
  return chosen;
}

function elected(
  steps: Step[],
  listNumber: number,
  c: Candidate,
  votes: number,
  reason: 'preference' | 'listOrder',
  byLot: boolean,
  article: string,
  subList?: string,
): ElectedCandidate {
  const step: Step = {
    type: 'candidateElected',
    article,
    list: listNumber,
    position: c.position,
    votes,
    reason,
    byLot,
    ...(subList !== undefined ? { subList } : {}),
    ...(c.id !== undefined ? { id: c.id } : {}),
    ...(c.name !== undefined ? { name: c.name } : {}),
  };
  steps.push(step);
  return {
    position: c.position,
    votes,
    reason,
    ...(subList !== undefined ? { subList } : {}),
    ...(c.id !== undefined ? { id: c.id } : {}),
    ...(c.name !== undefined ? { name: c.name } : {}),
  };
}

function recordDeceased(
  steps: Step[],
  listNumber: number,
  cands: readonly Candidate[],
  subList?: string,
): void {
  for (const c of cands) {
    if (!c.deceased) continue;
    steps.push({
      type: 'deceasedSkipped',
      article: 'P 19a',
      list: listNumber,
      position: c.position,
      ...(subList !== undefined ? { subList } : {}),
      ...(c.id !== undefined ? { id: c.id } : {}),
      ...(c.name !== undefined ? { name: c.name } : {}),
    });
  }
}

/** Elect the candidates of an ordinary list (P 15, P 17, P 19a). */
export function electList(
  listNumber: number,
  seats: number,
  candidates: readonly Candidate[],
  threshold: Fraction,
  lots: LotBox,
  steps: Step[],
): ElectedCandidate[] {
  if (seats === 0) return [];
  recordDeceased(steps, listNumber, candidates);
  const alive = candidates.filter((c) => !c.deceased);
  const eligible = alive
    .filter((c) => Fraction.of(c.votes).gt(threshold))
    .map((c, order) => ({ votes: c.votes, order, cand: c }));
  const byLot = new Set<(typeof eligible)[number]>();
  const pref = preferenceWinners(eligible, seats, listNumber, lots, byLot);
  const out: ElectedCandidate[] = [];
  const taken = new Set<Candidate>();
  for (const p of pref) {
    out.push(elected(steps, listNumber, p.cand, p.votes, 'preference', byLot.has(p), 'P 15'));
    taken.add(p.cand);
  }
  for (const c of alive) {
    if (out.length >= seats) break;
    if (taken.has(c)) continue;
    out.push(elected(steps, listNumber, c, c.votes, 'listOrder', false, 'P 17'));
    taken.add(c);
  }
  return out;
}

export interface SubListCandidates {
  id: string;
  candidates: readonly Candidate[];
}

interface Person {
  id: string;
  name?: string;
  total: number;
  order: number;
  deceased: boolean;
  /** Per sub-list index: the candidate entry there. */
  on: Map<number, Candidate>;
}

/** Elect the candidates of a lijstengroep over its sub-lists (P 15, P 16, P 17, P 18, P 19a). */
export function electGroup(
  listNumber: number,
  subSeats: readonly number[],
  subLists: readonly SubListCandidates[],
  threshold: Fraction,
  lots: LotBox,
  steps: Step[],
): ElectedCandidate[] {
  const groupSeats = subSeats.reduce((a, b) => a + b, 0);
  if (groupSeats === 0) return [];
  const persons = new Map<string, Person>();
  let order = 0;
  subLists.forEach((sub, i) => {
    recordDeceased(steps, listNumber, sub.candidates, sub.id);
    for (const c of sub.candidates) {
      const id = c.id as string;
      let p = persons.get(id);
      if (p === undefined) {
        p = {
          id,
          total: 0,
          order: order++,
          deceased: false,
          on: new Map(),
          ...(c.name !== undefined ? { name: c.name } : {}),
        };
        persons.set(id, p);
      }
      p.total += c.votes;
      p.deceased ||= c.deceased;
      p.on.set(i, c);
    }
  });
  const filled = subSeats.map(() => 0);
  const out: ElectedCandidate[] = [];
  const done = new Set<string>();
  // Sub-lists where this person got the most votes first; equal: the earlier sub-list (P 16 / P 18).
  const preferredSubs = (p: Person): number[] =>
    [...p.on.keys()].sort(
      (a, b) => (p.on.get(b) as Candidate).votes - (p.on.get(a) as Candidate).votes || a - b,
    );

  // P 15: preference votes of a person are summed over the lists of the group.
  const eligible = [...persons.values()]
    .filter((p) => !p.deceased && Fraction.of(p.total).gt(threshold))
    .map((p) => ({
      votes: p.total,
      order: p.order,
      cand: { position: 0, id: p.id, votes: p.total, deceased: false } as Candidate,
      p,
    }));
  const byLot = new Set<(typeof eligible)[number]>();
  for (const e of preferenceWinners(eligible, groupSeats, listNumber, lots, byLot)) {
    const sub = preferredSubs(e.p).find((i) => (filled[i] as number) < (subSeats[i] as number));
    if (sub === undefined) continue; // no seat left on any list of the group that carries this candidate
    filled[sub] = (filled[sub] as number) + 1;
    done.add(e.p.id);
    const c = e.p.on.get(sub) as Candidate;
    out.push(
      elected(
        steps,
        listNumber,
        { ...c, ...(e.p.name !== undefined ? { name: e.p.name } : {}) },
        e.p.total,
        'preference',
        byLot.has(e),
        'P 15 / P 16',
        subLists[sub]?.id,
      ),
    );
  }

  // P 17 / P 18: list order per sub-list; a person reached on several lists at once counts for
  // the list where he got the most votes, and the others move on to their next candidate.
  for (;;) {
    const tentative = new Map<string, number[]>();
    subLists.forEach((sub, i) => {
      let free = (subSeats[i] as number) - (filled[i] as number);
      for (const c of sub.candidates) {
        if (free <= 0) break;
        const p = persons.get(c.id as string) as Person;
        if (p.deceased || done.has(p.id)) continue;
        const list = tentative.get(p.id) ?? [];
        list.push(i);
        tentative.set(p.id, list);
        free -= 1;
      }
    });
    if (tentative.size === 0) break;
    const byPosition: Array<{ p: Person; sub: number }> = [];
    for (const [id, subs] of tentative) {
      const p = persons.get(id) as Person;
      const sub =
        subs.length === 1 ? (subs[0] as number) : (preferredSubs(p).find((i) => subs.includes(i)) as number);
      byPosition.push({ p, sub });
    }
    byPosition.sort(
      (a, b) =>
        a.sub - b.sub ||
        (a.p.on.get(a.sub) as Candidate).position - (b.p.on.get(b.sub) as Candidate).position,
    );
    for (const { p, sub } of byPosition) {
      filled[sub] = (filled[sub] as number) + 1;
      done.add(p.id);
      const c = p.on.get(sub) as Candidate;
      out.push(elected(steps, listNumber, c, p.total, 'listOrder', false, 'P 17 / P 18', subLists[sub]?.id));
    }
  }
  return out;
}
