// Format Document for report drafts: Markdown pipe tables get their columns aligned by display width
// (CJK two columns, measured by the string-width library), numbers right-aligned, text left-aligned.
// Nothing outside a table changes, no cell is added or dropped, and formatting twice changes nothing.

import stringWidth from 'string-width';

/** A replacement of one whole line's text (line break excluded), 0-based. */
interface LineEdit {
  line: number;
  text: string;
}

type Align = 'left' | 'right' | 'center' | 'none';

const DELIMITER_CELL = /^\s*:?-+:?\s*$/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
/** A number as a table cell holds it: 12, 1,234, 3.5, -2, 12%, also full-width digits. */
const NUMBER = /^[+\-－]?[0-9０-９][0-9０-９,，.．]*[%％]?$/;

/** Splits a pipe-table line into its cells (without the outer pipes); `\|` stays inside its cell. */
function splitPipeRow(line: string): string[] {
  let body = line.trim();
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|') && !body.endsWith('\\|')) body = body.slice(0, -1);
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '\\' && i + 1 < body.length) {
      current += ch + body[i + 1];
      i++;
    } else if (ch === '|') {
      cells.push(current.trim());
      current = '';
    } else current += ch;
  }
  cells.push(current.trim());
  return cells;
}

function isDelimiterRow(line: string): boolean {
  if (!line.includes('-')) return false;
  const cells = splitPipeRow(line);
  return cells.length > 0 && cells.every((c) => DELIMITER_CELL.test(c)) && (line.includes('|') || cells.length > 1);
}

function alignOf(cell: string): Align {
  const left = cell.startsWith(':');
  const right = cell.endsWith(':');
  return left && right ? 'center' : right ? 'right' : left ? 'left' : 'none';
}

function pad(text: string, width: number, align: 'left' | 'right' | 'center'): string {
  const room = Math.max(0, width - stringWidth(text));
  if (align === 'right') return ' '.repeat(room) + text;
  if (align === 'center') return ' '.repeat(Math.floor(room / 2)) + text + ' '.repeat(room - Math.floor(room / 2));
  return text + ' '.repeat(room);
}

function delimiterCell(width: number, align: Align): string {
  const dashes = Math.max(3, width);
  if (align === 'center') return ':' + '-'.repeat(Math.max(1, dashes - 2)) + ':';
  if (align === 'right') return '-'.repeat(Math.max(2, dashes - 1)) + ':';
  if (align === 'left') return ':' + '-'.repeat(Math.max(2, dashes - 1));
  return '-'.repeat(dashes);
}

/** One pipe table found in the text: its first line and its lines. */
interface FoundTable {
  first: number;
  lines: string[];
}

/** The pipe tables of a text: a header line with a pipe, a delimiter line, then rows with pipes; not in code fences. */
function findPipeTables(lines: readonly string[]): FoundTable[] {
  const tables: FoundTable[] = [];
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const f = FENCE.exec(line);
    if (f) {
      if (!fence) fence = f[1]![0]!.repeat(3);
      else if (line.trim().startsWith(fence)) fence = undefined;
      continue;
    }
    if (fence) continue;
    if (!line.includes('|') || /^\s{4,}/.test(line) || /^\s*[+>]/.test(line)) continue;
    const next = lines[i + 1];
    if (next === undefined || !isDelimiterRow(next)) continue;
    const rows = [line, next];
    let j = i + 2;
    while (j < lines.length && lines[j]!.includes('|') && lines[j]!.trim() !== '' && !/^\s{4,}/.test(lines[j]!)) rows.push(lines[j++]!);
    tables.push({ first: i, lines: rows });
    i = j - 1;
  }
  return tables;
}

/** A trailing HTML comment after a row's last pipe (nianbao-disable-line): kept as it is, out of the cells. */
const TRAILING_COMMENT = /\|[ \t]*(<!--(?:(?!-->).)*-->)[ \t]*$/;

// Lays out one table's lines: every column as wide as its widest cell; a row keeps its own cell count.
function layoutTable(lines: readonly string[]): string[] {
  const indent = /^\s*/.exec(lines[0]!)![0];
  const tails = lines.map((l) => TRAILING_COMMENT.exec(l)?.[1]);
  const rows = lines.map((l, r) => splitPipeRow(tails[r] ? l.slice(0, l.lastIndexOf(tails[r]!)) : l));
  const delimiter = rows[1]!;
  const columns = Math.max(...rows.map((r) => r.length));
  const widths = new Array<number>(columns).fill(3);
  rows.forEach((row, r) => {
    if (r === 1) return;
    row.forEach((cell, c) => {
      widths[c] = Math.max(widths[c]!, stringWidth(cell));
    });
  });
  const aligns = widths.map((_, c) => alignOf(delimiter[c] ?? ''));
  return rows.map((row, r) => {
    const cells =
      r === 1
        ? row.map((_, c) => delimiterCell(widths[c]!, aligns[c]!))
        : row.map((cell, c) => {
            const align = aligns[c]!;
            const chosen = align === 'none' ? (NUMBER.test(cell) ? 'right' : 'left') : align;
            return pad(cell, widths[c]!, chosen);
          });
    return `${indent}| ${cells.join(' | ')} |` + (tails[r] ? ` ${tails[r]}` : '');
  });
}

// The line edits that format every pipe table of the text; lines already in shape get no edit.
export function formatTables(text: string): LineEdit[] {
  const lines = text.split(/\r\n|\r|\n/);
  const edits: LineEdit[] = [];
  for (const table of findPipeTables(lines)) {
    layoutTable(table.lines).forEach((formatted, k) => {
      if (formatted !== table.lines[k]) edits.push({ line: table.first + k, text: formatted });
    });
  }
  return edits;
}
