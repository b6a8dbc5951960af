/**
 * Input and output types of the seat allocation engine (Kieswet P 5 – P 19a).
 * Plain data: the output is JSON-serialisable (fractions as FractionJson via toJSON).
 */
import type { Fraction, FractionJson } from './fraction.ts';
import type { ElectionCategory } from './rules.ts';

/** One candidate. `id` identifies the same person across the lists of a lijstengroep. */
export interface CandidateInput {
  id?: string;
  name?: string;
  votes: number;
  /** P 19a: died before the result was determined; skipped when electing. */
  deceased?: boolean;
}

/**
 * A list of a lijstengroep (TK: a party whose lists differ per kieskring) or one "stel
 * gelijkluidende lijsten". `votes` is the sum over the kieskringen where this list applies;
 * candidates carry their votes summed over those same kieskringen, and an `id` that is equal
 * for the same person on the other lists of the group. Give sub-lists in kieskring order: ties
 * in P 16/P 18 go to the list of the lowest-numbered kieskring.
 */
export interface SubListInput {
  id: string;
  votes: number;
  candidates: CandidateInput[];
}

export interface ListInput {
  number: number;
  name?: string;
  votes: number;
  /** Count of candidates (P 10 only), or candidates in list order (votes or objects). Absent = no limit. */
  candidates?: number | Array<number | CandidateInput>;
  /** Lijstengroep: the distinct lists of the group. Their votes must add up to `votes`. */
  subLists?: SubListInput[];
}

/** The outcome of a drawing of lots, fed back in to continue. */
export interface LotOutcome {
  /** Optional check: the `at` of the drawingOfLots this outcome answers. */
  at?: string;
  /** The drawn list number, sub-list id or candidate id (see DrawingOfLots.options). */
  winner: number | string;
}

export interface ApportionmentInput {
  category: ElectionCategory;
  /** Election date YYYY-MM-DD; selects the rule set. Default: today. */
  date?: string;
  seats: number;
  lists: ListInput[];
  /** Outcomes of earlier drawings of lots, in the order the engine asked for them. */
  lots?: LotOutcome[];
}

export type ResidualMethod = 'highestAverage' | 'largestRemainder' | 'uniqueHighestAverage';

export interface DrawingOfLots {
  /** Stable identifier of this tie (e.g. "residual-seat-3", "absolute-majority", "group-3", "preference-1-2"). */
  at: string;
  kind: 'residualSeat' | 'absoluteMajority' | 'groupSeat' | 'preferenceSeat';
  /**
   * @deprecated English words for the command line's JSON only; pages word a drawing of lots from the
   * codes and data below (src/lib/seats/trace-view.ts, drawingOfLotsText). Remove once no page reads it.
   */
  description: string;
  /** Kieswet article. */
  article: string;
  method?: ResidualMethod;
  /** The list concerned (group distribution and candidate ties). */
  list?: number;
  /** The tied options: list numbers, sub-list ids or candidate ids. */
  options: Array<number | string>;
  /** How many of the tied options can still get a seat. */
  seatsAvailable: number;
  /** Seat numbers at stake (residual seat numbers, or seat positions within the list). */
  seatsAtStake: number[];
  /** The equal value (average, remainder or vote count). */
  value: FractionJson;
}

export interface RunnerUp {
  list: number;
  value: Fraction;
}

export type Step =
  | { type: 'quota'; article: 'P 5'; totalVotes: number; seats: number; quota: Fraction }
  | {
      type: 'fullSeats';
      article: 'P 6';
      lists: Array<{ number: number; votes: number; fullSeats: number; remainder: Fraction }>;
      totalFullSeats: number;
      residualSeats: number;
    }
  | {
      type: 'residualThreshold';
      article: string;
      /** Lists that may not take part in the residual seats (or in the largest-remainder round). */
      excluded: number[];
      threshold: Fraction;
      /** Which threshold: below the kiesdeler (P 7 lid 2) or below 75 % of it (P 8 lid 1). */
      rule: 'belowQuota' | 'belowRemainderThreshold';
    }
  | {
      type: 'residualSeat';
      article: string;
      /** Residual seat number, 1-based, continuing after P 10 removals. */
      seat: number;
      method: ResidualMethod;
      list: number;
      /** The average (votes / (seats + 1)) or remainder that won the seat. */
      value: Fraction;
      runnerUp: RunnerUp | null;
      /** Lists with the same value that got a seat in this run (no lots needed). */
      tiedWith: number[];
      /** True when a lot decided this seat. */
      byLot: boolean;
      phase: 'residual' | 'exhaustion';
    }
  | { type: 'absoluteMajority'; article: 'P 9'; from: number; to: number; byLot: boolean }
  | {
      type: 'listExhaustion';
      article: string;
      list: number;
      candidates: number;
      seatsRemoved: number;
      fullSeatsRemoved: number;
      reassigned: boolean;
    }
  | { type: 'emptySeats'; article: string; count: number }
  | {
      type: 'groupDistribution';
      article: 'P 12';
      list: number;
      seats: number;
      groupQuota: Fraction;
      subLists: Array<{
        id: string;
        votes: number;
        fullSeats: number;
        remainder: Fraction;
        residualSeat: boolean;
        seats: number;
      }>;
      byLot: boolean;
    }
  | { type: 'preferenceThreshold'; article: string; percentage: number; votes: Fraction }
  | {
      type: 'candidateElected';
      article: string;
      list: number;
      subList?: string;
      /** 1-based position on the (sub-)list. */
      position: number;
      id?: string;
      name?: string;
      votes: number;
      reason: 'preference' | 'listOrder';
      byLot: boolean;
    }
  | {
      type: 'deceasedSkipped';
      article: 'P 19a';
      list: number;
      subList?: string;
      position: number;
      id?: string;
      name?: string;
    }
  | { type: 'lot'; at: string; winner: number | string; options: Array<number | string> };

export interface ElectedCandidate {
  position: number;
  id?: string;
  name?: string;
  subList?: string;
  votes: number;
  reason: 'preference' | 'listOrder';
}

export interface ListResult {
  number: number;
  name?: string;
  votes: number;
  seats: number;
  fullSeats: number;
  residualSeats: number;
  subLists?: Array<{ id: string; votes: number; seats: number }>;
  /** Present when candidate votes were given: elected candidates in order of election. */
  elected?: ElectedCandidate[];
}

export interface ApportionmentResult {
  category: ElectionCategory;
  date: string;
  rules: { id: string; description: string };
  seats: number;
  totalVotes: number;
  quota: Fraction;
  preferenceThreshold: { percentage: number; votes: Fraction } | null;
  lists: ListResult[];
  /** Seats not given to any list: empty seats (P 10 / Pa 25), or seats still undecided while drawingOfLots is set. */
  unassigned: number;
  /** Non-null when a lot must be drawn: the result is then incomplete up to this point. */
  drawingOfLots: DrawingOfLots | null;
  steps: Step[];
}
