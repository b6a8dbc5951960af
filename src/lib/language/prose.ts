/**
 * Turns an MDX page into the running text a reader reads, as a list of blocks (paragraphs and list
 * items). What counts, and why:
 * - Paragraphs and list items count. Each list item is its own block, so it is at least one sentence:
 *   a reader takes in a list item as a unit, and counting a list as one long sentence would punish
 *   lists, which are the plain-language way to break up long text.
 * - The page summary (front matter `summary`) counts: it is shown as the lead paragraph.
 * - Headings, tables, code, front matter, MDX comments, import/export lines and JSX components do NOT
 *   count: headings and table cells are labels, not sentences, and components render their own
 *   accessible text (charts have their own captions and tables).
 * - Inline markup is reduced to its text: [text](url) → text, **bold** → bold, <abbr>x</abbr> → x.
 */
export interface ProseBlock {
  text: string;
  /** 1-based line in the source file where the block starts, for error messages. */
  line: number;
  kind: 'paragraph' | 'list-item' | 'summary';
}

/** The value of a one-line `key: value` in YAML front matter (quotes removed), or undefined. */
function frontMatterValue(frontMatter: string, key: string): string | undefined {
  const match = new RegExp(`^${key}:\\s*(.+)$`, 'm').exec(frontMatter);
  if (!match?.[1]) return undefined;
  const raw = match[1].trim();
  if ((raw.startsWith("'") && raw.endsWith("'")) || (raw.startsWith('"') && raw.endsWith('"'))) {
    return raw.slice(1, -1).replace(/''/g, "'");
  }
  return raw;
}

/** Inline Markdown/MDX/HTML reduced to plain text. */
function inlineText(source: string): string {
  return source
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ') // MDX comments
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images: alt text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links: their text
    .replace(/<[^>]+>/g, '') // HTML/JSX tags, keep their content
    .replace(/\{[^}]*\}/g, ' ') // MDX expressions
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\*\*|__|`/g, '')
    .replace(/(^|[\s(])[*_](\S)/g, '$1$2')
    .replace(/(\S)[*_](?=[\s).,;:!?]|$)/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/;

export function proseBlocks(source: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  let text = source.replace(/\r\n?/g, '\n');

  const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (fm) {
    const summary = frontMatterValue(fm[1] ?? '', 'summary');
    if (summary) blocks.push({ text: inlineText(summary), line: 1, kind: 'summary' });
    // Keep line numbers right: replace the front matter by as many empty lines.
    const lines = fm[0].split('\n').length - 1;
    text = '\n'.repeat(lines) + text.slice(fm[0].length);
  }
  // Multi-line MDX comments and self-closing components: blank them out but keep the line count.
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  text = text
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
    .replace(/<[A-Z][\w.]*(?:\s[^<>]*?)?\/>/g, blank)
    .replace(/```[\s\S]*?```/g, blank);

  const lines = text.split('\n');
  let current: ProseBlock | undefined;
  const flush = () => {
    if (current) {
      const cleaned = inlineText(current.text);
      if (/[\p{L}\p{N}]/u.test(cleaned)) blocks.push({ ...current, text: cleaned });
    }
    current = undefined;
  };

  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const line = raw.replace(/^\s*>\s?/, ''); // blockquotes read as text
    const trimmed = line.trim();
    if (trimmed === '') return flush();
    if (/^#{1,6}\s/.test(trimmed)) return flush(); // heading
    if (/^<h[1-6][\s>].*<\/h[1-6]>$/.test(trimmed)) return flush(); // heading written as HTML (glossary anchors)
    if (trimmed.startsWith('|')) return flush(); // table row
    if (/^(import|export)\s/.test(trimmed)) return flush();
    // A line that is only an HTML/JSX tag (opening, closing or self-closing) is structure, not text.
    if (/^<\/?[\w.-]+(?:\s[^<>]*)?\/?>$/.test(trimmed)) return flush();
    if (LIST_ITEM.test(line)) {
      flush();
      current = { text: line.replace(LIST_ITEM, ''), line: lineNo, kind: 'list-item' };
      return;
    }
    if (current) current.text += ` ${trimmed}`;
    else current = { text: trimmed, line: lineNo, kind: 'paragraph' };
  });
  flush();
  return blocks;
}
