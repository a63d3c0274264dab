// Shared vocabulary for table rules: a row's display name, its cells by column, the table spec
// and a formula text like "予以公开 5 + 部分公开 3，其余各项为 0".

import type { Cell, Row, Table } from '../model.js';
import { numberingLength } from '../text/normalizeLabel.js';
import { withoutBracketed } from '../text/withoutNotes.js';
import type { RowSpec, TableSpec, Template } from '../templates/templateTypes.js';

export function tableSpec(template: Template, tableId: string): TableSpec | undefined {
  return template.tables.find((t) => t.id === tableId);
}

/** The short name of a row: its label without numbering and notes (予以公开, 属于国家秘密). */
export function rowName(spec: RowSpec): string {
  if (spec.unlabelled) return '';
  return withoutBracketed(spec.label.slice(numberingLength(spec.label)), 0).trim() || spec.label;
}

/** The rows of a table that count: known, not duplicated, with the right number of values. */
export function usableRows(table: Table): Map<string, Row> {
  const rows = new Map<string, Row>();
  for (const row of table.rows) {
    if (!row.rowId || row.duplicate || rows.has(row.rowId)) continue;
    rows.set(row.rowId, row);
  }
  return rows;
}

/**
 * A row that has cells (tabs or empty pipe cells after its label) and all of them blank: its blank
 * cells are the finding (table-cell-invalid), not their count.
 */
export function isBlankRow(row: Row): boolean {
  return row.expectedCount > 0 && row.rawCells.length > 0 && row.rawCells.every((c) => c.text.trim() === '');
}

/** The cell of a row in a column, when the row has exactly the expected values. */
export function cellAt(row: Row | undefined, spec: RowSpec | undefined, columnId: string): Cell | undefined {
  if (!row || !spec || row.cells.length !== row.expectedCount) return undefined;
  const i = spec.columns.indexOf(columnId);
  return i >= 0 ? row.cells[i] : undefined;
}

/** A column's title without its unit note (TableSpec.columnTitles, compiled with the template). */
export function columnTitle(table: TableSpec, columnId: string): string {
  return table.columnTitles.get(columnId) ?? columnId;
}

/**
 * The formula of a sum as message arguments: the non-zero terms as "予以公开 5 + 部分公开 3" and a
 * reference to the l10n text that says the rest are 0 (names stay as the template prints them).
 */
export function formulaArgs(terms: { name: string; value: number; sign: 1 | -1 }[]): { formula: string; formulaRest: string } {
  const shown = terms.filter((t) => t.value !== 0);
  if (shown.length === 0) return { formula: '', formulaRest: '@formula.allZero' };
  let formula = '';
  shown.forEach((t, i) => {
    const op = i === 0 ? (t.sign < 0 ? '−' : '') : t.sign < 0 ? ' − ' : ' + ';
    formula += `${op}${t.name} ${t.value}`;
  });
  return { formula, formulaRest: shown.length < terms.length ? '@formula.restZero' : '' };
}
