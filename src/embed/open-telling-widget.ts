/**
 * <open-telling-widget type="uitslag|tellingen|uitleg" gemeente="GM0014" verkiezing="tk2023" lang="nl"
 *   heading="2" compact search>
 * A web component for municipal sites. It fetches the widget's static JSON from the Open Telling site
 * it was loaded from (no other origin, no cookies, no storage) and renders it in Shadow DOM. Every text
 * from the data goes in through textContent (never innerHTML), so data cannot inject markup.
 * Styling uses NL Design System custom properties, which inherit into the shadow tree: a host page's
 * own tokens (--utrecht-document-font-family, --utrecht-document-color, --utrecht-link-color, …) apply,
 * with the Open Telling theme as fallback.
 */

interface ListRow {
  name: string;
  votes: string;
  share: string;
  bar: number;
}
interface ResultsView {
  type: 'uitslag';
  title: string;
  subtitle: string;
  status: string;
  turnout: string | null;
  tableCaption: string;
  columns: [string, string, string];
  lists: ListRow[];
  others: { label: string; votes: string; share: string } | null;
  link: { label: string; href: string };
  source: string;
}
interface CountingView {
  type: 'uitleg';
  title: string;
  steps: { title: string; text: string }[];
  link: { label: string; href: string };
  source: string;
}
interface SessionsView {
  type: 'tellingen';
  title: string;
  subtitle: string;
  searchLabel: string;
  empty: string;
  sessions: { title: string; when: string; address: string; details: string[] }[];
  link: { label: string; href: string };
  guide: { label: string; href: string };
  source: string;
}
type View = ResultsView | CountingView | SessionsView;

const STYLE = `
:host { display: block; font-family: var(--utrecht-document-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
  color: var(--utrecht-document-color, #1a1a1a); line-height: var(--utrecht-document-line-height, 1.5); overflow-wrap: anywhere; }
h2, h3, h4, h5, h6 { font-family: var(--utrecht-heading-font-family, inherit); color: var(--utrecht-heading-color, inherit); margin: 0 0 .5em; line-height: 1.25; }
p { margin: 0 0 .75em; }
a { color: var(--utrecht-link-color, #1d4e89); text-decoration: underline; }
a:focus-visible, input:focus-visible { outline: 3px solid var(--utrecht-focus-outline-color, #1a1a1a); outline-offset: 2px; background: var(--utrecht-focus-background-color, #ffd34e); }
table { border-collapse: collapse; width: 100%; }
caption { text-align: start; font-weight: 700; margin-bottom: .25em; }
th, td { text-align: start; padding: .25em .5em .25em 0; border-bottom: 1px solid var(--utrecht-table-row-border-color, #6b7280); vertical-align: top; }
.num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
.bar { display: block; height: .5em; margin-top: .125em; background: var(--utrecht-link-color, #1d4e89); }
ol, ul { padding-inline-start: 1.5em; margin: 0 0 .75em; }
li { margin-bottom: .5em; }
label { display: block; font-weight: 700; margin-bottom: .25em; }
input { font: inherit; padding: .25em .5em; border: 1px solid var(--utrecht-textbox-border-color, #6b7280); max-width: 100%; }
.source { font-size: .875em; }
@media (forced-colors: active) { .bar { background: CanvasText; } }
`;

const script = document.currentScript as HTMLScriptElement | null;
const siteOrigin = script ? new URL(script.src).origin : location.origin;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  cls?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

/** Only links back to the Open Telling site are rendered as links (never javascript: or another origin). */
function link(href: string, text: string): HTMLAnchorElement | HTMLSpanElement {
  const url = new URL(href, siteOrigin);
  if (url.origin !== siteOrigin) return el('span', text);
  const a = el('a', text);
  a.href = url.href;
  return a;
}

function headingLevel(value: string | null): number {
  const n = Number(value ?? '2');
  return Number.isInteger(n) && n >= 2 && n <= 6 ? n : 2;
}

