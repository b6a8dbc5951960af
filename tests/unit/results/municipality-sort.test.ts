/**
 * The municipalities table sorted without JavaScript (issue 11): every order on the real TK2023 and
 * GR2022 data, the exact turnout comparison, names in the page language's collation, units without
 * turnout last, and the pages' headers (links, aria-sort), search flag and language pairs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../src/lib/model/load.ts';
import {
  resultsElections,
  type MunicipalityResult,
  type ResultsElection,
} from '../../../src/lib/results/election.ts';
import { sortMunicipalities } from '../../../src/lib/results/municipality-sort.ts';
import { municipalitiesSortPath } from '../../../src/lib/results/paths.ts';
import { municipalitiesPage } from '../../../src/lib/results/views/pages.ts';
import { cell } from '../../../src/lib/site/data-table.ts';

let elections: ResultsElection[];
const byId = (id: string) => elections.find((e) => e.id === id)!;
beforeAll(async () => {
  elections = await resultsElections(defaultDataDir);
}, 120_000);

const names = (ms: readonly MunicipalityResult[]) => ms.map((m) => m.name);

/** A municipality with only the fields the orders read. */
function unit(name: string, cast: number, eligible: number | null, lists: [string, string, number][] = []) {
  return {
    code: name,
    name,
    slug: name,
    kind: 'municipality',
    region: null,
    stations: [],
    places: [],
    council: null,
    figures: {
      eligible,
      valid: cast,
      blank: 0,
      invalid: 0,
      votesCast: cast,
      lists: lists.map(([list, n, votes]) => ({ list, name: n, votes })),
      admission: null,
      provenance: { status: 'official', source: null },
    },
  } as unknown as MunicipalityResult;
}

describe('orders of the municipalities table', () => {
  it('turnout: exact, not floating point — 3·10^15 / (9·10^15 + 1) is below one third though the doubles are equal', () => {
    const third = unit('Zzz', 1, 3);
    const less = unit('Aaa', 3_000_000_000_000_000, 9_000_000_000_000_001);
    expect(3_000_000_000_000_000 / 9_000_000_000_000_001).toBe(1 / 3); // floats call it a tie (then "Aaa" first)
    expect(names(sortMunicipalities('nl', [less, third], 'turnout'))).toEqual(['Zzz', 'Aaa']);
  });

  it('turnout: equal fractions (1/2 and 2/4) tie and go by name; no turnout (null or 0 eligible) last', () => {
    const ms = [
      unit('Oost', 2, 4),
      unit('Geen', 5, null),
      unit('Nul', 5, 0),
      unit('Aan', 1, 2),
      unit('Hoog', 9, 10),
    ];
    expect(names(sortMunicipalities('nl', ms, 'turnout'))).toEqual(['Hoog', 'Aan', 'Oost', 'Geen', 'Nul']);
  });

  it('TK2023 turnout: descending by votes cast / eligible, checked pair by pair in BigInt, postal office last', () => {
    const e = byId('TK2023');
    const sorted = sortMunicipalities('nl', e.municipalities, 'turnout');
    expect(sorted).toHaveLength(e.municipalities.length);
    const withT = sorted.filter((m) => m.figures.eligible !== null && m.figures.eligible > 0);
    const without = sorted.filter((m) => !(m.figures.eligible !== null && m.figures.eligible > 0));
    expect(sorted.slice(withT.length)).toEqual(without);
    for (let i = 1; i < withT.length; i++) {
      const a = withT[i - 1]!.figures;
      const b = withT[i]!.figures;
      // a.cast/a.eligible ≥ b.cast/b.eligible
      expect(BigInt(a.votesCast) * BigInt(b.eligible!) >= BigInt(b.votesCast) * BigInt(a.eligible!)).toBe(
        true,
      );
    }
  });

  it('TK2023 valid votes: Amsterdam first (most valid votes), descending throughout', () => {
    const sorted = sortMunicipalities('nl', byId('TK2023').municipalities, 'valid');
    expect(sorted[0]?.name).toBe('Amsterdam');
    const v = sorted.map((m) => m.figures.valid);
    expect([...v].sort((a, b) => b - a)).toEqual(v);
  });

  it('names ascending in Dutch collation: accents sort with their letter, ties impossible (code breaks them)', () => {
    const sorted = names(sortMunicipalities('nl', byId('GR2022').municipalities, 'name'));
    // "Súdwest-Fryslân" sorts with the S's, not after the Z's as a code-point sort would put it.
    const i = sorted.indexOf('Súdwest-Fryslân');
    expect(sorted.slice(i - 1, i + 2)).toEqual(['Stein', 'Súdwest-Fryslân', 'Terneuzen']);
    expect(sorted[sorted.length - 1]?.startsWith('Z')).toBe(true);
  });

  it('largest list ascending by list name, ties by municipality name', () => {
    const sorted = sortMunicipalities('nl', byId('TK2023').municipalities, 'largest');
    const top = (m: MunicipalityResult) =>
      [...m.figures.lists].sort((a, b) => b.votes - a.votes || Number(a.list) - Number(b.list))[0]!.name;
    const c = new Intl.Collator('nl-NL', { sensitivity: 'base', numeric: true });
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1]!;
      const b = sorted[i]!;
      const d = c.compare(top(a), top(b));
      expect(d <= 0).toBe(true);
      if (d === 0) expect(c.compare(a.name, b.name)).toBeLessThan(0);
    }
    // PVV was the largest list in most municipalities; GL/PvdA and others come before it alphabetically.
    expect(new Set(sorted.map(top)).size).toBeGreaterThan(2);
  });
});

