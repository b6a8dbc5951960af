/**
 * The rules of Kieswet chapter P as dated rule sets, selected by election category and date.
 *
 * A change of the law is a NEW entry in RULE_SETS with its own `from` date, never an edit of an
 * old one, so older elections keep being computed with the rules that applied to them.
 * Example of a future entry: bill 36641 ("Wet aanscherping vereisten toewijzing restzetels")
 * would require the full kiesdeler for a residual seat at every election except the Eerste Kamer;
 * once it has an entry-into-force date it becomes one more row with `largeBodyResidualThreshold`
 * set. No Staatsblad publication was found (README, "Open questions"), and the Kiesraad's GR2026
 * software applies no such threshold, so no row exists yet.
 */
import { Fraction } from './fraction.ts';

/** Election categories of EML_NL (kiesraad-eml-extensions.xsd, ElectionCategoryType) that elect seats. */
export const SEAT_CATEGORIES = ['TK', 'EK', 'EP', 'PS', 'AB', 'GR', 'ER', 'BC', 'GC'] as const;
export type ElectionCategory = (typeof SEAT_CATEGORIES)[number];

/** EML_NL categories that are referendums (no seats): rejected with a clear message. */
export const REFERENDUM_CATEGORIES = ['NR', 'PR', 'LR', 'IR'] as const;

export function isSeatCategory(value: string): value is ElectionCategory {
  return (SEAT_CATEGORIES as readonly string[]).includes(value);
}

/** Kieswet P 7 / P 8: the boundary between the two residual-seat methods. */
export const LARGE_BODY_SEATS = 19;

export interface RuleSet {
  /** Stable identifier, reported in the result. */
  id: string;
  /** Categories this set applies to. */
  categories: readonly ElectionCategory[];
  /** First election date (inclusive, YYYY-MM-DD) on which the set applies. */
  from: string;
  /** Human description with the articles. */
  description: string;
  /**
   * 19+ seats (highest averages): minimum share of the kiesdeler a list needs to take part in the
   * residual seats, or null for none. TK and EP: the full kiesdeler (P 7 lid 2).
   */
  largeBodyResidualThreshold: Fraction | null;
  /**
   * Fewer than 19 seats (largest remainders, P 8): minimum share of the kiesdeler for a list to
   * take part in the largest-remainder round. Today 75 %.
   */
  smallBodyRemainderThreshold: Fraction;
  /** P 9 (absolute majority) applies. */
  absoluteMajority: boolean;
  /**
   * P 10: seats a list cannot fill go to other lists (true) or stay empty (false, island
   * councils: Kieswet Pa 25).
   */
  exhaustedSeatsReassigned: boolean;
  /** Preference threshold as a percentage of the kiesdeler (P 15, Y 23a, U 15), by body size. */
  preferenceThresholdPercent: (seats: number) => number;
}

const ALL_BUT_EK_TK_EP: readonly ElectionCategory[] = ['PS', 'AB', 'GR', 'BC', 'GC'];

/**
 * The dated rule sets. The first date is the entry into force of the Kieswet of 1989
 * (1 November 1989); the engine has no rule sets for elections before it.
 */
const RULE_SETS: readonly RuleSet[] = [
  {
    id: 'TK-1989',
    categories: ['TK'],
    from: '1989-11-01',
    description:
      'Tweede Kamer: highest averages for residual seats, only lists that reached the kiesdeler (P 7 lid 2); P 9; P 10; preference threshold 25 % of the kiesdeler (P 15).',
    largeBodyResidualThreshold: Fraction.of(1),
    smallBodyRemainderThreshold: new Fraction(3n, 4n),
    absoluteMajority: true,
    exhaustedSeatsReassigned: true,
    preferenceThresholdPercent: () => 25,
  },
  {
    id: 'EP-1989',
    categories: ['EP'],
    from: '1989-11-01',
    description:
      'European Parliament: as the Tweede Kamer (kiesdeler threshold, P 7 lid 2 via chapter Y); preference threshold 10 % of the kiesdeler (Y 23a).',
    largeBodyResidualThreshold: Fraction.of(1),
    smallBodyRemainderThreshold: new Fraction(3n, 4n),
    absoluteMajority: true,
    exhaustedSeatsReassigned: true,
    preferenceThresholdPercent: () => 10,
  },
  {
    id: 'EK-1989',
    categories: ['EK'],
    from: '1989-11-01',
    description:
      'Eerste Kamer: votes are the weighted stemcijfers (U 2 – U 7) given as input; highest averages without kiesdeler threshold (U 9); preference threshold 100 % of the kiesdeler (U 15).',
    largeBodyResidualThreshold: null,
    smallBodyRemainderThreshold: new Fraction(3n, 4n),
    absoluteMajority: true,
    exhaustedSeatsReassigned: true,
    preferenceThresholdPercent: () => 100,
  },
  {
    id: 'DECENTRAL-1989',
    categories: ALL_BUT_EK_TK_EP,
    from: '1989-11-01',
    description:
      'Provincial states, water boards, municipal councils (and Amsterdam/Rotterdam district committees): 19+ seats highest averages without threshold (P 7); fewer than 19 seats largest remainders for lists with at least 75 % of the kiesdeler, then unique highest averages (P 8); P 9; P 10; preference threshold 25 % (19+ seats) or 50 % of the kiesdeler (P 15).',
    largeBodyResidualThreshold: null,
    smallBodyRemainderThreshold: new Fraction(3n, 4n),
    absoluteMajority: true,
    exhaustedSeatsReassigned: true,
    preferenceThresholdPercent: (seats) => (seats >= LARGE_BODY_SEATS ? 25 : 50),
  },
  {
    id: 'ER-2010',
    categories: ['ER'],
    from: '2010-10-10',
    description:
      'Island councils of Bonaire, Sint Eustatius and Saba: as municipal councils, but seats a list cannot fill stay empty (Pa 25 instead of P 10).',
    largeBodyResidualThreshold: null,
    smallBodyRemainderThreshold: new Fraction(3n, 4n),
    absoluteMajority: true,
    exhaustedSeatsReassigned: false,
    preferenceThresholdPercent: (seats) => (seats >= LARGE_BODY_SEATS ? 25 : 50),
  },
];

export class RuleSelectionError extends Error {}

/** Today's date as YYYY-MM-DD (local time), the default when an input has no date. */
export function today(): string {
  const d = new Date();
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  const dd = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${mm}-${dd}`;
}

/** The rule set in force for `category` on `date` (the latest `from` ≤ date). */
export function selectRuleSet(
  category: ElectionCategory,
  date: string,
  sets: readonly RuleSet[] = RULE_SETS,
): RuleSet {
  let best: RuleSet | undefined;
  for (const set of sets) {
    if (!set.categories.includes(category) || set.from > date) continue;
    if (best === undefined || set.from > best.from) best = set;
  }
  if (best === undefined) {
    throw new RuleSelectionError(
      `no seat allocation rules for category ${category} on ${date}: the engine covers elections under the Kieswet of 1989 (from 1989-11-01; island councils from 2010-10-10)`,
    );
  }
  return best;
}
