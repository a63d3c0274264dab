// Test helper: writes a model table (see model.ts) in each shape drafts arrive in — Markdown pipe
// table, tab-separated Word paste, HTML with rowspan/colspan, one cell per line, pandoc grid table —
// keeping every cell's text as it was.

import { displayWidth } from '../../../core/src/text/displayWidth.js';
import { toGrid, type Block, type Cell } from './model.js';

export type TableShape = 'pipe' | 'bare-pipe' | 'tsv' | 'html' | 'cells' | 'tab-cells' | 'grid' | 'wrapped-grid';
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

function trimTabs(line: string): string {
  let end = line.length;
  while (end > 0 && line[end - 1] === '\t') end--;
  return line.slice(0, end);
}

// A cell's text in pieces of at most `width` terminal columns (never splitting a number).
function wrap(text: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const token of text.match(/[\d.,]+|./gsu) ?? []) {
    if (piece !== '' && displayWidth(piece + token) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += token;
  }
  return [...pieces, piece];
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
    case 'bare-pipe':
      // Pipe rows without their outer pipes (some converters write them so).
      return rowsAsLines(table, options, (cells, r) => {
        // GFM drops an outer pipe's empty cell: a blank first or last cell keeps its pipe.
        const line = `${cells[0] === '' ? '| ' : ''}${cells.map(escapePipe).join(' | ')}${cells[cells.length - 1] === '' ? ' |' : ''}`;
        return r === 0 ? [line, Array<string>(width).fill('---').join(' | ')] : [line];
      }, full, width);
    case 'tab-cells':
      // A Word table saved as text: each cell on a line led by a tab, a blank line after each row.
      return rowsAsLines(table, options, (cells, r) => [...(r < 0 ? cells.slice(0, 1) : cells).map((t) => `\t${t}`), ''], once, width);
    case 'tsv':
      return rowsAsLines(table, options, (cells) => [trimTabs(cells.join('\t'))], once, width);
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
    case 'grid':
    case 'wrapped-grid': {
      // pandoc wraps a long cell over lines within its column (here at 16 columns of text).
      const limit = shape === 'wrapped-grid' ? 16 : Infinity;
      const widths = Array.from({ length: width }, (_, c) => Math.max(3, ...grid.map((_, r) => Math.min(limit, displayWidth(full(r)[c])))));
      const rule = (ch: string) => `+${widths.map((w) => ch.repeat(w + 2)).join('+')}+`;
      const line = (cells: string[]) => `|${cells.map((t, c) => ` ${t}${' '.repeat(widths[c] - displayWidth(t))} `).join('|')}|`;
      const lines = [rule('-')];
      grid.forEach((_, r) => {
        const parts = full(r).map((t, c) => wrap(t, widths[c]));
        const height = Math.max(...parts.map((p) => p.length));
        for (let k = 0; k < height; k++) lines.push(line(parts.map((p) => p[k] ?? '')));
        lines.push(rule(r === 0 ? '=' : '-'));
        if (options.blankAfter === r) lines.push('');
      });
      return lines;
    }
  }
}
