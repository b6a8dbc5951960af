/**
 * Geometry of the horizontal bar charts of the results pages (votes per list, shares against the
 * country, candidates' preference votes), computed at build time with d3 scales; ./svg-markup.ts turns
 * it into SVG markup for the page and for the chart file. No DOM, no client JavaScript.
 *
 * Layout choices, each for a reason:
 * - the full name sits above its bar and wraps over as many lines as it needs: a name is never cut
 *   off (issue 11; a truncated "GROENLINKS / Partij van de Ar…" hides who it is);
 * - the viewBox is narrow (default 380 units) and the SVG fills its column, so at a 360 px phone the
 *   text is drawn at ≥ 14 px: every text (names, values, axis ticks, the reference label) is
 *   CHART_TEXT_UNITS = 17 units, and the column at 360 px is 328 px (1rem page padding each side),
 *   a scale of 328/380 = 0.863, so 17 × 0.863 = 14.7 px (measured in tests/e2e/results.e2e.ts);
 * - every bar carries its value as text (direct labels) and the axis ticks have labels; the gridlines
 *   are light and behind the bars;
 * - an optional reference line (the kiesdeler, the preference threshold) with its own label, and an
 *   optional comparison mark per bar (e.g. the national share next to a municipality's).
 */
import { scaleLinear } from 'd3';
import { wrapText } from './wrap.ts';

export interface BarDatum {
  key: string;
  label: string;
  value: number;
  /** The value as shown (formatted for the locale by the caller). */
  valueText: string;
  /** Fill colour (hex); the page's forced-colors style overrides it. */
  colour?: string;
  /** A comparison value on the same scale (drawn as a dark mark across the bar), e.g. the country's share. */
  compare?: number | null;
}

export interface BarOptions {
  width?: number;
  fontSize?: number;
  /** Formats an axis tick value for the locale. */
  tickFormat: (value: number) => string;
  /** Number of axis ticks to aim for (d3 picks round values). */
  ticks?: number;
  /** A vertical line across all bars, with its label (e.g. "kiesdeler 69.552"). */
  reference?: { value: number; label: string } | null;
  /** Minimum domain maximum (e.g. 100 for percentages of a whole when values are small is not wanted). */
  domainMax?: number;
}

