/**
 * Kieswet P 12: the seats of a lijstengroep are divided over the lists of the group.
 * groepskiesdeler = votes of the group / seats of the group; each list gets as many seats as the
 * groepskiesdeler fits in its votes; the rest go one by one to the largest remainders (a list
 * without a remainder counts as the smallest); equal remainders: the lot decides, where needed.
 */
import { Fraction } from './fraction.ts';
import type { LotBox } from './lots.ts';
import type { Step } from './types.ts';

export interface SubListVotes {
  id: string;
  votes: bigint;
}

/** Seats per sub-list, in input order. May throw LotsRequired. */
export function distributeGroupSeats(
  listNumber: number,
  seats: number,
  subLists: readonly SubListVotes[],
  lots: LotBox,
  steps: Step[],
): number[] {
  const total = subLists.reduce((n, s) => n + s.votes, 0n);
  if (seats === 0 || total === 0n) return subLists.map(() => 0);
  const seatsBig = BigInt(seats);
  const groupQuota = new Fraction(total, seatsBig);
  const full = subLists.map((s) => (s.votes * seatsBig) / total);
  const remainders = subLists.map(
    (s, i) => new Fraction(s.votes * seatsBig - (full[i] as bigint) * total, seatsBig),
  );
  const result = full.map((f) => Number(f));
  const residual = new Array<boolean>(subLists.length).fill(false);
  let left = seats - result.reduce((a, b) => a + b, 0);
  let byLot = false;
  while (left > 0) {
    const open = subLists.map((_, i) => i).filter((i) => !residual[i]);
    let best = remainders[open[0] as number] as Fraction;
    for (const i of open) if ((remainders[i] as Fraction).gt(best)) best = remainders[i] as Fraction;
    const tied = open.filter((i) => (remainders[i] as Fraction).eq(best));
    let pick = tied[0] as number;
    if (tied.length > left) {
      const drawn = lots.draw({
        at: `group-${listNumber}`,
        kind: 'groupSeat',
        description: `P 12: lists ${tied.map((i) => subLists[i]?.id).join(', ')} of lijstengroep ${listNumber} have an equal remainder ${best.toText()} and only ${left} seat(s) are left`,
        article: 'P 12 lid 5',
        list: listNumber,
        options: tied.map((i) => (subLists[i] as SubListVotes).id),
        seatsAvailable: left,
        seatsAtStake: [],
        value: best.toJSON(),
      });
      pick = tied.find((i) => subLists[i]?.id === drawn) as number;
      byLot = true;
    }
    residual[pick] = true;
    result[pick] = (result[pick] as number) + 1;
    left -= 1;
  }
  steps.push({
    type: 'groupDistribution',
    article: 'P 12',
    list: listNumber,
    seats,
    groupQuota,
    subLists: subLists.map((s, i) => ({
      id: s.id,
      votes: Number(s.votes),
      fullSeats: Number(full[i]),
      remainder: remainders[i] as Fraction,
      residualSeat: residual[i] as boolean,
      seats: result[i] as number,
    })),
    byLot,
  });
  return result;
}
