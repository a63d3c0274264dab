// Which tables come in a PDF's column layout, as text copied out of a PDF gives them. A PDF lays a
// table out in columns, so its text loses the rows:
// - a row label is wrapped over several lines (一、本年新 / 收政府信息 / 公开申请数 / 量), with the row's
//   numbers on a line of their own between the pieces (pdftotext -layout), or one number a line;
// - pieces of the column header come between the numbers (结果 结果 其他 尚未 among 表四's zeros,
//   本年废止件 现行有效件数 after 表二's first number), or the row labels' pieces where the numbers
//   belong (3.要求提供公 / 开出版物), when the text follows the PDF's reading order column after
//   column (plain pdftotext).
// The reader cannot tell which number belongs to which row and column there, so the table rules say
// nothing about such a table: a false alarm (“row missing”, “7 numbers expected, 10 found”) is worse
// than a miss.

import type { CellToken, Report, Table } from '../model.js';
import type { TableSpec, Template } from '../templates/templateTypes.js';
import { toNFKC } from '../text/nfkc.js';

/** How many labels must be seen wrapped before a table counts as laid out in columns. */
const MIN_WRAPPED = 3;
/** A piece shorter than this (量, 计) says too little to be the start of a label. */
const MIN_PIECE = 3;
/** How many cells must be pieces of the header or of labels. */
const MIN_PIECES = 2;

const onlyNumbers = /^[\d.]*$/;

/** A line as compared with the template's labels (NFKC, without the numbers after it, no spaces), and whether numbers followed. */
function key(line: string): { text: string; numbers: boolean } {
  const words = toNFKC(line).trim().split(/\s+/);
  const count = words.length;
  while (words.length > 1 && /^\d+$/.test(words[words.length - 1])) words.pop();
  return { text: words.join(''), numbers: words.length < count };
}

/**
 * At least MIN_WRAPPED labels of the template are wrapped around their numbers: a line that starts a
 * label (and holds no number), then a line of numbers only, then the line that continues the label.
 * A Markdown multiline or grid table wraps a label too, but keeps its numbers on the label's first line.
 */
function hasWrappedLabels(report: Report, table: Table, spec: TableSpec): boolean {
  const labels = spec.rows.filter((r) => !r.unlabelled).map((r) => key(r.label).text).filter((l) => l.length > MIN_PIECE);
  const lines = report.text.slice(table.span.start, table.span.end).split(/\r\n|\r|\n/).map(key);
  let wrapped = 0;
  for (let i = 0; i < lines.length && wrapped < MIN_WRAPPED; i++) {
    const { text: piece, numbers } = lines[i];
    if (numbers || piece.length < MIN_PIECE || onlyNumbers.test(piece) || labels.includes(piece) || !labels.some((l) => l.startsWith(piece))) continue;
    let joined = piece;
    let between = false;
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j].text;
      if (next === '') break;
      if (onlyNumbers.test(next)) {
        between = true;
        continue;
      }
      if (!labels.some((l) => l.startsWith(joined + next))) break;
      joined += next;
      if (between) {
        wrapped++;
        break;
      }
    }
  }
  return wrapped >= MIN_WRAPPED;
}

/** A token read as a row's label or cell that is two or more words of the table's column header, and nothing else. */
function isHeaderPiece(token: CellToken, titles: string[]): boolean {
  const words = toNFKC(token.text).trim().split(/\s+/);
  return words.length >= 2 && words.every((w) => w.length >= 2 && !/\d/.test(w) && titles.some((t) => t.includes(w)));
}

function headerTitles(spec: TableSpec): string[] {
  return [
    ...spec.columns.flatMap((c) => [c.title, c.short ?? '']),
    ...(spec.columnGroups ?? []).flatMap((g) => [g.title, g.subtitle ?? '']),
    ...spec.headerWords,
  ].filter((t) => t.length > 0).map(toNFKC);
}

/**
 * Pieces of the column header, or starts of row labels, read among the rows' labels and numbers: a
 * row whose label is column titles only (a header line with numbers after it), or two or more cells
 * that are such pieces (one could be a draft's own slip).
 */
function hasPiecesAmongRows(table: Table, spec: TableSpec): boolean {
  const titles = headerTitles(spec);
  const labels = spec.rows.filter((r) => !r.unlabelled).map((r) => key(r.label).text);
  const labelStart = (token: CellToken) => {
    const { text } = key(token.text);
    return text.length >= MIN_PIECE && !/\d$/.test(text) && labels.some((l) => l.length > text.length && l.startsWith(text));
  };
  if (table.rows.some((row) => !row.rowId && row.label && isHeaderPiece(row.label, titles))) return true;
  let pieces = 0;
  for (const row of table.rows) for (const cell of row.rawCells) if (isHeaderPiece(cell, titles) || labelStart(cell)) pieces++;
  return pieces >= MIN_PIECES;
}

/** The tables in a PDF's column layout (a LintFacts fact: every table rule asks). */
export function columnLayoutTables(report: Report, template: Template): Set<Table> {
  const out = new Set<Table>();
  for (const table of report.tables) {
    const spec = template.tables.find((t) => t.id === table.tableId);
    if (spec && (hasWrappedLabels(report, table, spec) || hasPiecesAmongRows(table, spec))) out.add(table);
  }
  return out;
}
