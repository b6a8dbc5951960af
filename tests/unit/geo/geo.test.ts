/**
 * Boundaries: the committed content/geo equals a fresh import; the 2023 set has exactly the 342
 * municipalities of the TK2023 election definition (none for BES/NBSB); every projected point lies in
 * the viewBox; bad inputs are refused with the file and feature named. WGS84 → RD agrees with the RD
 * coordinates the polling-place list publishes beside its lat/lon.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { hasSharedData, sharedPath } from '../../helpers/shared-data.ts';
import { buildDefaultGeo } from '../../../src/lib/import/default-data.ts';
import { importBoundaries } from '../../../src/lib/geo/boundaries.ts';
import { defaultGeoDir, loadBoundaries } from '../../../src/lib/geo/load.ts';
import { municipalityOutline, nationalMap } from '../../../src/lib/geo/map.ts';
import { wgs84ToRd } from '../../../src/lib/geo/rd.ts';
import { loadElection } from '../../../src/lib/model/load.ts';

/** Every absolute point of a compact path ("M x y" then relative "l dx dy" pairs). */
function points(d: string): [number, number][] {
  const out: [number, number][] = [];
  for (const sub of d.split('z').filter(Boolean)) {
    const m = /^M(-?[\d.]+) (-?[\d.]+)l?(.*)$/.exec(sub);
    if (!m) throw new Error(`unexpected path ${sub.slice(0, 30)}`);
    let x = Number(m[1]);
    let y = Number(m[2]);
    out.push([x, y]);
    const nums = (m[3] ?? '').match(/-?[\d.]+/g)?.map(Number) ?? [];
    for (let i = 0; i + 1 < nums.length; i += 2) {
      x += nums[i] as number;
      y += nums[i + 1] as number;
      out.push([x, y]);
    }
  }
  return out;
}

describe('committed boundaries', () => {
  it('2023: the 342 municipalities of the TK2023 definition, no BES or NBSB', async () => {
    const b = loadBoundaries('gemeenten-2023');
    const election = await loadElection('TK2023');
    const defined = election.election.regions
      .filter((r) => /^\d{4}$/.test(r.id) && Number(r.id) < 9000)
      .map((r) => r.id)
      .sort();
    const map = nationalMap(b);
    expect(map.shapes).toHaveLength(342);
    expect(map.shapes.map((s) => s.code).sort()).toEqual(defined);
    expect(map.shapes.some((s) => ['9001', '9002', '9003', '9010'].includes(s.code))).toBe(false);
  });

  it('every projected point of the national map is inside its viewBox', () => {
    const map = nationalMap(loadBoundaries('gemeenten-2023'), { width: 320 });
    for (const s of map.shapes) {
      for (const [x, y] of points(s.d)) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(map.width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(map.height);
      }
    }
    // North is up: Groningen (0014) lies above Maastricht (0935).
    const top = (code: string) =>
      Math.min(...points(map.shapes.find((s) => s.code === code)!.d).map((p) => p[1]));
    expect(top('0014')).toBeLessThan(top('0935'));
  });

  it('2022: 344 municipalities (April 2022 set used for GR2022)', () => {
    expect(nationalMap(loadBoundaries('gemeenten-2022')).shapes).toHaveLength(344);
  });

  it('one municipality outline fits its own box', () => {
    const o = municipalityOutline(loadBoundaries('gemeenten-2023'), '0363')!;
    expect(o.shapes).toHaveLength(1);
    for (const [x, y] of points(o.shapes[0]!.d)) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(o.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(o.height);
    }
    expect(municipalityOutline(loadBoundaries('gemeenten-2023'), '9001')).toBeUndefined();
  });
});

describe('bad boundary files are refused, naming file and feature', () => {
  const fx = (f: string) => path.join('tests/fixtures/geo', f);
  const opts = { id: 't', origin: 'fixture' };
  it('WGS84 degrees', async () => {
    await expect(importBoundaries(fx('wgs84-degrees.geojson'), opts)).rejects.toThrow(
      /wgs84-degrees\.geojson: feature 1 \(0014 Groningen\): coordinates look like WGS84/,
    );
  });
  it('a code twice', async () => {
    await expect(importBoundaries(fx('duplicate-code.geojson'), opts)).rejects.toThrow(
      /feature 2: code 0014 also on feature 1/,
    );
  });
  it('no code', async () => {
    await expect(importBoundaries(fx('no-code.geojson'), opts)).rejects.toThrow(
      /feature 1: no 4-digit municipality code/,
    );
  });
});

describe.skipIf(!hasSharedData)('real data', () => {
  it('committed content/geo equals a fresh import', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'geo-')), 'geo');
    await buildDefaultGeo(sharedPath(), out);
    for (const f of ['gemeenten-2023.json', 'gemeenten-2022.json']) {
      const fresh = readFileSync(path.join(out, f), 'utf8');
      const committed = readFileSync(path.join(defaultGeoDir, f), 'utf8');
      expect(fresh === committed, `content/geo/${f} differs from a fresh import; run npm run data`).toBe(
        true,
      );
    }
  }, 120_000);

  it('proj4 WGS84 → RD agrees with the published RD coordinates within 1 m', () => {
    const rows = parse(
      readFileSync(sharedPath('stemlokalen-tk2023-centerdata', 'TweedeKamer-verkiezingen_2023.csv'), 'utf8'),
      { columns: true },
    ) as Record<string, string>[];
    const sample = rows.filter((r) => r['X'] && r['Latitude']).filter((_, i) => i % 500 === 0);
    expect(sample.length).toBeGreaterThan(10);
    for (const r of sample) {
      const [x, y] = wgs84ToRd(Number(r['Latitude']), Number(r['Longitude']))!;
      expect(Math.abs(x - Number(r['X']))).toBeLessThan(1);
      expect(Math.abs(y - Number(r['Y']))).toBeLessThan(1);
    }
  });
});
