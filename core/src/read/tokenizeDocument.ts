// Turns the whole draft into one stream of cell tokens in document order: pipe-table cells,
// grid-table cells (pandoc), HTML table cells, Markdown heading lines, and tab- or space-separated
// fields of plain lines.
// markdown-it gives the block structure (headings, pipe tables); HTML tables come from
// readHtmlTables (a lexer of plain markup, parse5 for the rest).

import type { CellToken } from '../model.js';
import type { LineIndex } from '../text/lineIndex.js';
import { LineSet } from '../text/lineSet.js';
import { readHtmlTables } from './readHtmlTables.js';
import { isSpace } from '../text/charClass.js';
import { mayOpenGridTable, readGridTableInto } from './gridTables.js';
import { parseBlocks } from './markdownBlocks.js';
import { isPipeDelimiterRow, readPipeRowInto } from './readPipeRow.js';
import { runTogetherCuts, type RowLabelTable, type RunTogetherTerms } from './runTogetherRows.js';

interface TokenizedDocument {
  tokens: CellToken[];
  /** Lines that are Markdown headings, with their '#' prefix length. */
  headingLines: Map<number, number>;
  /** Lines covered by tables (pipe or HTML): never headings or prose. The table reader adds the lines its tables use. */
  tableLines: LineSet;
  /** Plain lines holding a table whose rows ran together (cut at its row labels: runTogetherRows.ts). */
  runTogetherLines: number[];
  /** Plain lines that hold a table run together so that it cannot be read into rows, with the table's id. */
  unreadTables: { line: number; tableId: string }[];
  markdown: boolean;
}

/** Markdown block structure of the text: which lines are headings and which belong to pipe tables. */
function readBlocks(text: string, lineCount: number): { headingLines: Map<number, number>; pipeLines: LineSet; delimiterLines: LineSet } {
  const headingLines = new Map<number, number>();
  const pipeLines = new LineSet(lineCount);
  const delimiterLines = new LineSet(lineCount);
  // An ATX heading needs a '#' and a pipe table a '|': plain drafts (pasted from Word or PDF) have
  // neither, and markdown-it would find nothing in them. Skipping it saves a third of their reading.
  if (!text.includes('#') && !text.includes('|')) return { headingLines, pipeLines, delimiterLines };
  // markdown-it counts \r\n, \r and \n as line breaks once normalised; line numbers stay the same.
  for (const t of parseBlocks(text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text)) {
    if (!t.map) continue;
    if (t.type === 'heading_open' && t.markup.startsWith('#')) headingLines.set(t.map[0], t.markup.length);
    if (t.type === 'table_open') {
      pipeLines.addRange(t.map[0], t.map[1] - 1);
      delimiterLines.add(t.map[0] + 1);
    }
  }
  return { headingLines, pipeLines, delimiterLines };
}

/** A space or an ideographic space (U+3000), the characters that lay out plain-text columns. */
function isLayoutSpace(c: number): boolean {
  return c === 0x20 || c === 0x3000;
}

/** Whether a line holds nothing but what /\s/ matches (as line.trim() === '', without the copy). */
function isBlankLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (!isSpace(line.charCodeAt(i))) return false;
  return true;
}

/**
 * A line drawn with dashes: runs of - = _ under the header of pandoc's simple and multiline tables
 * (----- ------), or one long rule (at least six) above and below them or between a paste's parts.
 * Layout, not cells. A short run alone on its line ("-", "---") stays: in a one-cell-per-line paste
 * it is a placeholder for a value.
 */
function isRuleLine(line: string): boolean {
  const c = line.charCodeAt(0);
  if (c !== 0x2d && c !== 0x3d && c !== 0x5f && c !== 0x2b && c !== 0x20 && c !== 0x09) return false;
  return /^[ \t]*[-=_+:]+(?:[ \t]+[-=_+:]+)+[ \t]*$/.test(line) ? /---|===|___/.test(line) : /^[ \t]*[-=_+:]{6,}[ \t]*$/.test(line);
}

