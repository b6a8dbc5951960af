/**
 * The ready-to-render shape of every results page: route data plus an ordered list of sections, each
 * of one kind with its own small component (src/components/results/sections/). Everything here is
 * already worded and formatted for one language; components only render it.
 */
import type { Words } from '../../i18n/rich.ts';
import type { DataTableModel } from '../../site/data-table.ts';
import type { RouteData } from '../../site/route-data.ts';

export interface ChartVM {
  /** Unique on the page. */
  id: string;
  title: string;
  desc: string;
  /** The finding in one sentence (names marked for isolation). */
  caption: Words;
  width: number;
  height: number;
  /** SVG marks (escaped markup from src/lib/charts/svg-markup.ts), the same as in the chart file. */
  marks: string;
  /** The same numbers as a table; null when they are in a table elsewhere on the page (named in the caption). */
  table: DataTableModel | null;
  tableLabel: string;
  /** Where the chart is also published as an SVG file, and the link text. */
  svgHref: string;
  svgLabel: string;
  /** Status and source of the figures in this chart. */
  provenance: string;
}

export interface FigureItem {
  label: string;
  value: string;
  note?: string;
}

export interface LinkItem {
  href: string;
  label: string;
  note?: string;
}

import type { SlotVM } from './slots.ts';

export type Section =
  | { kind: 'notice'; tone: 'info' | 'provisional' | 'warning'; text: Words }
  | { kind: 'text'; heading?: string; paragraphs: Words[] }
  | { kind: 'figures'; heading: string; items: FigureItem[]; provenance?: string }
  | { kind: 'chart'; heading: string; intro?: Words; chart: ChartVM }
  | {
      kind: 'table';
      heading: string;
      intro?: Words;
      table: DataTableModel;
      filter?: { label: string; hint: string; count: string };
    }
  | { kind: 'links'; heading: string; intro?: string; items: LinkItem[]; columns?: boolean }
  | {
      kind: 'downloads';
      heading: string;
      intro: string;
      items: LinkItem[];
    }
  | {
      kind: 'sources';
      heading: string;
      summary: string;
      intro: string;
      table: DataTableModel;
      officialLink: LinkItem;
    }
  | { kind: 'slot'; heading: string; slot: SlotVM };

export interface ResultsPageVM {
  route: RouteData;
  /** The unit as published: "Alblasserdam", "Stembureau De Damsteen". */
  h1: string;
  /** Small line above the h1 naming the election ("Tweede Kamer 2023 · gemeente"). */
  kicker: Words;
  /** The main finding; names marked so the page isolates them in <bdi> (WCAG 2.2 SC 1.3.2). */
  lead: Words;
  sections: Section[];
  /** Pagefind filters and weight: election and page type. */
  search: { election: string; type: string };
  /** False for a page search must not index (the same table in another order); default true. */
  searchable?: boolean;
}

/** A download or chart file the build writes next to the pages. */
export interface ResultsFile {
  path: string;
  content: string;
}
