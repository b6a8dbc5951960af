/**
 * A d3-geo path context that writes compact SVG path data: an absolute move, then relative line
 * segments with coordinates rounded to `precision` units (integers by default). Segments that round to
 * no movement are dropped. About half the size of d3's absolute output, which matters for a map of 342
 * municipalities that must stay well under the page budget.
 */
export class CompactPath {
  private parts: string[] = [];
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;
  private readonly f: number;
  /** After an "l", further segments repeat it implicitly (SVG path grammar): no letter needed. */
  private inLine = false;

  constructor(precision = 1) {
    this.f = 1 / precision;
  }

  private r(v: number): number {
    return Math.round(v * this.f) / this.f;
  }

  private num(v: number): string {
    // "-0.5" → "-.5": every byte counts over thousands of points.
    const s = String(Math.round(v * this.f) / this.f);
    return s.replace(/^(-?)0\./, '$1.');
  }

  moveTo(x: number, y: number): void {
    const rx = this.r(x);
    const ry = this.r(y);
    this.parts.push(`M${this.num(rx)} ${this.num(ry)}`);
    this.inLine = false;
    this.x = this.startX = rx;
    this.y = this.startY = ry;
  }

  lineTo(x: number, y: number): void {
    const rx = this.r(x);
    const ry = this.r(y);
    const dx = rx - this.x;
    const dy = ry - this.y;
    if (dx === 0 && dy === 0) return;
    const sx = this.num(dx);
    const sy = this.num(dy);
    const lead = this.inLine ? (sx.startsWith('-') ? '' : ' ') : 'l';
    this.parts.push(`${lead}${sx}${sy.startsWith('-') ? '' : ' '}${sy}`);
    this.inLine = true;
    this.x = rx;
    this.y = ry;
  }

  closePath(): void {
    this.parts.push('z');
    this.inLine = false;
    this.x = this.startX;
    this.y = this.startY;
  }

  arc(): void {
    throw new Error('CompactPath draws polygons only (no point radius)');
  }

  /** The path data so far; resets the buffer. */
  result(): string {
    const d = this.parts.join('');
    this.parts = [];
    return d;
  }
}
