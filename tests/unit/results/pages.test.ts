/**
 * Issue 11 acceptance, per page type, on the committed default data: the numbers a chart draws = the
 * numbers of its table = the numbers in the snapshot (read here straight from the JSON files, not
 * through the code under test) = the numbers in the CSV download. Plus the official TK2023 figures and
 * "every TK2023 municipality and every GR2022 polling station in the data has its page".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../src/lib/model/load.ts';
import { resultsElections, type ResultsElection } from '../../../src/lib/results/election.ts';
import { pageCsv, resultsPages, type ResultsPageRef } from '../../../src/lib/results/files.ts';
import type { ChartVM, ResultsPageVM } from '../../../src/lib/results/views/types.ts';
import { cell } from '../../../src/lib/site/data-table.ts';
import { plainText } from '../../../src/lib/i18n/rich.ts';

interface RawUnit {
  id: string;
  code: string;
  name: string;
  cast: number;
  totalCounted: number;
  votes: ((number | null)[] | null)[];
}
interface RawCounts {
  lists: { list: string; name: string }[];
  total: RawUnit;
  units: RawUnit[];
  rejectedReasons: string[];
}
const raw = (election: string, file: string): RawCounts =>
  JSON.parse(readFileSync(path.join(defaultDataDir, election, file), 'utf8')) as RawCounts;

/** list number → votes of a unit, straight from the snapshot file. */
function rawVotes(c: RawCounts, u: RawUnit): Map<string, number> {
  const m = new Map<string, number>();
  c.lists.forEach((l, i) => {
    const row = u.votes[i];
    if (row) m.set(l.list, row[0] ?? 0);
  });
  return m;
}

/** Dutch integer text → number ("1.589.519" → 1589519). */
const nlInt = (s: string) => Number(s.replace(/\./g, '').replace('−', '-'));

/** The value labels drawn in a bar chart, in order. */
function chartValues(chart: ChartVM): string[] {
  return [...chart.marks.matchAll(/class="ot-c-value"[^>]*>([^<]*)</g)].map((m) => m[1] ?? '');
}

function chartOf(vm: ResultsPageVM, id: string): ChartVM & { table: NonNullable<ChartVM['table']> } {
  for (const s of vm.sections)
    if (s.kind === 'chart' && s.chart.id === id && s.chart.table) return { ...s.chart, table: s.chart.table };
  throw new Error(`no chart ${id} on ${vm.route.path}`);
}

/** Rows of the CSV as records, read by an independent parser (csv-parse). */
function csvRecords(text: string): Record<string, string>[] {
  return parse(text, { columns: true, bom: false }) as Record<string, string>[];
}

let elections: ResultsElection[];
const byId = (id: string) => {
  const e = elections.find((x) => x.id === id);
  if (!e) throw new Error(`no election ${id}`);
  return e;
};
const page = (e: ResultsElection, nlPath: string): ResultsPageRef => {
  const p = resultsPages(e).find((x) => x.nlPath === nlPath);
  if (!p) throw new Error(`no page ${nlPath}`);
  return p;
};

beforeAll(async () => {
  elections = await resultsElections(defaultDataDir);
}, 120_000);

/** Chart labels = table cells = snapshot = CSV, for a list chart of votes per list. */
function checkListChart(
  e: ResultsElection,
  ref: ResultsPageRef,
  chartId: string,
  counts: RawCounts,
  unit: RawUnit,
  level: string,
) {
  const vm = ref.vm('nl');
  const chart = chartOf(vm, chartId);
  const snapshot = rawVotes(counts, unit);
  const tableRows = chart.table.rows.filter((r) => !r.total);
  // table: list number (col 1) and votes (col 2)
  const fromTable = new Map(tableRows.map((r) => [cell(r.cells[1]!).text, nlInt(cell(r.cells[2]!).text)]));
  expect(fromTable).toEqual(snapshot);
  // chart: one bar per list, same order as the table, value labels are the votes or the shares
  const labels = chartValues(chart);
  expect(labels).toHaveLength(tableRows.length);
  const valueCol = chart.table.columns.findIndex(
    (c) => c.label === (labels[0]?.endsWith('%') ? 'Percentage' : 'Stemmen'),
  );
  expect(labels).toEqual(tableRows.map((r) => cell(r.cells[valueCol]!).text));
  // sorted: largest first
  const votes = tableRows.map((r) => nlInt(cell(r.cells[2]!).text));
  expect([...votes].sort((a, b) => b - a)).toEqual(votes);
  // CSV
  const csv = csvRecords(pageCsv(e, ref)).filter((r) => r['level'] === level && r['unit_code'] === unit.code);
  expect(new Map(csv.map((r) => [r['list_number']!, Number(r['votes'])]))).toEqual(snapshot);
}

