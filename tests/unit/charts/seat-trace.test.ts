/**
 * Chart geometry and the "votes short" finding. Expected numbers are worked out by hand in the
 * comments (or taken from the Kiesraad's seat table in shared/data/README.md), never copied from
 * the code under test.
 */
import { describe, expect, it } from 'vitest';
import { allocateSeats, type ApportionmentResult } from '../../../src/lib/apportionment/index.ts';
import { exampleSeatInput } from '../../../src/lib/results/example-input.ts';
import {
  residualSteps,
  seatTraceFinding,
  seatTraceGeometry,
  splitSeatTrace,
  votesShort,
  type SeatTraceGeometry,
  type SeatTraceLabels,
} from '../../../src/lib/charts/seat-trace.ts';
import { wrapText } from '../../../src/lib/charts/wrap.ts';

const labels: SeatTraceLabels = {
  listsTitle: 'Zetels per lijst',
  roundsTitle: 'De restzetels, één voor één',
  fullSeat: 'volle zetel (dicht vlak)',
  residualSeat: 'restzetel (gearceerd)',
  winner: 'kreeg de restzetel (dicht rondje)',
  runnerUp: 'zat er het dichtst bij (open vierkant)',
  method: (method) => `Naar het ${method}:`,
  round: (seat, byLot, list, value) =>
    `Restzetel ${seat}${byLot ? ' door loting' : ''} naar ${list}: ${value}`,
  seatCount: (t, f, r) => `${t} (${f} + ${r})`,
  listName: (n) => `Lijst ${n}`,
};

function lastStep(result: ApportionmentResult) {
  const last = residualSteps(result).at(-1);
  if (last === undefined) throw new Error('no residual seat');
  return last;
}

/** Every drawn thing lies inside the viewBox (text by an estimate of its width). */
function expectInside(g: SeatTraceGeometry) {
  const charWidth = 0.6 * g.fontSize;
  for (const r of [...g.cells, ...g.swatches]) {
    expect(r.x).toBeGreaterThanOrEqual(0);
    expect(r.y).toBeGreaterThanOrEqual(0);
    expect(r.x + r.width).toBeLessThanOrEqual(g.width + 1e-9);
    expect(r.y + r.height).toBeLessThanOrEqual(g.height);
  }
  for (const m of g.markers) {
    expect(m.x - m.size / 2).toBeGreaterThanOrEqual(0);
    expect(m.x + m.size / 2).toBeLessThanOrEqual(g.width);
    expect(m.y + m.size / 2).toBeLessThanOrEqual(g.height);
  }
  for (const l of g.lines) {
    for (const x of [l.x1, l.x2]) expect(x >= 0 && x <= g.width).toBe(true);
    for (const y of [l.y1, l.y2]) expect(y >= 0 && y <= g.height).toBe(true);
  }
  for (const t of g.texts) {
    const w = t.text.length * charWidth;
    const [left, right] = t.anchor === 'start' ? [t.x, t.x + w] : [t.x - w, t.x];
    expect(left, `"${t.text}" starts inside`).toBeGreaterThanOrEqual(0);
    expect(right, `"${t.text}" ends inside`).toBeLessThanOrEqual(g.width);
    expect(t.y - g.fontSize).toBeGreaterThanOrEqual(0);
    expect(t.y).toBeLessThanOrEqual(g.height);
  }
  expect(g.viewBox).toBe(`0 0 ${g.width} ${g.height}`);
}

function expectBarsMatch(g: SeatTraceGeometry, result: ApportionmentResult) {
  for (const l of result.lists) {
    const cells = g.cells.filter((c) => c.list === l.number);
    expect(cells.length, `list ${l.number} cells`).toBe(l.seats);
    expect(cells.filter((c) => c.kind === 'full').length).toBe(l.fullSeats);
    expect(cells.filter((c) => c.kind === 'residual').length).toBe(l.residualSeats);
  }
  expect(g.cells.length).toBe(result.seats - result.unassigned);
  // Every residual seat is drawn exactly once on the value track, with its winner.
  for (const step of residualSteps(result)) {
    const onTrack = g.markers.filter((m) => m.onTrack && m.seat === step.seat && m.kind === 'winner');
    expect(onTrack.map((m) => m.list)).toEqual([step.list]);
  }
  expect(g.rounds.map((r) => r.seat)).toEqual(residualSteps(result).map((s) => s.seat));
}

