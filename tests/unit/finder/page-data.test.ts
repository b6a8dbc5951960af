/**
 * The finder's view models: the default election is the newest with session data, a municipality page
 * lists every session with its number on the map, times read in the place's own clock, and what the
 * source does not say is said as "not known".
 */
import { describe, expect, test } from 'vitest';
import {
  finderPageData,
  municipalityPageData,
  municipalityPageKeys,
  sessionWhen,
} from '../../../src/lib/finder/page-data.ts';
import { finderElection } from '../../../src/lib/finder/data.ts';
import { sessionMap } from '../../../src/lib/charts/session-map.ts';

describe('finder page', () => {
  test('defaults to the newest election with session data, and offers the others', () => {
    const d = finderPageData('nl', null);
    expect(d.election.slug).toBe('gr2026');
    expect(d.election.partial).toBe(true);
    expect(d.elections.map((e) => e.slug)).toEqual(['gr2026', 'tk2025', 'tk2023', 'ps2023']);
    expect(d.route.path).toBe('/waarnemen/tellingen/');
    expect(d.route.alternatePath).toBe('/en/observing/counts/');
  });

  test('TK2023: the national sessions and an index of all 345 municipalities and public bodies', () => {
    const d = finderPageData('en', 'tk2023');
    expect(d.municipalities).toHaveLength(345);
    expect(d.national.map((r) => r.kind)).toContain('Session of the central electoral committee');
    expect(d.national.filter((r) => r.kind === 'Session of the principal electoral committee')).toHaveLength(
      20,
    );
    expect(JSON.parse(d.island.messages)['finder.client.found']).toEqual({
      one: '{count} count found near {where}.',
      other: '{count} counts found near {where}.',
    });
  });
});

describe('municipality page', () => {
  test('Aa en Hunze: 23 polling places, all on the map, "stembureau" findable by name', () => {
    const d = municipalityPageData('nl', 'tk2023', 'aa-en-hunze');
    expect(d.rows).toHaveLength(23);
    expect(d.map.points).toHaveLength(23);
    expect(d.route.title).toContain('Aa en Hunze');
    const gieten = d.rows.find((r) => r.name === 'Gemeentehuis Gieten')!;
    expect(gieten.when).toBe('22 november 2023, vanaf 21:00');
    expect(gieten.address).toBe('Spiekersteeg 1, 9461 BH Gieten');
    expect(gieten.access).toBe('rolstoeltoegankelijk');
    expect(gieten.countsHere).toBe('niet bekend');
    expect(gieten.ics).toBe('/data/sessions/tk2023/aa-en-hunze/tk2023-1680-26965.ics');
  });

  test('TK2025 Oldebroek: the mobile station at de Hullen counts elsewhere, place not known', () => {
    const d = municipalityPageData('en', 'tk2025', 'oldebroek');
    const hullen = d.rows.find((r) => r.name.includes('de Hullen'))!;
    expect(hullen.notes[0]).toBe(
      'Mobile polling station: it does not count at this place. Where it counts is not known. Ask the municipality.',
    );
    expect(hullen.when).toBe('29 October 2025, from 14:00');
  });
});

describe('times in the place’s own clock', () => {
  const tk = finderElection('tk2023');
  const all = tk.election.sessions;
  test('Bonaire is local time, said so; a day without hour says the hour is not known', () => {
    const bonaire = all.find(
      (s) => s.municipalityCode === '9001' && s.kind === 'polling-station-count' && s.start,
    )!;
    expect(sessionWhen('nl', bonaire)).toBe('22 november 2023, vanaf 21:00 (lokale tijd)');
    const cc2 = all.find((s) => s.id === 'tk2023-central-committee-2')!;
    expect(sessionWhen('en', cc2)).toBe('4 December 2023, the hour is not known');
    const noTime = all.find((s) => s.sourceIssue === 'opening-equals-closing')!;
    expect(sessionWhen('nl', noTime)).toBe('tijd niet bekend');
  });
});

describe('static map geometry', () => {
  test('points stay inside the picture; one point alone is centred, not NaN', () => {
    const one = sessionMap([{ n: 1, lat: 53.0048, lon: 6.7602 }]);
    expect(one.points[0]!.x).toBeCloseTo(320, 0);
    const many = sessionMap([
      { n: 1, lat: 53.0, lon: 6.7 },
      { n: 2, lat: 52.9, lon: 6.9 },
    ]);
    for (const p of many.points) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(many.width);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(many.height);
    }
    // North up: the northern point is higher on the page.
    expect(many.points[0]!.y).toBeLessThan(many.points[1]!.y);
    expect(many.scale!.label).toMatch(/km|m/);
  });
});

test(
  'every finder page title fits 70 characters with the site name (html-validate long-title)',
  { timeout: 300_000 },
  () => {
    const long: string[] = [];
    for (const locale of ['nl', 'en'] as const) {
      for (const k of municipalityPageKeys()) {
        const title = `${municipalityPageData(locale, k.election, k.municipality).route.title} | Open Telling`;
        if (title.length > 70) long.push(title);
      }
      for (const slug of ['tk2023', 'ps2023', 'tk2025', 'gr2026']) {
        const title = `${finderPageData(locale, slug).route.title} | Open Telling`;
        if (title.length > 70) long.push(title);
      }
    }
    expect(long).toEqual([]);
  },
);
