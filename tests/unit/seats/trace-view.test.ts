/**
 * The seat trace in words: every sentence from the dictionary in the page's language, counts with
 * the right plural form, one fraction format. Expected texts are written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { allocateSeats, type DrawingOfLots } from '../../../src/lib/apportionment/index.ts';
import { exampleSeatInput } from '../../../src/lib/results/example-input.ts';
import { drawingOfLotsText, seatTraceView } from '../../../src/lib/seats/trace-view.ts';

describe('TK2023', async () => {
  const result = allocateSeats(await exampleSeatInput('TK2023'));
  const nl = seatTraceView(result, 'nl');
  const en = seatTraceView(result, 'en');

  it('states the finding in each language (SP took the last seat, D66 159 votes short)', () => {
    expect(nl.finding).toBe(
      'De laatste restzetel ging naar SP (Socialistische Partij); D66 kwam 159 stemmen tekort.',
    );
    expect(en.finding).toBe(
      'The last residual seat went to SP (Socialistische Partij); D66 was 159 votes short.',
    );
    expect(nl.title).toBe('Zo zijn de 150 zetels verdeeld');
  });

  it('words the steps in Dutch with exact fractions', () => {
    expect(nl.steps[0]).toBe('P 5: kiesdeler = 10.432.726 stemmen / 150 zetels = 69.551\u00a076/150.');
    expect(nl.steps[1]).toBe(
      'P 6: 140 volle zetels (hoe vaak de kiesdeler in de stemmen van een lijst past); 10 restzetels over.',
    );
    expect(en.steps[0]).toBe('P 5: electoral quota = 10,432,726 votes / 150 seats = 69,551\u00a076/150.');
    // No English engine text on a Dutch page.
    for (const s of nl.steps) expect(s).not.toMatch(/\b(seat|lists|votes|below)\b/);
  });

  it('has a table per list with a total row, and the 10 residual seats in order', () => {
    const rows = nl.fullTable.rows;
    expect(rows).toHaveLength(27);
    expect(rows.at(-1)).toEqual({
      total: true,
      cells: ['Totaal', '10.432.726', { text: '150 (140 + 10)', lines: ['150', '140 + 10'] }],
    });
    // No remainder column for highest averages (TK): list, votes, seats.
    expect(nl.fullTable.columns.map((c) => c.label)).toEqual(['Lijst', 'Stemmen', 'Zetels']);
    expect(nl.roundsTable?.rows).toHaveLength(10);
    // Seat 10: SP at 328,225 / 5 = 65,645 exactly; D66 next at 656,292 / 10 = 65,629 2/10, 159 short.
    expect(nl.roundsTable?.rows[9]?.cells).toEqual([
      {
        text: 'Restzetel 10: SP (Socialistische Partij) 65.645',
        lines: ['Restzetel 10:', 'SP (Socialistische Partij)', '65.645'],
      },
      {
        text: 'D66 65.629\u00a02/10 159 stemmen tekort',
        lines: ['D66', '65.629\u00a02/10', '159 stemmen tekort'],
      },
    ]);
  });
});

describe('plural forms', () => {
  it('one seat, one vote short, no residual seats', () => {
    // 1 seat, A 300 and B 100: kiesdeler 400, no full seat; 75 % = 300: only A takes part in the
    // largest-remainder round and wins; the seat is a residual seat.
    const one = allocateSeats({
      category: 'GR',
      seats: 1,
      lists: [
        { number: 1, name: 'A', votes: 300 },
        { number: 2, name: 'B', votes: 100 },
      ],
    });
    const v = seatTraceView(one, 'nl');
    expect(v.title).toBe('Zo is de 1 zetel verdeeld');
    expect(v.desc).toContain('Er waren geen volle zetels. 1 zetel was een restzetel.');
    // 3 seats, A 200 and B 100: kiesdeler 100, all full seats.
    const full = allocateSeats({
      category: 'GR',
      seats: 3,
      lists: [
        { number: 1, name: 'A', votes: 200 },
        { number: 2, name: 'B', votes: 100 },
      ],
    });
    expect(seatTraceView(full, 'en').finding).toBe(
      'All 3 seats were full seats; there were no residual seats.',
    );
  });
});

describe('drawing of lots in words', () => {
  const drawing: DrawingOfLots = {
    at: 'residual-seat-7',
    kind: 'residualSeat',
    description: 'ignored',
    article: 'P 8',
    method: 'largestRemainder',
    options: [2, 3],
    seatsAvailable: 1,
    seatsAtStake: [7],
    value: { numerator: '50', denominator: '1', text: '50' },
  };
  const names = (o: number | string) => (o === 2 ? 'Samen Verder' : 'Groen Dorp');
  it('Dutch and English, from codes and data', () => {
    expect(drawingOfLotsText('nl', drawing, names)).toBe(
      'Hier moet geloot worden: Samen Verder en Groen Dorp hebben precies hetzelfde grootste overschot (50) en er is nog 1 zetel (restzetel 7).',
    );
    expect(drawingOfLotsText('en', drawing, names)).toBe(
      'A drawing of lots is needed: Samen Verder and Groen Dorp have exactly the same largest remainder (50) and 1 seat is left (residual seat 7).',
    );
  });
});
