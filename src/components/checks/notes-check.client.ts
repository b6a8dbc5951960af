/**
 * Browser side of NotesCheck.astro. Bundled by Astro into an external module (the CSP forbids inline
 * scripts). Compares the typed figures with the published ones using the same pure function the tests
 * check (src/lib/verify/notes.ts). Nothing is sent anywhere: there is no request in this file.
 */
import type { Locale } from '../../lib/i18n/locales.ts';
import { render, type Message } from '../../lib/i18n/translate.ts';
import { formatInteger } from '../../lib/i18n/format.ts';
import { compareNotes } from '../../lib/verify/notes.ts';

function setup(root: HTMLElement): void {
  const locale = (root.dataset['locale'] === 'en' ? 'en' : 'nl') as Locale;
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Record<string, Message>;
  const say = (key: string, values: Record<string, string | number> = {}) => {
    const m = strings[`checks.notes.${key}`];
    return m === undefined ? key : render(locale, m, values);
  };
  const form = root.querySelector<HTMLFormElement>('[data-notes-form]');
  const status = root.querySelector<HTMLElement>('[data-notes-status]');
  if (!form || !status) return;
  root.querySelector<HTMLElement>('[data-notes-needs-js]')?.setAttribute('hidden', '');
  root.querySelector<HTMLElement>('[data-notes-buttons]')?.removeAttribute('hidden');
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('[data-notes-row]')];

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const published = rows.map((r) => ({
      key: r.dataset['key'] ?? '',
      value: Number(r.dataset['published']),
    }));
    const typed: Record<string, string> = {};
    for (const r of rows) typed[r.dataset['key'] ?? ''] = r.querySelector('input')?.value ?? '';
    const results = compareNotes(published, typed);
    let filled = 0;
    let differing = 0;
    let firstWrong: HTMLInputElement | null = null;
    for (const [i, res] of results.entries()) {
      const row = rows[i]!;
      const cell = row.querySelector<HTMLElement>('[data-notes-result]');
      const input = row.querySelector('input');
      if (!cell || !input) continue;
      input.removeAttribute('aria-invalid');
      if (res.status === 'empty') cell.textContent = say('empty');
      else if (res.status === 'invalid') {
        cell.textContent = say('invalidNumber');
        input.setAttribute('aria-invalid', 'true');
        firstWrong ??= input;
      } else {
        filled++;
        if (res.status === 'same') cell.textContent = `✓ ${say('same')}`;
        else {
          differing++;
          const d = res.difference ?? 0;
          cell.textContent = `✗ ${say('differs', { difference: `${d > 0 ? '+' : '−'}${formatInteger(locale, Math.abs(d))}` })}`;
        }
      }
    }
    status.textContent =
      filled === 0
        ? say('resultNone')
        : differing === 0
          ? say('resultSame', { count: filled })
          : say('resultDiff', { count: differing });
    firstWrong?.focus();
  });

  form.addEventListener('reset', () => {
    for (const r of rows) {
      const cell = r.querySelector<HTMLElement>('[data-notes-result]');
      if (cell) cell.textContent = '';
      r.querySelector('input')?.removeAttribute('aria-invalid');
    }
    status.textContent = '';
  });
}

for (const root of document.querySelectorAll<HTMLElement>('[data-notes-check]')) setup(root);