describe('the sorted pages', () => {
  it('the headers link to the other orders and the current column carries aria-sort', () => {
    const e = byId('TK2023');
    const vm = municipalitiesPage('nl', e, 'turnout');
    const table = vm.sections.find((s) => s.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    const cols = table.table.columns;
    expect(cols.map((c) => c.sorted ?? null)).toEqual([null, null, 'descending', null]);
    expect(cols.map((c) => c.sortHref ?? null)).toEqual([
      '/uitslag/tk2023/gemeenten/',
      '/uitslag/tk2023/gemeenten/sorteer/geldige-stemmen/',
      null,
      '/uitslag/tk2023/gemeenten/sorteer/grootste-lijst/',
    ]);
    // the rows are in the page's order, with the filter box kept
    expect(table.filter).toBeDefined();
    const first = cell(table.table.rows[0]!.cells[0]!).text;
    expect(first).toBe(sortMunicipalities('nl', e.municipalities, 'turnout')[0]!.name);
    expect(vm.route.path).toBe('/uitslag/tk2023/gemeenten/sorteer/opkomst/');
    expect(vm.route.alternatePath).toBe('/en/results/tk2023/municipalities/sort/turnout/');
    expect(vm.searchable).toBe(false);
    expect(vm.route.pageType).toBe('results-municipalities-sorted');
  });

  it('the default page is the name order, indexed, with aria-sort ascending on the name column', () => {
    const vm = municipalitiesPage('en', byId('GR2022'));
    const table = vm.sections.find((s) => s.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.table.columns[0]?.sorted).toBe('ascending');
    expect(table.table.columns[2]?.sortHref).toBe('/en/results/gr2022/municipalities/sort/turnout/');
    expect(vm.searchable).toBe(true);
    expect(vm.route.alternatePath).toBe('/uitslag/gr2022/gemeenten/');
    expect(vm.route.pageType).toBe('results-municipalities');
  });

  it('every order has a distinct path per language', () => {
    const paths = (['name', 'valid', 'turnout', 'largest'] as const).flatMap((s) => [
      municipalitiesSortPath('nl', 'tk2023', s),
      municipalitiesSortPath('en', 'tk2023', s),
    ]);
    expect(new Set(paths).size).toBe(8);
  });
});
