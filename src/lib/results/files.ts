/**
 * The files that go with the results pages: each page's figures as CSV and JSON (language-neutral,
 * beside the Dutch page) and each chart as an SVG file (per language, beside its page). Written by
 * scripts/write-results-files.ts after `astro build`, from the same results model and view models as
 * the pages, so a download can never disagree with the page.
 *
 * CSV: RFC 4180 (comma, CRLF, quotes doubled), UTF-8 without BOM, one row per unit × list ("tidy");
 * the columns are documented on the Uitslag page. A text cell that a spreadsheet would run as a
 * formula (starting with = + - @ or a tab/CR) gets a leading apostrophe (OWASP "CSV injection"): a
 * party name in a source file must not become a command on a journalist's laptop.
 */
import { plainText } from '../i18n/rich.ts';
import type { Locale } from '../i18n/locales.ts';
import type {
  ElectionList,
  MunicipalityResult,
  RegionResult,
  ResultsElection,
  StationResult,
  UnitFigures,
} from './election.ts';
import {
  downloadPaths,
  listPath,
  municipalitiesPath,
  municipalityPath,
  regionPath,
  resultsPath,
  stationPath,
} from './paths.ts';
import { svgFile } from '../charts/svg-markup.ts';
import {
  electionPage,
  listPage,
  municipalitiesPage,
  municipalityPage,
  regionPage,
  stationPage,
} from './views/pages.ts';
import type { ResultsFile, ResultsPageVM } from './views/types.ts';

export type Level = 'nation' | 'constituency' | 'municipality' | 'polling-station';

export interface UnitRow {
  level: Level;
  code: string;
  name: string;
  parent: string | null;
  figures: UnitFigures;
}

export interface ResultsPageRef {
  type: ResultsPageVM['route']['pageType'];
  /** The Dutch page's path; downloads live beside it. */
  nlPath: string;
  /** The units whose figures the page's CSV and JSON hold. */
  units: () => UnitRow[];
  list?: ElectionList;
  vm: (locale: Locale) => ResultsPageVM;
}

const regionRow = (r: RegionResult): UnitRow => ({
  level: 'constituency',
  code: r.id,
  name: r.name,
  parent: null,
  figures: r.figures,
});
const muniRow = (m: MunicipalityResult): UnitRow => ({
  level: 'municipality',
  code: m.code,
  name: m.name,
  parent: m.region,
  figures: m.figures,
});
const stationRow = (m: MunicipalityResult, s: StationResult): UnitRow => ({
  level: 'polling-station',
  code: s.code,
  name: s.name,
  parent: m.code,
  figures: s.figures,
});

