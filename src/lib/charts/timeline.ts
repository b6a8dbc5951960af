/**
 * Geometry of a vertical timeline: one marker per event, date on the left, text on the right.
 * Events are spaced by their text height, not by calendar distance: the TK2023 events are bunched in
 * a few weeks after months of quiet, and a true time scale would squeeze them together. The date is
 * printed next to each marker, so no information is lost. Key events (`key: true`) get a diamond
 * instead of a circle, so the distinction does not rest on colour alone (WCAG 2.2 SC 1.4.1).
 * Pure: returns positions and path strings (d3 symbols), no DOM.
 */
import { symbol, symbolCircle, symbolDiamond } from 'd3';
import { wrapText } from './wrap.ts';

export interface TimelineEvent {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  dateLabel: string;
  text: string;
  key?: boolean | undefined;
}

export interface TimelineItem extends TimelineEvent {
  cy: number;
  /** Marker path, centred on (axisX, cy). */
  marker: string;
  dateX: number;
  textLines: { text: string; x: number; y: number }[];
}

export interface TimelineLayout {
  width: number;
  height: number;
  axisX: number;
  axis: string;
  items: TimelineItem[];
}

const LINE_HEIGHT = 19;

export function layoutTimeline(events: readonly TimelineEvent[], width = 320): TimelineLayout {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
  const axisX = 84;
  const textX = axisX + 16;
  const maxChars = Math.floor((width - textX - 4) / 7.4);
  const circle = symbol(symbolCircle, 110)() ?? '';
  const diamond = symbol(symbolDiamond, 170)() ?? '';
  let y = 6;
  const items: TimelineItem[] = sorted.map((event) => {
    const lines = wrapText(event.text, maxChars);
    const cy = y + 12;
    y += Math.max(1, lines.length) * LINE_HEIGHT + 16;
    return {
      ...event,
      cy,
      marker: event.key ? diamond : circle,
      dateX: axisX - 14,
      textLines: lines.map((text, j) => ({ text, x: textX, y: cy + 5 + j * LINE_HEIGHT })),
    };
  });
  const first = items[0];
  const last = items[items.length - 1];
  const axis = first && last ? `M${axisX},${first.cy}V${last.cy}` : '';
  return { width, height: y, axisX, axis, items };
}
