/**
 * The weight of one vote in the Eerste Kamer election (Kieswet U 2): the members of Provinciale Staten
 * (and of the kiescolleges) elect the Senate, and each member's vote weighs
 *   inhabitants of the province / (100 × number of seats in Provinciale Staten),
 * rounded to a whole number. The Kieswet rounds a fraction of exactly one half upwards (art. U 2;
 * *check* against the current text of the law). Exact arithmetic: BigInt, no floating point.
 */
export interface SenateVoteWeight {
  inhabitants: bigint;
  seats: number;
  /** The exact quotient inhabitants / (100 × seats), as an unreduced fraction. */
  exact: { num: bigint; den: bigint };
  /** The stemwaarde: the quotient rounded to a whole number, half up. */
  weight: bigint;
}

export function senateVoteWeight(inhabitants: bigint | number, seats: number): SenateVoteWeight {
  const people = BigInt(inhabitants);
  if (people < 0n) throw new RangeError('inhabitants must be 0 or more');
  if (!Number.isInteger(seats) || seats < 1)
    throw new RangeError('seats must be a whole number of 1 or more');
  const den = 100n * BigInt(seats);
  // half up: floor((2 × num + den) / (2 × den))
  const weight = (2n * people + den) / (2n * den);
  return { inhabitants: people, seats, exact: { num: people, den }, weight };
}

/** The weighted total of a list in the Eerste Kamer election: sum over bodies of votes × weight. */
export function weightedVotes(votes: readonly { votes: number; weight: bigint }[]): bigint {
  return votes.reduce((sum, v) => sum + BigInt(v.votes) * v.weight, 0n);
}