/** Every results page of an election, with what its downloads hold. */
export function resultsPages(e: ResultsElection): ResultsPageRef[] {
  const pages: ResultsPageRef[] = [];
  pages.push({
    type: 'results-election',
    nlPath: resultsPath('nl', e.slug),
    units: () => [
      ...(e.nation
        ? [{ level: 'nation' as const, code: 'NL', name: 'Nederland', parent: null, figures: e.nation }]
        : []),
      ...(e.nation ? e.regions.map(regionRow) : e.municipalities.map(muniRow)),
    ],
    vm: (l) => electionPage(l, e),
  });
  if (e.nation)
    for (const r of e.regions)
      pages.push({
        type: 'results-region',
        nlPath: regionPath('nl', e.slug, r.slug),
        units: () => [
          regionRow(r),
          ...r.municipalities
            .map((c) => e.municipalities.find((m) => m.code === c))
            .filter((m): m is MunicipalityResult => m !== undefined)
            .map(muniRow),
        ],
        vm: (l) => regionPage(l, e, r),
      });
  if (e.municipalities.length > 0)
    pages.push({
      type: 'results-municipalities',
      nlPath: municipalitiesPath('nl', e.slug),
      units: () => e.municipalities.map(muniRow),
      vm: (l) => municipalitiesPage(l, e),
    });
  for (const m of e.municipalities) {
    pages.push({
      type: 'results-municipality',
      nlPath: municipalityPath('nl', e.slug, m.slug),
      units: () => [muniRow(m), ...m.stations.map((s) => stationRow(m, s))],
      vm: (l) => municipalityPage(l, e, m),
    });
    for (const s of m.stations)
      pages.push({
        type: 'results-station',
        nlPath: stationPath('nl', e.slug, m.slug, s.slug),
        units: () => [stationRow(m, s)],
        vm: (l) => stationPage(l, e, m, s),
      });
  }
  if (e.nation)
    for (const list of e.lists)
      pages.push({
        type: 'results-list',
        nlPath: listPath('nl', e.slug, list.slug),
        units: () => [],
        list,
        vm: (l) => listPage(l, e, list),
      });
  return pages;
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  let v = value;
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function csv(rows: (string | number | null)[][]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export const CSV_COLUMNS = [
  'election',
  'level',
  'unit_code',
  'unit_name',
  'parent_code',
  'list_number',
  'list_name',
  'votes',
  'status',
  'source_file',
] as const;

export const CANDIDATE_CSV_COLUMNS = [
  'election',
  'list_number',
  'list_name',
  'candidate_position',
  'candidate_name',
  'votes',
  'elected',
  'status',
  'source_file',
] as const;

export function pageCsv(e: ResultsElection, page: ResultsPageRef): string {
  if (page.list) {
    const l = page.list;
    const elected = e.seatData?.elected.find((p) => String(p.number) === l.list);
    const how = new Map(
      elected?.elected.map((c) => [c.name, c.preference ? 'preference' : 'list-order']) ?? [],
    );
    const src = e.nation?.provenance;
    return csv([
      [...CANDIDATE_CSV_COLUMNS],
      ...[...l.candidates]
        .sort((a, b) => (a.position ?? 1e9) - (b.position ?? 1e9))
        .map((c) => [
          e.id,
          l.list,
          l.name,
          c.position,
          c.name,
          c.votes,
          how.get(c.name) ?? 'no',
          src?.status ?? null,
          src?.source?.file ?? null,
        ]),
    ]);
  }
  const rows: (string | number | null)[][] = [[...CSV_COLUMNS]];
  for (const u of page.units())
    for (const l of u.figures.lists)
      rows.push([
        e.id,
        u.level,
        u.code,
        u.name,
        u.parent,
        l.list,
        l.name,
        l.votes,
        u.figures.provenance.status,
        u.figures.provenance.source?.file ?? null,
      ]);
  return csv(rows);
}

export function pageJson(e: ResultsElection, page: ResultsPageRef): string {
  const unit = (u: UnitRow) => ({
    level: u.level,
    code: u.code,
    name: u.name,
    parent: u.parent,
    eligible: u.figures.eligible,
    votesCast: u.figures.votesCast,
    valid: u.figures.valid,
    blank: u.figures.blank,
    invalid: u.figures.invalid,
    admission: u.figures.admission,
    status: u.figures.provenance.status,
    source: u.figures.provenance.source
      ? { file: u.figures.provenance.source.file, sha256: u.figures.provenance.source.sha256 }
      : null,
    lists: u.figures.lists.map((l) => ({ number: l.list, name: l.name, votes: l.votes })),
  });
  const body = {
    format: 'open-telling/results-page@1',
    election: { id: e.id, name: e.name, date: e.date },
    page: page.type,
    ...(page.list
      ? {
          list: {
            number: page.list.list,
            name: page.list.name,
            votes: page.list.votes,
            candidates: page.list.candidates.map((c) => ({
              position: c.position,
              name: c.name,
              votes: c.votes,
            })),
          },
        }
      : { units: page.units().map(unit) }),
  };
  return `${JSON.stringify(body, null, 1)}\n`;
}

/** Every file of one page: CSV and JSON (once) and its charts' SVG files in both languages. */
export function pageFiles(e: ResultsElection, page: ResultsPageRef): ResultsFile[] {
  const d = downloadPaths(page.nlPath);
  const out: ResultsFile[] = [
    { path: d.csv, content: pageCsv(e, page) },
    { path: d.json, content: pageJson(e, page) },
  ];
  for (const locale of ['nl', 'en'] as const) {
    const vm = page.vm(locale);
    for (const s of vm.sections)
      if (s.kind === 'chart')
        out.push({
          path: s.chart.svgHref,
          content: svgFile({
            title: s.chart.title,
            desc: `${s.chart.desc} ${plainText(s.chart.caption)}`,
            width: s.chart.width,
            height: s.chart.height,
            marks: s.chart.marks,
            lang: locale,
          }),
        });
  }
  return out;
}
