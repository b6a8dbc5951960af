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
  id: 'tk2023' | 'council9' | 'councilTie' | 'province' | 'waterBoard' | 'european';
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

/**
 * Presets for the elections that come next (issue 17), made up to show each type's rule. The seats are
 * worked out by hand in tests/unit/seats/examples.test.ts.
 */
/** A province: 39 seats (the smallest Provinciale Staten), 19 or more, so highest averages, no threshold (P 7). */
export const PROVINCE_39: CalculatorExample = {
  id: 'province',
  category: 'PS',
  seats: 39,
  lists: [
    { name: 'Provinciepartij', votes: 15_400 },
    { name: 'Stad en Land', votes: 12_300 },
    { name: 'Groen Gewest', votes: 8_200 },
    { name: 'Boerenbelang', votes: 2_600 },
    { name: 'Nieuwe Lijst', votes: 500 },
  ],
};

/** A water board: 23 elected seats, highest averages (the appointed seats are not part of the count). */
export const WATER_BOARD_23: CalculatorExample = {
  id: 'waterBoard',
  category: 'AB',
  seats: 23,
  lists: [
    { name: 'Water Natuurlijk', votes: 9_700 },
    { name: 'Dijkbelang', votes: 7_900 },
    { name: 'Schoon Water', votes: 4_300 },
    { name: 'Polderlijst', votes: 1_100 },
  ],
};

/** The European Parliament: 31 seats; a residual seat only for a list that reached the kiesdeler (Y 2, P 7 lid 2). */
export const EUROPEAN_31: CalculatorExample = {
  id: 'european',
  category: 'EP',
  seats: 31,
  lists: [
    { name: 'Europa Vooruit', votes: 12_600 },
    { name: 'Samen in Europa', votes: 9_800 },
    { name: 'Groen Europa', votes: 6_900 },
    { name: 'Kleine Lijst', votes: 950 },
    { name: 'Nieuw Geluid', votes: 750 },
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
    PROVINCE_39,
    WATER_BOARD_23,
    EUROPEAN_31,
  ];
}
