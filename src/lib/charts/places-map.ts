/**
 * Everything PlacesMap.astro renders: one municipality's outline and its polling places as numbered
 * dots. Places come in WGS84 (lat/lon); they are converted to RD New with proj4 (geo/rd.ts) and drawn
 * through the same transform as the outline (geo/map.ts), so dots and border always agree.
 *
 * Rules: places are numbered 1…n in the order given (the list twin uses the same numbers). A place
 * without coordinates, or whose coordinates fall outside the map's box (a wrong address or a mobile
 * station elsewhere), is not drawn and is counted as "unplaced". A dot carries its number when the
 * label fits without touching an earlier labelled dot; the others are drawn as small dots (their number
 * is in the list). Labels are 14 px at a 320-unit width, so ≥ 14 CSS px on a 360 px screen.
 */
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';
import type { BoundaryFile } from '../geo/boundaries.ts';
import { municipalityOutline } from '../geo/map.ts';
import { wgs84ToRd } from '../geo/rd.ts';

export interface PlaceInput {
  /** Stable key (e.g. the polling-place id). */
  key: string;
  name: string;
  lat: number | null;
  lon: number | null;
  /** Address line for the list, e.g. "Sportlaan 4, Oude Pekela". */
  address?: string;
  href?: string;
}

export interface PlaceDot {
  number: number;
  key: string;
  x: number;
  y: number;
  labelled: boolean;
  /** Where the number's bubble is drawn: on the dot, or beside it with a leader line. */
  labelX: number;
  labelY: number;
  /** Bubble radius: wider for three- and four-digit numbers. */
  labelR: number;
}

export interface PlacesMapView {
  width: number;
  height: number;
  outline: string;
  dots: PlaceDot[];
  list: { number: number; name: string; address?: string; href?: string; onMap: boolean }[];
  unplaced: number;
  desc: string;
  dotRadius: number;
  smallRadius: number;
  fontSize: number;
}

const DOT = 11;
const SMALL = 3.5;
const FONT = 14;

export function placesMapView(
  locale: Locale,
  boundaries: BoundaryFile,
  code: string,
  municipality: string,
  places: readonly PlaceInput[],
  options: { width?: number } = {},
): PlacesMapView | undefined {
  const map = municipalityOutline(boundaries, code, { width: options.width ?? 320 });
  if (!map) return undefined;
  const dots: PlaceDot[] = [];
  const list: PlacesMapView['list'] = [];
  places.forEach((p, i) => {
    const number = i + 1;
    const rd = p.lat !== null && p.lon !== null ? wgs84ToRd(p.lat, p.lon) : undefined;
    const xy = rd ? map.project(rd[0], rd[1]) : undefined;
    const onMap = Boolean(xy && xy[0] >= 0 && xy[0] <= map.width && xy[1] >= 0 && xy[1] <= map.height);
    if (xy && onMap) {
      const x = Math.round(xy[0] * 10) / 10;
      const y = Math.round(xy[1] * 10) / 10;
      const labelR = number < 100 ? DOT : number < 1000 ? DOT + 3 : DOT + 6;
      dots.push({ number, key: p.key, x, y, labelled: false, labelX: x, labelY: y, labelR });
    }
    list.push({
      number,
      name: p.name,
      onMap,
      ...(p.address ? { address: p.address } : {}),
      ...(p.href ? { href: p.href } : {}),
    });
  });
  // Greedy labelling in number order: the bubble goes on the dot, or else at one of eight places
  // around it (with a leader line), wherever it is inside the box and clear of every bubble placed so
  // far and of every other dot. A dot with no free place stays small and unnumbered.
  const bubbles: [number, number, number][] = [];
  const free = (bx: number, by: number, self: PlaceDot) => {
    const r = self.labelR;
    return (
      bx - r >= 0 &&
      bx + r <= map.width &&
      by - r >= 0 &&
      by + r <= map.height &&
      bubbles.every(([ox, oy, or]) => Math.hypot(ox - bx, oy - by) >= r + or + 1) &&
      dots.every((o) => o === self || Math.hypot(o.x - bx, o.y - by) >= r + SMALL + 1)
    );
  };
  const around = Array.from({ length: 8 }, (_, k) => [
    Math.cos((k * Math.PI) / 4),
    -Math.sin((k * Math.PI) / 4),
  ]);
  for (const d of dots) {
    const spots: [number, number][] = [
      [d.x, d.y],
      ...around.map(
        ([cx, cy]) =>
          [d.x + (cx as number) * (2 * d.labelR + 2), d.y + (cy as number) * (2 * d.labelR + 2)] as [
            number,
            number,
          ],
      ),
    ];
    const spot = spots.find(([bx, by]) => free(bx, by, d));
    if (spot) {
      d.labelled = true;
      d.labelX = Math.round(spot[0] * 10) / 10;
      d.labelY = Math.round(spot[1] * 10) / 10;
      bubbles.push([spot[0], spot[1], d.labelR]);
    }
  }
  // A few numbers scattered over a crowded map help nobody: below 80 % labelled, none are, and the
  // dots show where the places are (the list has them all).
  if (dots.length && dots.filter((d) => d.labelled).length < 0.8 * dots.length) {
    for (const d of dots) {
      d.labelled = false;
      d.labelX = d.x;
      d.labelY = d.y;
    }
  }
  const unplaced = list.filter((l) => !l.onMap).length;
  const desc = [
    dots.length
      ? t(locale, dots.some((d) => d.labelled) ? 'charts.places.desc' : 'charts.places.descDots', {
          municipality,
          count: dots.length,
        })
      : t(locale, 'charts.places.descNone', { municipality }),
    ...(unplaced ? [t(locale, 'charts.places.unplaced', { count: unplaced })] : []),
  ].join(' ');
  return {
    width: map.width,
    height: map.height,
    outline: map.shapes[0]?.d ?? '',
    dots,
    list,
    unplaced,
    desc,
    dotRadius: DOT,
    smallRadius: SMALL,
    fontSize: FONT,
  };
}
