/**
 * The finder's search on the committed session data: municipality, alias (Den Haag ↔ 's-Gravenhage,
 * Den Bosch, Frisian names), town, 4-digit postcode and a position find the nearest sessions, with
 * real places from the TK2023 list and the GR2026 export. Expected places are read from the lists
 * (addresses known from the published data), not from the code under test.
 */
import { describe, expect, test } from 'vitest';
import {
  finderElection,
  finderIndex,
  municipalityData,
  postcodeCentroids,
} from '../../../src/lib/finder/data.ts';
import type { ClientSession } from '../../../src/lib/finder/client-data.ts';
import {
  applyFilters,
  nearestMunicipalities,
  rank,
  resolveQuery,
  townCentre,
  type Resolved,
} from '../../../src/lib/finder/search.ts';

const collator = new Intl.Collator('nl-NL');

function search(
  election: string,
  q: string,
): { r: Resolved; sessions: ClientSession[]; first: ClientSession[] } {
  const e = finderElection(election);
  const index = finderIndex(e);
  const r = resolveQuery(index, postcodeCentroids(), q);
  if (!('municipalities' in r)) return { r, sessions: [], first: [] };
  const sessions = r.municipalities.flatMap(
    (m) =>
      municipalityData(
        e,
        e.municipalities.find((x) => x.slug === m[2])!,
      ).sessions,
  );
  const at = r.kind === 'position' ? r.position : r.kind === 'town' ? townCentre(sessions, r.town) : null;
  const first = rank(sessions, at, at ? 'distance' : 'name', collator).map((x) => x.session);
  return { r, sessions, first };
}

describe('TK2023', () => {
  test('"Gieten" is a town in Aa en Hunze; the Gemeentehuis Gieten is among the nearest', () => {
    const { r, first } = search('tk2023', 'Gieten');
    expect(r.kind).toBe('town');
    expect(first.slice(0, 3).map((s) => s.n)).toContain('Gemeentehuis Gieten');
    expect(first.every((s) => s.i.startsWith('tk2023-1680-') || s.k !== 'polling-station-count')).toBe(true);
  });

  test('"stembureau Gieten" finds the same', () => {
    expect(search('tk2023', 'stembureau Gieten').r.kind).toBe('town');
  });

  test.each([
    ['Den Haag', "'s-Gravenhage"],
    ["'s-Gravenhage", "'s-Gravenhage"],
    ['den bosch', "'s-Hertogenbosch"],
    ['Ljouwert', 'Leeuwarden'],
    ['Sudwest Fryslan', 'Súdwest-Fryslân'],
    ['Middelburg', 'Middelburg (Z.)'],
  ])('alias or spelling "%s" finds %s', (q, official) => {
    const { r } = search('tk2023', q);
    expect(r.kind).toBe('municipality');
    expect((r as Extract<Resolved, { kind: 'municipality' }>).municipalities.map((m) => m[1])).toEqual([
      official,
    ]);
  });

  test('Den Haag lists its polling places and the national sessions held there', () => {
    const { sessions } = search('tk2023', 'Den Haag');
    expect(sessions.some((s) => s.k === 'central-committee')).toBe(true);
    expect(sessions.some((s) => s.k === 'postal-vote-office')).toBe(true);
  });

  test('postcode 9461 (Gieten) gives a position; the nearest session is in Gieten', () => {
    const { r, first } = search('tk2023', '9461');
    expect(r.kind).toBe('position');
    expect(first[0]!.p).toBe('Gieten');
    // With letters too, and with a space.
    expect(search('tk2023', '9461 BH').r.kind).toBe('position');
  });

  test('a postcode without any polling place is reported, not guessed', () => {
    const pc = postcodeCentroids();
    const missing = ['1000', '9999', '1001'].find((p) => !pc[p])!;
    expect(search('tk2023', missing).r).toEqual({ kind: 'postcode-unknown', postcode: missing });
  });

  test('a position near the Gemeentehuis Gieten finds it first', () => {
    const e = finderElection('tk2023');
    const at = { lat: 53.0048, lon: 6.7603 };
    const ms = nearestMunicipalities(finderIndex(e), at);
    expect(ms[0]![1]).toBe('Aa en Hunze');
    const sessions = ms.flatMap(
      (m) =>
        municipalityData(
          e,
          e.municipalities.find((x) => x.slug === m[2])!,
        ).sessions,
    );
    expect(rank(sessions, at, 'distance', collator)[0]!.session.n).toBe('Gemeentehuis Gieten');
  });

  test('filters: wheelchair accessible, counted here, kind', () => {
    const { sessions } = search('tk2023', 'Amsterdam');
    const wheel = applyFilters(sessions, { kind: '', wheelchair: true, countsHere: false });
    expect(wheel.length).toBeGreaterThan(0);
    expect(wheel.every((s) => s.w === 'y')).toBe(true);
    expect(
      applyFilters(sessions, { kind: 'hsb-session', wheelchair: false, countsHere: false }).map((s) => s.n),
    ).toEqual(['Hoofdstembureau kieskring 9 Amsterdam']);
  });

  test('nothing found gives suggestions by prefix', () => {
    const { r } = search('tk2023', 'Ber');
    expect(r.kind).toBe('none');
    expect((r as Extract<Resolved, { kind: 'none' }>).suggestions.map((m) => m[1])).toContain('Bergen (NH.)');
  });
});

describe('GR2026 (partial export)', () => {
  test('Rotterdam: its 362 polling places', () => {
    const { r, sessions } = search('gr2026', 'Rotterdam');
    expect(r.kind).toBe('municipality');
    expect(sessions).toHaveLength(362);
  });

  test('"Oudewater": the Muziekhuis, Kapellestraat 39, is a count session', () => {
    const { sessions } = search('gr2026', 'Oudewater');
    const muziekhuis = sessions.find((s) => s.n === 'Muziekhuis')!;
    expect(muziekhuis.a).toBe('Kapellestraat 39, 3421 CT Oudewater');
    expect(muziekhuis.s).toBe('2026-03-18T21:00:00+01:00');
  });

  test('postcode 3421 finds Oudewater first', () => {
    const { first } = search('gr2026', '3421');
    expect(first[0]!.p).toBe('Oudewater');
  });
});
