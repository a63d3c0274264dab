// Test helper: a draft read into a plain model (lines, and tables as rows of cells with their spans)
// so it can be written again in the other shapes drafts arrive in. Deterministic, no network; it
// knows only the shapes (pipe rows, tab-separated rows, <table> blocks), never the template's labels.

import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

export interface Cell {
  text: string;
  rowspan: number;
  colspan: number;
}

export type Block =
  | { kind: 'line'; text: string }
  | { kind: 'table'; rows: Cell[][]; from: 'pipe' | 'tsv' | 'html' };

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const isPipeRow = (line: string) => line.trimStart().startsWith('|');
const isPipeRule = (line: string) => /^\|?:?-{3,}:?(?:\|:?-{3,}:?)*\|?$/.test(line.replace(/[ \t]/g, ''));
// A tab-separated row: a tab between two cells (a line led by a tab is the one-cell-per-line shape
// of some Word pastes and is kept as it is).
const isCellLine = (line: string) => /^\t[^\t]*$/.test(line);
const isTsvRow = (line: string) => line.includes('\t') && !isCellLine(line) && line.trim() !== '';

function pipeCells(line: string): Cell[] {
  let body = line.trim();
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|') && !body.endsWith('\\|')) body = body.slice(0, -1);
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\' && body[i + 1] === '|') {
      current += '|';
      i++;
    } else if (body[i] === '|') {
      cells.push(current);
      current = '';
    } else current += body[i];
  }
  cells.push(current);
  return cells.map((text) => ({ text: text.trim(), rowspan: 1, colspan: 1 }));
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (node.nodeName === 'br') return '';
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

function htmlRows(html: string): Cell[][] {
  const rows: Cell[][] = [];
  const walk = (node: Node) => {
    if (node.nodeName === 'tr') {
      const cells = (node as Element).childNodes.filter((c): c is Element => c.nodeName === 'td' || c.nodeName === 'th');
      rows.push(cells.map((c) => {
        const attr = (name: string) => Number(c.attrs.find((a) => a.name === name)?.value ?? '1') || 1;
        return { text: textOf(c).replace(/\s+/g, ' ').trim(), rowspan: attr('rowspan'), colspan: attr('colspan') };
      }));
      return;
    }
    if ('childNodes' in node) node.childNodes.forEach(walk);
  };
  walk(parseFragment(html) as unknown as Node);
  return rows;
}

/** Reads a draft into lines and tables (pipe tables, tab-separated runs, HTML <table> blocks). */
export function readModel(text: string): Block[] {
  const lines = text.split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*<table[\s>]/i.test(line)) {
      let end = i;
      while (end < lines.length && !/<\/table>/i.test(lines[end])) end++;
      blocks.push({ kind: 'table', rows: htmlRows(lines.slice(i, end + 1).join('\n')), from: 'html' });
      i = end;
    } else if (isPipeRow(line)) {
      const rows: Cell[][] = [];
      while (i < lines.length && isPipeRow(lines[i])) {
        if (!isPipeRule(lines[i])) rows.push(pipeCells(lines[i]));
        i++;
      }
      i--;
      blocks.push({ kind: 'table', rows, from: 'pipe' });
    } else if (isTsvRow(line)) {
      const rows: Cell[][] = [];
      // A short line without a tab between two tab-separated rows is a one-cell row of the table.
      while (i < lines.length && (isTsvRow(lines[i]) || (lines[i].trim() !== '' && !isCellLine(lines[i]) && rows.length > 0 && isTsvRow(lines[i + 1] ?? '')))) {
        rows.push(lines[i].split('\t').map((t) => ({ text: t.trim(), rowspan: 1, colspan: 1 })));
        i++;
      }
      i--;
      blocks.push({ kind: 'table', rows, from: 'tsv' });
    } else if (isCellLine(line)) {
      // One cell per line, each led by a tab (a cell wrapped over lines goes on without one), rows
      // parted by blank lines: a Word table saved as text.
      const rows: Cell[][] = [];
      let row: Cell[] = [];
      for (; i < lines.length; i++) {
        const l = lines[i];
        if (isCellLine(l)) row.push({ text: l.trim(), rowspan: 1, colspan: 1 });
        else if (l.trim() !== '' && row.length > 0 && (i + 1 >= lines.length || isCellLine(lines[i + 1]) || lines[i + 1].trim() === '')) row[row.length - 1].text += l.trim();
        else if (l.trim() === '' && isCellLine(lines[i + 1] ?? '')) {
          if (row.length > 0) rows.push(row);
          row = [];
        } else break;
      }
      if (row.length > 0) rows.push(row);
      i--;
      blocks.push({ kind: 'table', rows, from: 'tsv' });
    } else blocks.push({ kind: 'line', text: line });
  }
  return blocks;
}

/** One position of a table's grid: the cell that starts there, or the cell a span carries over it. */
interface Slot {
  cell: Cell;
  origin: boolean;
}

const isNumber = (text: string) => /^-?[\d,，.]+$/.test(text);

// A tab-separated table written with each merged cell once is ragged: rows of numbers are
// right-aligned when every row with numbers has the same count of them (表三's seven columns),
// else left-aligned (表二's blocks of one or three values); the gaps are blank cells.
function alignRagged(rows: Cell[][]): Cell[][] {
  const trimmed = rows.map((r) => {
    let end = r.length;
    while (end > 1 && r[end - 1].text === '') end--;
    return r.slice(0, end);
  });
  const width = Math.max(...trimmed.map((r) => r.length));
  const counts = new Set(trimmed.map((r) => r.filter((c) => isNumber(c.text)).length).filter((n) => n > 0));
  const right = counts.size === 1;
  const blank = (): Cell => ({ text: '', rowspan: 1, colspan: 1 });
  return trimmed.map((r) => {
    const pad = Array.from({ length: width - r.length }, blank);
    return right && r.some((c) => isNumber(c.text)) && isNumber(r[r.length - 1].text) ? [...pad, ...r] : [...r, ...pad];
  });
}

/** Lays a table's rows out on a grid, spans carried over the positions they cover. */
export function toGrid(block: Extract<Block, { kind: 'table' }>): Slot[][] {
  const rows = block.from === 'tsv' ? alignRagged(block.rows) : block.rows;
  const grid: Slot[][] = [];
  rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (grid[r][c]) c++;
      for (let dr = 0; dr < cell.rowspan; dr++) {
        for (let dc = 0; dc < cell.colspan; dc++) {
          grid[r + dr] ??= [];
          grid[r + dr][c + dc] = { cell, origin: dr === 0 && dc === 0 };
        }
      }
      c += cell.colspan;
    }
  });
  const width = Math.max(...grid.map((r) => r.length));
  const blank = { text: '', rowspan: 1, colspan: 1 };
  return grid.slice(0, rows.length).map((r) => Array.from({ length: width }, (_, c) => r[c] ?? { cell: blank, origin: true }));
}
