// Writes a blank standard table (all 0) of a template, as a Markdown pipe table or as tab-separated
// text, in the shape the reader reads best. Used by the "insert table" fix and the snippets.

import type { RowSpec, TableSpec } from '../templates/templateTypes.js';

type TableShape = 'markdown' | 'text';

function line(cells: string[], shape: TableShape): string {
  return shape === 'markdown' ? `| ${cells.join(' | ')} |` : cells.join('\t');
}

function delimiter(count: number): string {
  return `|${' --- |'.repeat(count)}`;
}

function zeros(row: RowSpec): string[] {
  return row.columns.map(() => '0');
}

/** Told of each row line written: the template row, the line's index and its cells as written (label first when the line has one). */
type RowWritten = (row: RowSpec, line: number, cells: readonly string[]) => void;

/**
 * A blank table as lines of text (joined by the caller's line break). `cellsFor` gives a row's value
 * cells instead of zeros (the standard table written from a draft's values, standardTable.ts);
 * `written` hears where each row went (a converted Word draft maps its findings there).
 */
export function renderBlankTable(table: TableSpec, shape: TableShape, cellsFor: (row: RowSpec) => string[] = zeros, written?: RowWritten): string[] {
  const out: string[] = [];
  const rowLine = (row: RowSpec, cells: string[]) => {
    written?.(row, out.length, cells);
    out.push(line(cells, shape));
  };
  const title = (c: string) => table.columns.find((x) => x.id === c)?.title ?? c;
  if (table.blocks) {
    for (const block of table.blocks) {
      if (out.length > 0) out.push('');
      out.push(shape === 'markdown' ? `**${block.title}**` : block.title);
      if (shape === 'markdown') out.push('');
      out.push(line([table.labelTitle ?? '', ...block.columns.map(title)], shape));
      if (shape === 'markdown') out.push(delimiter(block.columns.length + 1));
      for (const id of block.rows) {
        const row = table.rows.find((r) => r.id === id)!;
        rowLine(row, [row.label, ...cellsFor(row)]);
      }
    }
    return out;
  }
  if (table.columnGroups) {
    const width = table.columns.length;
    const groupCells = table.columnGroups.flatMap((g) => g.columns.map((_, i) => (i === 0 ? g.title : '')));
    const subCells = table.columnGroups.flatMap((g) => g.columns.map((_, i) => (i === 0 ? g.subtitle ?? '' : '')));
    out.push(line(groupCells, shape));
    if (shape === 'markdown') out.push(delimiter(width));
    out.push(line(subCells, shape));
    out.push(line(table.columns.map((c) => c.short ?? c.title), shape));
    rowLine(table.rows[0], cellsFor(table.rows[0]));
    return out;
  }
  out.push(line([table.labelTitle ?? '', ...table.columns.map((c) => c.title)], shape));
  if (shape === 'markdown') out.push(delimiter(table.columns.length + 1));
  for (const row of table.rows) {
    const cells = row.columns.length > 0 ? cellsFor(row) : table.columns.map(() => '');
    rowLine(row, [row.label, ...cells]);
  }
  return out;
}