describe('TK2023 overview keeps the official figures', () => {
  it('10.432.726 valid votes, 77,7% turnout, 13.473.750 eligible, PVV 37 seats, votes chart = table = 510d = CSV', () => {
    const e = byId('TK2023');
    const ref = page(e, '/uitslag/tk2023/');
    const vm = ref.vm('nl');
    const figures = vm.sections.find((s) => s.kind === 'figures');
    expect(figures?.kind === 'figures' && figures.items.map((i) => [i.label, i.value])).toEqual(
      expect.arrayContaining([
        ['Kiesgerechtigden', '13.473.750'],
        ['Opkomst', '77,7%'],
        ['Geldige stemmen op lijsten', '10.432.726'],
      ]),
    );
    expect(plainText(vm.lead)).toContain('PVV (Partij voor de Vrijheid)');
    expect(plainText(vm.lead)).toContain('37 van de 150 zetels');
    // the list's name is marked for isolation in <bdi> (WCAG 2.2 SC 1.3.2)
    expect(vm.lead).toContainEqual({ name: 'PVV (Partij voor de Vrijheid)' });
    const chart = chartOf(vm, 'votes');
    const pvv = chart.table.rows.find((r) => cell(r.cells[0]!).text.startsWith('PVV'));
    expect(pvv && cell(pvv.cells[pvv.cells.length - 1]!).text).toBe('37');
    const csb = raw('TK2023', 'counts/csb.json');
    const total = { ...csb.total, code: 'NL' };
    checkListChart(e, ref, 'votes', csb, total, 'nation');
    const en = ref.vm('en');
    const enFigures = en.sections.find((s) => s.kind === 'figures');
    expect(enFigures?.kind === 'figures' && enFigures.items.map((i) => i.value)).toEqual(
      expect.arrayContaining(['13,473,750', '77.7%', '10,432,726']),
    );
  });
});

