/**
 * Browser side of the "reken zelf" calculator (SeatCalculator.astro). Bundled by Astro/Vite into
 * an external module (the CSP forbids inline scripts). It runs THE engine (allocateSeats), the
 * same code that computed the figures on the page at build time, never a second implementation.
 *
 * Accessibility: every input has a label; errors sit next to their field with aria-invalid and
 * aria-describedby (WCAG 3.3.1, 3.3.3); the outcome is announced in a polite live region (4.1.3)
 * and focus stays where the person is, except that it moves to the first wrong field on error
 * and to a sensible neighbour when a row is removed (2.4.3).
 */
import { allocateSeats } from '../../lib/apportionment/index.ts';
import type { ApportionmentResult } from '../../lib/apportionment/types.ts';
import { formToInput, type FieldError, type FormValues } from '../../lib/calculator/seat-form.ts';
import { formatFraction, formatInteger, joinList } from '../../lib/i18n/format.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { render, type Message, type MessageValues } from '../../lib/i18n/translate.ts';
import type { CalculatorExample } from '../../lib/seats/examples.ts';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function setup(root: HTMLElement): void {
  /** A required part of the component's markup; missing means SeatCalculator.astro changed. */
  function need<T extends Element>(selector: string): T {
    const found = root.querySelector<T>(selector);
    if (found === null) throw new Error(`seat calculator #${root.id}: ${selector} missing from the markup`);
    return found;
  }
  const form = need<HTMLFormElement>('[data-calc-form]');
  const rowsList = need<HTMLOListElement>('[data-calc-rows]');
  const template = need<HTMLTemplateElement>('[data-calc-row-template]');
  const status = need<HTMLElement>('[data-calc-status]');
  const output = need<HTMLElement>('[data-calc-result]');
  const seatsInput = need<HTMLInputElement>('[data-calc-seats]');
  const seatsError = need<HTMLElement>('[data-calc-seats-error]');
  const categoryInput = need<HTMLSelectElement>('[data-calc-category]');
  const addButton = need<HTMLButtonElement>('[data-calc-add]');
  const listsError = need<HTMLElement>('[data-calc-lists-error]');
  // Only the calculator's own messages travel with the page (pickCalculatorMessages), rendered by
  // the same message engine as the build (plural forms, numbers per locale).
  const messages = JSON.parse(root.dataset['messages'] ?? '{}') as Record<string, Message>;
  const examples = JSON.parse(root.dataset['examples'] ?? '[]') as CalculatorExample[];
  const locale: Locale = root.dataset['locale'] === 'en' ? 'en' : 'nl';
  const prefix = root.id;
  const say = (key: string, values?: MessageValues): string => {
    const m = messages[key];
    if (m === undefined) throw new Error(`seat calculator: message ${key} missing`);
    return render(locale, m, values);
  };

  const rows = () => [...rowsList.querySelectorAll<HTMLLIElement>('[data-calc-row]')];

  /** Ids, labels and legends follow the row position, so "Lijst 3" is always the third row. */
  function renumber(): void {
    rows().forEach((row, i) => {
      const k = String(i + 1);
      const legend = row.querySelector('legend');
      if (legend) legend.textContent = say('seats.calc.list', { n: k });
      for (const field of ['name', 'votes'] as const) {
        const input = row.querySelector<HTMLInputElement>(`[data-calc-${field}]`);
        const label = row.querySelector<HTMLLabelElement>(`[data-calc-${field}-label]`);
        const error = row.querySelector<HTMLElement>(`[data-calc-${field}-error]`);
        const id = `${prefix}-${field}-${k}`;
        if (input) input.id = id;
        if (label) label.htmlFor = id;
        if (error) error.id = `${id}-error`;
        if (input?.getAttribute('aria-invalid') === 'true')
          input.setAttribute('aria-describedby', `${id}-error`);
      }
      const remove = row.querySelector<HTMLButtonElement>('[data-calc-remove]');
      if (remove) remove.textContent = say('seats.calc.remove', { n: k });
    });
  }

  function setError(input: HTMLInputElement | HTMLSelectElement, error: HTMLElement, message: string | null) {
    if (message === null) {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
      input.classList.remove('utrecht-textbox--invalid');
      error.textContent = '';
      error.hidden = true;
      return;
    }
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', error.id);
    input.classList.add('utrecht-textbox--invalid');
    error.textContent = message;
    error.hidden = false;
  }

  function clearErrors(): void {
    setError(seatsInput, seatsError, null);
    for (const row of rows()) {
      const input = row.querySelector<HTMLInputElement>('[data-calc-votes]');
      const error = row.querySelector<HTMLElement>('[data-calc-votes-error]');
      if (input && error) setError(input, error, null);
    }
    listsError.textContent = '';
    listsError.hidden = true;
  }

  function showErrors(errors: FieldError[]): void {
    let first: HTMLElement | null = null;
    for (const e of errors) {
      if (e.field === 'seats') {
        setError(seatsInput, seatsError, say('seats.calc.errorSeats'));
        first ??= seatsInput;
      } else if (e.field === 'votes') {
        const row = rows()[e.row];
        const input = row?.querySelector<HTMLInputElement>('[data-calc-votes]');
        const error = row?.querySelector<HTMLElement>('[data-calc-votes-error]');
        if (input && error) setError(input, error, say('seats.calc.errorVotes'));
        first ??= input ?? null;
      } else if (e.field === 'lists') {
        listsError.textContent = say(
          e.code === 'noLists' ? 'seats.calc.errorNoLists' : 'seats.calc.errorNoVotes',
        );
        listsError.hidden = false;
        first ??= addButton;
      }
    }
    output.hidden = true;
    status.textContent = say('seats.calc.errorSummary', { count: errors.length });
    first?.focus();
  }

  function addRow(): void {
    rowsList.append(template.content.cloneNode(true));
    renumber();
    rows().at(-1)?.querySelector<HTMLInputElement>('[data-calc-name]')?.focus();
  }

  function removeRow(row: HTMLLIElement): void {
    const all = rows();
    const index = all.indexOf(row);
    row.remove();
    renumber();
    const rest = rows();
    const target = rest[index] ?? rest[index - 1];
    (target?.querySelector<HTMLButtonElement>('[data-calc-remove]') ?? addButton)?.focus();
  }

  function renderResult(result: ApportionmentResult): void {
    output.replaceChildren();
    const level = root.dataset['resultHeading'] === '4' ? 4 : root.dataset['resultHeading'] === '5' ? 5 : 3;
    const heading = el(`h${level}`, { class: `utrecht-heading-${level}` }, say('seats.calc.resultTitle'));
    output.append(heading);
    const quota = formatFraction(locale, result.quota);
    output.append(
      el('p', { class: 'utrecht-paragraph', 'data-calc-quota': '' }, say('seats.calc.quota', { quota })),
    );
    const nameOf = (n: number | string) =>
      typeof n === 'number' ? (result.lists.find((l) => l.number === n)?.name ?? String(n)) : n;
    let announcement = say('seats.calc.status', { count: result.seats, quota });
    const lots = result.drawingOfLots;
    if (lots !== null) {
      const value = formatFraction(locale, {
        num: BigInt(lots.value.numerator),
        den: BigInt(lots.value.denominator),
      });
      // The calculator only has list seats: a tie here is always one for residual seats.
      const message = `${say('seats.lots.residualSeat', {
        lists: joinList(locale, lots.options.map(nameOf)),
        count: lots.seatsAvailable,
        value,
        method: say(`seats.method.${lots.method ?? 'highestAverage'}`),
        seats: joinList(
          locale,
          lots.seatsAtStake.map((s) => formatInteger(locale, s)),
        ),
      })} ${say('seats.lots.unassigned', { count: result.unassigned })}`;
      output.append(
        el('p', { class: 'utrecht-paragraph ot-seat-calc__lots', 'data-calc-lots': '' }, message),
      );
      announcement = `${announcement} ${message}`;
    } else if (result.unassigned > 0) {
      output.append(
        el('p', { class: 'utrecht-paragraph' }, say('seats.calc.empty', { count: result.unassigned })),
      );
    }
    const scroll = el('div', {
      class: 'ot-table-scroll',
      tabindex: '0',
      role: 'region',
      'aria-labelledby': `${prefix}-result-caption`,
    });
    const table = el('table', { class: 'utrecht-table', 'data-calc-table': '' });
    table.append(
      el(
        'caption',
        { class: 'utrecht-table__caption', id: `${prefix}-result-caption` },
        say('seats.calc.resultTable'),
      ),
    );
    const head = el('thead', { class: 'utrecht-table__header' });
    const hr = el('tr', { class: 'utrecht-table__row' });
    for (const [key, numeric] of [
      ['seats.col.number', true],
      ['seats.col.list', false],
      ['seats.col.votes', true],
      ['seats.col.full', true],
      ['seats.col.residual', true],
      ['seats.col.total', true],
    ] as const) {
      hr.append(
        el('th', { scope: 'col', class: `utrecht-table__header-cell${numeric ? ' ot-num' : ''}` }, say(key)),
      );
    }
    head.append(hr);
    const body = el('tbody', { class: 'utrecht-table__body' });
    for (const l of result.lists) {
      const tr = el('tr', { class: 'utrecht-table__row', 'data-list': String(l.number) });
      tr.append(el('td', { class: 'utrecht-table__cell ot-num' }, String(l.number)));
      tr.append(el('th', { scope: 'row', class: 'utrecht-table__header-cell' }, l.name ?? String(l.number)));
      tr.append(el('td', { class: 'utrecht-table__cell ot-num' }, formatInteger(locale, l.votes)));
      tr.append(
        el(
          'td',
          { class: 'utrecht-table__cell ot-num', 'data-col': 'full' },
          formatInteger(locale, l.fullSeats),
        ),
      );
      tr.append(
        el(
          'td',
          { class: 'utrecht-table__cell ot-num', 'data-col': 'residual' },
          formatInteger(locale, l.residualSeats),
        ),
      );
      tr.append(
        el(
          'td',
          { class: 'utrecht-table__cell ot-num', 'data-col': 'seats' },
          formatInteger(locale, l.seats),
        ),
      );
      body.append(tr);
    }
    table.append(head, body);
    scroll.append(table);
    output.append(scroll);
    output.hidden = false;
    // Announce once, politely; focus stays on the button so keyboard users lose nothing.
    status.textContent = announcement;
  }

  function values(): FormValues {
    return {
      seats: seatsInput.value,
      category: categoryInput.value,
      rows: rows().map((row) => ({
        name: row.querySelector<HTMLInputElement>('[data-calc-name]')?.value ?? '',
        votes: row.querySelector<HTMLInputElement>('[data-calc-votes]')?.value ?? '',
      })),
    };
  }

  /** Fills the form with an example (or empties it): the rows are rebuilt from the template. */
  function fillForm(example: CalculatorExample | null): void {
    clearErrors();
    output.hidden = true;
    status.textContent = '';
    seatsInput.value = example === null ? '' : String(example.seats);
    categoryInput.value = example?.category ?? 'GR';
    const lists = example?.lists ?? [
      { name: '', votes: 0 },
      { name: '', votes: 0 },
    ];
    rowsList.replaceChildren();
    for (const l of lists) {
      rowsList.append(template.content.cloneNode(true));
      const row = rows().at(-1);
      const name = row?.querySelector<HTMLInputElement>('[data-calc-name]');
      const votes = row?.querySelector<HTMLInputElement>('[data-calc-votes]');
      if (name) name.value = l.name;
      if (votes) votes.value = example === null ? '' : String(l.votes);
    }
    renumber();
  }
  root.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>(
      '[data-calc-example], [data-calc-clear]',
    );
    if (button === null) return;
    const id = button.dataset['calcExample'];
    fillForm(id === undefined ? null : (examples.find((e) => e.id === id) ?? null));
  });

  rowsList.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-calc-remove]');
    const row = button?.closest<HTMLLIElement>('[data-calc-row]');
    if (row) removeRow(row);
  });
  addButton.addEventListener('click', addRow);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors();
    const parsed = formToInput(values(), (n) => say('seats.calc.defaultName', { n: String(n) }));
    if (parsed.input === null) {
      showErrors(parsed.errors);
      return;
    }
    try {
      renderResult(allocateSeats(parsed.input));
    } catch (e) {
      // The engine rejects what the form could not catch; say so, never show a half result.
      output.hidden = true;
      // The engine's own message is English and technical; the page says it in its language.
      console.error(e);
      listsError.textContent = say('seats.calc.errorEngine');
      listsError.hidden = false;
      status.textContent = listsError.textContent;
    }
  });

  renumber();
  form.hidden = false;
  root.querySelector<HTMLElement>('[data-calc-needs-js]')?.setAttribute('hidden', '');
}

for (const root of document.querySelectorAll<HTMLElement>('[data-seat-calculator]')) setup(root);
