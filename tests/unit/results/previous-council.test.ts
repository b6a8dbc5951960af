/**
 * A council compared with its own previous figures (issue 11), on the default data: GR2026 Assen
 * against GR2022 Assen. The figures are read here straight from the snapshot JSON (not through the
 * code under test); lists are paired by name, never by list number.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatPointDifference } from '../../../src/lib/i18n/format.ts';
import { defaultDataDir } from '../../../src/lib/model/load.ts';
import { resultsElections, type ResultsElection } from '../../../src/lib/results/election.ts';
import { compareWithPrevious, listNameKey } from '../../../src/lib/results/previous-council.ts';
import { municipalityPage } from '../../../src/lib/results/views/pages.ts';
import { cell } from '../../../src/lib/site/data-table.ts';
import { plainText } from '../../../src/lib/i18n/rich.ts';

interface Raw {
  lists: { list: string; name: string }[];
  total: { votes: ((number | null)[] | null)[] };
}
/** list name → votes of the whole municipality, from the snapshot file. */
function rawTotals(election: string, code: string): Map<string, number> {
  const c = JSON.parse(
    readFileSync(path.join(defaultDataDir, election, 'counts', 'gsb', `${code}.json`), 'utf8'),
  ) as Raw;
  return new Map(c.lists.map((l, i) => [l.name, c.total.votes[i]?.[0] ?? 0]));
}

let elections: ResultsElection[];
beforeAll(async () => {
  elections = await resultsElections(defaultDataDir);
}, 120_000);

describe('list names are matched normalized for case, whitespace and punctuation', () => {
  it('keys', () => {
    expect(listNameKey('Partij van de Arbeid (P.v.d.A.)')).toBe(listNameKey('partij van de arbeid PvdA'));
    expect(listNameKey('CDA/ChristenUnie')).toBe(listNameKey('CDA / ChristenUnie'));
    expect(listNameKey('Leefbaar\u00a0Assen')).toBe(listNameKey('LEEFBAAR  ASSEN'));
    expect(listNameKey('Zero\u200Dwidth')).toBe(listNameKey('Zerowidth'));
    // … but a different name stays different: GROENLINKS is not GROENLINKS / PvdA.
    expect(listNameKey('GROENLINKS')).not.toBe(listNameKey('GROENLINKS / Partij van de Arbeid (PvdA)'));
  });

  it('never by list number; a name twice on one side is not matched; lists gone are only named', () => {
    const f = (lists: [string, string, number][]) =>
      ({
        lists: lists.map(([list, name, votes]) => ({ list, name, votes })),
        valid: lists.reduce((a, [, , v]) => a + v, 0),
      }) as unknown as Parameters<typeof compareWithPrevious>[0];
    const now = f([
      ['1', 'Beta', 10],
      ['2', 'Alpha', 20],
      ['3', 'Dup', 5],
      ['4', 'DUP', 5],
    ]);
    const then = f([
      ['1', 'Alpha', 30],
      ['2', 'Gamma', 10],
      ['3', 'Dup', 1],
    ]);
    const c = compareWithPrevious(now, then);
    expect(c.rows.map((r) => [r.list.name, r.status, r.previous?.list ?? null])).toEqual([
      ['Beta', 'new', null],
      ['Alpha', 'matched', '1'],
      ['Dup', 'ambiguous', null],
      ['DUP', 'ambiguous', null],
    ]);
    expect(c.gone.map((g) => g.name)).toEqual(['Gamma']);
  });
});

describe('exact share-point difference', () => {
  it('computed on the fractions, rounded half away from zero, minus sign U+2212', () => {
    // 1/8 − 0 = 12,5 points exactly; 1/3 − 1/2 = −16,666… → −16,7
    expect(formatPointDifference('nl', { part: 1, whole: 8 }, { part: 0, whole: 5 })).toBe('+12,5');
    expect(formatPointDifference('en', { part: 1, whole: 3 }, { part: 1, whole: 2 })).toBe('−16.7');
    expect(formatPointDifference('nl', { part: 1, whole: 2 }, { part: 2, whole: 4 })).toBe('0,0');
    // 0,05 points rounds away from zero: 1/2000 − 0
    expect(formatPointDifference('nl', { part: 1, whole: 2000 }, { part: 0, whole: 1 })).toBe('+0,1');
    expect(formatPointDifference('nl', { part: 0, whole: 2000 }, { part: 1, whole: 2000 })).toBe('−0,1');
    expect(formatPointDifference('nl', { part: 1, whole: 0 }, { part: 1, whole: 2 })).toBeNull();
  });
});

