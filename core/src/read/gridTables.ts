// Grid tables, as pandoc writes a Word table in Markdown (and reStructuredText has them):
//
//   +----------------+--------------+
//   | 信息内容       | 本年制发件数 |
//   +================+==============+
//   | 一、本年新收政 | 25           |
//   | 府信息公开申请 |              |
//   +----------------+--------------+
//
// A row is the lines between two borders; a cell that wraps onto several lines is one token whose
// text is its parts joined (its span the first part, its pieces every part). A token knows its
// cell width between its pipes (gridCellAround), so a fix can rewrite a cell without moving them.

import type { CellToken } from '../model.js';
import type { LineIndex } from '../text/lineIndex.js';
import { isSpace } from '../text/charClass.js';
import { unescapeMarkdown } from './readPipeRow.js';

const PLUS = 0x2b;
/** The most lines one row's cells are joined across (a long note wrapped in a narrow column takes a dozen). */
const MAX_ROW_LINES = 40;
const PIPE = 0x7c;
const BACKSLASH = 0x5c;

/** A full border, `+---+===+`: starts and ends with +, only - = : between. */
const FULL_BORDER = /^[ \t]*\+(?:[-=:]+\+)+[ \t]*$/;
/** Any border line of a grid, also a partial one under a cell spanning rows (`|     +----+`). */
const BORDER = /^[ \t]*[+|][-=:+| \t]*[+|][ \t]*$/;

function firstNonSpace(line: string): number {
  let i = 0;
  while (i < line.length && isSpace(line.charCodeAt(i))) i++;
  return i < line.length ? line.charCodeAt(i) : -1;
}

/** Whether a line is part of a grid table's layout: it starts with '|' or '+'. */
function isGridLine(lineText: string): boolean {
  const c = firstNonSpace(lineText);
  return c === PIPE || c === PLUS;
}

/**
 * The first and last line of the grid table that `line` is in (a row or a border line), or
 * undefined when it is in none: the run of '|' and '+' lines around it, a full border at each end.
 */
export function gridTableAround(index: LineIndex, line: number): { first: number; last: number } | undefined {
  if (line < 0 || line >= index.lineCount || !isGridLine(index.lineText(line))) return undefined;
  let first = line;
  while (first > 0 && isGridLine(index.lineText(first - 1))) first--;
  let last = line;
  while (last + 1 < index.lineCount && isGridLine(index.lineText(last + 1))) last++;
  return FULL_BORDER.test(index.lineText(first)) && FULL_BORDER.test(index.lineText(last)) ? { first, last } : undefined;
}

/** Whether a line may open a grid table (cheap: its first character is '+'). */
export function mayOpenGridTable(lineText: string): boolean {
  return firstNonSpace(lineText) === PLUS && FULL_BORDER.test(lineText);
}

/** A segment of a content line between two pipes: [start, end) in the line, trimmed. */
interface Segment {
  start: number;
  end: number;
  /** Where the untrimmed segment starts and ends (an empty cell spans its whitespace). */
  outerStart: number;
  outerEnd: number;
}

/** The next pipe of a line at or after `from` that is not escaped (\| is a pipe inside a cell), or -1. */
function nextPipe(lineText: string, from: number): number {
  let at = lineText.indexOf('|', from);
  while (at > 0 && lineText.charCodeAt(at - 1) === BACKSLASH) at = lineText.indexOf('|', at + 1);
  return at;
}

/** Calls `each` for every segment of a content line between two pipes, trimmed. */
function forEachSegment(lineText: string, each: (s: Segment) => void): void {
  let left = nextPipe(lineText, 0);
  while (left >= 0) {
    const right = nextPipe(lineText, left + 1);
    if (right < 0) return;
    let s = left + 1;
    let e = right;
    while (s < e && isSpace(lineText.charCodeAt(s))) s++;
    while (e > s && isSpace(lineText.charCodeAt(e - 1))) e--;
    each({ start: s, end: e, outerStart: left + 1, outerEnd: right });
    left = right;
  }
}

