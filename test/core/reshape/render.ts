// Test helper: writes a model table (see model.ts) in each shape drafts arrive in — Markdown pipe
// table, tab-separated Word paste, HTML with rowspan/colspan, one cell per line, pandoc grid table —
// keeping every cell's text as it was.

import { displayWidth } from '../../../core/src/text/displayWidth.js';
import { toGrid, type Block, type Cell } from './model.js';

export type TableShape = 'pipe' | 'tsv' | 'html' | 'cells' | 'grid';
export type Table = Extract<Block, { kind: 'table' }>;

export interface TableOptions {
  /** A blank line between two rows (a page break of the paste), after this row of the grid. */
  blankAfter?: number;
  /** A row holding only this label inserted before this row of the grid (a group label repeated at a page break). */
  repeatLabel?: { before: number; label: string };
}

const escapePipe = (text: string) => text.replace(/\|/g, '\\|');
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// The rows of a grid as lines, each row's cells given by `cellsOf`.
function rowsAsLines(table: Table, options: TableOptions, rowLines: (cells: string[], r: number) => string[], cellsOf: (r: number) => string[], width: number): string[] {
  const out: string[] = [];
  const grid = toGrid(table);
  grid.forEach((_, r) => {
    if (options.repeatLabel?.before === r) out.push(...rowLines([options.repeatLabel.label, ...Array<string>(width - 1).fill('')], -1));
    out.push(...rowLines(cellsOf(r), r));
    if (options.blankAfter === r) out.push('');
  });
  return out;
}

/** Writes a table in one shape; the lines returned replace the table's block. */
export function renderTable(table: Table, shape: TableShape, options: TableOptions = {}): string[] {
  const grid = toGrid(table);
  const width = grid[0]?.length ?? 0;
  // Every position of the grid, a span's covered positions blank (what a converter writes).
  const full = (r: number) => grid[r].map((s) => (s.origin ? s.cell.text : ''));
  // Each cell once, where it starts (what copying a Word table as text gives).
  const once = (r: number) => grid[r].filter((s) => s.origin).map((s) => s.cell.text);
  switch (shape) {
    case 'pipe':
      return rowsAsLines(table, options, (cells, r) => {
        const line = `| ${cells.map(escapePipe).join(' | ')} |`;
        return r === 0 ? [line, `|${Array<string>(width).fill('---').join('|')}|`] : [line];
      }, full, width);
    case 'tsv':
      return rowsAsLines(table, options, (cells) => [cells.join('\t').replace(/\t+$/, '')], once, width);
    case 'cells':
      return rowsAsLines(table, options, (cells) => {
        let start = 0;
        let end = cells.length;
        while (start < end && cells[start] === '') start++;
        while (end > start && cells[end - 1] === '') end--;
        return cells.slice(start, end);
      }, once, width);
    case 'html': {
      const lines = ['<table>'];
      grid.forEach((row, r) => {
        const tds = row.filter((s) => s.origin).map(({ cell }: { cell: Cell }) => {
          const span = `${cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : ''}${cell.colspan > 1 ? ` colspan="${cell.colspan}"` : ''}`;
          return `<td${span}>${escapeHtml(cell.text)}</td>`;
        });
        lines.push(`<tr>${tds.join('')}</tr>`);
        if (options.blankAfter === r) lines.push('');
      });
      lines.push('</table>');
      return lines;
    }
    case 'grid': {
      const widths = Array.from({ length: width }, (_, c) => Math.max(3, ...grid.map((_, r) => displayWidth(full(r)[c]))));
      const rule = (ch: string) => `+${widths.map((w) => ch.repeat(w + 2)).join('+')}+`;
      const line = (cells: string[]) => `|${cells.map((t, c) => ` ${t}${' '.repeat(widths[c] - displayWidth(t))} `).join('|')}|`;
      const lines = [rule('-')];
      grid.forEach((_, r) => {
        lines.push(line(full(r)), rule(r === 0 ? '=' : '-'));
      });
      return lines;
    }
  }
}
