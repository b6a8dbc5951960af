/**
 * Building blocks shared by the results page view models: number formatting per language, the status
 * line of a figure, the list chart, the sources and downloads sections. Exact arithmetic: shares and
 * turnout are computed in BigInt by formatPercent/percentUnits; floats only place marks on a chart.
 */
import { barChart, type BarDatum } from '../../charts/bars.ts';
import { barMarkup, stripMarkup } from '../../charts/svg-markup.ts';
import { stripChart, type StripDatum } from '../../charts/strip.ts';
import { formatInteger, formatPercent, percentUnits } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { nameValue as nm, tRich } from '../../i18n/rich.ts';
import type { Source } from '../../model/types.ts';
import type { DataTableModel, DataTableRow } from '../../site/data-table.ts';
import type { ListCount, Provenance, ResultsElection, UnitFigures } from '../election.ts';
import { chartFilePath, downloadPaths } from '../paths.ts';
import type { Colours } from '../colours.ts';
import { DEFAULT_BAR_COLOUR } from '../../charts/bars.ts';
import type { ChartVM, FigureItem, Section } from './types.ts';

export const int = (locale: Locale, v: number | bigint) => formatInteger(locale, v);
export const pct = (locale: Locale, part: number, whole: number | null, decimals = 1) =>
  whole === null || whole === 0 ? null : formatPercent(locale, part, whole, decimals);

/** One collator for "list 2 before list 10" (creating one per comparison is slow at 20,000 pages). */
const numeric = new Intl.Collator('en', { numeric: true });

/** Lists sorted by votes, largest first; equal votes by list number (the ballot order). */
export function sortedLists(lists: readonly ListCount[]): ListCount[] {
  return [...lists].sort((a, b) => b.votes - a.votes || numeric.compare(a.list, b.list));
}

/** The largest list, or null when no list has a vote (a tie goes to the lower list number, stated as such). */
export function largestList(lists: readonly ListCount[]): ListCount | null {
  const top = sortedLists(lists)[0];
  return top && top.votes > 0 ? top : null;
}

/** "officieel (EML 510c, Telling_TK2023_kieskring_Assen.eml.xml)" / "voorlopig (osv4-3 CSV, …)". */
export function provenanceText(locale: Locale, p: Provenance): string {
  const file = p.source?.file ?? t(locale, 'results.source.unknown');
  const kind = p.source ? (p.source.kind === 'osv4-3' ? 'osv4-3 CSV' : `EML ${p.source.kind}`) : '';
  return t(locale, p.status === 'official' ? 'results.status.official' : 'results.status.provisional', {
    kind,
    file,
  });
}

/** The visible label of provisional figures, with the reason (issue 11: "provisional … with the reason"). */
export function provisionalNotice(locale: Locale, p: Provenance): Section | null {
  if (p.status !== 'provisional') return null;
  return {
    kind: 'notice',
    tone: 'provisional',
    text: t(locale, 'results.notice.provisional', { file: p.source?.file ?? '' }),
  };
}

export function turnoutOf(f: UnitFigures): { part: number; whole: number } | null {
  return f.eligible === null ? null : { part: f.votesCast, whole: f.eligible };
}

export function figureItems(
  locale: Locale,
  f: UnitFigures,
  compare?: UnitFigures | null,
  compareName?: string,
): FigureItem[] {
  const items: FigureItem[] = [];
  if (f.eligible !== null)
    items.push({ label: t(locale, 'results.fig.eligible'), value: int(locale, f.eligible) });
  items.push({ label: t(locale, 'results.fig.cast'), value: int(locale, f.votesCast) });
  const turnout = f.eligible !== null ? pct(locale, f.votesCast, f.eligible) : null;
  if (turnout) {
    const ct = compare && compare.eligible !== null ? pct(locale, compare.votesCast, compare.eligible) : null;
    items.push({
      label: t(locale, 'results.fig.turnout'),
      value: turnout,
      ...(ct && compareName
        ? { note: t(locale, 'results.fig.compare', { name: compareName, value: ct }) }
        : {}),
    });
  }
  items.push({ label: t(locale, 'results.fig.valid'), value: int(locale, f.valid) });
  items.push({
    label: t(locale, 'results.fig.blank'),
    value: f.blank === null ? t(locale, 'results.notReported') : int(locale, f.blank),
  });
  items.push({
    label: t(locale, 'results.fig.invalid'),
    value: f.invalid === null ? t(locale, 'results.notReported') : int(locale, f.invalid),
  });
  return items;
}

