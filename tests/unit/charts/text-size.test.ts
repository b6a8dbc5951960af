/**
 * Issue 11: chart text ≥ 14 CSS px on a 360 px wide phone. The results charts scale with their
 * viewBox to the column (328 px at 360: 1rem page padding each side), so no text may be drawn smaller
 * than 14 × width / 328 units. The browser measurement is in tests/e2e/results.e2e.ts.
 */
import { describe, expect, it } from 'vitest';
import { barChart } from '../../../src/lib/charts/bars.ts';
import { stripChart } from '../../../src/lib/charts/strip.ts';
import { barMarkup, stripMarkup } from '../../../src/lib/charts/svg-markup.ts';

const COLUMN_AT_360 = 328;
const sizes = (markup: string) =>
  [...markup.matchAll(/<text[^>]*font-size="([\d.]+)"/g)].map((m) => Number(m[1]));

describe('every text of the results charts is ≥ 14 px at 360 px', () => {
  it('bar chart: names, values, ticks and the reference label', () => {
    const g = barChart(
      [
        { key: '1', label: 'A list with a long name that wraps', value: 1_234_567, valueText: '1.234.567' },
        { key: '2', label: 'B', value: 20, valueText: '20' },
      ],
      { tickFormat: (v) => String(v), reference: { value: 600_000, label: 'kiesdeler 600.000' } },
    );
    const s = sizes(barMarkup(g));
    expect(s.length).toBeGreaterThan(5);
    for (const size of s) expect((size * COLUMN_AT_360) / g.width).toBeGreaterThanOrEqual(14);
  });

  it('strip chart: ticks and the reference label', () => {
    const g = stripChart(
      [
        { key: 'a', value: 60 },
        { key: 'b', value: 80 },
      ],
      { domain: [0, 100], tickFormat: (v) => `${v}%`, reference: { value: 70, label: 'Assen 70%' } },
    );
    const s = sizes(stripMarkup(g));
    expect(s.length).toBeGreaterThan(2);
    for (const size of s) expect((size * COLUMN_AT_360) / g.width).toBeGreaterThanOrEqual(14);
  });
});

describe('comparison marks never run through a value label', () => {
  it('the label starts after the mark when the mark lies beyond the bar', () => {
    const g = barChart(
      [
        { key: '1', label: 'A', value: 8.2, valueText: '8,2%', compare: 8.9 },
        { key: '2', label: 'B', value: 18.4, valueText: '18,4%', compare: 14.1 },
      ],
      { tickFormat: (v) => `${v}%` },
    );
    for (const r of g.rows) {
      const end = Math.max(r.bar.x + r.bar.width, r.compare ? r.compare.x + 3.5 : 0);
      expect(r.value.x).toBeGreaterThan(end);
    }
    // and the label still fits inside the viewBox (its room is reserved on the right)
    const [a] = g.rows;
    expect(a!.value.x + 4 * 0.56 * g.fontSize).toBeLessThanOrEqual(g.width);
  });
});
