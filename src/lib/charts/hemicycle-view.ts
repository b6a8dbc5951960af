/**
 * Everything Hemicycle.astro renders, ready: seat dots with their list's colour and pattern, the legend
 * in words ("PVV (Partij voor de Vrijheid): 37 zetels"), the description for the SVG and the twin table.
 */
import type { Locale } from '../i18n/locales.ts';
import type { RichText } from '../i18n/rich.ts';
import { joinList } from '../i18n/format.ts';
import { t } from '../i18n/t.ts';
import type { DataTableModel } from '../site/data-table.ts';
import { hemicycle, sortForHemicycle, type HemicycleList } from './hemicycle.ts';
import {
  FALLBACK,
  overlayOf,
  textOn,
  type ListColour,
  type Overlay,
  type PatternName,
} from './list-colours.ts';

export interface LegendEntry {
  key: string;
  /** Full text of the entry, e.g. "VVD: 24 zetels". */
  label: string;
  /** The same with the list's name marked, for isolation in <bdi> (WCAG 2.2 SC 1.3.2). */
  labelRich?: RichText;
  fill: string;
  pattern: PatternName;
  overlay: Overlay;
  /** Text colour if the label is written on the swatch. */
  text: string;
}

export interface HemicycleView {
  width: number;
  height: number;
  seatRadius: number;
  seats: { cx: number; cy: number; fill: string; pattern: PatternName; overlay: Overlay; list: string }[];
  /** The seats grouped by list (one fill per group keeps the SVG small), in seating order. */
  groups: {
    list: string;
    fill: string;
    pattern: PatternName;
    overlay: Overlay;
    seats: { cx: number; cy: number }[];
  }[];
  legend: LegendEntry[];
  desc: string;
  table: DataTableModel;
  total: number;
}

const round = (x: number) => Math.round(x * 100) / 100;

export function hemicycleView(
  locale: Locale,
  lists: readonly HemicycleList[],
  colours: ReadonlyMap<string, ListColour>,
  options: { width?: number; keepOrder?: boolean } = {},
): HemicycleView {
  const ordered = options.keepOrder ? [...lists] : sortForHemicycle(lists);
  const geo = hemicycle(ordered, options.width ?? 320);
  const colourOf = (list: string) => {
    const c = colours.get(list);
    return c
      ? { fill: c.fill, pattern: c.pattern, overlay: overlayOf(c), text: c.text }
      : {
          fill: FALLBACK,
          pattern: 'diagonal' as PatternName,
          overlay: 'always' as Overlay,
          text: textOn(FALLBACK),
        };
  };
  const total = geo.seats.length;
  const legend = geo.order.map((l) => ({
    key: l.list,
    label: `${l.name}: ${t(locale, 'charts.seats', { count: l.seats })}`,
    labelRich: [{ name: l.name }, { text: `: ${t(locale, 'charts.seats', { count: l.seats })}` }],
    ...colourOf(l.list),
  }));
  const items = geo.order.map((l) => t(locale, 'charts.hemicycle.item', { name: l.name, seats: l.seats }));
  const desc = t(locale, geo.rows === 1 ? 'charts.hemicycle.descOne' : 'charts.hemicycle.desc', {
    total,
    rows: geo.rows,
    lists: joinList(locale, items),
  });
  return {
    width: geo.width,
    height: geo.height,
    seatRadius: round(geo.seatRadius),
    total,
    seats: geo.seats.map((s) => ({ cx: round(s.cx), cy: round(s.cy), list: s.list, ...colourOf(s.list) })),
    groups: geo.order.map((l) => ({
      list: l.list,
      ...colourOf(l.list),
      seats: geo.seats.filter((s) => s.list === l.list).map((s) => ({ cx: round(s.cx), cy: round(s.cy) })),
    })),
    legend,
    desc,
    table: {
      caption: t(locale, 'charts.hemicycle.table'),
      columns: [
        { label: t(locale, 'charts.list') },
        { label: t(locale, 'charts.seatsColumn'), numeric: true },
      ],
      rows: ordered.map((l) => ({ cells: [{ text: l.name, name: true }, String(l.seats)] })),
      rowHeaders: true,
    },
  };
}
