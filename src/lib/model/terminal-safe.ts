/**
 * Text from input files that ends up in a terminal message must not be able to drive the terminal:
 * an ESC sequence in a CSV cell could clear the screen, move the cursor or rewrite earlier lines, and a
 * bidirectional override could make a message read differently than it is (CVE-2021-42574, "Trojan
 * Source"). Every such character is shown visibly as a JavaScript-style escape instead.
 */

// C0 controls (tab and newline included: a message is one line), DEL, C1 controls, the bidi embeddings,
// overrides and isolates, line/paragraph separators, and zero-width/BOM characters that hide text.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;

/** "\x1b[2J" → "\u001B[2J": the character becomes six visible characters. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