export interface ListChartInput {
  locale: Locale;
  id: string;
  election: ResultsElection;
  unitName: string;
  figures: UnitFigures;
  pagePath: string;
  /**
   * Shares of the comparison unit (the country) per list; lists are paired by list number unless
   * `match` pairs them otherwise (a council's previous election: by name).
   */
  compare?: { name: string; figures: UnitFigures; match?: (l: ListCount) => ListCount | null } | null;
  /** A reference line in votes (the kiesdeler), with its label. */
  reference?: { value: number; label: string } | null;
  /** Seats per list number, for the table. */
  seats?: Map<string, number> | null;
  listHref?: (list: ListCount) => string | null;
  /** The list colours of this election (or council): src/lib/results/colours.ts. */
  colours: Colours;
}

/**
 * Votes per list, sorted, full names, one colour per list. With a comparison unit the bars are shares
 * (%) and the comparison's share is a mark on each bar; without, the bars are votes.
 */
export function listChart(input: ListChartInput): ChartVM {
  const { locale, figures, compare } = input;
  const lists = sortedLists(figures.lists);
  const matchOf =
    compare?.match ?? ((l: ListCount) => compare?.figures.lists.find((c) => c.list === l.list) ?? null);
  const compareShare = new Map<string, bigint | null>();
  if (compare) {
    for (const l of lists) {
      const c = matchOf(l);
      if (c) compareShare.set(l.list, percentUnits(c.votes, compare.figures.valid, 1));
    }
  }
  const asShare = Boolean(compare);
  const data: BarDatum[] = lists.map((l) => {
    const share = percentUnits(l.votes, figures.valid, 1);
    const cs = compareShare.get(l.list);
    return {
      key: l.list,
      label: l.name,
      value: asShare ? Number(share ?? 0n) / 10 : l.votes,
      valueText: asShare ? (pct(locale, l.votes, figures.valid) ?? '–') : int(locale, l.votes),
      colour: input.colours.get(l.list)?.fill ?? DEFAULT_BAR_COLOUR,
      compare: asShare && cs !== undefined && cs !== null ? Number(cs) / 10 : null,
    };
  });
  const g = barChart(data, {
    tickFormat: (v) => (asShare ? `${int(locale, v)}%` : int(locale, v)),
    reference: asShare ? null : (input.reference ?? null),
  });
  const top = lists[0];
  const caption = top
    ? tRich(locale, asShare ? 'results.chart.lists.findingShare' : 'results.chart.lists.finding', {
        list: nm(top.name),
        votes: int(locale, top.votes),
        share: pct(locale, top.votes, figures.valid) ?? '–',
        unit: nm(input.unitName),
        ...(compare ? { compare: compare.name } : {}),
      })
    : t(locale, 'results.chart.lists.empty');
  const rows: DataTableRow[] = lists.map((l) => {
    const cs = compare ? matchOf(l) : null;
    const href = input.listHref?.(l) ?? undefined;
    const cells = [
      { text: l.name, name: true, ...(href ? { href } : {}) },
      l.list,
      int(locale, l.votes),
      pct(locale, l.votes, figures.valid) ?? '–',
    ];
    if (compare) cells.push(cs ? (pct(locale, cs.votes, compare.figures.valid) ?? '–') : '–');
    if (input.seats) cells.push(String(input.seats.get(l.list) ?? 0));
    return { cells };
  });
  const columns = [
    { label: t(locale, 'results.col.list') },
    { label: t(locale, 'results.col.number'), numeric: true },
    { label: t(locale, 'results.col.votes'), numeric: true },
    { label: t(locale, 'results.col.share'), numeric: true },
    ...(compare ? [{ label: t(locale, 'results.col.shareIn', { name: compare.name }), numeric: true }] : []),
    ...(input.seats ? [{ label: t(locale, 'results.col.seats'), numeric: true }] : []),
  ];
  const table: DataTableModel = {
    caption: tRich(locale, 'results.table.lists', { unit: nm(input.unitName) }),
    columns,
    rows: [
      ...rows,
      {
        total: true,
        cells: [
          t(locale, 'results.total'),
          '',
          int(locale, figures.valid),
          formatPercent(locale, 1, 1, 1) ?? '',
          ...(compare ? [''] : []),
          ...(input.seats ? [String([...input.seats.values()].reduce((a, b) => a + b, 0))] : []),
        ],
      },
    ],
  };
  const title = t(locale, asShare ? 'results.chart.lists.titleShare' : 'results.chart.lists.title', {
    unit: input.unitName,
    ...(compare ? { compare: compare.name } : {}),
  });
  const chartName = asShare ? 'grafiek-aandelen' : 'grafiek-stemmen';
  return {
    id: input.id,
    title,
    desc: t(locale, 'results.chart.desc', { count: lists.length }),
    caption,
    width: g.width,
    height: g.height,
    marks: barMarkup(g),
    table,
    tableLabel: t(locale, 'results.chart.tableLabel'),
    svgHref: chartFilePath(
      input.pagePath,
      locale === 'nl'
        ? chartName
        : chartName.replace('grafiek-aandelen', 'chart-shares').replace('grafiek-stemmen', 'chart-votes'),
    ),
    svgLabel: t(locale, 'results.chart.svg'),
    provenance: provenanceText(locale, figures.provenance),
  };
}

