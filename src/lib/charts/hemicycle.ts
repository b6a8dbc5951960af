/**
 * Geometry of a hemicycle (a parliament seen from above): every seat is a dot on one of a few
 * concentric half-circle rows; lists get consecutive seats sweeping from left to right, so each list
 * is one wedge. Pure geometry, no DOM: the component `Hemicycle.astro` only draws the dots.
 *
 * Layout rule: the rows lie between an inner radius of 40 % and the outer radius; the number of rows is
 * the smallest that fits all seats at one seat spacing `d` (the row distance); each row's seats are
 * proportional to its length (largest remainder, never more than fit). Seats are ordered by angle
 * (left first), at equal angle outer row first, and handed out list by list.
 */

export interface HemicycleList {
  list: string;
  name: string;
  seats: number;
}

export interface HemicycleSeat {
  list: string;
  /** 0-based index of the seat within its list. */
  index: number;
  cx: number;
  cy: number;
  /** 0 = outermost row. */
  row: number;
  /** Angle in radians, π = far left, 0 = far right. */
  angle: number;
}

export interface Hemicycle {
  width: number;
  height: number;
  /** Centre of the half circle (on the base line). */
  cx: number;
  cy: number;
  outerRadius: number;
  innerRadius: number;
  seatRadius: number;
  rows: number;
  seats: HemicycleSeat[];
  /** Lists in the order they were seated (left to right), lists without seats left out. */
  order: HemicycleList[];
}

const INNER = 0.4;

/** Capacity of a row of radius r at seat spacing d: seats at both ends of the arc, π·r/d gaps. */
function capacity(r: number, d: number): number {
  return Math.floor((Math.PI * r) / d + 1e-9) + 1;
}

function rowRadii(rows: number, outer: number): { radii: number[]; d: number } {
  // Rows are d apart, the outer row d/2 inside the outer radius, the inner row ≥ INNER·outer.
  const d = (outer * (1 - INNER)) / rows;
  const radii = Array.from({ length: rows }, (_, i) => outer - d / 2 - i * d);
  return { radii, d };
}

/** Seats per row for `total` seats: the fewest rows that fit, seats shared by row length. */
export function seatsPerRow(total: number): number[] {
  if (!Number.isInteger(total) || total < 0)
    throw new Error(`seat count must be a whole number ≥ 0: ${total}`);
  if (total === 0) return [];
  for (let rows = 1; ; rows++) {
    const { radii, d } = rowRadii(rows, 1);
    const caps = radii.map((r) => capacity(r, d));
    if (caps.reduce((a, b) => a + b, 0) < total) continue;
    const sum = radii.reduce((a, b) => a + b, 0);
    // Largest remainder on the row lengths, capped at each row's capacity.
    const exact = radii.map((r) => (total * r) / sum);
    const counts = exact.map((x, i) => Math.min(Math.floor(x), caps[i] as number));
    let left = total - counts.reduce((a, b) => a + b, 0);
    const byRemainder = exact
      .map((x, i) => ({ i, rem: x - Math.floor(x) }))
      .sort((a, b) => b.rem - a.rem || a.i - b.i);
    while (left > 0) {
      let placed = false;
      for (const { i } of byRemainder) {
        if (left > 0 && (counts[i] as number) < (caps[i] as number)) {
          counts[i] = (counts[i] as number) + 1;
          left--;
          placed = true;
        }
      }
      if (!placed) break;
    }
    if (left === 0) return counts;
  }
}

/**
 * Lays out the seats of `lists`, in the order given (sort before calling: `sortForHemicycle`).
 * `width` is the viewBox width; the height follows (half circle plus half a seat below the base line).
 */
export function hemicycle(lists: readonly HemicycleList[], width = 320): Hemicycle {
  for (const l of lists) {
    if (!Number.isInteger(l.seats) || l.seats < 0) {
      throw new Error(`list ${l.list}: seats must be a whole number ≥ 0, got ${l.seats}`);
    }
  }
  const order = lists.filter((l) => l.seats > 0);
  const total = order.reduce((a, l) => a + l.seats, 0);
  const perRow = seatsPerRow(total);
  const rows = perRow.length;
  const { d } = rowRadii(Math.max(rows, 1), 1);
  // Seat dots fill 80 % of the spacing, but never more than a single row allows.
  const seatRatio = 0.4 * d;
  const margin = 2;
  const outerRadius = (width - 2 * margin) / 2 / (1 + seatRatio - d / 2);
  const scale = outerRadius;
  const seatRadius = seatRatio * scale;
  const cx = width / 2;
  const cy = margin + outerRadius - (d / 2) * scale + seatRadius;
  const { radii } = rowRadii(Math.max(rows, 1), outerRadius);

  const positions: Omit<HemicycleSeat, 'list' | 'index'>[] = [];
  perRow.forEach((n, row) => {
    const r = radii[row] as number;
    for (let j = 0; j < n; j++) {
      const angle = n === 1 ? Math.PI / 2 : Math.PI - (j * Math.PI) / (n - 1);
      positions.push({ cx: cx + r * Math.cos(angle), cy: cy - r * Math.sin(angle), row, angle });
    }
  });
  // Left to right; at (nearly) equal angle the outer row first so a list's wedge is compact.
  positions.sort((a, b) => b.angle - a.angle || a.row - b.row);

  const seats: HemicycleSeat[] = [];
  let k = 0;
  for (const l of order) {
    for (let index = 0; index < l.seats; index++) {
      const p = positions[k++] as (typeof positions)[number];
      seats.push({ list: l.list, index, ...p });
    }
  }
  return {
    width,
    height: Math.ceil(cy + seatRadius + margin),
    cx,
    cy,
    outerRadius,
    innerRadius: INNER * outerRadius,
    seatRadius,
    rows,
    seats,
    order: [...order],
  };
}

/** The usual order: most seats first; equal seats by list number. */
export function sortForHemicycle<T extends HemicycleList>(lists: readonly T[]): T[] {
  return [...lists].sort(
    (a, b) => b.seats - a.seats || a.list.localeCompare(b.list, 'en', { numeric: true }),
  );
}
