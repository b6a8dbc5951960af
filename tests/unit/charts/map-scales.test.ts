import { describe, expect, it } from 'vitest';
import { largestListColouring, turnoutColouring } from '../../../src/lib/charts/map-scales.ts';
import { listColours } from '../../../src/lib/charts/list-colours.ts';

describe('turnoutColouring', () => {
  it('classes follow the printed figure: 79.99% prints 80,0% and is in 80–85%, 79.94% prints 79,9% and is in 75–80%', () => {
    const c = turnoutColouring('nl', [
      { code: '0001', name: 'A', voted: 800, eligible: 1000 },
      { code: '0002', name: 'B', voted: 7999, eligible: 10000 },
      { code: '0003', name: 'C', voted: 851, eligible: 1000 },
      { code: '0004', name: 'D', voted: 7994, eligible: 10000 },
    ]);
    const entry = (code: string) =>
      c.legend.find((e) => e.key === c.items.find((i) => i.code === code)!.legendKey)!;
    expect(entry('0001').label).toBe('80–85%');
    expect(entry('0002').label).toBe('80–85%');
    expect(entry('0004').label).toBe('75–80%');
    expect(c.items.find((i) => i.code === '0004')!.label).toBe('79,9%');
    expect(entry('0003').label).toBe('85–90%');
    expect(c.items.find((i) => i.code === '0002')!.label).toBe('80,0%');
    expect(c.kind).toBe('sequential');
  });

  it('at most 7 classes; the outer ones open ("< x%", "≥ y%")', () => {
    const items = Array.from({ length: 20 }, (_, i) => ({
      code: String(i + 1).padStart(4, '0'),
      name: `M${i}`,
      voted: 20 + i * 5,
      eligible: 100,
    }));
    const c = turnoutColouring('en', items);
    const classes = c.legend.filter((e) => e.key !== 'none');
    expect(classes.length).toBeLessThanOrEqual(7);
    expect(classes[0]!.label.startsWith('< ')).toBe(true);
    expect(classes.at(-1)!.label.startsWith('≥ ')).toBe(true);
    expect(new Set(classes.map((e) => e.fill)).size).toBe(classes.length);
  });

  it('no eligible voters or no figures: "no data", never 0%', () => {
    const c = turnoutColouring('en', [
      { code: '0001', name: 'A', voted: 0, eligible: 0 },
      { code: '0002', name: 'B', voted: null, eligible: 100 },
      { code: '0003', name: 'C', voted: 70, eligible: 100 },
    ]);
    expect(c.items.filter((i) => i.legendKey === 'none').map((i) => i.code)).toEqual(['0001', '0002']);
    expect(c.legend.some((e) => e.label === 'no data')).toBe(true);
  });
});

describe('largestListColouring', () => {
  const colours = listColours([
    { list: '1', name: 'Alpha', votes: 100 },
    { list: '2', name: 'Beta', votes: 90 },
  ]);
  it('the list with most votes, in its election-wide colour, with its share', () => {
    const c = largestListColouring(
      'en',
      [
        {
          code: '0001',
          name: 'A',
          votes: [
            { list: '1', votes: 10 },
            { list: '2', votes: 30 },
          ],
        },
      ],
      colours,
    );
    expect(c.items[0]!.fill).toBe(colours.get('2')!.fill);
    expect(c.items[0]!.label).toBe('Beta (75.0%)');
    expect(c.kind).toBe('categorical');
  });
  it('a tie is shown as a tie, with both names', () => {
    const c = largestListColouring(
      'nl',
      [
        {
          code: '0001',
          name: 'A',
          votes: [
            { list: '1', votes: 5 },
            { list: '2', votes: 5 },
          ],
        },
      ],
      colours,
    );
    expect(c.items[0]!.legendKey).toBe('tie');
    expect(c.items[0]!.label).toBe('Alpha en Beta (50,0%)');
    expect(c.legend.map((e) => e.key)).toEqual(['tie']);
  });
});
