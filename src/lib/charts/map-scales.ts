/**
 * The two colourings of the municipality map, computed exactly (BigInt, never floating point):
 * - turnout: sequential classes of 5 percentage points ("75–80%") of the turnout as printed (one
 *   decimal, half up), lower bound included, upper bound excluded (80,0% falls in 80–85%), at most 7 classes (the outer ones open: "< 65%",
 *   "≥ 90%"); colours from ColorBrewer YlGnBu (sequential, colour-blind safe), light = low.
 * - largest list: the list with the most votes per municipality, in its election-wide colour
 *   (list-colours.ts); a tie is shown as a tie (grey + pattern, both names), never decided silently.
 * A municipality without figures gets "no data" (white, hatched), not a colour.
 */
import type { Locale } from '../i18n/locales.ts';
import { richList, type RichText } from '../i18n/rich.ts';
import { formatPercent, joinList, percentUnits } from '../i18n/format.ts';
import { t } from '../i18n/t.ts';
import { FALLBACK, overlayOf, type ListColour, type Overlay, type PatternName } from './list-colours.ts';

export interface MapItem {
  code: string;
  name: string;
  fill: string;
  pattern: PatternName;
  overlay: Overlay;
  /** Key of the legend entry this item belongs to. */
  legendKey: string;
  /** The value in words, e.g. "77,7%" or "PVV (31,2%)". */
  label: string;
  /** The same with list names marked, for isolation in <bdi> (WCAG 2.2 SC 1.3.2). */
  labelRich?: RichText;
  href?: string;
}

export interface MapLegendEntry {
  key: string;
  label: string;
  labelRich?: RichText;
  fill: string;
  pattern: PatternName;
  overlay: Overlay;
}

export interface MapColouring {
  /** Sequential keys read top to bottom in one column; categorical keys may fill a grid. */
  kind: 'sequential' | 'categorical';
  items: MapItem[];
  legend: MapLegendEntry[];
}

/** ColorBrewer YlGnBu, 7 classes (Cynthia Brewer, colorbrewer2.org: colour-blind safe, sequential). */
export const SEQUENTIAL = [
  '#ffffcc',
  '#c7e9b4',
  '#7fcdbb',
  '#41b6c4',
  '#1d91c0',
  '#225ea8',
  '#0c2c84',
] as const;
export const NO_DATA = '#FFFFFF';

function noDataEntry(locale: Locale): MapLegendEntry {
  return {
    key: 'none',
    label: t(locale, 'charts.map.noData'),
    fill: NO_DATA,
    pattern: 'diagonal',
    overlay: 'always',
  };
}

export interface TurnoutInput {
  code: string;
  name: string;
  /** Votes cast (valid + blank + invalid). */
  voted: bigint | number | null;
  /** Eligible voters (EML Cast). */
  eligible: bigint | number | null;
  href?: string;
}

/**
 * Turnout in whole percent of the figure as printed (one decimal, half up, exact): a municipality
 * shown as "80,0%" (79.95% or more) is in 80–85%, never in a class its own label contradicts.
 */
function floorPercent(voted: bigint, eligible: bigint): bigint {
  return (percentUnits(voted, eligible, 1) as bigint) / 10n;
}

