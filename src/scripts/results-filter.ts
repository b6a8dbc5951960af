/**
 * Filter box of the municipalities index (progressive enhancement: without JavaScript the box stays
 * hidden and the whole table is shown). Matches the typed text against each row's name, ignoring case
 * and diacritics, and says how many rows are shown in a live region (WCAG 2.2 SC 4.1.3).
 */
const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .trim();

for (const box of document.querySelectorAll<HTMLElement>('[data-results-filter]')) {
  const input = box.querySelector('input');
  const status = box.querySelector<HTMLElement>('[data-results-count]');
  const table = box.parentElement?.querySelector('[data-results-table] tbody');
  if (!input || !status || !table) continue;
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tr')];
  const names = rows.map((r) => fold(r.cells[0]?.textContent ?? ''));
  const template = status.dataset['template'] ?? '';
  box.hidden = false;
  input.addEventListener('input', () => {
    const q = fold(input.value);
    let shown = 0;
    rows.forEach((row, i) => {
      const match = q === '' || (names[i] ?? '').includes(q);
      row.hidden = !match;
      if (match) shown += 1;
    });
    status.textContent = template.replace('{shown}', String(shown)).replace('{total}', String(rows.length));
  });
}
