import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hemicycle, seatsPerRow, sortForHemicycle } from '../../../src/lib/charts/hemicycle.ts';

function inside(h: ReturnType<typeof hemicycle>) {
  for (const s of h.seats) {
    // Inside the viewBox…
    expect(s.cx - h.seatRadius).toBeGreaterThanOrEqual(-1e-9);
    expect(s.cx + h.seatRadius).toBeLessThanOrEqual(h.width + 1e-9);
    expect(s.cy - h.seatRadius).toBeGreaterThanOrEqual(-1e-9);
    expect(s.cy + h.seatRadius).toBeLessThanOrEqual(h.height + 1e-9);
    // …and in the upper half ring between the inner and outer radius.
    const r = Math.hypot(s.cx - h.cx, s.cy - h.cy);
    expect(r).toBeGreaterThanOrEqual(h.innerRadius - 1e-6);
    expect(r).toBeLessThanOrEqual(h.outerRadius + 1e-6);
    expect(s.cy).toBeLessThanOrEqual(h.cy + 1e-9);
  }
  // No two seats overlap.
  let closest = Infinity;
  for (let i = 0; i < h.seats.length; i++)
    for (let j = i + 1; j < h.seats.length; j++) {
      const a = h.seats[i]!;
      const b = h.seats[j]!;
      closest = Math.min(closest, Math.hypot(a.cx - b.cx, a.cy - b.cy));
    }
  if (h.seats.length > 1) expect(closest).toBeGreaterThanOrEqual(2 * h.seatRadius - 1e-6);
}

describe('hemicycle', () => {
  it('TK2023: 150 seats, each list contiguous from left to right, most seats first', () => {
    const lists = sortForHemicycle([
      { list: '1', name: 'VVD', seats: 24 },
      { list: '4', name: 'PVV', seats: 37 },
      { list: '3', name: 'GL/PvdA', seats: 25 },
      { list: '19', name: 'NSC', seats: 20 },
      { list: '2', name: 'D66', seats: 9 },
      { list: '15', name: 'BBB', seats: 7 },
      { list: '5', name: 'CDA', seats: 5 },
      { list: '6', name: 'SP', seats: 5 },
      { list: '7', name: 'FvD', seats: 3 },
      { list: '8', name: 'PvdD', seats: 3 },
      { list: '9', name: 'CU', seats: 3 },
      { list: '12', name: 'SGP', seats: 3 },
      { list: '13', name: 'DENK', seats: 3 },
      { list: '10', name: 'Volt', seats: 2 },
      { list: '11', name: 'JA21', seats: 1 },
      { list: '14', name: '50PLUS', seats: 0 },
    ]);
    const h = hemicycle(lists);
    expect(h.seats).toHaveLength(150);
    expect(h.order.map((l) => l.name).slice(0, 3)).toEqual(['PVV', 'GL/PvdA', 'VVD']);
    expect(h.order.some((l) => l.name === '50PLUS')).toBe(false);
    const pvv = h.seats.filter((s) => s.list === '4');
    expect(pvv).toHaveLength(37);
    // PVV's wedge is the leftmost: all its seats have larger angles than any VVD seat.
    const vvd = h.seats.filter((s) => s.list === '1');
    expect(Math.min(...pvv.map((s) => s.angle))).toBeGreaterThanOrEqual(Math.max(...vvd.map((s) => s.angle)));
    inside(h);
  });

  it('a 9-seat council and a single seat', () => {
    const h = hemicycle([
      { list: '1', name: 'A', seats: 5 },
      { list: '2', name: 'B', seats: 4 },
    ]);
    expect(h.seats).toHaveLength(9);
    inside(h);
    const one = hemicycle([{ list: '1', name: 'A', seats: 1 }]);
    expect(one.seats).toHaveLength(1);
    expect(one.seats[0]!.cx).toBeCloseTo(one.width / 2, 6);
  });

  it('any seat count up to 250: seats = input, all inside, rows hold them', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 12 }), (counts) => {
        const total = counts.reduce((a, b) => a + b, 0);
        const h = hemicycle(counts.map((seats, i) => ({ list: String(i + 1), name: `L${i}`, seats })));
        expect(h.seats).toHaveLength(total);
        expect(seatsPerRow(total).reduce((a, b) => a + b, 0)).toBe(total);
        inside(h);
      }),
      { numRuns: 40 },
    );
  });

  it('refuses negative or fractional seats', () => {
    expect(() => hemicycle([{ list: '1', name: 'A', seats: -1 }])).toThrow(/whole number/);
    expect(() => hemicycle([{ list: '1', name: 'A', seats: 1.5 }])).toThrow(/whole number/);
  });
});
