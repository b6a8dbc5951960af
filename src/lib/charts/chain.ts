/**
 * Geometry of the "counting chain" diagram: the steps from polling station to central electoral
 * committee as boxes stacked from top to bottom, joined by arrows. Stacking (not a row) keeps the
 * text readable at 320 px wide without horizontal scrolling (WCAG 2.2 SC 1.4.10).
 * Pure: returns positions and SVG path strings (d3 path), no DOM.
 */
import { path as d3path } from 'd3';
import { wrapText } from './wrap.ts';

export interface ChainStep {
  /** Short name, e.g. "Stembureaus". */
  title: string;
  /** The key figure, e.g. "9.140 stemlokalen". */
  figure: string;
  /** One more line: what it produces, e.g. "proces-verbaal N 10-1 of N 10-2". */
  detail: string;
}

export interface ChainLine {
  text: string;
  x: number;
  y: number;
  kind: 'title' | 'figure' | 'detail';
}

export interface ChainBox {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: ChainLine[];
}

export interface ChainLayout {
  width: number;
  height: number;
  boxes: ChainBox[];
  /** One arrow (shaft and head as one path) between each pair of boxes. */
  arrows: string[];
}

const PAD = 12;
const LINE = { title: 22, figure: 22, detail: 18 } as const;
const GAP = 34; // room for an arrow between boxes

export function layoutChain(steps: readonly ChainStep[], width = 320): ChainLayout {
  const boxWidth = width - 2;
  // Bold 15–16 px text averages about 9.6 px a character, 13.5 px text about 7.6 px (system sans-serif).
  const inner = boxWidth - 2 * PAD;
  const maxChars = Math.floor(inner / 9.6);
  const detailChars = Math.floor(inner / 7.6);
  const boxes: ChainBox[] = [];
  let y = 1;
  for (const step of steps) {
    const lines: ChainLine[] = [];
    let ly = y + PAD;
    const push = (text: string, kind: ChainLine['kind']) => {
      ly += LINE[kind];
      lines.push({ text, x: 1 + PAD, y: ly - 5, kind });
    };
    for (const t of wrapText(step.title, maxChars)) push(t, 'title');
    for (const t of wrapText(step.figure, maxChars)) push(t, 'figure');
    for (const t of wrapText(step.detail, detailChars)) push(t, 'detail');
    const height = ly - y + PAD;
    boxes.push({ x: 1, y, width: boxWidth, height, lines });
    y += height + GAP;
  }
  const arrows: string[] = [];
  for (let i = 0; i + 1 < boxes.length; i += 1) {
    const from = boxes[i] as ChainBox;
    const to = boxes[i + 1] as ChainBox;
    const cx = from.x + from.width / 2;
    const top = from.y + from.height + 4;
    const bottom = to.y - 4;
    const p = d3path();
    p.moveTo(cx, top);
    p.lineTo(cx, bottom - 8);
    p.moveTo(cx - 8, bottom - 10);
    p.lineTo(cx, bottom);
    p.lineTo(cx + 8, bottom - 10);
    arrows.push(p.toString());
  }
  const last = boxes[boxes.length - 1];
  return { width, height: last ? last.y + last.height + 1 : 0, boxes, arrows };
}
