/**
 * The model every table on the site renders from (component `DataTable.astro`): a caption, typed
 * columns and rows of ready-formatted cells. Figures arrive as text already formatted for the locale
 * (src/lib/i18n/format.ts), so a table shows exactly what its chart shows.
 */
import type { Words } from '../i18n/rich.ts';

export interface DataTableColumn {
  label: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** Hidden visually at narrow widths only when the column is not essential (never for figures that matter). */
  priority?: 'essential' | 'secondary';
  /**
   * Sorting without JavaScript: the header links to the same table in this column's order (a page
   * of its own), and the column the rows are ordered by carries `sorted` (aria-sort, WAI-ARIA 1.2).
   */
  sortHref?: string;
  sorted?: 'ascending' | 'descending';
}

export interface DataTableCell {
  text: string;
  /**
   * The same content as separate lines (e.g. a name, then its value), so a narrow column stays narrow
   * instead of hiding columns off-screen at 360 px; `text` remains the whole content in one line.
   */
  lines?: readonly string[];
  href?: string;
  /** Machine value for sorting without JavaScript elsewhere (e.g. a CSV), never shown. */
  sortValue?: string | number;
  /** Language of the cell text when it differs from the page (a party name stays as published). */
  lang?: string;
  /** The text is a name from a source file: isolated in <bdi class="ot-name"> (WCAG 2.2 SC 1.3.2). */
  name?: boolean;
}

export type DataTableRowCells = readonly (string | DataTableCell)[];

export interface DataTableRow {
  cells: DataTableRowCells;
  /** A total row is rendered in <tfoot>. */
  total?: boolean;
}

export interface DataTableModel {
  /** Plain, or a sentence with names marked (src/lib/i18n/rich.ts). */
  caption: Words;
  columns: readonly DataTableColumn[];
  rows: readonly DataTableRow[];
  /** The first column names the row (a list, a municipality): rendered as <th scope="row"> and kept in view. */
  rowHeaders?: boolean;
}

export function cell(value: string | DataTableCell): DataTableCell {
  return typeof value === 'string' ? { text: value } : value;
}
