/**
 * Geometry of the "seats per party" bar chart, computed at build time with d3 scales (no DOM): the
 * Astro component only draws the rectangles and labels returned here. Horizontal bars with the party
 * label above each bar, so long party names fit on a phone (WCAG 2.2 SC 1.4.10 Reflow) without
 * shrinking the text: the viewBox is narrow and the SVG scales up to a maximum width in CSS.
 */
import { scaleLinear } from 'd3';

export interface SeatBarInput {
  label: string;
  value: number;
}

export interface SeatBar {
  label: string;
  value: number;
  /** Bar rectangle. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Baseline of the party label (above the bar) and of the value (right of the bar). */
  labelY: number;
  valueX: number;
  valueY: number;
}

export interface SeatBarChart {
  width: number;
  height: number;
  bars: SeatBar[];
  /** Vertical grid lines with their value. */
  ticks: { x: number; value: number }[];
  fontSize: number;
}

/** Bidi controls would reorder the chart label; the accessible table keeps the original name. */
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Chart labels are at most `max` characters (the table beside the chart has the full names). */
function chartLabel(name: string, max = 30): string {
  const clean = name.replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ').trim();
  const chars = [...clean];
  return chars.length <= max
    ? clean
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

export function seatBarChart(items: readonly SeatBarInput[], width = 360): SeatBarChart {
  const fontSize = 15;
  const margin = { top: 8, right: 36, bottom: 8, left: 4 };
  const bar = 14;
  const row = fontSize + 4 + bar + 10;
  const max = Math.max(1, ...items.map((i) => i.value));
  const x = scaleLinear()
    .domain([0, max])
    .range([margin.left, width - margin.right])
    .nice();
  const bars = items.map((item, i): SeatBar => {
    const top = margin.top + i * row;
    const x0 = x(0);
    const x1 = x(item.value);
    return {
      label: chartLabel(item.label),
      value: item.value,
      x: x0,
      y: top + fontSize + 4,
      width: Math.max(0, x1 - x0),
      height: bar,
      labelY: top + fontSize,
      valueX: x1 + 4,
      valueY: top + fontSize + 4 + bar - 3,
    };
  });
  const ticks = x.ticks(5).map((value) => ({ x: x(value), value }));
  return { width, height: margin.top + items.length * row + margin.bottom, bars, ticks, fontSize };
}