export interface StripInput {
  locale: Locale;
  id: string;
  pagePath: string;
  file: { nl: string; en: string };
  title: string;
  caption: string;
  desc: string;
  values: (StripDatum & { label: string; valueText: string; href: string })[];
  domain: [number, number];
  tickFormat: (v: number) => string;
  reference: { value: number; label: string } | null;
  provenance: string;
}

export function strip(input: StripInput): ChartVM {
  const g = stripChart(input.values, {
    domain: input.domain,
    tickFormat: input.tickFormat,
    reference: input.reference,
  });
  return {
    id: input.id,
    title: input.title,
    desc: input.desc,
    caption: input.caption,
    width: g.width,
    height: g.height,
    marks: stripMarkup(g),
    // No table twin of its own: the figures of every station are in the stations table of the same
    // page (one table instead of three copies keeps a 450-station page within the size budget).
    table: null,
    tableLabel: '',
    svgHref: chartFilePath(input.pagePath, input.file[input.locale]),
    svgLabel: t(input.locale, 'results.chart.svg'),
    provenance: input.provenance,
  };
}

/** Source files with SHA-256, issuer and creation time, in a collapsed section (issue 11). */
export function sourcesSection(
  locale: Locale,
  sources: readonly Source[],
  used: readonly (Source | null)[],
): Section {
  const usedIds = new Set(used.filter((s): s is Source => s !== null).map((s) => s.id));
  const shown = usedIds.size > 0 ? sources.filter((s) => usedIds.has(s.id)) : sources;
  return {
    kind: 'sources',
    heading: t(locale, 'results.sources.heading'),
    summary: t(locale, 'results.sources.summary', { count: shown.length }),
    intro: t(locale, 'results.sources.intro'),
    table: {
      caption: t(locale, 'results.sources.caption'),
      columns: [
        { label: t(locale, 'results.sources.file') },
        { label: t(locale, 'results.sources.status') },
        { label: t(locale, 'results.sources.issuer') },
        { label: t(locale, 'results.sources.created') },
        { label: 'SHA-256' },
      ],
      rows: shown.map((s) => ({
        cells: [
          s.file,
          `${t(locale, s.status === 'official' ? 'results.sources.official' : 'results.sources.provisional')} (${s.kind})`,
          s.issuer ?? '–',
          // As published (kr:CreationDateTime carries no time zone, so it is not converted).
          s.created ? s.created.replace('T', ' ').slice(0, 16) : '–',
          s.sha256,
        ],
      })),
    },
    officialLink: {
      href: 'https://data.overheid.nl/community/organization/kiesraad',
      label: t(locale, 'results.sources.officialLink'),
    },
  };
}

