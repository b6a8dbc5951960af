import { describe, expect, it } from 'vitest';
import { checksPath, notesPath, slugify, stationSlug, unitPath } from '../../../src/lib/checks/links.ts';
import { checkSummaryForUnit } from '../../../src/lib/verify/page-data.ts';
import type { CheckResult } from '../../../src/lib/checks/types.ts';

describe('unit links', () => {
  it('slugs: lower case, no diacritics, other characters to one dash', () => {
    expect(slugify("'s-Gravenhage")).toBe('s-gravenhage');
    expect(slugify('Súdwest-Fryslân')).toBe('sudwest-fryslan');
    expect(slugify('Hengelo (O)')).toBe('hengelo-o');
    expect(slugify('  ')).toBe('');
    expect(stationSlug('Stembureau Gemeentehuis Gieten (postcode: 9461 BH)', 'SB1')).toBe(
      'stembureau-gemeentehuis-gieten-1',
    );
    expect(stationSlug('!!!', 'SB7')).toBe('7');
  });

  it('follows the results pages URL scheme in both languages', () => {
    expect(unitPath('nl', 'tk2023', { level: 'CSB', code: 'CSB', name: 'De Kiesraad' })).toBe(
      '/uitslag/tk2023/',
    );
    expect(unitPath('nl', 'tk2023', { level: 'HSB', code: 'HSB12', name: "'s-Gravenhage" })).toBe(
      '/uitslag/tk2023/kieskringen/12-s-gravenhage/',
    );
    expect(unitPath('nl', 'tk2023', { level: 'GSB', code: '0518', name: "'s-Gravenhage" })).toBe(
      '/uitslag/tk2023/gemeenten/s-gravenhage/',
    );
    expect(
      unitPath('en', 'tk2023', {
        level: 'SB',
        code: 'SB1',
        name: 'Stadhuis (postcode: 3011 AD)',
        municipality: 'Rotterdam',
      }),
    ).toBe('/en/results/tk2023/municipalities/rotterdam/stadhuis-1/');
    expect(checksPath('nl', 'tk2023')).toBe('/uitslag/tk2023/controle/');
    expect(checksPath('en', 'tk2023')).toBe('/en/results/tk2023/checks/');
    expect(
      notesPath('nl', 'tk2023', 'Aa en Hunze', { name: 'Stembureau Gemeentehuis Gieten', code: 'SB1' }),
    ).toBe('/uitslag/tk2023/controle/aa-en-hunze/stembureau-gemeentehuis-gieten-1/');
  });
});

describe('checked line per unit', () => {
  const r = (
    unit: string,
    level: CheckResult['level'],
    passed: boolean,
    severity: CheckResult['severity'],
  ): CheckResult => ({
    check: 'sum-of-units',
    level,
    unit,
    unitName: unit,
    field: 'cast',
    expected: 1,
    found: passed ? 1 : 2,
    difference: passed ? 0 : 1,
    passed,
    severity,
    sources: [],
  });
  it('counts a municipality on its own file and as a row of its kieskring; signals and changes are no differences', () => {
    const results = [
      r('1680', 'GSB', true, 'ok'),
      r('HSB3::1680', 'GSB', false, 'explained'),
      r('HSB3::1680', 'GSB', false, 'signal'),
      r('HSB3::1680', 'GSB', false, 'change'),
      r('HSB3::1681', 'GSB', false, 'difference'),
      r('1680::SB1', 'SB', false, 'difference'),
    ];
    expect(checkSummaryForUnit(results, { level: 'GSB', code: '1680' })).toEqual({
      passed: 1,
      failed: 1,
      explained: 1,
    });
    expect(checkSummaryForUnit(results, { level: 'SB', code: 'SB1', parent: '1680' })).toEqual({
      passed: 0,
      failed: 1,
      explained: 0,
    });
    expect(checkSummaryForUnit(results, { level: 'SB', code: 'SB1', parent: '0599' })).toEqual({
      passed: 0,
      failed: 0,
      explained: 0,
    });
  });
});