const trailingNumbers = /^(.*?[^\s\d.,+-])((?:[ \u3000]+[+-]?\d[\d.,]*)+)$/u;
const onlyNumbers = /^[+-]?\d[\d.,]*(?:[ \u3000]+[+-]?\d[\d.,]*)+$/u;

/**
 * Splits a plain line into fields (tabs, runs of 2+ spaces, and numbers trailing a label) and
 * appends them to `out`, the document's token list (no array per line).
 */
function splitPlainLineInto(out: CellToken[], lineText: string, lineStart: number, line: number, rowLabelTable?: RowLabelTable): void {
  const from = out.length;
  const at: LineAt = { lineText, lineStart, line, out, rowLabelTable };
  const hasTab = lineText.includes('\t');
  let pos = 0;
  // Separators: every tab, or else every run of 2+ spaces (ASCII or ideographic), as the regexes
  // /\t/g and /[ \u3000]{2,}/g would find them (scanned by hand: cheaper than a regex loop per line).
  // Fields are split and emitted as they are found, without intermediate arrays.
  if (hasTab) {
    for (let t = lineText.indexOf('\t'); t >= 0; t = lineText.indexOf('\t', pos)) {
      splitField(at, pos, t);
      pos = t + 1;
    }
  } else {
    while (isLayoutSpace(lineText.charCodeAt(pos))) pos++;
    // The spaces are found with indexOf, one cursor per kind of space (most prose lines have none).
    let ascii = lineText.indexOf(' ', pos);
    let ideographic = lineText.indexOf('\u3000', pos);
    while (ascii >= 0 || ideographic >= 0) {
      const i = ascii < 0 ? ideographic : ideographic < 0 ? ascii : Math.min(ascii, ideographic);
      let j = i + 1;
      while (j < lineText.length && isLayoutSpace(lineText.charCodeAt(j))) j++;
      if (j - i >= 2) {
        splitField(at, pos, i);
        pos = j;
      }
      if (ascii >= 0 && ascii < j) ascii = lineText.indexOf(' ', j);
      if (ideographic >= 0 && ideographic < j) ideographic = lineText.indexOf('\u3000', j);
    }
  }
  splitField(at, pos, lineText.length);
  let filled = 0;
  let first: CellToken | undefined;
  for (let i = from; i < out.length; i++) {
    const t = out[i];
    if (t.text === '') continue;
    filled++;
    first ??= t;
  }
  if (filled === 0) {
    out.length = from;
    return;
  }
  // One field on a line (cell-per-line pastes, indented lines): the tabs around it are layout.
  if (filled === 1) {
    first!.wholeLine = true;
    out[from] = first!;
    out.length = from + 1;
  }
}

/** The line being split and the tokens found so far. */
interface LineAt {
  lineText: string;
  lineStart: number;
  line: number;
  out: CellToken[];
  /** The format's row labels, when known. */
  rowLabelTable?: RowLabelTable;
}

function emit(at: LineAt, s: number, e: number): void {
  at.out.push({ text: at.lineText.slice(s, e), span: { start: at.lineStart + s, end: at.lineStart + e }, line: at.line, source: 'text', wholeLine: false });
}

/** One field between separators, trimmed, split into label and numbers. */
function splitField(at: LineAt, s: number, e: number): void {
  const { lineText } = at;
  while (s < e && isSpace(lineText.charCodeAt(s))) s++;
  while (e > s && isSpace(lineText.charCodeAt(e - 1))) e--;
  splitNumbers(at, lineText.slice(s, e), s);
}

const runTogether = /^(.*[\p{Script=Han}）)”])(\d+)$/u;

/**
 * "标签 0 0 0" → label + numbers; "0 0 0" → numbers; "规章000" (cells run together when copied
 * from a web page) → label + one number, which the row then reports as the wrong count of values.
 */
