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

/**
 * A blank table as lines of text (joined by the caller's line break). `cellsFor` gives a row's value
 * cells instead of zeros (the standard table written from a draft's values, standardTable.ts).
 */
export function renderBlankTable(table: TableSpec, shape: TableShape, cellsFor: (row: RowSpec) => string[] = zeros): string[] {
  const out: string[] = [];
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
        out.push(line([row.label, ...cellsFor(row)], shape));
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
    out.push(line(cellsFor(table.rows[0]), shape));
    return out;
  }
  out.push(line([table.labelTitle ?? '', ...table.columns.map((c) => c.title)], shape));
  if (shape === 'markdown') out.push(delimiter(table.columns.length + 1));
  for (const row of table.rows) {
    const cells = row.columns.length > 0 ? cellsFor(row) : table.columns.map(() => '');
    out.push(line([row.label, ...cells], shape));
  }
  return out;
}
