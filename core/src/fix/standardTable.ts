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
  /** Why: the label is not a row of the template, the row came twice, or its cell count is wrong. */
  reason: 'unknown' | 'duplicate' | 'count';
}

export interface StandardTable {
  /** The table's Markdown lines (blocks of 表二 separated by blank lines). */
  lines: string[];
  unplaced: UnplacedRow[];
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
export function placeRows(table: Table): { byRow: Map<string, Cell[]>; unplaced: UnplacedRow[] } {
  const byRow = new Map<string, Cell[]>();
  const unplaced: UnplacedRow[] = [];
  for (const row of table.rows) {
    const values = row.rawCells.map((c) => c.text.trim()).filter((t) => t !== '');
    const label = row.label?.text.trim() ?? '';
    const unplace = (reason: UnplacedRow['reason']) => {
      if (values.length > 0 || (reason === 'unknown' && label)) unplaced.push({ label, values, span: rowSpan(row), reason });
    };
    if (!row.rowId) unplace('unknown');
    else if (row.duplicate || byRow.has(row.rowId)) unplace('duplicate');
    else if (row.expectedCount === 0) {
      if (values.length > 0) unplace('count');
    } else if (row.cells.length !== row.expectedCount) unplace('count');
    else byRow.set(row.rowId, row.cells);
  }
  return { byRow, unplaced };
}

// Renders `table` (as the reader read it) as the standard table `spec`: each row's cells are the values
// read for it (as written, so a unit or a typo stays visible), blank where the draft had none.
export function standardTable(table: Table, spec: TableSpec): StandardTable {
  const { byRow, unplaced } = placeRows(table);
  const cellsFor = (r: RowSpec) => byRow.get(r.id)?.map((c) => pipeCell(c.token.text)) ?? r.columns.map(() => '');
  return { lines: renderBlankTable(spec, 'markdown', cellsFor), unplaced };
}
