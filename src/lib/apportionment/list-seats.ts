/**
 * Seats per list: Kieswet P 5 (kiesdeler), P 6 (full seats), P 7 / P 8 (residual seats),
 * P 9 (absolute majority) and P 10 (list exhaustion), in that order.
 *
 * Highest averages (P 7, 19 seats or more): each residual seat goes to the list whose average
 * votes / (seats + 1) is largest; for TK and EP only lists that reached the kiesdeler (P 7 lid 2).
 * Fewer than 19 seats (P 8): first largest remainders, one seat per list, for lists with at least
 * 75 % of the kiesdeler; then highest averages with at most one seat per list ("unique highest
 * averages"); when every list had one, highest averages without that limit.
 * This order and the tie rules follow the Kiesraad's own implementation (kiesraad/abacus,
 * apportionment), re-implemented here.
 */
import { Fraction } from './fraction.ts';
import { LARGE_BODY_SEATS, type RuleSet } from './rules.ts';
import type { LotBox } from './lots.ts';
import type { ResidualMethod, Step } from './types.ts';

export interface Standing {
  number: number;
  votes: bigint;
  fullSeats: number;
  residualSeats: number;
  remainder: Fraction;
  /** P 8 lid 1: at least 75 % of the kiesdeler (largest-remainder round). */
  meetsRemainderThreshold: boolean;
  /** P 7 lid 2 (TK, EP): reached the kiesdeler, so may get residual seats at all. */
  meetsResidualThreshold: boolean;
  /** Candidates that can take a seat (P 10, minus deceased P 19a); null = no limit. */
  capacity: number | null;
  /** Methods by which the residual seats now held were won, in order. */
  methods: ResidualMethod[];
}

export function totalSeats(s: Standing): number {
  return s.fullSeats + s.residualSeats;
}

function nextAverage(s: Standing): Fraction {
  return new Fraction(s.votes, BigInt(totalSeats(s) + 1));
}

function count(s: Standing, method: ResidualMethod): number {
  let n = 0;
  for (const m of s.methods) if (m === method) n += 1;
  return n;
}

export interface ListSeatState {
  totalVotes: bigint;
  quota: Fraction;
  standings: Standing[];
  unassigned: number;
  /** Residual seats handed out so far (numbering continues in the P 10 round). */
  residualSeatNumber: number;
}

interface LastGroup {
  method: ResidualMethod;
  value: Fraction;
  /** Tied options when the seat was given. */
  options: number[];
  /** Lists that got a seat at this same value, consecutively. */
  lists: number[];
}

const ARTICLE: Record<ResidualMethod, string> = {
  highestAverage: 'P 7',
  largestRemainder: 'P 8 lid 1',
  uniqueHighestAverage: 'P 8 lid 2',
};

/** Build the initial state: kiesdeler (P 5) and full seats (P 6). */
export function initialState(
  seats: number,
  lists: ReadonlyArray<{ number: number; votes: bigint; capacity: number | null }>,
  rules: RuleSet,
  steps: Step[],
): ListSeatState {
  const totalVotes = lists.reduce((sum, l) => sum + l.votes, 0n);
  const seatsBig = BigInt(seats);
  // P 5: kiesdeler = total valid votes on lists / seats, as an exact fraction.
  const quota = new Fraction(totalVotes, seatsBig);
  steps.push({ type: 'quota', article: 'P 5', totalVotes: Number(totalVotes), seats, quota });

  const remainderThreshold = quota.mul(rules.smallBodyRemainderThreshold);
  const residualThreshold =
    rules.largeBodyResidualThreshold === null ? null : quota.mul(rules.largeBodyResidualThreshold);
  const standings: Standing[] = lists.map((l) => {
    // P 6: full seats = how many times the kiesdeler fits in the list's votes: floor(v·S/T).
    const full = totalVotes === 0n ? 0n : (l.votes * seatsBig) / totalVotes;
    const remainder =
      totalVotes === 0n ? Fraction.of(0) : new Fraction(l.votes * seatsBig - full * totalVotes, seatsBig);
    const votes = Fraction.of(l.votes);
    return {
      number: l.number,
      votes: l.votes,
      fullSeats: Number(full),
      residualSeats: 0,
      remainder,
      meetsRemainderThreshold: votes.gte(remainderThreshold),
      meetsResidualThreshold: residualThreshold === null || votes.gte(residualThreshold),
      capacity: l.capacity,
      methods: [],
    };
  });
  const totalFull = standings.reduce((n, s) => n + s.fullSeats, 0);
  steps.push({
    type: 'fullSeats',
    article: 'P 6',
    lists: standings.map((s) => ({
      number: s.number,
      votes: Number(s.votes),
      fullSeats: s.fullSeats,
      remainder: s.remainder,
    })),
    totalFullSeats: totalFull,
    residualSeats: seats - totalFull,
  });
  if (seats - totalFull > 0) {
    if (seats >= LARGE_BODY_SEATS && residualThreshold !== null) {
      steps.push({
        type: 'residualThreshold',
        article: 'P 7 lid 2',
        excluded: standings.filter((s) => !s.meetsResidualThreshold).map((s) => s.number),
        threshold: residualThreshold,
        rule: 'belowQuota',
      });
    } else if (seats < LARGE_BODY_SEATS) {
      steps.push({
        type: 'residualThreshold',
        article: 'P 8 lid 1',
        excluded: standings.filter((s) => !s.meetsRemainderThreshold).map((s) => s.number),
        threshold: remainderThreshold,
        rule: 'belowRemainderThreshold',
      });
    }
  }
  return { totalVotes, quota, standings, unassigned: 0, residualSeatNumber: 0 };
}

