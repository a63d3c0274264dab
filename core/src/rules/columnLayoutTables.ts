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
import type { Template } from '../templates/templateTypes.js';
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
  const normal = toNFKC(line).trim();
  // One word (most labels and cells): nothing to split or drop.
  if (!/\s/.test(normal)) return { text: normal, numbers: false };
  const words = normal.split(/\s+/);
  const count = words.length;
  while (words.length > 1 && /^\d+$/.test(words[words.length - 1])) words.pop();
  return { text: words.join(''), numbers: words.length < count };
}

/**
 * At least MIN_WRAPPED labels of the template are wrapped around their numbers: a line that starts a
 * label (and holds no number), then a line of numbers only, then the line that continues the label.
 * A Markdown multiline or grid table wraps a label too, but keeps its numbers on the label's first line.
 */
function hasWrappedLabels(report: Report, table: Table, terms: TableTerms): boolean {
  const labels = terms.wrappableLabels;
  // A line with a pipe or a tag (a Markdown or HTML table's row) is neither a label's piece nor
  // numbers only: no label holds those characters (TableTerms.markupFree), so it is not keyed (nor copied).
  const keyed: ({ text: string; numbers: boolean } | undefined)[] = [];
  const { text } = report;
  for (const line of lineRanges(text, table.span.start, table.span.end)) {
    keyed.push(terms.markupFree && line.markup ? undefined : key(text.slice(line.start, line.end)));
  }
  let wrapped = 0;
  for (let i = 0; i < keyed.length && wrapped < MIN_WRAPPED; i++) {
    const line = keyed[i];
    if (!line) continue;
    const { text: piece, numbers } = line;
    if (numbers || piece.length < MIN_PIECE || onlyNumbers.test(piece) || labels.includes(piece) || !labels.some((l) => l.startsWith(piece))) continue;
    let joined = piece;
    let between = false;
    for (let j = i + 1; j < keyed.length; j++) {
      const next = keyed[j]?.text;
      if (next === undefined) break;
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
  const normal = toNFKC(token.text).trim();
  // Two words are needed: a text without a space is none (most labels), told before it is split.
  if (!/\s/.test(normal)) return false;
  const words = normal.split(/\s+/);
  return words.length >= 2 && words.every((w) => w.length >= 2 && !/\d/.test(w) && titles.some((t) => t.includes(w)));
}

/** A pipe or a tag's opening: what a Markdown or an HTML table's lines hold and no label does. */
const MARKUP = /[|<]/;

/** What the checks compare with, per table of a template (a fact of the template, not worked out per lint). */
interface TableTerms {
  /** The row labels' keys. */
  labels: string[];
  /** …those long enough to be seen wrapped. */
  wrappableLabels: string[];
  /** The column header's titles and words, NFKC. */
  titles: string[];
  /** No label key holds a pipe or a '<' (so a line holding one is no label's piece). */
  markupFree: boolean;
}

function tableTerms(template: Template): Map<string, TableTerms> {
  const out = new Map<string, TableTerms>();
  for (const spec of template.tables) {
    const labels = spec.rows.filter((r) => !r.unlabelled).map((r) => key(r.label).text);
    const titles = [
      ...spec.columns.flatMap((c) => [c.title, c.short ?? '']),
      ...(spec.columnGroups ?? []).flatMap((g) => [g.title, g.subtitle ?? '']),
      ...spec.headerWords,
    ].filter((t) => t.length > 0).map(toNFKC);
    out.set(spec.id, { labels, wrappableLabels: labels.filter((l) => l.length > MIN_PIECE), titles, markupFree: !labels.some((l) => MARKUP.test(l)) });
  }
  return out;
}

/**
 * The lines of text[start, end) as split(/\r\n|\r|\n/) gives them, as offsets (the last may be
 * empty), each with whether it holds a pipe or a '<' (MARKUP). Found with indexOf, one cursor per
 * character looked for (a table's text is long, an HTML table's most of all).
 */
function lineRanges(text: string, start: number, end: number): { start: number; end: number; markup: boolean }[] {
  const out: { start: number; end: number; markup: boolean }[] = [];
  const next = (c: string, from: number) => {
    const at = text.indexOf(c, from);
    return at < 0 || at >= end ? end : at;
  };
  let lf = next('\n', start);
  let cr = next('\r', start);
  let bar = next('|', start);
  let lt = next('<', start);
  let from = start;
  for (;;) {
    const stop = Math.min(lf, cr);
    while (bar < from) bar = next('|', from);
    while (lt < from) lt = next('<', from);
    out.push({ start: from, end: stop, markup: bar < stop || lt < stop });
    if (stop >= end) return out;
    from = stop + (stop === cr && cr + 1 === lf && lf < end ? 2 : 1);
    if (lf < from) lf = next('\n', from);
    if (cr < from) cr = next('\r', from);
  }
}

/** Digits and spaces only (a cell's number, or nothing): never a header piece nor a label's start. */
const digitsOnly = /^[\d\s]*$/;

/**
 * Pieces of the column header, or starts of row labels, read among the rows' labels and numbers: a
 * row whose label is column titles only (a header line with numbers after it), or two or more cells
 * that are such pieces (one could be a draft's own slip).
 */
function hasPiecesAmongRows(table: Table, { titles, labels }: TableTerms): boolean {
  const labelStart = (token: CellToken) => {
    const { text } = key(token.text);
    return text.length >= MIN_PIECE && !/\d$/.test(text) && labels.some((l) => l.length > text.length && l.startsWith(text));
  };
  if (table.rows.some((row) => !row.rowId && row.label && isHeaderPiece(row.label, titles))) return true;
  let pieces = 0;
  for (const row of table.rows) {
    for (const cell of row.rawCells) if (!digitsOnly.test(cell.text) && (isHeaderPiece(cell, titles) || labelStart(cell))) pieces++;
  }
  return pieces >= MIN_PIECES;
}

/** The tables in a PDF's column layout (a LintFacts fact: every table rule asks). */
export function columnLayoutTables(report: Report, template: Template): Set<Table> {
  const out = new Set<Table>();
  const termsOf = template.derived.of(tableTerms);
  for (const table of report.tables) {
    const terms = termsOf.get(table.tableId);
    if (terms && (hasWrappedLabels(report, table, terms) || hasPiecesAmongRows(table, terms))) out.add(table);
  }
  return out;
}