describe('small council, hand-computed (GR, 19 seats, P 7 highest averages)', () => {
  // Votes A 6000, B 3100, C 1400; total 10500; kiesdeler 10500/19 = 552 12/19 ≈ 552.63.
  // Full seats: A 6000/552.63 = 10.86 → 10; B 5.61 → 5; C 2.53 → 2; 17 full, 2 residual.
  // Residual 1: averages A 6000/11 = 545 5/11, B 3100/6 = 516 4/6, C 1400/3 = 466 2/3 → A.
  //   B short: (3100 + v)/6 > 6000/11 ⇔ 3100 + v > 3272.7… ⇔ v ≥ 173.
  // Residual 2: A 6000/12 = 500, B 516 4/6 → B; A is runner-up.
  //   A short: (6000 + v)/12 > 3100/6 ⇔ 6000 + v > 6200 ⇔ v ≥ 201.
  const result = allocateSeats({
    category: 'GR',
    seats: 19,
    date: '2022-03-16',
    lists: [
      { number: 1, name: 'A', votes: 6000 },
      { number: 2, name: 'B', votes: 3100 },
      { number: 3, name: 'C', votes: 1400 },
    ],
  });
  const steps = residualSteps(result);

  it('computes how many votes the runner-up was short, exactly', () => {
    expect(steps.map((s) => [s.list, s.runnerUp?.list])).toEqual([
      [1, 2],
      [2, 1],
    ]);
    expect(votesShort(result, steps[0] as (typeof steps)[number])).toBe(173n);
    expect(votesShort(result, lastStep(result))).toBe(201n);
    expect(seatTraceFinding(result)).toEqual({
      kind: 'lastResidualSeat',
      seat: 2,
      winner: 2,
      byLot: false,
      runnerUp: 1,
      votesShort: 201n,
      tie: false,
    });
  });

  it('draws one cell per seat and every residual seat once, inside the viewBox', () => {
    const g = seatTraceGeometry(result, { locale: 'nl', labels });
    expectBarsMatch(g, result);
    expectInside(g);
  });
});

describe('TK2023, 150 seats', async () => {
  const result = allocateSeats(await exampleSeatInput('TK2023'));

  it('the last residual seat (seat 150) went to SP; D66 was 159 votes short', () => {
    // Data README: SP (list 6) 328,225 votes, 5 seats; D66 (list 2) 656,292 votes, 9 seats.
    // SP's 5th seat was the last residual seat at average 328225 / (4 + 1) = 65,645 exactly.
    // D66's next average was 656292 / (9 + 1) = 65,629.2 < 65,645, so D66 came second.
    // D66 would have needed (656292 + v) / 10 > 65645 ⇔ 656292 + v > 656450 ⇔ v > 158 ⇔ v = 159.
    const last = lastStep(result);
    expect(last.list).toBe(6);
    expect(last.value.toText()).toBe('65645');
    expect(last.runnerUp?.list).toBe(2);
    expect(last.runnerUp?.value.toText()).toBe('65629 2/10');
    expect(votesShort(result, last)).toBe(159n);
    const finding = seatTraceFinding(result);
    expect(finding).toMatchObject({ kind: 'lastResidualSeat', winner: 6, runnerUp: 2, votesShort: 159n });
  });

  it('bars match the Kiesraad seat table and 10 residual seats are drawn once each', () => {
    const g = seatTraceGeometry(result, { locale: 'nl', labels });
    // README "Key national figures": 140 full seats, then 10 residual seats.
    expect(g.cells.filter((c) => c.kind === 'full')).toHaveLength(140);
    expect(g.cells.filter((c) => c.kind === 'residual')).toHaveLength(10);
    // Seats per list from the Resultaat (520), README table.
    const expected = [24, 9, 25, 37, 5, 5, 3, 3, 3, 2, 1, 3, 3, 0, 7, 0, 0, 0, 20, 0, 0, 0, 0, 0, 0, 0];
    expect(result.lists.map((l) => g.cells.filter((c) => c.list === l.number).length)).toEqual(expected);
    expect(g.rounds).toHaveLength(10);
    expectBarsMatch(g, result);
    expectInside(g);
  });

  it('stays inside at other widths and in English (long names wrap)', () => {
    for (const width of [280, 360, 640]) {
      const g = seatTraceGeometry(result, { locale: 'en', labels, width });
      expectInside(g);
      expect(g.texts.some((t) => t.text.includes('65,629\u00a02/10'))).toBe(true);
    }
  });
});

describe('largest remainders (P 8, fewer than 19 seats)', () => {
  // 5 seats, A 300, B 150, C 50: kiesdeler 100. Full: A 3, B 1, C 0. 75 % threshold = 75 votes:
  // C (50) takes no part. Remainders A 0, B 50 → B gets the residual seat; runner-up A.
  // Short (kiesdeler held fixed): 0 + v > 50 ⇔ v = 51.
  const result = allocateSeats({
    category: 'GR',
    seats: 5,
    lists: [
      { number: 1, votes: 300 },
      { number: 2, votes: 150 },
      { number: 3, votes: 50 },
    ],
  });
  it('counts the remainder gap as votes short', () => {
    const last = lastStep(result);
    expect(last.method).toBe('largestRemainder');
    expect([last.list, last.runnerUp?.list]).toEqual([2, 1]);
    expect(votesShort(result, last)).toBe(51n);
  });
});

