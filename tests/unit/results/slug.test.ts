import { describe, expect, it } from 'vitest';
import { listSlug, slugify, stationSlug, uniqueSlugs } from '../../../src/lib/results/slug.ts';

describe('slugs of the results pages', () => {
  it('lower-case, without diacritics, other characters become one dash', () => {
    expect(slugify("'s-Gravenhage")).toBe('s-gravenhage');
    expect(slugify('Súdwest-Fryslân')).toBe('sudwest-fryslan');
    expect(slugify('GROENLINKS / Partij van de Arbeid (PvdA)')).toBe('groenlinks-partij-van-de-arbeid-pvda');
    expect(slugify('  Nuenen, Gerwen en Nederwetten ')).toBe('nuenen-gerwen-en-nederwetten');
    expect(slugify('<script>')).toBe('script');
    expect(slugify('!!!')).toBe('');
  });

  it('stations: name and number, unique within a municipality even when names repeat', () => {
    expect(stationSlug('Stembureau De Damsteen', 'SB1')).toBe('stembureau-de-damsteen-1');
    expect(stationSlug('Sporthal', 'SB12')).not.toBe(stationSlug('Sporthal', 'SB13'));
    expect(stationSlug('???', 'SB7')).toBe('stembureau-7');
  });

  it('lists carry their number', () => {
    expect(listSlug('4', 'PVV (Partij voor de Vrijheid)')).toBe('4-pvv-partij-voor-de-vrijheid');
  });

  it('names that slug alike get their code, independent of order', () => {
    const a = { n: 'Bergen', c: '0373' };
    const b = { n: 'Bergen', c: '0893' };
    const s1 = uniqueSlugs(
      [a, b],
      (x) => x.n,
      (x) => x.c,
    );
    const s2 = uniqueSlugs(
      [b, a],
      (x) => x.n,
      (x) => x.c,
    );
    expect([s1.get(a), s1.get(b)]).toEqual(['bergen-0373', 'bergen-0893']);
    expect([s2.get(a), s2.get(b)]).toEqual(['bergen-0373', 'bergen-0893']);
  });

  it('a name that slugs to a reserved address segment gets its code (no clash with the sorted table)', () => {
    const odd = { n: 'Sorteer', c: '9999' };
    const plain = { n: 'Assen', c: '0106' };
    const s = uniqueSlugs(
      [odd, plain],
      (x) => x.n,
      (x) => x.c,
      new Set(['sorteer', 'sort']),
    );
    expect([s.get(odd), s.get(plain)]).toEqual(['sorteer-9999', 'assen']);
  });
});