function splitNumbers(at: LineAt, field: string, offset: number): void {
  // runTogether needs a final digit: test that first, the pattern is costly on long prose.
  const last = field.charCodeAt(field.length - 1);
  const joined = last >= 48 && last <= 57 ? runTogether.exec(field) : null;
  // Sentence marks say prose ("…共2"), unless the text before the digits is exactly a row label
  // whose note has them (（二）部分公开（区分处理的，只计这一情形，不计其他情形）290000029).
  if (joined && !/[ \u3000]/.test(field) && (!/[。，；：]/.test(field) || at.rowLabelTable?.(joined[1]) !== undefined)) {
    const cut = joined[1].length;
    emit(at, offset, offset + cut);
    emit(at, offset + cut, offset + field.length);
    return;
  }
  if ((field.indexOf(' ') < 0 && field.indexOf('\u3000') < 0) || !/\d/.test(field)) return emit(at, offset, offset + field.length);
  let labelEnd = 0;
  if (!onlyNumbers.test(field)) {
    const m = trailingNumbers.exec(field);
    if (!m) return emit(at, offset, offset + field.length);
    labelEnd = m[1].length;
  }
  if (labelEnd > 0) emit(at, offset, offset + labelEnd);
  const re = /[+-]?\d[\d.,]*/g;
  re.lastIndex = labelEnd;
  for (let m = re.exec(field); m; m = re.exec(field)) emit(at, offset + m.index, offset + m.index + m[0].length);
}

/** A line written as a pipe row: it starts and ends with '|' and has a cell boundary between (`| a | b |`). */
function isLonePipeRow(lineText: string): boolean {
  let s = 0;
  while (s < lineText.length && isSpace(lineText.charCodeAt(s))) s++;
  let e = lineText.length;
  while (e > s && isSpace(lineText.charCodeAt(e - 1))) e--;
  if (e - s < 3 || lineText.charCodeAt(s) !== 0x7c || lineText.charCodeAt(e - 1) !== 0x7c) return false;
  const inner = lineText.indexOf('|', s + 1);
  return inner > 0 && inner < e - 1;
}

/**
 * The token stream of a whole document. With `rowLabelTable` (the format's row labels), a plain line
 * whose table rows ran together is read as one line per row.
 */
