/**
 * Greedy word wrap for SVG text, which does not wrap by itself. Widths are counted in characters:
 * at the chart font size an average character is about 0.55 em, so `maxChars` is chosen per chart
 * to fit its box at the smallest width we support (320 CSS px, WCAG 2.2 SC 1.4.10 reflow).
 */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
