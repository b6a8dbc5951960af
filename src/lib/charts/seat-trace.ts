/**
 * Geometry of the seat-allocation chart ("how the seats were divided"), computed at build time
 * from an ApportionmentResult. Pure: plain data out (rectangles, markers, text lines), no DOM; the
 * Astro component SeatTrace.astro only draws what this returns.
 *
 * Two parts, stacked vertically so the chart stays legible at 320 px (one column, text on its
 * own line above each bar, names wrapped):
 * 1. seats per list: one cell per seat, full seats (Kieswet P 6) solid, residual seats
 *    (P 7 / P 8) hatched — the difference is a pattern and a label, never colour alone
 *    (WCAG 2.2 SC 1.4.1);
 * 2. every residual seat in order: the value that won it (average or remainder) and the
 *    runner-up's value, as exact fractions in text. The marker positions use a float
 *    approximation of those fractions for DRAWING ONLY; every decision (who won, who is
 *    runner-up, how many votes short) comes from the engine's exact BigInt fractions.
 */
import { scaleLinear } from 'd3';
import type { ApportionmentResult, ResidualMethod, Step } from '../apportionment/types.ts';
import { Fraction } from '../apportionment/fraction.ts';
import { formatFraction, formatInteger } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { wrapText } from './wrap.ts';

type ResidualStep = Extract<Step, { type: 'residualSeat' }>;

/** Localised words the chart needs; the component passes them in (this module has no dictionary). */
export interface SeatTraceLabels {
  listsTitle: string;
  roundsTitle: string;
  fullSeat: string;
  residualSeat: string;
  winner: string;
  runnerUp: string;
  /** Heading over the rounds of one method, shown where the method changes: "Naar het grootste gemiddelde". */
  method: (method: ResidualMethod) => string;
  /** The winner's line of one residual seat: "Restzetel 3 naar BBB: 69.364 3/7". */
  round: (seat: number, byLot: boolean, list: string, value: string) => string;
  /** Seats label at the end of a bar, e.g. "24 (22 + 2)". */
  seatCount: (total: number, full: number, residual: number) => string;
  /** The display name of a list number. */
  listName: (list: number) => string;
}

export interface SeatTraceOptions {
  locale: Locale;
  labels: SeatTraceLabels;
  /** viewBox width in user units: 360 with 15-unit text keeps text ≥ 13 px at 320 px wide. */
  width?: number;
  fontSize?: number;
}

