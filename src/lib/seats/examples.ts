/**
 * Starting points for the "reken zelf" calculator, as data: a real election read from the committed
 * snapshot (TK2023) and two small councils made up to show the rules for fewer than 19 seats
 * (Kieswet P 8): one with a clear outcome and one where the lot must decide. The expected seats of
 * each are worked out by hand in tests/unit/seats/examples.test.ts.
 */
import type { ElectionCategory } from '../apportionment/rules.ts';
import { exampleSeatInput } from '../results/example-input.ts';

export interface CalculatorExample {
  /** Message key suffix and stable id: seats.calc.example.<id>. */
  id: 'tk2023' | 'council9' | 'councilTie';
  category: ElectionCategory;
  seats: number;
  lists: { name: string; votes: number }[];
}

/** 9 seats, 6,000 votes: kiesdeler 666 6/9; 6 full seats, 3 by largest remainder (P 8 lid 1). */
export const COUNCIL_9: CalculatorExample = {
  id: 'council9',
  category: 'GR',
  seats: 9,
  lists: [
    { name: 'Dorpsbelang', votes: 2400 },
    { name: 'Samen Verder', votes: 1700 },
    { name: 'Groen Dorp', votes: 900 },
    { name: 'Jong en Oud', votes: 600 },
    { name: 'Lijst Visser', votes: 400 },
  ],
};

/** 7 seats, 700 votes: kiesdeler 100; 6 full seats and one residual seat two lists tie for. */
export const COUNCIL_TIE: CalculatorExample = {
  id: 'councilTie',
  category: 'GR',
  seats: 7,
  lists: [
    { name: 'Dorpsbelang', votes: 300 },
    { name: 'Samen Verder', votes: 250 },
    { name: 'Groen Dorp', votes: 150 },
  ],
};

/** The examples offered by the calculator, the real election first. */
export async function calculatorExamples(election = 'TK2023'): Promise<CalculatorExample[]> {
  const input = await exampleSeatInput(election);
  return [
    {
      id: 'tk2023',
      category: input.category,
      seats: input.seats,
      lists: input.lists.map((l) => ({ name: l.name, votes: l.votes })),
    },
    COUNCIL_9,
    COUNCIL_TIE,
  ];
}