describe('GR2026 Assen against GR2022 Assen', () => {
  it('the previous figures are the GR2022 council of the same municipality', () => {
    const gr26 = elections.find((e) => e.id === 'GR2026')!;
    const assen = gr26.municipalities.find((m) => m.code === '0106')!;
    expect(assen.previous?.electionId).toBe('GR2022');
    expect(assen.previous?.municipalitySlug).toBe('assen');
    // GR2022 itself has nothing earlier in the data
    const gr22 = elections.find((e) => e.id === 'GR2022')!;
    expect(gr22.municipalities.every((m) => m.previous === null)).toBe(true);
    // a national election never compares with a council
    expect(elections.find((e) => e.id === 'TK2023')!.municipalities.every((m) => m.previous === null)).toBe(
      true,
    );
  });

  it('chart = table = snapshot: shares now and then, exact differences, new lists, gone lists named', () => {
    const gr26 = elections.find((e) => e.id === 'GR2026')!;
    const assen = gr26.municipalities.find((m) => m.code === '0106')!;
    const now = rawTotals('GR2026', '0106');
    const then = rawTotals('GR2022', '0106');
    const validNow = [...now.values()].reduce((a, b) => a + b, 0);
    const validThen = [...then.values()].reduce((a, b) => a + b, 0);
    const vm = municipalityPage('nl', gr26, assen);
    const s = vm.sections.find((x) => x.kind === 'chart' && x.chart.id === 'previous');
    if (s?.kind !== 'chart' || !s.chart.table) throw new Error('no comparison chart');
    expect(s.heading).toBe('Vergeleken met Gemeenteraad 2022');
    const rows = s.chart.table.rows.map((r) => r.cells.map((c) => cell(c).text));
    expect(rows).toHaveLength(now.size);
    for (const [name, votes, , thenShare, diff] of rows) {
      expect(Number(votes!.replace(/\./g, ''))).toBe(now.get(name!));
      const prev = [...then.keys()].find(
        (k) => k.toLowerCase().replace(/[^a-z0-9]/g, '') === name!.toLowerCase().replace(/[^a-z0-9]/g, ''),
      );
      if (prev === undefined) {
        expect(thenShare).toBe('nieuw');
        expect(diff).toBe('–');
      } else {
        // independent: scaled integer arithmetic in tenths of a point, half away from zero
        const num =
          1000n * (BigInt(now.get(name!)!) * BigInt(validThen) - BigInt(then.get(prev)!) * BigInt(validNow));
        const den = BigInt(validNow) * BigInt(validThen);
        const abs = num < 0n ? -num : num;
        const tenths = (2n * abs + den) / (2n * den);
        const text = `${tenths === 0n ? '' : num < 0n ? '−' : '+'}${tenths / 10n},${tenths % 10n}`;
        expect(diff).toBe(text);
      }
    }
    // the same-name lists of both years, and the 2026 lists that are new
    const names = rows.map((r) => r[0]);
    expect(names).toContain('ASSEN CENTRAAL');
    expect(rows.find((r) => r[0] === 'ASSEN CENTRAAL')?.[4]).toBe('+4,3');
    expect(rows.find((r) => r[0] === 'Stadspartij PLOP')?.[4]).toBe('−8,3');
    expect(rows.find((r) => r[0] === 'GROENLINKS / Partij van de Arbeid (PvdA)')?.[3]).toBe('nieuw');
    // GROENLINKS and the PvdA of 2022 are not invented as rows, only named as gone
    expect(names).not.toContain('GROENLINKS');
    expect(plainText(s.intro ?? '')).toContain('Partij van de Arbeid (P.v.d.A.) en GROENLINKS');
    expect(s.intro).toContainEqual({ name: 'GROENLINKS' });
    // the chart draws one bar per 2026 list with the same share text as the table
    const labels = [...s.chart.marks.matchAll(/class="ot-c-value"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(labels).toEqual(rows.map((r) => r[2]));
    // one comparison mark per matched list
    const marks = (s.chart.marks.match(/ot-c-compare/g) ?? []).length;
    expect(marks).toBe(rows.filter((r) => r[3] !== 'nieuw').length);
  });

  it('a council without earlier figures in the data gets no comparison section', () => {
    const gr22 = elections.find((e) => e.id === 'GR2022')!;
    const vm = municipalityPage(
      'en',
      gr22,
      gr22.municipalities.find((m) => m.code === '0106')!,
    );
    expect(vm.sections.some((x) => x.kind === 'chart' && x.chart.id === 'previous')).toBe(false);
  });
});
