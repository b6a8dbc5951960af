/**
 * What one built HTML page contains that the quality gates care about, read with parse5 (the
 * WHATWG-conformant parser, so we see the document exactly as a browser builds it).
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface UrlReference {
  readonly tag: string;
  readonly attribute: string;
  readonly value: string;
  /** 1-based line of the element in the HTML source. */
  readonly line: number;
}

export interface ImageFacts {
  readonly src: string;
  readonly width: string | undefined;
  readonly height: string | undefined;
  readonly line: number;
}

export interface PageFacts {
  /** <body data-page-type>, the template that made the page (see pageType()). */
  readonly declaredType: string | undefined;
  readonly lang: string | undefined;
  readonly stylesheets: readonly string[];
  /** External scripts: <script src> and <link rel=modulepreload>. */
  readonly scripts: readonly string[];
  /** Text of every <script> without src that a browser would run (JSON data blocks excluded). */
  readonly inlineScripts: readonly string[];
  /** Elements with an on*= event handler attribute (inline script too). */
  readonly eventHandlers: readonly string[];
  /** Count of <style> elements and style= attributes (blocked by style-src without 'unsafe-inline'). */
  readonly inlineStyles: number;
  readonly images: readonly ImageFacts[];
  readonly svgs: readonly { hasViewBox: boolean; line: number }[];
  readonly ids: ReadonlySet<string>;
  /** href/src/srcset/action/poster/data URLs on elements, to check links and resources. */
  readonly references: readonly UrlReference[];
  /** Text of the document's <title> (undefined when there is none). */
  readonly title: string | undefined;
  /** Number of <h1> elements (WCAG 2.4.6: one heading names the page). */
  readonly h1Count: number;
  /** The site's language switch (data-testid="language-switch"), when the page has one. */
  readonly languageSwitch: { readonly href: string; readonly hreflang: string | undefined } | undefined;
  /** <link rel="alternate" hreflang> pairs: [hreflang, href]. */
  readonly alternates: readonly (readonly [string, string])[];
  /** Whether <meta name="robots"> says noindex. */
  readonly noindex: boolean;
  /** Whether the page has a <noscript> element (what it shows only when JavaScript is off). */
  readonly noscript: boolean;
  /** Lines of the HTML comments in the page: a template's notes to its developers, shipped to readers. */
  readonly comments: readonly number[];
}

const scriptDataTypes = /^(application\/(ld\+)?json|importmap|speculationrules)$/i;

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

function textOf(element: Element): string {
  return element.childNodes.map((child) => ('value' in child ? String(child.value) : '')).join('');
}

const urlAttributes: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

export function readPageFacts(html: string): PageFacts {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const facts = {
    declaredType: undefined as string | undefined,
    lang: undefined as string | undefined,
    stylesheets: [] as string[],
    scripts: [] as string[],
    inlineScripts: [] as string[],
    eventHandlers: [] as string[],
    inlineStyles: 0,
    images: [] as ImageFacts[],
    svgs: [] as { hasViewBox: boolean; line: number }[],
    ids: new Set<string>(),
    references: [] as UrlReference[],
    title: undefined as string | undefined,
    h1Count: 0,
    languageSwitch: undefined as { href: string; hreflang: string | undefined } | undefined,
    alternates: [] as [string, string][],
    noindex: false,
    noscript: false,
    comments: [] as number[],
  };

  const visit = (node: Node, inSvg: boolean): void => {
    if (node.nodeName === '#comment') facts.comments.push(node.sourceCodeLocation?.startLine ?? 0);
    if (isElement(node)) {
      const tag = node.tagName;
      const line = node.sourceCodeLocation?.startLine ?? 0;
      const id = attr(node, 'id');
      if (id !== undefined) facts.ids.add(id);
      const name = attr(node, 'name');
      if (tag === 'a' && name !== undefined) facts.ids.add(name);
      if (attr(node, 'style') !== undefined) facts.inlineStyles += 1;
      for (const a of node.attrs)
        if (/^on/i.test(a.name)) facts.eventHandlers.push(`<${tag} ${a.name}> line ${line}`);

      if (tag === 'html') facts.lang = attr(node, 'lang');
      if (tag === 'body') facts.declaredType = attr(node, 'data-page-type');
      if (tag === 'style') facts.inlineStyles += 1;
      // The first <title> in the head is the document's; an SVG <title> names a chart, not the page.
      if (tag === 'title' && !inSvg && facts.title === undefined) facts.title = textOf(node).trim();
      if (tag === 'h1') facts.h1Count += 1;
      if (tag === 'noscript') facts.noscript = true;
      if (attr(node, 'data-testid') === 'language-switch' && facts.languageSwitch === undefined)
        facts.languageSwitch = { href: attr(node, 'href') ?? '', hreflang: attr(node, 'hreflang') };
      if (tag === 'meta' && (attr(node, 'name') ?? '').toLowerCase() === 'robots')
        facts.noindex ||= /\bnoindex\b/i.test(attr(node, 'content') ?? '');
      if (tag === 'link') {
        const rel = (attr(node, 'rel') ?? '').toLowerCase().split(/\s+/);
        const href = attr(node, 'href');
        if (href !== undefined && rel.includes('stylesheet')) facts.stylesheets.push(href);
        if (href !== undefined && rel.includes('modulepreload')) facts.scripts.push(href);
        const hreflang = attr(node, 'hreflang');
        if (href !== undefined && hreflang !== undefined && rel.includes('alternate'))
          facts.alternates.push([hreflang, href]);
      }
      if (tag === 'script') {
        const src = attr(node, 'src');
        const type = attr(node, 'type') ?? '';
        if (src !== undefined) facts.scripts.push(src);
        else if (!scriptDataTypes.test(type.trim())) facts.inlineScripts.push(textOf(node));
      }
      if (tag === 'img') {
        facts.images.push({
          src: attr(node, 'src') ?? '',
          width: attr(node, 'width'),
          height: attr(node, 'height'),
          line,
        });
      }
      // Only an outermost <svg> needs a viewBox; nested ones are positioned by their parent.
      if (tag === 'svg' && !inSvg) facts.svgs.push({ hasViewBox: attr(node, 'viewBox') !== undefined, line });
      for (const attribute of urlAttributes[tag] ?? []) {
        const value = attr(node, attribute);
        if (value === undefined) continue;
        if (attribute === 'srcset') {
          for (const candidate of value.split(',')) {
            const url = candidate.trim().split(/\s+/)[0];
            if (url) facts.references.push({ tag, attribute, value: url, line });
          }
        } else {
          facts.references.push({ tag, attribute, value, line });
        }
      }
    }
    const children = 'childNodes' in node ? node.childNodes : [];
    const childInSvg = inSvg || (isElement(node) && node.tagName === 'svg');
    for (const child of children) visit(child, childInSvg);
    if (isElement(node) && node.tagName === 'template' && 'content' in node)
      visit(node.content as Node, inSvg);
  };
  visit(document, false);
  return facts;
}
