/**
 * SVG markup of the bar and strip charts, as one string: the page inlines it (inside ChartFigure's
 * aria-hidden group) and the build writes the same marks into a standalone .svg file, so the chart on
 * the page and the chart file can never differ. Every text is escaped here; names from source files
 * may contain "<", "&" or bidi controls.
 *
 * Classes (ot-c-*) let the page style the marks (forced-colors mode, WCAG 2.2 SC 1.4.11); the file
 * version carries the same look through presentation attributes and its own small style element.
 */
import type { BarGeometry, TextLine } from './bars.ts';
import type { StripGeometry } from './strip.ts';

/** Bidi controls would reorder a label; the table twin keeps the published text. */
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function escapeXml(text: string): string {
  return text
    .replace(BIDI_CONTROLS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const n = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));

// Bars carry a dark outline: light palette colours (yellow 1.2:1 on white) still show their edge with
// ≥ 3:1 contrast (WCAG 2.2 SC 1.4.11), as the maps work's marks do (OUTLINE in list-colours.ts).

/** Text with a white halo (paint-order stroke), so a gridline or the reference line behind it never
 *  makes it hard to read (WCAG 2.2 SC 1.4.3). */
function text(t: TextLine, cls: string, size: number): string {
  return `<text x="${n(t.x)}" y="${n(t.y)}" font-size="${n(size)}" text-anchor="${t.anchor}" class="${cls}" paint-order="stroke" stroke="#fff" stroke-width="3" stroke-linejoin="round">${escapeXml(t.text)}</text>`;
}

export function barMarkup(g: BarGeometry): string {
  const out: string[] = [];
  for (const l of g.grid)
    out.push(
      `<line x1="${n(l.x)}" x2="${n(l.x)}" y1="${n(l.y1)}" y2="${n(l.y2)}" class="ot-c-grid" stroke="#b8bec6" />`,
    );
  for (const t of g.ticks) out.push(text(t.label, 'ot-c-tick', g.fontSize));
  if (g.reference) {
    const f = g.reference;
    out.push(
      `<line x1="${n(f.x)}" x2="${n(f.x)}" y1="${n(f.y1)}" y2="${n(f.y2)}" stroke="#a4161a" stroke-width="2" stroke-dasharray="6 4" class="ot-c-ref" />`,
    );
    out.push(text(f.label, 'ot-c-ref-label', g.fontSize));
  }
  for (const r of g.rows) {
    for (const l of r.lines) out.push(text(l, 'ot-c-label', g.fontSize));
    out.push(
      `<rect x="${n(r.bar.x)}" y="${n(r.bar.y)}" width="${n(r.bar.width)}" height="${n(r.bar.height)}" fill="${escapeXml(r.colour)}" stroke="#1a1a1a" stroke-width="1" class="ot-c-bar" />`,
    );
    if (r.compare)
      out.push(
        `<line x1="${n(r.compare.x)}" x2="${n(r.compare.x)}" y1="${n(r.compare.y1)}" y2="${n(r.compare.y2)}" stroke="#fff" stroke-width="7" class="ot-c-halo" /><line x1="${n(r.compare.x)}" x2="${n(r.compare.x)}" y1="${n(r.compare.y1)}" y2="${n(r.compare.y2)}" stroke="#1a1a1a" stroke-width="3" class="ot-c-compare" />`,
      );
    out.push(text(r.value, 'ot-c-value', g.fontSize));
  }
  return out.join('');
}

export function stripMarkup(g: StripGeometry): string {
  const out: string[] = [];
  out.push(
    `<line x1="${n(g.axis.x1)}" x2="${n(g.axis.x2)}" y1="${n(g.axis.y)}" y2="${n(g.axis.y)}" stroke="#1a1a1a" class="ot-c-axis" />`,
  );
  for (const t of g.ticks) {
    out.push(
      `<line x1="${n(t.x)}" x2="${n(t.x)}" y1="${n(t.y1)}" y2="${n(t.y2)}" stroke="#1a1a1a" class="ot-c-axis" />`,
    );
    out.push(text(t.label, 'ot-c-tick', g.fontSize));
  }
  for (const m of g.marks)
    out.push(
      m.clamped
        ? `<path d="M${n(m.x)} ${n(m.y1 + 10)}l${m.clamped === 'high' ? -7 : 7} -6v12z" fill="#a4161a" class="ot-c-ref-mark" />`
        : `<line x1="${n(m.x)}" x2="${n(m.x)}" y1="${n(m.y1)}" y2="${n(m.y2)}" stroke="#1d4e89" stroke-width="1.5" class="ot-c-mark" />`,
    );
  if (g.reference) {
    const f = g.reference;
    out.push(
      `<line x1="${n(f.x)}" x2="${n(f.x)}" y1="${n(f.y1)}" y2="${n(f.y2)}" stroke="#a4161a" stroke-width="3" class="ot-c-ref" />`,
    );
    out.push(text(f.label, 'ot-c-ref-label', g.fontSize));
  }
  return out.join('');
}

/**
 * A complete standalone SVG file: role="img" with title and desc (WCAG 2.2 SC 1.1.1), the marks, and a
 * font so it renders the same outside the page.
 */
export function svgFile(input: {
  title: string;
  desc: string;
  width: number;
  height: number;
  marks: string;
  lang: string;
}): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${input.width} ${input.height}" width="${input.width}" height="${input.height}" role="img" aria-labelledby="t d" xml:lang="${escapeXml(input.lang)}">` +
    `<title id="t">${escapeXml(input.title)}</title><desc id="d">${escapeXml(input.desc)}</desc>` +
    `<style>text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;fill:#1a1a1a}</style>` +
    `<rect width="100%" height="100%" fill="#fff" />${input.marks}</svg>\n`
  );
}