export interface TextLine {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface BarRow {
  key: string;
  lines: TextLine[];
  bar: { x: number; y: number; width: number; height: number };
  value: TextLine;
  colour: string;
  compare: { x: number; y1: number; y2: number } | null;
}

export interface BarGeometry {
  width: number;
  height: number;
  fontSize: number;
  rows: BarRow[];
  ticks: { x: number; label: TextLine }[];
  grid: { x: number; y1: number; y2: number }[];
  reference: { x: number; y1: number; y2: number; label: TextLine } | null;
}

/** The default bar colour: the site's primary blue (contrast 8.6:1 on white, WCAG 2.2 SC 1.4.11). */
export const DEFAULT_BAR_COLOUR = '#1d4e89';

/**
 * The one text size of the results charts, in viewBox units (see the header: ≥ 14 CSS px at a 360 px
 * wide screen for a 380-unit viewBox). No text is drawn smaller, ticks and reference labels included.
 */
export const CHART_TEXT_UNITS = 17;

/** Average glyph width in em of the site font; used to wrap and to reserve room for value labels. */
const GLYPH_EM = 0.56;

function thinTicks(
  values: number[],
  x: (v: number) => number,
  format: (v: number) => string,
  size: number,
  width: number,
): { value: number; anchor: TextLine['anchor'] }[] {
  const kept: { value: number; anchor: TextLine['anchor'] }[] = [];
  let lastRight = -Infinity;
  for (const v of values) {
    const w = [...format(v)].length * GLYPH_EM * size;
    const cx = x(v);
    // Zero starts at the left edge; a label that would pass the right edge ends at its tick.
    const anchor: TextLine['anchor'] = v === 0 ? 'start' : cx + w / 2 > width ? 'end' : 'middle';
    const left = anchor === 'start' ? cx : anchor === 'end' ? cx - w : cx - w / 2;
    if (left >= lastRight + size * 0.8) {
      kept.push({ value: v, anchor });
      lastRight = left + w;
    }
  }
  return kept;
}

export function barChart(data: readonly BarDatum[], options: BarOptions): BarGeometry {
  const width = options.width ?? 380;
  const fontSize = options.fontSize ?? CHART_TEXT_UNITS;
  const lineHeight = Math.round(fontSize * 1.25);
  const barHeight = Math.round(fontSize * 1.1);
  const gap = Math.round(fontSize * 0.7);
  const left = 2;
  const maxValueChars = Math.max(1, ...data.map((d) => [...d.valueText].length));
  const right = Math.ceil(maxValueChars * GLYPH_EM * fontSize) + 8;
  const maxChars = Math.max(8, Math.floor((width - left) / (GLYPH_EM * fontSize)));
  const top = lineHeight + (options.reference ? lineHeight : 0) + 6;

  const max = Math.max(
    options.domainMax ?? 0,
    1,
    ...data.map((d) => d.value),
    ...data.map((d) => d.compare ?? 0),
    options.reference?.value ?? 0,
  );
  const x = scaleLinear()
    .domain([0, max])
    .range([left, width - right])
    .nice(options.ticks ?? 3);

  let y = top;
  const rows: BarRow[] = data.map((d) => {
    const wrapped = wrapText(d.label, maxChars);
    const lines = (wrapped.length > 0 ? wrapped : ['']).map((text, i): TextLine => ({
      x: left,
      y: y + (i + 1) * lineHeight - 4,
      text,
      anchor: 'start',
    }));
    const barY = y + lines.length * lineHeight;
    const x0 = x(0);
    const x1 = x(Math.max(0, d.value));
    // The value label follows the bar, or the comparison mark when that lies beyond the bar (the
    // mark and its halo are 7 units wide): a mark never runs through the figure.
    const cx = d.compare === null || d.compare === undefined ? null : x(d.compare);
    const labelX = Math.max(x1, cx === null ? x1 : cx + 4) + 5;
    const row: BarRow = {
      key: d.key,
      lines,
      bar: { x: x0, y: barY, width: Math.max(d.value > 0 ? 1 : 0, x1 - x0), height: barHeight },
      value: {
        x: labelX,
        y: barY + barHeight - Math.round(barHeight * 0.22),
        text: d.valueText,
        anchor: 'start',
      },
      colour: d.colour ?? DEFAULT_BAR_COLOUR,
      compare:
        d.compare === null || d.compare === undefined
          ? null
          : { x: cx ?? x(d.compare), y1: barY - 4, y2: barY + barHeight + 4 },
    };
    y = barY + barHeight + gap;
    return row;
  });
  const bottom = y;
  // Tick labels that would touch their neighbour are left out (the gridline stays): no overlapping text.
  const allTicks = x.ticks(options.ticks ?? 3);
  const labelled = thinTicks(allTicks, x, options.tickFormat, fontSize, width);
  const ticks = labelled.map((k) => ({
    x: x(k.value),
    label: { x: x(k.value), y: lineHeight - 4, text: options.tickFormat(k.value), anchor: k.anchor },
  }));
  const tickValues = allTicks;
  const grid = tickValues.map((v) => ({ x: x(v), y1: lineHeight + 2, y2: bottom - gap + 2 }));
  const reference = options.reference
    ? (() => {
        const rx = x(options.reference.value);
        const anchor: TextLine['anchor'] = rx > width / 2 ? 'end' : 'start';
        return {
          x: rx,
          y1: lineHeight * 2 - 2,
          y2: bottom - gap + 2,
          label: {
            x: anchor === 'end' ? rx - 3 : rx + 3,
            y: lineHeight * 2 - 6,
            text: options.reference.label,
            anchor,
          },
        };
      })()
    : null;
  return { width, height: Math.ceil(bottom - gap + 6), fontSize, rows, ticks, grid, reference };
}