export interface TextLine {
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  bold: boolean;
  anchor: 'start' | 'end';
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SeatCell extends Rect {
  list: number;
  kind: 'full' | 'residual';
}

export interface Marker {
  /** Centre. */
  x: number;
  y: number;
  size: number;
  kind: 'winner' | 'runnerUp';
  list: number;
  /** Residual seat number the marker belongs to (0 in the legend). */
  seat: number;
  /** On the value track (positioned by value) or a key beside the text. */
  onTrack: boolean;
}

export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface ListBar {
  number: number;
  name: string;
  seats: number;
  fullSeats: number;
  residualSeats: number;
}

export interface ResidualRound {
  seat: number;
  method: ResidualMethod;
  byLot: boolean;
  winner: { list: number; name: string; value: Fraction; valueText: string };
  runnerUp: { list: number; name: string; value: Fraction; valueText: string } | null;
}

export interface SeatTraceGeometry {
  width: number;
  height: number;
  viewBox: string;
  fontSize: number;
  texts: TextLine[];
  cells: SeatCell[];
  markers: Marker[];
  /** Residual-seat tracks (one per round) and the value axis. */
  lines: Line[];
  /** Legend swatches, same drawing as the cells. */
  swatches: SeatCell[];
  bars: ListBar[];
  rounds: ResidualRound[];
  /** Where the residual seats start (user units from the top); null when there are none. */
  roundsTop: number | null;
}

/** One part of the chart as its own SVG: the elements that lie in it and a viewBox around them. */
export interface SeatTracePart {
  viewBox: string;
  width: number;
  height: number;
  texts: TextLine[];
  cells: SeatCell[];
  markers: Marker[];
  lines: Line[];
  swatches: SeatCell[];
}

/**
 * The chart in two parts: the seats per list, and the residual seats one at a time (null when there
 * were none). The page shows the first part and keeps the second, which is ten times as long, on
 * demand in a <details> (issue 16: one step-through, details on demand).
 */
export function splitSeatTrace(g: SeatTraceGeometry): { lists: SeatTracePart; rounds: SeatTracePart | null } {
  const part = (top: number, bottom: number): SeatTracePart => {
    const inside = (y: number) => y >= top && y < bottom;
    return {
      viewBox: `0 ${top} ${g.width} ${bottom - top}`,
      width: g.width,
      height: bottom - top,
      texts: g.texts.filter((t) => inside(t.y)),
      cells: g.cells.filter((c) => inside(c.y)),
      markers: g.markers.filter((m) => inside(m.y)),
      lines: g.lines.filter((l) => inside(l.y1)),
      swatches: g.swatches.filter((c) => inside(c.y)),
    };
  };
  if (g.roundsTop === null) return { lists: part(0, g.height), rounds: null };
  return { lists: part(0, g.roundsTop), rounds: part(g.roundsTop, g.height) };
}

/** Rough advance width of one character in the system UI font, as a share of the font size. */
const CHAR_WIDTH = 0.6;

/** Lines of at most `maxWidth` units (estimated: build-time SVG cannot measure text). */
function wrapToWidth(text: string, maxWidth: number, fontSize: number): string[] {
  const lines = wrapText(text, maxWidth / (fontSize * CHAR_WIDTH), { breakLongWords: true });
  return lines.length === 0 ? [''] : lines;
}

/** Float approximation of an exact fraction: for positioning on screen only, never for deciding. */
function approx(f: Fraction): number {
  const whole = f.num / f.den;
  return Number(whole) + Number(f.num - whole * f.den) / Number(f.den);
}

export function residualSteps(result: ApportionmentResult): ResidualStep[] {
  return result.steps.filter((s): s is ResidualStep => s.type === 'residualSeat');
}

/**
 * How many more votes the runner-up of a residual seat needed to take it, other lists unchanged:
 * the smallest whole v ≥ 1 with (runner-up value) + v / d > (winner value), where d is the
 * runner-up's divisor (seats + 1) for an average (P 7, P 8 lid 2) and 1 for a remainder (P 8
 * lid 1, kiesdeler held fixed). For an average that is: (votes + v) / (seats + 1) > winner's average.
 * v = floor((W − R) · d) + 1, computed on exact fractions. Null when the seat had no runner-up.
 */
export function votesShort(result: ApportionmentResult, step: ResidualStep): bigint | null {
  const r = step.runnerUp;
  if (r === null) return null;
  let divisor = 1n;
  if (step.method !== 'largestRemainder') {
    const votes = result.lists.find((l) => l.number === r.list)?.votes;
    if (votes === undefined || r.value.num === 0n) return null;
    // The runner-up's average is votes / d exactly, so d = votes / average (a whole number).
    const d = new Fraction(BigInt(votes)).div(r.value);
    if (d.num % d.den !== 0n) throw new Error(`runner-up ${r.list}: average is not votes / whole number`);
    divisor = d.num / d.den;
  }
  return step.value.sub(r.value).mulInt(divisor).floor() + 1n;
}

/** Build the chart geometry. */
export function seatTraceGeometry(result: ApportionmentResult, options: SeatTraceOptions): SeatTraceGeometry {
  const width = options.width ?? 360;
  const fs = options.fontSize ?? 15;
  const lh = Math.round(fs * 1.35);
  const { labels, locale } = options;
  const name = labels.listName;
  const texts: TextLine[] = [];
  const cells: SeatCell[] = [];
  const markers: Marker[] = [];
  const lines: Line[] = [];
  const swatches: SeatCell[] = [];
  let y = 0;

  const paragraph = (text: string, bold: boolean, x = 0, maxWidth = width - x) => {
    for (const l of wrapToWidth(text, maxWidth, fs)) {
      y += lh;
      texts.push({ x, y, text: l, bold, anchor: 'start' });
    }
  };

  // Legend: one swatch per line (a row of swatches would not fit at 320 px).
  const swatch = fs;
  for (const [kind, text] of [
    ['full', labels.fullSeat],
    ['residual', labels.residualSeat],
  ] as const) {
    swatches.push({ list: 0, kind, x: 0, y: y + lh - swatch + 2, width: swatch, height: swatch });
    paragraph(text, false, swatch + 6);
  }
  y += 6;

  // Part 1: seats per list.
  const steps = residualSteps(result);
  const inRounds = new Set<number>();
  for (const s of steps) {
    inRounds.add(s.list);
    if (s.runnerUp !== null) inRounds.add(s.runnerUp.list);
  }
  const bars: ListBar[] = result.lists
    .filter((l) => l.seats > 0 || inRounds.has(l.number))
    .map((l) => ({
      number: l.number,
      name: name(l.number),
      seats: l.seats,
      fullSeats: l.fullSeats,
      residualSeats: l.residualSeats,
    }));
  y += 8;
  paragraph(labels.listsTitle, true);
  // Room at the end of the longest bar for its "24 (22 + 2)" label, from the longest label.
  const countLabels = new Map(
    bars.map((b) => [b.number, labels.seatCount(b.seats, b.fullSeats, b.residualSeats)]),
  );
  const countWidth =
    Math.ceil(fs * CHAR_WIDTH * Math.max(4, ...[...countLabels.values()].map((l) => l.length))) + 8;
  const maxSeats = Math.max(1, ...bars.map((b) => b.seats));
  const x = scaleLinear()
    .domain([0, maxSeats])
    .range([0, width - countWidth]);
  const cellWidth = x(1) - x(0);
  const gap = cellWidth >= 5 ? 1 : 0;
  const barHeight = fs;
  for (const bar of bars) {
    y += 6;
    paragraph(bar.name, false);
    const top = y + 5;
    for (let i = 0; i < bar.seats; i++) {
      cells.push({
        list: bar.number,
        kind: i < bar.fullSeats ? 'full' : 'residual',
        x: x(i),
        y: top,
        width: cellWidth - gap,
        height: barHeight,
      });
    }
    texts.push({
      x: x(bar.seats) + 6,
      y: top + barHeight - 2,
      text: countLabels.get(bar.number) ?? '',
      bold: true,
      anchor: 'start',
    });
    y = top + barHeight;
  }

  // Part 2: the residual seats, one after another.
  const rounds: ResidualRound[] = steps.map((s) => ({
    seat: s.seat,
    method: s.method,
    byLot: s.byLot,
    winner: { list: s.list, name: name(s.list), value: s.value, valueText: formatFraction(locale, s.value) },
    runnerUp:
      s.runnerUp === null
        ? null
        : {
            list: s.runnerUp.list,
            name: name(s.runnerUp.list),
            value: s.runnerUp.value,
            valueText: formatFraction(locale, s.runnerUp.value),
          },
  }));
  let roundsTop: number | null = null;
  if (rounds.length > 0) {
    y += 8;
    roundsTop = y;
    y += 8;
    paragraph(labels.roundsTitle, true);
    const markerSize = fs * 0.8;
    for (const [kind, text] of [
      ['winner', labels.winner],
      ['runnerUp', labels.runnerUp],
    ] as const) {
      markers.push({
        x: markerSize / 2 + 1,
        y: y + lh - fs * 0.35,
        size: markerSize,
        kind,
        list: 0,
        seat: 0,
        onTrack: false,
      });
      paragraph(text, false, markerSize + 8);
    }
    const values = rounds.flatMap((r) => [
      approx(r.winner.value),
      ...(r.runnerUp ? [approx(r.runnerUp.value)] : []),
    ]);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const pad = Math.max((hi - lo) * 0.05, 1);
    const v = scaleLinear()
      .domain([lo - pad, hi + pad])
      .range([markerSize, width - markerSize])
      .nice();
    // Value axis: tick labels are whole numbers (approximate, for orientation only); the exact
    // values are the fractions in the text lines and the table.
    y += lh + 4;
    const axisY = y;
    const ticks = v.ticks(3);
    lines.push({ x1: v.range()[0] as number, y1: axisY, x2: v.range()[1] as number, y2: axisY });
    for (const t of ticks) {
      const tx = v(t);
      lines.push({ x1: tx, y1: axisY, x2: tx, y2: axisY + 5 });
      texts.push({
        x: tx,
        y: axisY + 5 + lh,
        text: formatInteger(locale, Math.round(t)),
        bold: false,
        anchor: tx > width - 40 ? 'end' : 'start',
      });
    }
    y = axisY + 5 + lh;
    let method: ResidualMethod | null = null;
    for (const r of rounds) {
      y += 8;
      if (r.method !== method) {
        method = r.method;
        paragraph(labels.method(method), true);
      }
      const indent = markerSize + 8;
      const winnerLineY = y + lh;
      markers.push({
        x: markerSize / 2 + 1,
        y: winnerLineY - fs * 0.35,
        size: markerSize,
        kind: 'winner',
        list: r.winner.list,
        seat: r.seat,
        onTrack: false,
      });
      paragraph(labels.round(r.seat, r.byLot, r.winner.name, r.winner.valueText), true, indent);
      if (r.runnerUp !== null) {
        const runnerY = y + lh;
        markers.push({
          x: markerSize / 2 + 1,
          y: runnerY - fs * 0.35,
          size: markerSize,
          kind: 'runnerUp',
          list: r.runnerUp.list,
          seat: r.seat,
          onTrack: false,
        });
        paragraph(`${r.runnerUp.name}: ${r.runnerUp.valueText}`, false, indent);
      }
      // The tracks: where the two values lie on the shared value axis. Winner and runner-up each get
      // their own track, one under the other, so their markers never cover each other however close
      // the values are (they often differ by less than a marker's width).
      y += markerSize + 4;
      const trackY = y;
      const runnerTrackY = trackY + markerSize + 3;
      lines.push({ x1: v.range()[0] as number, y1: trackY, x2: v.range()[1] as number, y2: trackY });
      markers.push({
        x: v(approx(r.winner.value)),
        y: trackY,
        size: markerSize,
        kind: 'winner',
        list: r.winner.list,
        seat: r.seat,
        onTrack: true,
      });
      if (r.runnerUp !== null) {
        lines.push({
          x1: v.range()[0] as number,
          y1: runnerTrackY,
          x2: v.range()[1] as number,
          y2: runnerTrackY,
        });
        markers.push({
          x: v(approx(r.runnerUp.value)),
          y: runnerTrackY,
          size: markerSize,
          kind: 'runnerUp',
          list: r.runnerUp.list,
          seat: r.seat,
          onTrack: true,
        });
      }
      y = (r.runnerUp !== null ? runnerTrackY : trackY) + markerSize / 2;
    }
  }
  const height = Math.ceil(y + 8);
  return {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    fontSize: fs,
    texts,
    cells,
    markers,
    lines,
    swatches,
    bars,
    rounds,
    roundsTop,
  };
}

/** The one-sentence finding under the chart, as data; the component words it per language. */
export type SeatTraceFinding =
  | { kind: 'lots'; options: number[]; seats: number[] }
  | { kind: 'noResidualSeats'; seats: number }
  | {
      kind: 'lastResidualSeat';
      seat: number;
      winner: number;
      byLot: boolean;
      /** Null when no other list could compete for the seat. */
      runnerUp: number | null;
      /** Votes the runner-up was short (see votesShort); null without runner-up. */
      votesShort: bigint | null;
      /** True when the runner-up had exactly the winner's value (tie decided without or by lot). */
      tie: boolean;
    };

export function seatTraceFinding(result: ApportionmentResult): SeatTraceFinding {
  const d = result.drawingOfLots;
  if (d !== null && d.kind === 'residualSeat') {
    return {
      kind: 'lots',
      options: d.options.filter((o): o is number => typeof o === 'number'),
      seats: d.seatsAtStake,
    };
  }
  const steps = residualSteps(result);
  const last = steps.at(-1);
  if (last === undefined) return { kind: 'noResidualSeats', seats: result.seats };
  return {
    kind: 'lastResidualSeat',
    seat: last.seat,
    winner: last.list,
    byLot: last.byLot,
    runnerUp: last.runnerUp?.list ?? null,
    votesShort: votesShort(result, last),
    tie: last.runnerUp !== null && last.runnerUp.value.eq(last.value),
  };
}