export function turnoutColouring(locale: Locale, input: readonly TurnoutInput[], step = 5): MapColouring {
  const known = input.flatMap((i) =>
    i.voted !== null && i.eligible !== null && BigInt(i.eligible) > 0n
      ? [{ ...i, v: BigInt(i.voted), e: BigInt(i.eligible) }]
      : [],
  );
  const s = BigInt(step);
  const bucket = (v: bigint, e: bigint) => (floorPercent(v, e) / s) * s;
  const buckets = known.map((k) => bucket(k.v, k.e));
  let lo = buckets.length ? buckets.reduce((a, b) => (b < a ? b : a)) : 0n;
  let hi = buckets.length ? buckets.reduce((a, b) => (b > a ? b : a)) : 0n;
  // At most SEQUENTIAL.length classes: open the outer classes, keeping those around the median.
  const max = BigInt(SEQUENTIAL.length);
  if ((hi - lo) / s + 1n > max) {
    const sorted = [...buckets].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const median = sorted[Math.floor(sorted.length / 2)] as bigint;
    lo = median - ((max - 1n) / 2n) * s;
    if (lo < (sorted[0] as bigint)) lo = sorted[0] as bigint;
    hi = lo + (max - 1n) * s;
  }
  const classOf = (b: bigint) => Number(((b < lo ? lo : b > hi ? hi : b) - lo) / s);
  const n = Number((hi - lo) / s) + 1;
  const minB = buckets.length ? buckets.reduce((a, b) => (b < a ? b : a)) : lo;
  const maxB = buckets.length ? buckets.reduce((a, b) => (b > a ? b : a)) : hi;
  const pct = (x: bigint) => `${x}`;
  const legend: MapLegendEntry[] = Array.from({ length: n }, (_, k) => {
    const from = lo + BigInt(k) * s;
    const to = from + s;
    const openLow = k === 0 && minB < lo;
    const openHigh = k === n - 1 && maxB > hi;
    const label = openLow ? `< ${pct(to)}%` : openHigh ? `≥ ${pct(from)}%` : `${pct(from)}–${pct(to)}%`;
    // Spread the classes over the whole ramp so few classes still differ clearly.
    const idx = n === 1 ? 3 : Math.round((k * (SEQUENTIAL.length - 1)) / (n - 1));
    return { key: `t${k}`, label, fill: SEQUENTIAL[idx] as string, pattern: 'solid', overlay: 'none' };
  });
  let missing = false;
  const items = input.map((i): MapItem => {
    const k = known.find((x) => x.code === i.code && x.name === i.name);
    if (!k) {
      missing = true;
      const nd = noDataEntry(locale);
      return {
        code: i.code,
        name: i.name,
        fill: nd.fill,
        pattern: nd.pattern,
        overlay: nd.overlay,
        legendKey: nd.key,
        label: nd.label,
        ...(i.href ? { href: i.href } : {}),
      };
    }
    const entry = legend[classOf(bucket(k.v, k.e))] as MapLegendEntry;
    return {
      code: i.code,
      name: i.name,
      fill: entry.fill,
      pattern: entry.pattern,
      overlay: entry.overlay,
      legendKey: entry.key,
      label: formatPercent(locale, k.v, k.e, 1) as string,
      ...(i.href ? { href: i.href } : {}),
    };
  });
  return { kind: 'sequential', items, legend: missing ? [...legend, noDataEntry(locale)] : legend };
}

export interface LargestListInput {
  code: string;
  name: string;
  /** Valid votes per list in this municipality; empty = no data. */
  votes: readonly { list: string; votes: bigint | number }[];
  href?: string;
}

export function largestListColouring(
  locale: Locale,
  input: readonly LargestListInput[],
  colours: ReadonlyMap<string, ListColour>,
): MapColouring {
  const used = new Map<string, MapLegendEntry>();
  let tie = false;
  let missing = false;
  const nameOf = (list: string) => colours.get(list)?.name ?? list;
  const items = input.map((i): MapItem => {
    const href = i.href ? { href: i.href } : {};
    const total = i.votes.reduce((a, v) => a + BigInt(v.votes), 0n);
    if (total === 0n) {
      missing = true;
      const nd = noDataEntry(locale);
      return {
        code: i.code,
        name: i.name,
        fill: nd.fill,
        pattern: nd.pattern,
        overlay: nd.overlay,
        legendKey: 'none',
        label: nd.label,
        ...href,
      };
    }
    const top = i.votes.reduce((a, v) => (BigInt(v.votes) > a ? BigInt(v.votes) : a), 0n);
    const winners = i.votes.filter((v) => BigInt(v.votes) === top).map((v) => v.list);
    const share = formatPercent(locale, top, total, 1) as string;
    if (winners.length > 1) {
      tie = true;
      return {
        code: i.code,
        name: i.name,
        fill: FALLBACK,
        pattern: 'cross',
        overlay: 'always',
        legendKey: 'tie',
        label: `${joinList(locale, winners.map(nameOf))} (${share})`,
        labelRich: [...richList(locale, winners.map(nameOf)), { text: ` (${share})` }],
        ...href,
      };
    }
    const list = winners[0] as string;
    const c = colours.get(list);
    const fill = c?.fill ?? FALLBACK;
    const pattern: PatternName = c?.pattern ?? 'diagonal';
    const overlay = c ? overlayOf(c) : 'always';
    if (!used.has(list))
      used.set(list, {
        key: `l${list}`,
        label: nameOf(list),
        labelRich: [{ name: nameOf(list) }],
        fill,
        pattern,
        overlay,
      });
    return {
      code: i.code,
      name: i.name,
      fill,
      pattern,
      overlay,
      legendKey: `l${list}`,
      label: `${nameOf(list)} (${share})`,
      labelRich: [{ name: nameOf(list) }, { text: ` (${share})` }],
      ...href,
    };
  });
  const legend = [...used.entries()]
    .sort(([a], [b]) => (colours.get(a)?.rank ?? 1e9) - (colours.get(b)?.rank ?? 1e9))
    .map(([, e]) => e);
  if (tie)
    legend.push({
      key: 'tie',
      label: t(locale, 'charts.map.tie'),
      fill: FALLBACK,
      pattern: 'cross',
      overlay: 'always',
    });
  if (missing) legend.push(noDataEntry(locale));
  return { kind: 'categorical', items, legend };
}
