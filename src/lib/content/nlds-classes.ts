/**
 * Adds NL Design System component classes to the HTML that Markdown/MDX produces, so authors write
 * plain Markdown and the pages still use the design system (and its tokens) throughout.
 * Used as a Sätteri hast plugin (Astro 7's default Markdown processor), see astro.config.mjs.
 */
export const classesByTag: Readonly<Record<string, readonly string[]>> = {
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

/** The class list an element gets: its own classes first, then the design-system ones (no duplicates). */
export function designSystemClasses(
  tagName: string,
  parentTag: string | undefined,
  existing: unknown,
): string[] {
  const own = Array.isArray(existing)
    ? existing.map(String)
    : typeof existing === 'string'
      ? existing.split(/\s+/)
      : [];
  const extra = [...(classesByTag[tagName] ?? [])];
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
      ctx.setProperty(
        node as never,
        'className',
        designSystemClasses(node.tagName, parent?.tagName, node.properties?.['className']),
      );
    },
  },
};