class OpenTellingWidget extends HTMLElement {
  static observedAttributes = ['type', 'gemeente', 'verkiezing', 'lang', 'heading', 'compact', 'search'];
  readonly #root: ShadowRoot;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    // A constructed stylesheet is not inline style, so a strict host CSP (style-src without
    // 'unsafe-inline') does not block it; older browsers fall back to a <style> element.
    if ('adoptedStyleSheets' in this.#root && 'replaceSync' in CSSStyleSheet.prototype) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLE);
      this.#root.adoptedStyleSheets = [sheet];
    } else {
      this.#root.append(el('style', STYLE));
    }
  }

  connectedCallback(): void {
    void this.#render();
  }
  attributeChangedCallback(): void {
    if (this.isConnected) void this.#render();
  }

  #dataUrl(): string | null {
    const type = this.getAttribute('type') ?? 'uitleg';
    const lang = this.getAttribute('lang') === 'en' ? 'en' : 'nl';
    if (type === 'uitleg') return new URL(`/embed/data/uitleg.${lang}.json`, siteOrigin).href;
    if (type !== 'uitslag' && type !== 'tellingen') return null;
    const m = /^(?:GM)?(\d{1,4})$/i.exec(this.getAttribute('gemeente') ?? '');
    const election = (this.getAttribute('verkiezing') ?? '').toLowerCase();
    if (!m || !/^[a-z0-9-]+$/.test(election)) return null;
    return new URL(`/embed/data/${type}/${election}/gm${m[1]!.padStart(4, '0')}.${lang}.json`, siteOrigin)
      .href;
  }

  async #render(): Promise<void> {
    const url = this.#dataUrl();
    const box = el('div');
    this.#root.replaceChildren(...this.#root.querySelectorAll('style'), box);
    if (!url) {
      box.append(el('p', 'Open Telling: check the attributes type, gemeente (GM0000) and verkiezing.'));
      return;
    }
    let data: { full: View; compact: View };
    try {
      const res = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
      if (!res.ok) throw new Error(String(res.status));
      data = (await res.json()) as { full: View; compact: View };
    } catch {
      box.append(el('p', 'Open Telling: these figures could not be loaded.'));
      return;
    }
    const view = this.hasAttribute('compact') ? data.compact : data.full;
    const h = headingLevel(this.getAttribute('heading'));
    const section = el('section');
    const title = el(`h${h}` as 'h2', view.title);
    section.append(title);
    if (view.type === 'uitslag') this.#results(section, view);
    else if (view.type === 'uitleg') this.#counting(section, view, h, this.hasAttribute('compact'));
    else this.#sessions(section, view);
    const more = el('p');
    more.append(link(view.link.href, view.link.label));
    const source = el('p', undefined, 'source');
    source.append(link('/', view.source));
    section.append(more, source);
    box.append(section);
  }

  #results(section: HTMLElement, v: ResultsView): void {
    section.append(el('p', v.subtitle));
    if (v.turnout) section.append(el('p', v.turnout));
    const table = el('table');
    table.append(el('caption', v.tableCaption));
    const head = el('tr');
    v.columns.forEach((c, i) => {
      const th = el('th', c, i > 0 ? 'num' : undefined);
      th.scope = 'col';
      head.append(th);
    });
    const thead = el('thead');
    thead.append(head);
    const tbody = el('tbody');
    const row = (name: string, votes: string, share: string, bar: number | null) => {
      const tr = el('tr');
      const th = el('th', name);
      th.scope = 'row';
      if (bar !== null) {
        const b = el('span', undefined, 'bar');
        b.setAttribute('aria-hidden', 'true');
        b.style.width = `${Math.max(0, Math.min(1000, bar)) / 10}%`;
        th.append(b);
      }
      tr.append(th, el('td', votes, 'num'), el('td', share, 'num'));
      tbody.append(tr);
    };
    for (const l of v.lists) row(l.name, l.votes, l.share, l.bar);
    if (v.others) row(v.others.label, v.others.votes, v.others.share, null);
    table.append(thead, tbody);
    section.append(table, el('p', v.status));
  }

  #counting(section: HTMLElement, v: CountingView, h: number, compact: boolean): void {
    const ol = el('ol');
    for (const s of v.steps) {
      const li = el('li');
      if (compact) li.append(el('strong', s.title));
      else li.append(el(`h${Math.min(h + 1, 6)}` as 'h3', s.title), el('p', s.text));
      ol.append(li);
    }
    section.append(ol);
  }

  #sessions(section: HTMLElement, v: SessionsView): void {
    section.append(el('p', v.subtitle));
    const list = el('ul');
    const items = v.sessions.map((s) => {
      const li = el('li');
      li.append(el('strong', s.title), el('br'), document.createTextNode(`${s.when} · ${s.address}`));
      for (const d of s.details) li.append(el('br'), document.createTextNode(d));
      list.append(li);
      return { li, text: `${s.title} ${s.address}`.toLowerCase() };
    });
    if (this.hasAttribute('search')) {
      const id = 'ot-search';
      const label = el('label', v.searchLabel);
      label.htmlFor = id;
      const input = el('input');
      input.id = id;
      input.type = 'search';
      const status = el('p');
      status.setAttribute('role', 'status');
      input.addEventListener('input', () => {
        const q = input.value.trim().toLowerCase();
        let shown = 0;
        for (const it of items) {
          it.li.hidden = q !== '' && !it.text.includes(q);
          if (!it.li.hidden) shown++;
        }
        status.textContent = shown === 0 ? v.empty : '';
      });
      section.append(label, input, status);
    }
    section.append(list);
    const guide = el('p');
    guide.append(link(v.guide.href, v.guide.label));
    section.append(guide);
  }
}

if (!customElements.get('open-telling-widget'))
  customElements.define('open-telling-widget', OpenTellingWidget);