export function downloadsSection(locale: Locale, nlPagePath: string): Section {
  const d = downloadPaths(nlPagePath);
  return {
    kind: 'downloads',
    heading: t(locale, 'results.downloads.heading'),
    intro: t(locale, 'results.downloads.intro'),
    items: [
      { href: d.csv, label: t(locale, 'results.downloads.csv') },
      { href: d.json, label: t(locale, 'results.downloads.json') },
    ],
  };
}

export interface CandidateChartInput {
  locale: Locale;
  pagePath: string;
  listName: string;
  /** Candidates already sorted (most votes first) and cut to what the chart shows. */
  candidates: { key: string; name: string; position: number | null; votes: number }[];
  total: number;
  threshold: number | null;
  colour: string;
  provenance: string;
}

/** Preference votes of a list's candidates, with the preference threshold as a line (Kieswet P 15). */
export function candidateChart(input: CandidateChartInput): ChartVM {
  const { locale } = input;
  const g = barChart(
    input.candidates.map((c) => ({
      key: c.key,
      label: c.position === null ? c.name : `${c.position}. ${c.name}`,
      value: c.votes,
      valueText: int(locale, c.votes),
      colour: input.colour,
    })),
    {
      tickFormat: (v) => int(locale, v),
      reference:
        input.threshold === null
          ? null
          : {
              value: input.threshold,
              label: t(locale, 'results.list.thresholdLine', { votes: int(locale, input.threshold) }),
            },
    },
  );
  const first = input.candidates[0];
  const above =
    input.threshold === null ? 0 : input.candidates.filter((c) => c.votes >= input.threshold!).length;
  return {
    id: 'candidates',
    title: t(locale, 'results.list.chartTitle', { list: input.listName, count: input.candidates.length }),
    desc: t(locale, 'results.chart.desc', { count: input.candidates.length }),
    caption: first
      ? tRich(
          locale,
          input.threshold === null ? 'results.list.chartCaptionNoThreshold' : 'results.list.chartCaption',
          {
            name: nm(first.name),
            votes: int(locale, first.votes),
            count: above,
          },
        )
      : t(locale, 'results.chart.lists.empty'),
    width: g.width,
    height: g.height,
    marks: barMarkup(g),
    table: {
      caption: tRich(locale, 'results.list.chartTitle', {
        list: nm(input.listName),
        count: input.candidates.length,
      }),
      columns: [
        { label: t(locale, 'results.col.candidate') },
        { label: t(locale, 'results.col.position'), numeric: true },
        { label: t(locale, 'results.col.votes'), numeric: true },
        { label: t(locale, 'results.col.share'), numeric: true },
      ],
      rows: input.candidates.map((c) => ({
        cells: [
          { text: c.name, name: true },
          c.position === null ? '–' : String(c.position),
          int(locale, c.votes),
          pct(locale, c.votes, input.total) ?? '–',
        ],
      })),
    },
    tableLabel: t(locale, 'results.chart.tableLabel'),
    svgHref: chartFilePath(
      input.pagePath,
      locale === 'nl' ? 'grafiek-voorkeurstemmen' : 'chart-preference-votes',
    ),
    svgLabel: t(locale, 'results.chart.svg'),
    provenance: input.provenance,
  };
}
