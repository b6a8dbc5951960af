/**
 * The configurator island: reads the form, writes both snippets with the same functions the server
 * uses (src/lib/embed/widgets.ts), refreshes the live preview (an iframe of our own /embed/ page and
 * the web component) and copies a snippet on request. Nothing leaves the browser.
 */
import {
  componentSnippet,
  iframePath,
  iframeSnippet,
  type WidgetOptions,
  type WidgetType,
} from '../../lib/embed/widgets.ts';

const form = document.querySelector<HTMLFormElement>('[data-config]');
if (form) {
  const titles = JSON.parse(form.dataset['frameTitles'] ?? '{}') as Record<WidgetType, string>;
  const site = location.origin;
  const slot = document.querySelector<HTMLElement>('[data-preview-slot]');
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  form.hidden = false;
  document.querySelector<HTMLElement>('[data-config-noscript]')?.setAttribute('hidden', '');
  document.querySelector<HTMLElement>('[data-config-preview]')?.removeAttribute('hidden');
  document.querySelectorAll<HTMLButtonElement>('[data-copy]').forEach((b) => (b.hidden = false));

  const options = (): { o: WidgetOptions; name: string } => {
    const data = new FormData(form);
    const select = form.querySelector<HTMLSelectElement>('select[name="municipality"]');
    const [election = '', code = ''] = String(data.get('municipality') ?? '').split(':');
    const heading = Number(data.get('heading') ?? 2);
    return {
      o: {
        type: String(data.get('type') ?? 'uitslag') as WidgetType,
        lang: data.get('lang') === 'en' ? 'en' : 'nl',
        verkiezing: election,
        gemeente: `GM${code}`,
        heading: (heading >= 2 && heading <= 6 ? heading : 2) as WidgetOptions['heading'],
        compact: data.get('compact') !== null,
        search: data.get('search') !== null,
      },
      name: select?.selectedOptions[0]?.textContent ?? '',
    };
  };

  /** Only the municipalities that have data for the chosen widget can be chosen. */
  const limitMunicipalities = () => {
    const select = form.querySelector<HTMLSelectElement>('select[name="municipality"]');
    const type = String(new FormData(form).get('type') ?? 'uitslag');
    if (!select) return;
    select.disabled = type === 'uitleg';
    for (const group of select.querySelectorAll('optgroup'))
      group.disabled = type !== 'uitleg' && group.dataset['widget'] !== type;
    const current = select.selectedOptions[0];
    if (current && (current.parentElement as HTMLOptGroupElement).disabled) {
      const first = select.querySelector<HTMLOptionElement>('optgroup:not([disabled]) option');
      if (first) select.value = first.value;
    }
  };

  const update = () => {
    limitMunicipalities();
    const { o, name } = options();
    const title = (titles[o.type] ?? '').replace('{name}', name);
    const snippets = { iframe: iframeSnippet(site, o, title), component: componentSnippet(site, o) };
    for (const [k, v] of Object.entries(snippets)) {
      const code = document.querySelector<HTMLElement>(`[data-snippet="${k}"]`);
      if (code) code.textContent = v;
    }
    if (!slot) return;
    const frame = document.createElement('iframe');
    frame.src = iframePath(o);
    frame.title = title;
    frame.className = 'ot-config__frame';
    frame.setAttribute('data-open-telling-embed', '');
    const widget = document.createElement('open-telling-widget');
    widget.setAttribute('type', o.type);
    if (o.type !== 'uitleg') {
      widget.setAttribute('gemeente', o.gemeente ?? '');
      widget.setAttribute('verkiezing', o.verkiezing ?? '');
    }
    widget.setAttribute('lang', o.lang);
    widget.setAttribute('heading', String(Math.max(3, o.heading)));
    if (o.compact) widget.setAttribute('compact', '');
    if (o.search) widget.setAttribute('search', '');
    slot.replaceChildren(frame, widget);
  };

  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  update();

  document.querySelectorAll<HTMLButtonElement>('[data-copy]').forEach((button) =>
    button.addEventListener('click', () => {
      const text =
        document.querySelector<HTMLElement>(`[data-snippet="${button.dataset['copy']}"]`)?.textContent ?? '';
      navigator.clipboard.writeText(text).then(
        () => status && (status.textContent = status.dataset['copied'] ?? ''),
        () => status && (status.textContent = status.dataset['failed'] ?? ''),
      );
    }),
  );
}
