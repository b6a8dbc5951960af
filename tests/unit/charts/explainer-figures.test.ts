/**
 * The counting chain and the timeline as ready-to-render figures: words per language from the
 * dictionary, numbers per locale, the table twin with the same facts. Expected values are written out
 * from the Kiesraad timeline (FACTS) and the chain figures, not taken from the code.
 */
import { describe, expect, it } from 'vitest';
import { countingChainFigure, timelineFigure } from '../../../src/lib/charts/explainer-figures.ts';

describe('counting chain', () => {
  const nl = countingChainFigure('nl');
  const en = countingChainFigure('en');
  it('names four steps in the figure and in the table, in each language', () => {
    expect(nl.layout.boxes).toHaveLength(4);
    expect(
      nl.table.rows.map((r) => (typeof r.cells[0] === 'string' ? r.cells[0] : r.cells[0]?.lines?.[0])),
    ).toEqual([
      '1. Stembureaus',
      '2. Gemeentelijke stembureaus',
      '3. Hoofdstembureaus',
      '4. Centraal stembureau',
    ]);
    expect(en.table.rows[0]?.cells[0]).toMatchObject({
      lines: ['1. Polling stations', '9,140 polling places (196 mobile)'],
    });
    expect(nl.desc).toContain('9.140 stemlokalen, 342 gemeenten en 3 openbare lichamen, 20 hoofdstembureaus');
  });
  it('two columns, so the table fits 360 px', () => {
    expect(nl.table.columns).toHaveLength(2);
  });
});

describe('timeline', () => {
  const nl = timelineFigure('nl');
  const en = timelineFigure('en');
  it('counts the days from election day (22 November) to the new House (6 December): 14', () => {
    expect(nl.caption).toBe(
      'Van verkiezingsdag tot de nieuwe Kamer duurde het 14 dagen. Elke telstap was openbaar.',
    );
    expect(en.caption).toContain('took 14 days');
  });
  it('has one table row per date, in date order, with the date written out', () => {
    expect(nl.table.rows).toHaveLength(nl.layout.items.length);
    expect(nl.table.rows[0]?.cells[0]).toBe('14 juli 2023');
    expect(en.table.rows[0]?.cells[0]).toBe('14 July 2023');
    expect(nl.desc).toContain('van 14 juli 2023 tot 6 december 2023');
  });
});
