/**
 * The embeddable widgets (issue 14) and how to embed them. Two ways, one set of options:
 * - an iframe of a static page under /embed/ (no JavaScript needed; an optional tiny script resizes the
 *   iframe to its content via postMessage);
 * - the web component <open-telling-widget>, which renders from the site's static JSON in Shadow DOM,
 *   styled with NL Design System custom properties so the host page's tokens apply.
 * Everything here is pure: paths, option parsing and the snippets the configurator offers.
 */
import type { Locale } from '../i18n/locales.ts';

export const widgetTypes = ['tellingen', 'uitslag', 'uitleg'] as const;
/** tellingen: count sessions of one municipality; uitslag: results of one municipality; uitleg: how counting works. */
export type WidgetType = (typeof widgetTypes)[number];

export interface WidgetOptions {
  type: WidgetType;
  lang: Locale;
  /** CBS municipality code with the GM prefix, e.g. "GM0014" (not for uitleg). */
  gemeente?: string;
  /** Election id in lower case, e.g. "tk2023" (not for uitleg; default: the newest with data). */
  verkiezing?: string;
  /** Heading level of the widget's title in the host page (2–6; web component only: an iframe is its own document). */
  heading: 2 | 3 | 4 | 5 | 6;
  compact: boolean;
  /** Sessions only: show a search box over the list (web component only, needs JavaScript). */
  search: boolean;
}

/** GM0014 → "0014"; also accepts "0014" or "gm14". Null when it is not a municipality code. */
export function municipalityCode(value: string): string | null {
  const m = /^(?:GM)?(\d{1,4})$/i.exec(value.trim());
  return m ? m[1]!.padStart(4, '0') : null;
}

/** The path of the iframe page of a widget. */
export function iframePath(
  o: Pick<WidgetOptions, 'type' | 'lang' | 'gemeente' | 'verkiezing' | 'compact'>,
): string {
  const compact = o.compact ? 'compact/' : '';
  if (o.type === 'uitleg') return `/embed/${o.lang}/uitleg/${compact}`;
  const code = municipalityCode(o.gemeente ?? '');
  if (!code || !o.verkiezing) throw new Error(`a ${o.type} widget needs a municipality and an election`);
  return `/embed/${o.lang}/${o.type}/${o.verkiezing.toLowerCase()}/gm${code}/${compact}`;
}

/** The static JSON the web component reads. */
export function widgetDataPath(
  type: Exclude<WidgetType, 'uitleg'>,
  lang: Locale,
  verkiezing: string,
  code: string,
): string {
  return `/embed/data/${type}/${verkiezing.toLowerCase()}/gm${code}.${lang}.json`;
}

/** Path of the web component's script and of the iframe resizer, under /embed/ so they carry the embed headers. */
export const componentScriptPath = '/embed/open-telling-widget.js';
export const resizerScriptPath = '/embed/resize.js';

export { isResizeMessage, type ResizeMessage } from './message.ts';

/** Escapes a value for a double-quoted HTML attribute in a snippet. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The iframe snippet: a titled iframe (WCAG 4.1.2), lazy, and the optional resizer script. */
export function iframeSnippet(site: string, o: WidgetOptions, title: string, withResizer = true): string {
  const src = new URL(iframePath(o), site).href;
  const lines = [
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${o.compact ? 320 : 560}" loading="lazy" data-open-telling-embed></iframe>`,
  ];
  if (withResizer)
    lines.push(`<script src="${escapeAttribute(new URL(resizerScriptPath, site).href)}" defer></script>`);
  return lines.join('\n');
}

/** The web-component snippet: one script and one element. */
export function componentSnippet(site: string, o: WidgetOptions): string {
  const attrs: [string, string][] = [['type', o.type]];
  if (o.type !== 'uitleg') {
    const code = municipalityCode(o.gemeente ?? '');
    if (code) attrs.push(['gemeente', `GM${code}`]);
    if (o.verkiezing) attrs.push(['verkiezing', o.verkiezing.toLowerCase()]);
  }
  attrs.push(['lang', o.lang], ['heading', String(o.heading)]);
  if (o.compact) attrs.push(['compact', '']);
  if (o.search && o.type === 'tellingen') attrs.push(['search', '']);
  const attrText = attrs.map(([k, v]) => (v === '' ? k : `${k}="${escapeAttribute(v)}"`)).join(' ');
  return [
    `<script src="${escapeAttribute(new URL(componentScriptPath, site).href)}" defer></script>`,
    `<open-telling-widget ${attrText}></open-telling-widget>`,
  ].join('\n');
}
