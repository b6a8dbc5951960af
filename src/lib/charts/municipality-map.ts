/**
 * Everything MunicipalityMap.astro renders: the municipalities as SVG paths grouped by legend entry
 * (one fill attribute per group keeps the SVG small), the items that are not on the map as cards
 * (Bonaire, Sint Eustatius, Saba, the postal-vote office NBSB, or any code without a boundary —
 * nothing is dropped), the legend, the description and the table twin.
 */
import type { Locale } from '../i18n/locales.ts';
import { joinList } from '../i18n/format.ts';
import { t } from '../i18n/t.ts';
import type { DataTableModel } from '../site/data-table.ts';
import type { BoundaryFile } from '../geo/boundaries.ts';
import { nationalMap } from '../geo/map.ts';
import type { MapColouring, MapItem, MapLegendEntry } from './map-scales.ts';
import { NO_DATA } from './map-scales.ts';
import type { Overlay, PatternName } from './list-colours.ts';

export interface MapGroup {
  key: string;
  fill: string;
  pattern: PatternName;
  overlay: Overlay;
  paths: { code: string; d: string; href?: string }[];
}

export interface MunicipalityMapView {
  width: number;
  height: number;
  groups: MapGroup[];
  cards: MapItem[];
  legend: MapLegendEntry[];
  desc: string;
  table: DataTableModel;
  /** Municipalities on the map without an item (drawn as "no data"). */
  withoutItem: string[];
}

export interface MapTableLabels {
  /** Header of the value column, e.g. "Opkomst". */
  valueLabel: string;
  caption?: string;
}

export function municipalityMapView(
  locale: Locale,
  boundaries: BoundaryFile,
  colouring: MapColouring,
  labels: MapTableLabels,
  options: { width?: number; keep?: number } = {},
): MunicipalityMapView {
  const map = nationalMap(boundaries, { width: options.width ?? 320, keep: options.keep ?? 0.2 });
  const byCode = new Map<string, MapItem>();
  for (const item of colouring.items) {
    if (byCode.has(item.code)) throw new Error(`map item code ${item.code} appears twice`);
    byCode.set(item.code, item);
  }
  const onMap = new Set(map.shapes.map((s) => s.code));
  const legend = [...colouring.legend];
  const groups = new Map<string, MapGroup>();
  const withoutItem: string[] = [];
  for (const shape of map.shapes) {
    const item = byCode.get(shape.code);
    if (!item) withoutItem.push(shape.code);
    const key = item?.legendKey ?? 'none';
    let g = groups.get(key);
    if (!g) {
      const entry = legend.find((e) => e.key === key);
      g = item
        ? { key, fill: item.fill, pattern: item.pattern, overlay: item.overlay, paths: [] }
        : {
            key,
            fill: entry?.fill ?? NO_DATA,
            pattern: entry?.pattern ?? 'diagonal',
            overlay: 'always',
            paths: [],
          };
      groups.set(key, g);
    }
    g.paths.push({ code: shape.code, d: shape.d, ...(item?.href ? { href: item.href } : {}) });
  }
  if (withoutItem.length && !legend.some((e) => e.key === 'none')) {
    legend.push({
      key: 'none',
      label: t(locale, 'charts.map.noData'),
      fill: NO_DATA,
      pattern: 'diagonal',
      overlay: 'always',
    });
  }
  const cards = colouring.items.filter((i) => !onMap.has(i.code));
  const used = new Set([...groups.keys(), ...cards.map((c) => c.legendKey)]);
  const shownLegend = legend.filter((e) => used.has(e.key));
  const desc = [
    t(locale, 'charts.map.desc', {
      count: map.shapes.length,
      legend: joinList(
        locale,
        shownLegend.map((e) => e.label),
      ),
    }),
    ...(cards.length
      ? [
          t(locale, 'charts.map.descCards', {
            names: joinList(
              locale,
              cards.map((c) => c.name),
            ),
          }),
        ]
      : []),
  ].join(' ');
  const rows = [...colouring.items]
    .sort((a, b) => a.name.localeCompare(b.name, locale === 'nl' ? 'nl' : 'en'))
    .map((i) => ({
      cells: [
        i.href ? { text: i.name, name: true, href: i.href } : { text: i.name, name: true },
        i.labelRich ? { text: i.label, name: true } : i.label,
      ],
    }));
  return {
    width: map.width,
    height: map.height,
    // Draw order follows the legend, so the same map always gives the same bytes.
    groups: [...groups.values()].sort(
      (a, b) => legend.findIndex((e) => e.key === a.key) - legend.findIndex((e) => e.key === b.key),
    ),
    cards,
    legend: shownLegend,
    desc,
    table: {
      caption: labels.caption ?? t(locale, 'charts.map.table', { value: labels.valueLabel }),
      columns: [{ label: t(locale, 'charts.map.municipality') }, { label: labels.valueLabel }],
      rows,
      rowHeaders: true,
    },
    withoutItem,
  };
}
