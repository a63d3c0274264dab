// Writes a table read from a draft (whatever its shape: Word, tabs, one cell per line, grid, HTML) as
// the standard Markdown table of its template, every value where the template puts it. A value the
// reader could not tie to a row and column is never guessed into a cell: it is returned as unplaced.

import type { Cell, Row, Table } from '../model.js';
import type { RowSpec, TableSpec } from '../templates/templateTypes.js';
import type { Span } from '../types.js';
import { renderBlankTable } from './renderBlankTable.js';

/** What the standard table could not hold: a row's label and values as written, and where. */
export interface UnplacedRow {
  /** The row's label as written ('' for a row without one). */
  label: string;
  /** The non-blank cells of the row as written. */
  values: string[];
  span: Span;
  /** The label (when written) and the values, each with where it was read: what `label` and `values` hold. */
  parts: { text: string; span: Span }[];
  /** Why: the label is not a row of the template, the row came twice, or its cell count is wrong. */
  reason: 'unknown' | 'duplicate' | 'count';
}

/** A row of the read table as written in the standard table: its line and that line's cells. */
export interface StandardRowLine {
  row: Row;
  /** Its values are in the line; else (an unplaced row of the template, its values listed) the line is the template's blank row. */
  placed: boolean;
  /** Index in `lines`. */
  line: number;
  /** The line's cells as written, the row's label first when the line has one. */
  cells: readonly string[];
  /** Whether `cells` starts with the label (table 四's one line of numbers has none). */
  labelled: boolean;
}

export interface StandardTable {
  /** The table's Markdown lines (blocks of 表二 separated by blank lines). */
  lines: string[];
  unplaced: UnplacedRow[];
  /** The rows read that have a line: placed rows, heading rows, and the first of an unplaced row of the template. */
  rows: StandardRowLine[];
}

/** A cell's text as it goes into a pipe table: pipes escaped, line breaks as spaces. */
function pipeCell(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
}

function rowSpan(row: Row): Span {
  const tokens = [...(row.label ? [row.label] : []), ...row.rawCells];
  if (tokens.length === 0) return { start: 0, end: 0 };
  return { start: Math.min(...tokens.map((t) => t.span.start)), end: Math.max(...tokens.map((t) => t.span.end)) };
}

// Which rows of a read table have a place in the standard table (by row id, their cells in the
// template's column order) and which do not (unknown, repeated, or with the wrong number of values).
// `rowOf`: the read row each row id's line stands for (placed rows, and heading rows without values).
export function placeRows(table: Table): { byRow: Map<string, Cell[]>; unplaced: UnplacedRow[]; rowOf: Map<string, Row> } {
  const byRow = new Map<string, Cell[]>();
  const rowOf = new Map<string, Row>();
  const unplaced: UnplacedRow[] = [];
  for (const row of table.rows) {
    const tokens = [...(row.label ? [row.label] : []), ...row.rawCells];
    const parts = tokens.map((t) => ({ text: t.text.trim(), span: t.span })).filter((p) => p.text !== '');
    const values = row.rawCells.map((c) => c.text.trim()).filter((t) => t !== '');
    const label = row.label?.text.trim() ?? '';
    const unplace = (reason: UnplacedRow['reason']) => {
      if (values.length > 0 || (reason === 'unknown' && label)) unplaced.push({ label, values, span: rowSpan(row), parts, reason });
    };
    if (!row.rowId) unplace('unknown');
    else if (row.duplicate || byRow.has(row.rowId)) unplace('duplicate');
    else if (row.expectedCount === 0) {
      if (values.length > 0) unplace('count');
      else if (!rowOf.has(row.rowId)) rowOf.set(row.rowId, row);
    } else if (row.cells.length !== row.expectedCount) unplace('count');
    else {
      byRow.set(row.rowId, row.cells);
      rowOf.set(row.rowId, row);
    }
  }
  return { byRow, unplaced, rowOf };
}

// Renders `table` (as the reader read it) as the standard table `spec`: each row's cells are the values
// read for it (as written, so a unit or a typo stays visible), blank where the draft had none.
export function standardTable(table: Table, spec: TableSpec): StandardTable {
  const { byRow, unplaced, rowOf } = placeRows(table);
  const cellsFor = (r: RowSpec) => byRow.get(r.id)?.map((c) => pipeCell(c.token.text)) ?? r.columns.map(() => '');
  const firstOf = new Map<string, Row>();
  for (const row of table.rows) if (row.rowId && !firstOf.has(row.rowId)) firstOf.set(row.rowId, row);
  const rows: StandardRowLine[] = [];
  const written = (r: RowSpec, line: number, cells: readonly string[]) => {
    const row = rowOf.get(r.id) ?? firstOf.get(r.id);
    if (row && !rows.some((x) => x.row === row)) rows.push({ row, placed: rowOf.get(r.id) === row, line, cells, labelled: cells.length > r.columns.length });
  };
  return { lines: renderBlankTable(spec, 'markdown', cellsFor, written), unplaced, rows };
}