export function tokenizeDocument(text: string, index: LineIndex, rowLabelTable?: RowLabelTable, terms?: RunTogetherTerms): TokenizedDocument {
  const { headingLines, pipeLines, delimiterLines } = readBlocks(text, index.lineCount);
  const htmlRegions = readHtmlTables(text, index);
  const tableLines = new LineSet(index.lineCount);
  tableLines.addAll(pipeLines);
  const tokens: CellToken[] = [];
  const runTogetherLines: number[] = [];
  const unreadTables: { line: number; tableId: string }[] = [];
  let region = 0;
  for (let line = 0; line < index.lineCount; line++) {
    const lineStart = index.lineStarts[line];
    while (region < htmlRegions.length && htmlRegions[region].end <= lineStart) region++;
    const html = htmlRegions[region];
    if (html && html.start < index.lineEnd(line) + 1 && html.end > lineStart) {
      const lastLine = index.lineAt(html.end - 1);
      tableLines.addRange(line, lastLine);
      // Text before the table on its first line, then the table's cells.
      const before = text.slice(lineStart, html.start);
      if (html.start > lineStart && before.trim() !== '') splitPlainLineInto(tokens, before, lineStart, line);
      for (const cell of html.cells) tokens.push(cell);
      line = lastLine;
      region++;
      continue;
    }
    const lineText = text.slice(lineStart, index.lineEnd(line));
    if (mayOpenGridTable(lineText)) {
      const lastLine = readGridTableInto(tokens, index, line);
      if (lastLine !== undefined) {
        tableLines.addRange(line, lastLine);
        line = lastLine;
        continue;
      }
    }
    if (pipeLines.has(line)) {
      if (!delimiterLines.has(line) || !isPipeDelimiterRow(lineText)) readPipeRowInto(tokens, lineText, lineStart, line);
      continue;
    }
    const hashes = headingLines.get(line);
    if (hashes !== undefined) {
      const [s, e] = atxHeadingContent(lineText);
      const content = lineText.slice(s, e);
      tokens.push({ text: content, span: { start: lineStart + s, end: lineStart + e }, line, source: 'heading', wholeLine: true });
      continue;
    }
    if (isBlankLine(lineText) || isRuleLine(lineText)) continue;
    // A pipe row that Markdown does not see as a table (the rows after a blank line inside a pipe
    // table, or a table without its delimiter row) still shows its cells between the pipes.
    if (isLonePipeRow(lineText)) {
      if (!isPipeDelimiterRow(lineText)) readPipeRowInto(tokens, lineText, lineStart, line);
      continue;
    }
    const runTogether = rowLabelTable ? runTogetherCuts(lineText, rowLabelTable, terms) : undefined;
    if (runTogether && 'unreadTable' in runTogether) unreadTables.push({ line, tableId: runTogether.unreadTable });
    const cuts = runTogether && 'cuts' in runTogether ? runTogether.cuts : undefined;
    if (cuts) {
      runTogetherLines.push(line);
      // What comes before the first row (the header run together), then each row: its label, its values.
      splitPlainLineInto(tokens, lineText.slice(0, cuts[0]!.start), lineStart, line, rowLabelTable);
      cuts.forEach((cut, i) => {
        tokens.push({ text: lineText.slice(cut.start, cut.labelEnd), span: { start: lineStart + cut.start, end: lineStart + cut.labelEnd }, line, source: 'text', wholeLine: false });
        if (cut.values) {
          // (A lone field counts as a whole line, as splitPlainLineInto marks it.)
          const lone = cut.values.length === 1;
          for (const v of cut.values) tokens.push({ text: lineText.slice(v.start, v.end), span: { start: lineStart + v.start, end: lineStart + v.end }, line, source: 'text', wholeLine: lone });
          return;
        }
        const end = cuts[i + 1]?.start ?? lineText.length;
        splitPlainLineInto(tokens, lineText.slice(cut.labelEnd, end), lineStart + cut.labelEnd, line, rowLabelTable);
      });
      continue;
    }
    splitPlainLineInto(tokens, lineText, lineStart, line, rowLabelTable);
  }
  return { tokens, headingLines, tableLines, runTogetherLines, unreadTables, markdown: headingLines.size > 0 || pipeLines.size > 0 || htmlRegions.length > 0 };
}

/**
 * Where an ATX heading's text lies in its line: after the leading spaces, 1–6 hashes and spaces, and
 * before the trailing spaces, closing hashes and spaces ("## 一、总体情况 ##" → "一、总体情况"). A scan:
 * the regex it replaces (/^\s*#{1,6}\s*(.*?)\s*#*\s*$/) was cubic on a heading padded with spaces.
 * A line without the hashes, or whose text holds a U+2028/U+2029 separator (which that regex's `.`
 * did not cross), gives its trimmed text, as before.
 */
export function atxHeadingContent(lineText: string): [number, number] {
  const n = lineText.length;
  let i = 0;
  while (i < n && isSpace(lineText.charCodeAt(i))) i++;
  const lead = i;
  while (i < n && i - lead < 6 && lineText.charCodeAt(i) === 0x23) i++;
  let start = lead;
  let end = n;
  if (i > lead) {
    while (i < n && isSpace(lineText.charCodeAt(i))) i++;
    end = trimmedEnd(lineText, i, n);
    while (end > i && lineText.charCodeAt(end - 1) === 0x23) end--;
    if (hasLineSeparator(lineText, i, trimmedEnd(lineText, i, end))) end = n;
    else start = i;
  }
  end = trimmedEnd(lineText, start, end);
  return start === end ? [n, n] : [start, end];
}

/** `end` moved back over the spaces before it, not below `start`. */
function trimmedEnd(lineText: string, start: number, end: number): number {
  while (end > start && isSpace(lineText.charCodeAt(end - 1))) end--;
  return end;
}

/** Whether lineText.slice(start, end) holds U+2028 or U+2029. */
function hasLineSeparator(lineText: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = lineText.charCodeAt(i);
    if (c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}
