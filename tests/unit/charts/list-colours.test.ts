import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FALLBACK,
  OUTLINE,
  PALETTE,
  contrast,
  listColours,
  overlayOf,
  textOn,
} from '../../../src/lib/charts/list-colours.ts';

const tk2023 = [
  ['1', 'VVD', 1589519],
  ['2', 'D66', 656292],
  ['3', 'GL/PvdA', 1643073],
  ['4', 'PVV', 2450878],
  ['19', 'NSC', 1343287],
  ['15', 'BBB', 485551],
  ['5', 'CDA', 345822],
  ['6', 'SP', 328225],
  ['13', 'DENK', 246765],
  ['26', 'PPvB', 1038],
] as const;
const lists = tk2023.map(([list, name, votes]) => ({ list, name, votes }));

describe('listColours', () => {
  it('ranks by votes: PVV first (Okabe-Ito blue), GL/PvdA second, …; beyond the palette grey', () => {
    const c = listColours(lists);
    expect(c.get('4')?.fill).toBe('#0072B2');
    expect(c.get('3')?.fill).toBe('#E69F00');
    expect(c.get('1')?.rank).toBe(2);
    expect(c.get('13')?.fill).toBe(FALLBACK);
    expect(c.get('26')?.inPalette).toBe(false);
  });

  it('is stable: any input order gives the same colours', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(lists, { minLength: lists.length, maxLength: lists.length }),
        (shuffled) => {
          const a = listColours(lists);
          const b = listColours(shuffled);
          for (const l of lists) expect(b.get(l.list)).toEqual(a.get(l.list));
        },
      ),
    );
  });

  it('palette lists get distinct colours; grey lists distinct patterns among the next seven', () => {
    const many = Array.from({ length: 15 }, (_, i) => ({
      list: String(i + 1),
      name: `L${i + 1}`,
      votes: 1000 - i,
    }));
    const c = [...listColours(many).values()];
    const inPalette = c.filter((x) => x.inPalette);
    expect(new Set(inPalette.map((x) => x.fill)).size).toBe(PALETTE.length);
    const grey = c.filter((x) => !x.inPalette);
    expect(new Set(grey.map((x) => x.pattern)).size).toBe(grey.length);
    expect(grey.every((x) => overlayOf(x) === 'always')).toBe(true);
  });

  it('equal votes are ordered by list number (numeric), never by input order', () => {
    const c = listColours([
      { list: '10', name: 'B', votes: 5n },
      { list: '2', name: 'A', votes: 5n },
    ]);
    expect(c.get('2')?.rank).toBe(0);
  });

  it('a list number twice is an error', () => {
    expect(() =>
      listColours([
        { list: '1', name: 'A', votes: 1 },
        { list: '1', name: 'B', votes: 2 },
      ]),
    ).toThrow(/twice/);
  });
});

describe('contrast (WCAG 2.2)', () => {
  it('black on white is 21:1', () => {
    expect(contrast('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
  });
  it('text on every palette colour and on the fallback reaches 4.5:1 (SC 1.4.3)', () => {
    for (const fill of [...PALETTE.map((p) => p.hex), FALLBACK]) {
      expect(contrast(textOn(fill), fill)).toBeGreaterThanOrEqual(4.5);
    }
  });
  it('the outline reaches 3:1 against white and against every light palette colour (SC 1.4.11)', () => {
    expect(contrast(OUTLINE, '#FFFFFF')).toBeGreaterThanOrEqual(3);
    for (const p of PALETTE.filter((x) => x.hex !== '#000000' && x.hex !== '#0072B2')) {
      expect(contrast(OUTLINE, p.hex), p.name).toBeGreaterThanOrEqual(3);
    }
  });
});
