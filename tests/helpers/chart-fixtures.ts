/**
 * Real inputs for the chart components, read from the committed TK2023 / GR2022 snapshots: seats per
 * list (result.json), national votes per list (csb.json total) and per-municipality figures.
 */
import { loadElection } from '../../src/lib/model/load.ts';
import { municipalityFigures } from '../../src/lib/results/municipality-figures.ts';
import { listColours } from '../../src/lib/charts/list-colours.ts';

export async function tk2023() {
  const snap = await loadElection('TK2023');
  const result = await snap.result();
  const csb = await snap.counts('CSB', 'CSB');
  if (!result || !csb?.total) throw new Error('TK2023 snapshot lacks result or national total');
  const votes = csb.lists.map((l, i) => ({
    list: l.list,
    name: l.name,
    votes: csb.total!.votes[i]?.[0] ?? 0,
  }));
  const colours = listColours(votes);
  const seats = result.lists.map((l) => ({ list: l.list, name: l.name, seats: l.seats }));
  const municipalities = await municipalityFigures(snap);
  return { snap, votes, colours, seats, municipalities };
}
