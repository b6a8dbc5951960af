/**
 * Greedy word wrap for SVG text, which does not wrap by itself. Widths are counted in characters:
 * each chart chooses `maxChars` from its box width and font size at the smallest width we support
 * (320 CSS px, WCAG 2.2 SC 1.4.10 reflow). The one word-wrap of the site's charts.
 */
export interface WrapOptions {
  /** Break a word longer than a line between characters (names in narrow charts); default false. */
  breakLongWords?: boolean;
}

export function wrapText(text: string, maxChars: number, options: WrapOptions = {}): string[] {
  const limit = Math.max(1, Math.floor(maxChars));
  const lines: string[] = [];
  let line = '';
  // Break at ordinary spaces only: a no-break space (U+00A0, as in "69.551 76/150") keeps its parts together.
  for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
    let rest = word;
    if (options.breakLongWords) {
      while (rest.length > limit) {
        if (line) {
          lines.push(line);
          line = '';
        }
        lines.push(rest.slice(0, limit));
        rest = rest.slice(limit);
      }
    }
    if (line && line.length + 1 + rest.length > limit) {
      lines.push(line);
      line = rest;
    } else {
      line = line ? `${line} ${rest}` : rest;
    }
  }
  if (line) lines.push(line);
  return lines;
}