interface Choice {
  method: ResidualMethod;
  candidates: Standing[];
  value: (s: Standing) => Fraction;
}

function chooseMethod(state: ListSeatState, seats: number, exhaustionPhase: boolean): Choice | null {
  const open = state.standings.filter(
    (s) => s.votes > 0n && !(exhaustionPhase && s.capacity !== null && totalSeats(s) >= s.capacity),
  );
  if (seats >= LARGE_BODY_SEATS) {
    const candidates = open.filter((s) => s.meetsResidualThreshold);
    return candidates.length === 0 ? null : { method: 'highestAverage', candidates, value: nextAverage };
  }
  const lr = open.filter((s) => s.meetsRemainderThreshold && count(s, 'largestRemainder') === 0);
  if (lr.length > 0) return { method: 'largestRemainder', candidates: lr, value: (s) => s.remainder };
  const uha = open.filter((s) => count(s, 'uniqueHighestAverage') === 0);
  if (uha.length > 0) return { method: 'uniqueHighestAverage', candidates: uha, value: nextAverage };
  return open.length === 0 ? null : { method: 'highestAverage', candidates: open, value: nextAverage };
}

/**
 * Hand out `count` residual seats one by one. Returns the number that could not be given
 * (no list eligible). `lastGroup` tracks the lists that won seats at one equal value, for P 9.
 */
function assignResidualSeats(
  state: ListSeatState,
  seats: number,
  toAssign: number,
  exhaustionPhase: boolean,
  lots: LotBox,
  steps: Step[],
  last: { group: LastGroup | null },
): number {
  for (let k = 0; k < toAssign; k++) {
    const available = toAssign - k;
    const choice = chooseMethod(state, seats, exhaustionPhase);
    if (choice === null) return available;
    let best = choice.value(choice.candidates[0] as Standing);
    for (const s of choice.candidates) {
      const v = choice.value(s);
      if (v.gt(best)) best = v;
    }
    const tied = choice.candidates.filter((s) => choice.value(s).eq(best));
    const seatNumber = state.residualSeatNumber + 1;
    let winner = tied[0] as Standing;
    let byLot = false;
    if (tied.length > available) {
      const drawn = lots.draw({
        at: `residual-seat-${seatNumber}`,
        kind: 'residualSeat',
        description: `residual seat ${seatNumber}: ${tied.length} lists have an equal ${choice.method === 'largestRemainder' ? 'remainder' : 'average'} ${best.toText()} and only ${available} seat(s) are left`,
        article: `${ARTICLE[choice.method]}; P 7 lid 1 / P 8: the lot decides`,
        method: choice.method,
        options: tied.map((s) => s.number),
        seatsAvailable: available,
        seatsAtStake: Array.from({ length: Math.min(available, tied.length) }, (_, i) => seatNumber + i),
        value: best.toJSON(),
      });
      winner = tied.find((s) => s.number === drawn) as Standing;
      byLot = true;
    }
    let runnerUp: { list: number; value: Fraction } | null = null;
    for (const s of choice.candidates) {
      if (s === winner) continue;
      const v = choice.value(s);
      if (runnerUp === null || v.gt(runnerUp.value)) runnerUp = { list: s.number, value: v };
    }
    // P 9 needs "the list that got the last residual seat"; when several lists won seats at one
    // equal value in a row, each of them is that list and a lot decides (abacus does the same).
    const prev = last.group;
    const continues =
      prev !== null &&
      prev.method === choice.method &&
      prev.value.eq(best) &&
      prev.options.includes(winner.number);
    const group: LastGroup = {
      method: choice.method,
      value: best,
      options: tied.map((s) => s.number),
      lists: continues && prev !== null ? [...prev.lists, winner.number] : [winner.number],
    };
    last.group = group;
    winner.residualSeats += 1;
    winner.methods.push(choice.method);
    state.residualSeatNumber = seatNumber;
    steps.push({
      type: 'residualSeat',
      article: ARTICLE[choice.method],
      seat: seatNumber,
      method: choice.method,
      list: winner.number,
      value: best,
      runnerUp,
      tiedWith: group.lists.filter((n) => n !== winner.number),
      byLot,
      phase: exhaustionPhase ? 'exhaustion' : 'residual',
    });
  }
  return 0;
}

