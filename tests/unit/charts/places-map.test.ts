import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placesMapView } from '../../../src/lib/charts/places-map.ts';
import { loadBoundaries } from '../../../src/lib/geo/load.ts';

const boundaries = loadBoundaries('gemeenten-2023');

describe('placesMapView', () => {
  it('bubbles never overlap and stay in the box, whatever the places (Pekela, random points)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: 53.05, max: 53.16, noNaN: true }),
            fc.double({ min: 6.93, max: 7.08, noNaN: true }),
          ),
          {
            maxLength: 40,
          },
        ),
        (pts) => {
          const v = placesMapView(
            'nl',
            boundaries,
            '0765',
            'Pekela',
            pts.map(([lat, lon], i) => ({ key: String(i), name: `P${i}`, lat, lon })),
          )!;
          const b = v.dots.filter((d) => d.labelled);
          for (const d of b) {
            expect(d.labelX - d.labelR).toBeGreaterThanOrEqual(-0.1);
            expect(d.labelX + d.labelR).toBeLessThanOrEqual(v.width + 0.1);
            expect(d.labelY - d.labelR).toBeGreaterThanOrEqual(-0.1);
            expect(d.labelY + d.labelR).toBeLessThanOrEqual(v.height + 0.1);
          }
          for (let i = 0; i < b.length; i++)
            for (let j = i + 1; j < b.length; j++)
              expect(
                Math.hypot(b[i]!.labelX - b[j]!.labelX, b[i]!.labelY - b[j]!.labelY),
              ).toBeGreaterThanOrEqual(b[i]!.labelR + b[j]!.labelR);
          expect(v.list).toHaveLength(pts.length);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('a place without coordinates or far outside is listed, not drawn, and counted', () => {
    const v = placesMapView('en', boundaries, '0765', 'Pekela', [
      { key: 'a', name: 'Inside', lat: 53.106312, lon: 7.005606 },
      { key: 'b', name: 'No coordinates', lat: null, lon: null },
      { key: 'c', name: 'In Maastricht', lat: 50.85, lon: 5.69 },
    ])!;
    expect(v.dots.map((d) => d.key)).toEqual(['a']);
    expect(v.unplaced).toBe(2);
    expect(v.list.map((l) => l.onMap)).toEqual([true, false, false]);
    expect(v.desc).toContain('2 polling stations have no known location');
  });
});
