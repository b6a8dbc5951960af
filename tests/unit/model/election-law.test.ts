/**
 * The legal plausibility rules for an election definition (src/lib/model/election-law.ts). Expected values
 * come from the published 110a files in ../shared/data and from the law (FACTS.md), not from the code.
 */
import { describe, expect, it } from 'vitest';
import { checkDefinition, checkDomain, seatRange } from '../../../src/lib/model/election-law.ts';
import type { DefinitionFacts } from '../../../src/lib/model/election-law.ts';

const def = (d: Partial<DefinitionFacts> & Pick<DefinitionFacts, 'category'>): DefinitionFacts => ({
  subcategory: null,
  date: '2023-03-15',
  domainId: null,
  seats: 1,
  preferenceThreshold: 25,
  ...d,
});
const messages = (d: DefinitionFacts) => checkDefinition(d).map((p) => p.message);

describe('election-law: definitions as published pass', () => {
  // Values from Verkiezingsdefinitie_TK2023, _PS2023_Gelderland, _PS2023_Drenthe, _AB2023_Limburg,
  // _GR2026_Stadskanaal (shared data) and the ER variant fixture (Sint Eustatius, 5 seats).
  it.each([
    def({ category: 'TK', subcategory: 'TK', date: '2023-11-22', seats: 150 }),
    def({ category: 'PS', subcategory: 'PS2', seats: 55 }),
    def({ category: 'PS', subcategory: 'PS1', seats: 43 }),
    def({ category: 'AB', subcategory: 'AB2', seats: 26 }),
    def({ category: 'GR', subcategory: 'GR2', date: '2026-03-18', domainId: '0037', seats: 23 }),
    def({
      category: 'ER',
      subcategory: 'ER1',
      date: '2027-03-17',
      domainId: '9002',
      seats: 5,
      preferenceThreshold: 50,
    }),
    def({ category: 'EP', subcategory: 'EP', date: '2024-06-06', seats: 31, preferenceThreshold: 10 }),
  ])('$category $seats seats, $preferenceThreshold %', (d) => {
    expect(checkDefinition(d)).toEqual([]);
  });
});

describe('election-law: what the law forbids', () => {
  it('seats outside the range of the body, with the article', () => {
    expect(messages(def({ category: 'TK', date: '2023-11-22', seats: 151 }))[0]).toMatch(
      /Grondwet art\. 51 lid 2/,
    );
    expect(messages(def({ category: 'EK', seats: 76, preferenceThreshold: 100 }))[0]).toMatch(
      /Grondwet art\. 51 lid 3/,
    );
    expect(messages(def({ category: 'PS', seats: 37 }))[0]).toMatch(/Provinciewet art\. 8/);
    expect(messages(def({ category: 'GR', seats: 47 }))[0]).toMatch(/Gemeentewet art\. 8/);
    expect(messages(def({ category: 'GR', seats: 7, preferenceThreshold: 50 }))[0]).toMatch(/9 to 45/);
    expect(
      messages(def({ category: 'EP', date: '2024-06-06', seats: 29, preferenceThreshold: 10 }))[0],
    ).toMatch(/31/);
  });
  it('the island council sizes of the Wet openbare lichamen BES art. 11', () => {
    expect(messages(def({ category: 'ER', domainId: '9001', seats: 5, preferenceThreshold: 50 }))[0]).toMatch(
      /domain 9001 has 9 seats/,
    );
    expect(
      checkDefinition(def({ category: 'ER', domainId: '9001', seats: 9, preferenceThreshold: 50 })),
    ).toEqual([]);
  });
  it('the subcategory against the seats (19 is the boundary of Kieswet P 7/P 8)', () => {
    expect(messages(def({ category: 'GR', subcategory: 'GR1', seats: 19 })).join()).toMatch(
      /GR1 means fewer than 19/,
    );
    expect(
      messages(def({ category: 'GR', subcategory: 'GR2', seats: 17, preferenceThreshold: 50 }))[0],
    ).toMatch(/GR2 means 19 or more/);
    expect(messages(def({ category: 'AB', subcategory: 'AB1', seats: 21 }))[0]).toMatch(
      /AB1 means fewer than 19/,
    );
    expect(messages(def({ category: 'GR', subcategory: 'PS1', seats: 21 }))[0]).toMatch(
      /does not belong to category GR/,
    );
  });
  it('the preference threshold of Kieswet P 15 (50 % below 19 seats) and Y 23a (EP 10 %)', () => {
    expect(
      messages(def({ category: 'GR', subcategory: 'GR1', seats: 17, preferenceThreshold: 25 }))[0],
    ).toMatch(/law sets 50 %/);
    expect(
      messages(def({ category: 'GR', subcategory: 'GR2', seats: 19, preferenceThreshold: 50 }))[0],
    ).toMatch(/law sets 25 %/);
    expect(
      messages(def({ category: 'EP', date: '2024-06-06', seats: 31, preferenceThreshold: 25 }))[0],
    ).toMatch(/law sets 10 %.*Y 23a/);
    expect(messages(def({ category: 'TK', seats: 150, preferenceThreshold: 1000 }))[0]).toMatch(/above 100/);
  });
  it('no seats at all', () => {
    expect(messages(def({ category: 'BC', seats: 0 }))[0]).toMatch(/at least one seat/);
  });
});

describe('election-law: dated rows and the domain rule', () => {
  it('picks the EP row by election date', () => {
    expect(seatRange('EP', '2019-05-23')).toMatchObject({ min: 26, max: 29 });
    expect(seatRange('EP', '2024-06-06')).toMatchObject({ min: 31, max: 31 });
    expect(seatRange('EP', '2004-06-10')).toBeNull();
  });
  it('a council file names its municipality; a TK file needs no domain', () => {
    expect(checkDomain('GR', null)).toMatch(/kr:ElectionDomain/);
    expect(checkDomain('GR', { id: null })).toMatch(/has no Id/);
    expect(checkDomain('GR', { id: '0668' })).toBeNull();
    expect(checkDomain('PS', { id: null })).toBeNull(); // PS2023 Drenthe: the province by name only
    expect(checkDomain('TK', null)).toBeNull();
  });
});