describe('one page of each type: chart = table = snapshot = CSV', () => {
  it('kieskring (shares against the country)', () => {
    const e = byId('TK2023');
    const r = e.regions.find((x) => x.id === 'HSB3')!;
    const ref = page(e, `/uitslag/tk2023/kieskringen/${r.slug}/`);
    expect(ref.vm('nl').h1).toBe('Kieskring 3 Assen');
    const csb = raw('TK2023', 'counts/csb.json');
    checkListChart(
      e,
      ref,
      'shares',
      csb,
      csb.units.find((u) => u.code === 'HSB3')!,
      'constituency',
    );
  });

  it('municipality (Alblasserdam, from the 510c of kieskring Dordrecht)', () => {
    const e = byId('TK2023');
    const ref = page(e, '/uitslag/tk2023/gemeenten/alblasserdam/');
    expect(ref.vm('nl').h1).toBe('Alblasserdam');
    const hsb = raw('TK2023', 'counts/hsb/HSB14.json');
    checkListChart(
      e,
      ref,
      'lists',
      hsb,
      hsb.units.find((u) => u.code === '0482')!,
      'municipality',
    );
  });

  it('polling station (Stembureau De Damsteen, Alblasserdam 510b)', () => {
    const e = byId('TK2023');
    const ref = page(e, '/uitslag/tk2023/gemeenten/alblasserdam/stembureau-de-damsteen-1/');
    expect(ref.vm('nl').h1).toBe('Stembureau De Damsteen');
    const gsb = raw('TK2023', 'counts/gsb/0482.json');
    checkListChart(
      e,
      ref,
      'votes',
      gsb,
      gsb.units.find((u) => u.code === 'SB1')!,
      'polling-station',
    );
  });

  it('GR2022 polling station and council (Assen)', () => {
    const e = byId('GR2022');
    const m = e.municipalities.find((x) => x.code === '0106')!;
    expect(m.name).toBe('Assen');
    const gsb = raw('GR2022', 'counts/gsb/0106.json');
    const s = m.stations[0]!;
    checkListChart(
      e,
      page(e, `/uitslag/gr2022/gemeenten/assen/${s.slug}/`),
      'votes',
      gsb,
      gsb.units.find((u) => u.code === s.code)!,
      'polling-station',
    );
    checkListChart(
      e,
      page(e, '/uitslag/gr2022/gemeenten/assen/'),
      'lists',
      gsb,
      { ...gsb.total, code: '0106' },
      'municipality',
    );
  });

  it('list (PVV): candidate chart = table = 510d = CSV, with the threshold line', () => {
    const e = byId('TK2023');
    const l = e.lists.find((x) => x.list === '4')!;
    const ref = page(e, `/uitslag/tk2023/partijen/${l.slug}/`);
    const vm = ref.vm('nl');
    expect(vm.h1).toBe('PVV (Partij voor de Vrijheid)');
    const chart = chartOf(vm, 'candidates');
    expect(chart.marks).toContain('voorkeurdrempel 17.388');
    const csb = raw('TK2023', 'counts/csb.json');
    const i = csb.lists.findIndex((x) => x.list === '4');
    const row = csb.total.votes[i]!;
    const fromSnapshot = row
      .slice(1)
      .map((v) => v ?? 0)
      .sort((a, b) => b - a);
    const labels = chartValues(chart).map(nlInt);
    expect(labels).toEqual(fromSnapshot.slice(0, labels.length));
    expect(chart.table.rows.map((r) => nlInt(cell(r.cells[2]!).text))).toEqual(labels);
    const csv = csvRecords(pageCsv(e, ref));
    expect(csv.map((r) => Number(r['votes'])).sort((a, b) => b - a)).toEqual(fromSnapshot);
    expect(csv.find((r) => r['candidate_position'] === '1')?.['elected']).toBe('preference');
  });
});

describe('every unit in the data has its page', () => {
  it('every TK2023 municipality (342 + BES + NBSB) and every station of Aa en Hunze, Alblasserdam, Rotterdam', () => {
    const e = byId('TK2023');
    const codes = new Set<string>();
    for (let n = 1; n <= 20; n++)
      for (const u of raw('TK2023', `counts/hsb/HSB${n}.json`).units) codes.add(u.code);
    expect(codes.size).toBe(346);
    const pages = new Set(resultsPages(e).map((p) => p.nlPath));
    for (const m of e.municipalities) expect(pages.has(`/uitslag/tk2023/gemeenten/${m.slug}/`)).toBe(true);
    expect(new Set(e.municipalities.map((m) => m.code))).toEqual(codes);
    const stations = ['0482', '1680', '0599'].reduce(
      (n, c) => n + raw('TK2023', `counts/gsb/${c}.json`).units.length,
      0,
    );
    expect(resultsPages(e).filter((p) => p.type === 'results-station')).toHaveLength(stations);
  });

  it('every GR2022 polling station, with unique addresses', () => {
    const e = byId('GR2022');
    const election = JSON.parse(
      readFileSync(path.join(defaultDataDir, 'GR2022', 'election.json'), 'utf8'),
    ) as {
      counts: { units: number }[];
    };
    const expected = election.counts.reduce((n, c) => n + c.units, 0);
    const stations = resultsPages(e).filter((p) => p.type === 'results-station');
    expect(stations).toHaveLength(expected);
    expect(new Set(stations.map((p) => p.nlPath)).size).toBe(expected);
  });

  it('GR2026 Assen says its seats are not in the files; TK2025 says the national result is missing', () => {
    const gr = byId('GR2026');
    expect(gr.municipalities.map((m) => [m.name, m.council?.seats])).toEqual([['Assen', null]]);
    const vm = page(gr, '/uitslag/gr2026/gemeenten/assen/').vm('nl');
    expect(
      vm.sections.some(
        (s) => s.kind === 'notice' && plainText(s.text).includes('niet in de gepubliceerde bestanden'),
      ),
    ).toBe(true);
    const tk25 = byId('TK2025');
    expect(tk25.nation).toBeNull();
    expect(tk25.municipalities.map((m) => m.name)).toEqual(['West Maas en Waal']);
  });
});