function segmentsOf(lineText: string): Segment[] {
  const out: Segment[] = [];
  forEachSegment(lineText, (s) => out.push(s));
  return out;
}

/**
 * Reads the grid table whose first border is `firstLine` (mayOpenGridTable was true). Appends its
 * cells to `out` and returns the table's last line, or undefined (nothing appended) when the lines
 * that follow are not a grid table's rows.
 */
export function readGridTableInto(out: CellToken[], index: LineIndex, firstLine: number): number | undefined {
  let last = firstLine;
  while (last + 1 < index.lineCount && isGridLine(index.lineText(last + 1))) last++;
  if (last === firstLine) return undefined;
  const from = out.length;
  let rowLines: number[] = [];
  const flush = () => {
    if (rowLines.length > 0) emitRow(out, index, rowLines);
    rowLines = [];
  };
  for (let line = firstLine; line <= last; line++) {
    const lineText = index.lineText(line);
    if (BORDER.test(lineText) && /[-=]/.test(lineText)) flush();
    else if (firstNonSpace(lineText) === PIPE) rowLines.push(line);
    else flush();
  }
  flush();
  if (out.length === from) return undefined;
  return last;
}

/** One row of a grid table (its content lines): a token per column, its parts on several lines joined. */
function emitRow(out: CellToken[], index: LineIndex, lines: number[]): void {
  // More lines than a wrapped cell ever takes (a grid without inner borders): each line on its own.
  if (lines.length > MAX_ROW_LINES) {
    for (const line of lines) emitLine(out, index, line);
    return;
  }
  const split = lines.map((line) => ({ line, start: index.lineStarts[line], lineText: index.lineText(line), segments: segmentsOf(index.lineText(line)) }));
  const columns = split[0].segments.length;
  // Lines that do not share the row's columns (a stray pipe in a cell): each line's cells on their own.
  if (split.some((l) => l.segments.length !== columns)) {
    for (const l of split) for (const s of l.segments) out.push(cellToken(l, s));
    return;
  }
  for (let c = 0; c < columns; c++) {
    const parts = split.filter((l) => l.segments[c].end > l.segments[c].start);
    if (parts.length <= 1) {
      const l = parts[0] ?? split[0];
      out.push(cellToken(l, l.segments[c]));
      continue;
    }
    const token = cellToken(parts[0], parts[0].segments[c]);
    let text = token.text;
    for (const l of parts.slice(1)) {
      const piece = unescapeMarkdown(l.lineText.slice(l.segments[c].start, l.segments[c].end));
      // Words of a Latin text wrapped at a space get it back; Chinese text wraps anywhere.
      text += (/[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(piece) ? ' ' : '') + piece;
    }
    token.text = text;
    token.pieces = parts.map((l) => ({ start: l.start + l.segments[c].start, end: l.start + l.segments[c].end }));
    out.push(token);
  }
}

/** The cells of one content line, as tokens of their own. */
function emitLine(out: CellToken[], index: LineIndex, line: number): void {
  const l = { line, start: index.lineStarts[line], lineText: index.lineText(line) };
  forEachSegment(l.lineText, (s) => out.push(cellToken(l, s)));
}

function cellToken(l: { line: number; start: number; lineText: string }, s: Segment): CellToken {
  const empty = s.end === s.start;
  const start = empty ? s.outerStart : s.start;
  const end = empty ? s.outerEnd : s.end;
  return { text: empty ? '' : unescapeMarkdown(l.lineText.slice(s.start, s.end)), span: { start: l.start + start, end: l.start + end }, line: l.line, source: 'grid', wholeLine: false };
}

/** A grid cell's whole width between its pipes (spaces included), from the span of its text. */
export function gridCellAround(source: string, span: { start: number; end: number }): { start: number; end: number } {
  return { start: source.lastIndexOf('|', span.start - 1) + 1, end: Math.max(span.end, source.indexOf('|', span.end)) };
}
