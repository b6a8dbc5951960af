/**
 * The worked example of the seat pages and the "reken zelf" calculator: an election's lists with their
 * votes, read from the committed snapshot (content/data/<id>/), never typed in again. Only list
 * seats are shown there (P 5 – P 9), so candidates and sub-lists are left out.
 */
import { loadElection } from '../model/load.ts';
import { seatInputFromSnapshot } from './seat-input.ts';
import type { ApportionmentInput } from '../apportionment/types.ts';

export interface ExampleList {
  number: number;
  name: string;
  votes: number;
}

export interface ExampleSeatInput extends ApportionmentInput {
  lists: ExampleList[];
}

/** Engine input for the example: category, date and seats of the election, list votes only. */
export async function exampleSeatInput(electionId: string): Promise<ExampleSeatInput> {
  const input = await seatInputFromSnapshot(await loadElection(electionId));
  return {
    category: input.category,
    ...(input.date === undefined ? {} : { date: input.date }),
    seats: input.seats,
    lists: input.lists.map((l) => ({ number: l.number, name: l.name ?? String(l.number), votes: l.votes })),
  };
}