describe('a tie the lot must decide', () => {
  // 1 seat, A 100 and B 100: kiesdeler 200, no full seats, nobody reaches 75 % (150) for the
  // largest-remainder round, so unique highest averages: 100/1 = 100 each, one seat → lot.
  const result = allocateSeats({
    category: 'GR',
    seats: 1,
    lists: [
      { number: 1, name: 'A', votes: 100 },
      { number: 2, name: 'B', votes: 100 },
    ],
  });
  it('the finding names both lists and the seat', () => {
    expect(seatTraceFinding(result)).toEqual({ kind: 'lots', options: [1, 2], seats: [1] });
  });
  it('draws no seat that was not given', () => {
    const g = seatTraceGeometry(result, { locale: 'nl', labels });
    expect(g.cells).toHaveLength(0);
    expectInside(g);
  });
});

describe('wrapText', () => {
  it('wraps at spaces and, when asked, breaks a word longer than a line', () => {
    // 15-unit text at 0.6 em per character: a 90-unit line holds 10 characters.
    expect(wrapText('GROENLINKS / Partij van de Arbeid', 10, { breakLongWords: true })).toEqual([
      'GROENLINKS',
      '/ Partij',
      'van de',
      'Arbeid',
    ]);
    expect(wrapText('Basisinkomenpartij', 10, { breakLongWords: true })).toEqual(['Basisinkom', 'enpartij']);
    expect(wrapText('Basisinkomenpartij', 10)).toEqual(['Basisinkomenpartij']);
    expect(wrapText('', 10)).toEqual([]);
  });
});

describe('residual-seat tracks', () => {
  it('never let the winner and runner-up markers of a seat overlap (TK2023 seats 2, 7, 9, 10 are close calls)', async () => {
    const result = allocateSeats(await exampleSeatInput('TK2023'));
    const g = seatTraceGeometry(result, { locale: 'nl', labels });
    const onTrack = g.markers.filter((m) => m.onTrack);
    for (const seat of [2, 7, 9, 10]) {
      const [a, b] = onTrack.filter((m) => m.seat === seat);
      if (a === undefined || b === undefined) throw new Error(`seat ${seat}: two markers expected`);
      // Boxes of the two markers (size × size around the centre) must not intersect.
      const apart =
        Math.abs(a.x - b.x) >= (a.size + b.size) / 2 || Math.abs(a.y - b.y) >= (a.size + b.size) / 2;
      expect(apart, `seat ${seat}`).toBe(true);
    }
  });
});

describe('the chart in two parts (seats per list shown, residual seats on demand)', () => {
  it('TK2023: every drawn thing is in exactly one part; the residual part has the 10 seats', async () => {
    const result = allocateSeats(await exampleSeatInput('TK2023'));
    const g = seatTraceGeometry(result, { locale: 'nl', labels });
    const { lists, rounds } = splitSeatTrace(g);
    expect(rounds).not.toBeNull();
    if (rounds === null) return;
    const count = (p: typeof lists) =>
      p.texts.length + p.cells.length + p.markers.length + p.lines.length + p.swatches.length;
    expect(count(lists) + count(rounds)).toBe(
      g.texts.length + g.cells.length + g.markers.length + g.lines.length + g.swatches.length,
    );
    // All 150 seat cells are in the first part (Kiesraad: 150 seats), no residual-seat marker.
    expect(lists.cells).toHaveLength(150);
    expect(lists.markers).toHaveLength(0);
    expect(rounds.cells).toHaveLength(0);
    expect(rounds.texts.filter((t) => t.text.startsWith('Restzetel '))).toHaveLength(10);
    expect(lists.texts.some((t) => t.text === 'Zetels per lijst')).toBe(true);
    // The parts tile the whole chart.
    expect(lists.height + rounds.height).toBe(g.height);
  });

  it('a case without residual seats has one part: 4 seats, A 300 and B 100, kiesdeler 100, all full', () => {
    const result = allocateSeats({
      category: 'GR',
      seats: 4,
      lists: [
        { number: 1, name: 'A', votes: 300 },
        { number: 2, name: 'B', votes: 100 },
      ],
    });
    const { lists, rounds } = splitSeatTrace(seatTraceGeometry(result, { locale: 'nl', labels }));
    expect(rounds).toBeNull();
    expect(lists.cells).toHaveLength(4);
  });
});
