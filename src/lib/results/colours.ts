/**
 * The colour of each list on the results charts: the stable colour-blind-safe colour per list within
 * an election (src/lib/charts/list-colours.ts, Okabe-Ito by election-wide vote rank). A national
 * election ranks its lists by their national votes (or, without a national count, by the sum over the
 * municipalities in the data), so a list has the same colour on every page of the election. In a
 * council election every council has its own lists, so the rank is the council's own.
 * Computed once per election or council (memoized on the object).
 */
import { listColours, type ListColour } from '../charts/list-colours.ts';
import type { ListCount, MunicipalityResult, ResultsElection } from './election.ts';

export type Colours = ReadonlyMap<string, ListColour>;

const memo = new WeakMap<object, Map<string, ListColour>>();

function fromLists(lists: readonly ListCount[]): Map<string, ListColour> {
  const sums = new Map<string, ListCount>();
  for (const l of lists) {
    const prev = sums.get(l.list);
    sums.set(l.list, { list: l.list, name: prev?.name ?? l.name, votes: (prev?.votes ?? 0) + l.votes });
  }
  return listColours([...sums.values()]);
}

/** Colours of the lists of an election (national) or of one council (council elections). */
export function coloursOf(e: ResultsElection, m?: MunicipalityResult | null): Colours {
  const key: object = e.type === 'council' && m ? m : e;
  let c = memo.get(key);
  if (!c) {
    if (e.type === 'council' && m) c = fromLists(m.figures.lists);
    else if (e.nation) c = fromLists(e.nation.lists);
    else c = fromLists(e.municipalities.flatMap((x) => x.figures.lists));
    memo.set(key, c);
  }
  return c;
}
