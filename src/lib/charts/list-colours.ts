/**
 * One stable, colour-blind-safe colour per list within an election.
 *
 * Rule: lists are ranked by their votes in the whole election (most votes first; equal votes by list
 * number, then name), and rank k gets palette colour k. Pass the election-wide votes on every page of an
 * election (national map, municipality page, hemicycle) and a list keeps its colour everywhere.
 *
 * Palette: Okabe & Ito (2008), "Color Universal Design" — the eight colours stay distinguishable for
 * protanopia, deuteranopia and tritanopia. Beyond the palette a list gets a neutral grey with a
 * distinct pattern (`pattern`), and every chart that uses these colours names the list in words
 * (legend, table): colour is never the only carrier of meaning (WCAG 2.2 SC 1.4.1).
 *
 * Contrast: several Okabe-Ito colours are light (yellow 1.2:1 on white), so marks drawn with them need
 * a dark outline (`OUTLINE`, ≥ 3:1 against white and against every palette colour it separates:
 * SC 1.4.11 non-text contrast); text on a colour uses `text` (black or white, whichever gives ≥ 4.5:1,
 * SC 1.4.3). In forced-colors mode the fills are replaced by the system colours, so charts also carry
 * the list's `pattern` (see ChartPatterns.astro) and outlines.
 */

/** Okabe-Ito, ordered so that the first colours (the biggest lists) are the most distinct from each other. */
export const PALETTE = [
  { hex: '#0072B2', name: 'blue' },
  { hex: '#E69F00', name: 'orange' },
  { hex: '#009E73', name: 'bluish green' },
  { hex: '#CC79A7', name: 'reddish purple' },
  { hex: '#56B4E9', name: 'sky blue' },
  { hex: '#D55E00', name: 'vermillion' },
  { hex: '#F0E442', name: 'yellow' },
  { hex: '#000000', name: 'black' },
] as const;

/** Lists beyond the palette: one neutral grey, told apart by pattern and by the name beside it. */
export const FALLBACK = '#BBBBBB';
/** Outline of every coloured mark (≥ 3:1 on white and on the light palette colours). */
export const OUTLINE = '#1A1A1A';

/** Pattern names, in order; ChartPatterns.astro draws each. 'solid' has no overlay. */
export const PATTERNS = [
  'solid',
  'diagonal',
  'dots',
  'horizontal',
  'cross',
  'vertical',
  'antidiagonal',
  'grid',
] as const;
export type PatternName = (typeof PATTERNS)[number];

export interface ListVotes {
  /** List number as published (e.g. "4"); the key. */
  list: string;
  name: string;
  votes: bigint | number;
}

export interface ListColour {
  list: string;
  name: string;
  /** 0-based rank by votes in the election. */
  rank: number;
  fill: string;
  /** Text colour on `fill` with the higher contrast (black or white). */
  text: string;
  /** Pattern for forced-colors mode and for lists beyond the palette. */
  pattern: PatternName;
  /** False for lists beyond the palette: grey, told apart by pattern and name. */
  inPalette: boolean;
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2.2 relative luminance of a #RRGGBB colour. */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #RRGGBB colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => channel(parseInt(x as string, 16))) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.2 contrast ratio (1–21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever contrasts more with `fill` (SC 1.4.3). */
export function textOn(fill: string): string {
  return contrast(fill, '#000000') >= contrast(fill, '#FFFFFF') ? '#000000' : '#FFFFFF';
}

function toBig(v: bigint | number): bigint {
  return typeof v === 'bigint' ? v : BigInt(Math.trunc(v));
}

/** Numeric list numbers sort as numbers ("2" before "10"); others after them, as text. */
export function compareListNumbers(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/**
 * Colours for all lists of one election. The input order does not matter; a list that appears twice
 * (same number) is an input error, because its colour would be ambiguous.
 */
export function listColours(lists: readonly ListVotes[]): Map<string, ListColour> {
  const seen = new Set<string>();
  for (const l of lists) {
    if (seen.has(l.list)) throw new Error(`list ${l.list} appears twice; one colour per list`);
    seen.add(l.list);
  }
  const ranked = [...lists].sort((a, b) => {
    const va = toBig(a.votes);
    const vb = toBig(b.votes);
    if (va !== vb) return va > vb ? -1 : 1;
    return compareListNumbers(a.list, b.list) || a.name.localeCompare(b.name, 'en');
  });
  const out = new Map<string, ListColour>();
  ranked.forEach((l, rank) => {
    const inPalette = rank < PALETTE.length;
    const fill = inPalette ? (PALETTE[rank] as (typeof PALETTE)[number]).hex : FALLBACK;
    // Palette lists: a pattern per rank too, for forced-colors mode. Fallback lists cycle through the
    // patterns without 'solid', so two grey lists side by side never look the same.
    const pattern: PatternName = inPalette
      ? (PATTERNS[rank % PATTERNS.length] as PatternName)
      : (PATTERNS[1 + ((rank - PALETTE.length) % (PATTERNS.length - 1))] as PatternName);
    out.set(l.list, { list: l.list, name: l.name, rank, fill, text: textOn(fill), pattern, inPalette });
  });
  return out;
}

/**
 * When a mark shows its pattern on top of the fill: never for 'solid'; always for grey lists beyond the
 * palette (the pattern is what tells them apart); only in forced-colors mode for palette colours.
 */
export type Overlay = 'none' | 'always' | 'forced';
export function overlayOf(c: Pick<ListColour, 'pattern' | 'inPalette'>): Overlay {
  if (c.pattern === 'solid') return 'none';
  return c.inPalette ? 'forced' : 'always';
}
