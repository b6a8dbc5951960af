/**
 * Geometry of a strip plot: one short vertical mark per item along one axis (e.g. the turnout of each
 * polling station of a municipality), with a labelled reference mark (the municipality's own figure).
 * Values outside the domain are drawn at the edge as an arrow-head and counted, so a station with an
 * impossible figure (a CSV with a wrong "opgeroepenen") cannot stretch the axis for all the others;
 * the table twin shows every real value.
 */
import { scaleLinear } from 'd3';
import { CHART_TEXT_UNITS, type TextLine } from './bars.ts';

export interface StripDatum {
  key: string;
  value: number;
}

export interface StripOptions {
  width?: number;
  fontSize?: number;
  /** The axis domain; values outside it are clamped and marked. */
  domain: [number, number];
  tickFormat: (value: number) => string;
  ticks?: number;
  reference?: { value: number; label: string } | null;
}

export interface StripGeometry {
  width: number;
  height: number;
  fontSize: number;
  marks: { key: string; x: number; y1: number; y2: number; clamped: 'low' | 'high' | null }[];
  axis: { x1: number; x2: number; y: number };
  ticks: { x: number; y1: number; y2: number; label: TextLine }[];
  reference: { x: number; y1: number; y2: number; label: TextLine } | null;
  clamped: number;
}

export function stripChart(data: readonly StripDatum[], options: StripOptions): StripGeometry {
  const width = options.width ?? 380;
  const fontSize = options.fontSize ?? CHART_TEXT_UNITS;
  const line = Math.round(fontSize * 1.25);
  const pad = 6;
  const x = scaleLinear()
    .domain(options.domain)
    .range([pad, width - pad]);
  const markTop = line + 8;
  const markBottom = markTop + 34;
  const axisY = markBottom + 4;
  let clamped = 0;
  const [lo, hi] = options.domain;
  const marks = data.map((d) => {
    const c: 'low' | 'high' | null = d.value < lo ? 'low' : d.value > hi ? 'high' : null;
    if (c) clamped += 1;
    return { key: d.key, x: x(Math.min(hi, Math.max(lo, d.value))), y1: markTop, y2: markBottom, clamped: c };
  });
  const tickValues = x.ticks(options.ticks ?? 4);
  const ticks = tickValues.map((v, i) => ({
    x: x(v),
    y1: axisY,
    y2: axisY + 5,
    label: {
      x: x(v),
      y: axisY + 5 + line,
      text: options.tickFormat(v),
      anchor: (i === 0 && x(v) < width * 0.1
        ? 'start'
        : i === tickValues.length - 1 && x(v) > width * 0.9
          ? 'end'
          : 'middle') as TextLine['anchor'],
    },
  }));
  const reference = options.reference
    ? (() => {
        const rx = x(Math.min(hi, Math.max(lo, options.reference.value)));
        const anchor: TextLine['anchor'] = rx > width * 0.6 ? 'end' : rx < width * 0.4 ? 'start' : 'middle';
        return {
          x: rx,
          y1: markTop - 6,
          y2: markBottom + 6,
          label: { x: rx, y: line - 2, text: options.reference.label, anchor },
        };
      })()
    : null;
  return {
    width,
    height: axisY + 5 + line + 6,
    fontSize,
    marks,
    axis: { x1: pad, x2: width - pad, y: axisY },
    ticks,
    reference,
    clamped,
  };
}
