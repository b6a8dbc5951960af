/**
 * Adds NL Design System component classes to the HTML that Markdown/MDX produces, so authors write
 * plain Markdown and the pages still use the design system (and its tokens) throughout.
 * Used as a Sätteri hast plugin (Astro 7's default Markdown processor), see astro.config.mjs.
 */
const classesByTag: Readonly<Record<string, readonly string[]>> = {
  h1: ['utrecht-heading-1'],
  h2: ['utrecht-heading-2'],
  h3: ['utrecht-heading-3'],
  p: ['utrecht-paragraph'],
  a: ['utrecht-link', 'utrecht-link--html-a'],
  ul: ['utrecht-unordered-list'],
  ol: ['utrecht-ordered-list'],
  table: ['utrecht-table', 'utrecht-table--html-table'],
  thead: ['utrecht-table__header'],
  tbody: ['utrecht-table__body'],
  tr: ['utrecht-table__row'],
  th: ['utrecht-table__header-cell'],
  td: ['utrecht-table__cell'],
  caption: ['utrecht-table__caption'],
  figure: ['utrecht-figure'],
  figcaption: ['utrecht-figure__caption'],
};

/**
 * Markdown table alignment (`|---:|`) comes out as `style="text-align:right"`. Our Content-Security-
 * Policy allows no inline styles, so the alignment becomes a class (`ot-align-end` and so on, in
 * site.css) and the style attribute is dropped.
 */
export function alignmentClass(style: unknown): string | undefined {
  if (typeof style !== 'string') return undefined;
  const match = /^\s*text-align\s*:\s*(left|right|center)\s*;?\s*$/i.exec(style);
  if (!match) return undefined;
  const align = (match[1] ?? '').toLowerCase();
  return align === 'right' ? 'ot-align-end' : align === 'center' ? 'ot-align-center' : 'ot-align-start';
}

/** The class list an element gets: its own classes first, then the design-system ones (no duplicates). */
export function designSystemClasses(
  tagName: string,
  parentTag: string | undefined,
  existing: unknown,
  style?: unknown,
): string[] {
  const own = Array.isArray(existing)
    ? existing.map(String)
    : typeof existing === 'string'
      ? existing.split(/\s+/)
      : [];
  const extra = [...(classesByTag[tagName] ?? [])];
  const align = alignmentClass(style);
  if (align) extra.push(align);
  if (tagName === 'li') {
    extra.push(parentTag === 'ol' ? 'utrecht-ordered-list__item' : 'utrecht-unordered-list__item');
  }
  return [...new Set([...own.filter(Boolean), ...extra])];
}

interface ElementLike {
  tagName: string;
  properties?: Record<string, unknown>;
}
interface VisitContext {
  parent(node: never): unknown;
  setProperty(node: never, key: string, value: unknown): void;
}

export const nlDesignSystemPlugin = {
  name: 'open-telling-nl-design-system-classes',
  element: {
    filter: [...Object.keys(classesByTag), 'li'],
    visit(node: ElementLike, ctx: VisitContext) {
      const parent = ctx.parent(node as never) as { tagName?: string } | undefined;
      const style = node.properties?.['style'];
      ctx.setProperty(
        node as never,
        'className',
        designSystemClasses(node.tagName, parent?.tagName, node.properties?.['className'], style),
      );
      if (alignmentClass(style)) ctx.setProperty(node as never, 'style', undefined);
    },
  },
};
