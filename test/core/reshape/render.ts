// Test helper: writes a model table (see model.ts) in each shape drafts arrive in — Markdown pipe
// table, tab-separated Word paste, HTML with rowspan/colspan, one cell per line, pandoc grid table —
// keeping every cell's text as it was.

import { displayWidth } from '../../../core/src/text/displayWidth.js';
import { toGrid, type Block, type Cell } from './model.js';

export type TableShape = 'pipe' | 'pipe-br' | 'bare-pipe' | 'tsv' | 'html' | 'html-line' | 'html-pretty' | 'html-merged' | 'cells' | 'tab-cells' | 'grid' | 'wrapped-grid';
export type Table = Extract<Block, { kind: 'table' }>;

export interface TableOptions {
  /** A blank line between two rows (a page break of the paste), after this row of the grid. */
  blankAfter?: number;
  /** A row holding only this label inserted before this row of the grid (a group label repeated at a page break). */
  repeatLabel?: { before: number; label: string };
  /** The header rows (those above the first row with a number) repeated before this row of the grid (Word's 重复标题行 at a page break). */
  repeatHeader?: number;
}

const escapePipe = (text: string) => text.replace(/\|/g, '\\|');
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// The rows of a grid as lines, each row's cells given by `cellsOf`.
function rowsAsLines(table: Table, options: TableOptions, rowLines: (cells: string[], r: number) => string[], cellsOf: (r: number) => string[], width: number): string[] {
  const out: string[] = [];
  const grid = toGrid(table);
  grid.forEach((_, r) => {
    if (options.repeatLabel?.before === r) out.push(...rowLines([options.repeatLabel.label, ...Array<string>(width - 1).fill('')], -1));
    if (options.repeatHeader === r) {
      const header = grid.findIndex((row) => row.some((s) => s.origin && /^\d+$/.test(s.cell.text)));
      for (let h = 0; h < header; h++) out.push(...rowLines(cellsOf(h), -2));
    }
    out.push(...rowLines(cellsOf(r), r));
    if (options.blankAfter === r) out.push('');
  });
  return out;
}

const isNumberText = (text: string) => /^-?[\d,，.]+$/.test(text);

// The table with each blank label cell (left of a row's first number) under a label merged into
// that label's cell, as rowspans; rows of numbers only.
function mergeLabels(table: Table): Table {
  const grid = toGrid(table);
  if (grid.some((row) => row.some((s) => !s.origin))) return table;
  const cells = grid.map((row) => row.map((s) => ({ ...s.cell })));
  const covered = grid.map((row) => row.map(() => false));
  const firstNumber = (r: number) => cells[r].findIndex((c) => isNumberText(c.text));
  for (let c = 0; c < (cells[0]?.length ?? 0); c++) {
    let owner: { r: number } | undefined;
    for (let r = 0; r < cells.length; r++) {
      const labelArea = firstNumber(r) > c;
      if (!labelArea) { owner = undefined; continue; }
      if (cells[r][c].text !== '') owner = { r };
      else if (owner) { cells[owner.r][c].rowspan++; covered[r][c] = true; }
    }
  }
  return { ...table, from: 'html', rows: cells.map((row, r) => row.filter((_, c) => !covered[r][c])) };
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
    case 'pipe-br':
      // A label with a note in brackets broken onto two lines of its cell (<br>, as converters write it).
      return rowsAsLines(table, options, (cells, r) => {
        const line = `| ${cells.map((t) => escapePipe(t).replace(/^(.{4,}?)（/u, '$1<br>（')).join(' | ')} |`;
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
    case 'html-line':
      // The whole table on one line (an editor's HTML export).
      return [renderTable(table, 'html', options).filter((l) => l !== '').join('')];
    case 'html-pretty': {
      // Each cell on its own line, the first row as <th>, the text in a <p> (Word's HTML).
      const lines = ['<table>', '<tbody>'];
      grid.forEach((row, r) => {
        lines.push('  <tr>');
        for (const { cell } of row.filter((s) => s.origin)) {
          const tag = r === 0 ? 'th' : 'td';
          const span = `${cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : ''}${cell.colspan > 1 ? ` colspan="${cell.colspan}"` : ''}`;
          lines.push(`    <${tag}${span}><p>${cell.text === '' ? '&nbsp;' : escapeHtml(cell.text)}</p></${tag}>`);
        }
        lines.push('  </tr>');
      });
      lines.push('</tbody>', '</table>');
      return lines;
    }
    case 'html-merged':
      // A table without spans (pipe, tab-separated) written as Word would merge it: a blank label
      // cell under a label is part of that label's cell (rowspan).
      return renderTable(mergeLabels(table), 'html', options);
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