/** P 7 / P 8 residual seats, then P 9 and P 10. Mutates `state`; may throw LotsRequired. */
export function allocateListSeats(
  state: ListSeatState,
  seats: number,
  rules: RuleSet,
  lots: LotBox,
  steps: Step[],
): void {
  const residual = seats - state.standings.reduce((n, s) => n + s.fullSeats, 0);
  const last: { group: LastGroup | null } = { group: null };
  state.unassigned = residual;
  const left = assignResidualSeats(state, seats, residual, false, lots, steps, last);
  state.unassigned = left;

  // P 9: a list with more than half of all votes but not more than half of the seats gets one
  // more seat, taken from the list that got the last residual seat.
  if (rules.absoluteMajority && state.totalVotes > 0n) {
    const majority = state.standings.find((s) => s.votes * 2n > state.totalVotes);
    if (majority !== undefined && totalSeats(majority) * 2 <= seats && last.group !== null) {
      let losers = last.group.lists.filter((n) => n !== majority.number);
      if (losers.length === 0) {
        // The last residual seat went to the majority list itself: take the most recent residual
        // seat of another list instead.
        for (let i = steps.length - 1; i >= 0; i--) {
          const st = steps[i];
          if (st?.type === 'residualSeat' && st.list !== majority.number) {
            losers = [st.list];
            break;
          }
        }
      }
      if (losers.length > 0) {
        let from = losers[0] as number;
        let byLot = false;
        if (losers.length > 1) {
          from = lots.draw({
            at: 'absolute-majority',
            kind: 'absoluteMajority',
            description: `P 9: list ${majority.number} has an absolute majority of the votes; lists ${losers.join(', ')} won the last residual seats at the same value, the lot decides which one gives a seat up`,
            article: 'P 9',
            options: losers,
            seatsAvailable: 1,
            seatsAtStake: [],
            value: last.group.value.toJSON(),
          }) as number;
          byLot = true;
        }
        const loser = state.standings.find((s) => s.number === from) as Standing;
        loser.residualSeats -= 1;
        loser.methods.pop();
        majority.residualSeats += 1;
        steps.push({ type: 'absoluteMajority', article: 'P 9', from, to: majority.number, byLot });
      }
    }
  }

  // P 10: a list with fewer candidates than seats gives up the excess; the seats go to the other
  // lists by the same method (or stay empty for island councils, Pa 25).
  let removed = 0;
  for (const s of state.standings) {
    if (s.capacity === null || totalSeats(s) <= s.capacity) continue;
    const excess = totalSeats(s) - s.capacity;
    const fromResidual = Math.min(excess, s.residualSeats);
    s.residualSeats -= fromResidual;
    s.methods.splice(s.methods.length - fromResidual, fromResidual);
    s.fullSeats -= excess - fromResidual;
    removed += excess;
    steps.push({
      type: 'listExhaustion',
      article: rules.exhaustedSeatsReassigned ? 'P 10' : 'Pa 25',
      list: s.number,
      candidates: s.capacity,
      seatsRemoved: excess,
      fullSeatsRemoved: excess - fromResidual,
      reassigned: rules.exhaustedSeatsReassigned,
    });
  }
  if (removed > 0) {
    state.unassigned += removed;
    const empty = rules.exhaustedSeatsReassigned
      ? assignResidualSeats(state, seats, removed, true, lots, steps, last)
      : removed;
    state.unassigned += empty - removed;
  }
  if (state.unassigned > 0) {
    steps.push({
      type: 'emptySeats',
      article: rules.exhaustedSeatsReassigned ? 'P 10' : 'Pa 25',
      count: state.unassigned,
    });
  }
}
