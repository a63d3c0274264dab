// Splits one GFM pipe-table line into cell tokens with their exact source spans.

import type { CellToken } from '../model.js';
import { isSpace } from '../text/charClass.js';

const PIPE = 0x7c;
const BACKSLASH = 0x5c;

/** Appends the cells of a pipe row starting at `lineStart` to `out` (escaped \| stays inside a cell). */
export function readPipeRowInto(out: CellToken[], lineText: string, lineStart: number, line: number): void {
  const bounds: number[] = [];
  for (let i = 0; i < lineText.length; i++) {
    const c = lineText.charCodeAt(i);
    if (c === BACKSLASH) {
      i++;
      continue;
    }
    if (c === PIPE) bounds.push(i);
  }
  let trimmedStart = 0;
  while (trimmedStart < lineText.length && isSpace(lineText.charCodeAt(trimmedStart))) trimmedStart++;
  let trimmedEnd = lineText.length;
  while (trimmedEnd > 0 && isSpace(lineText.charCodeAt(trimmedEnd - 1))) trimmedEnd--;
  // The cells lie between edges: the pipes, and the row's ends where it has no outer pipe.
  if (bounds[0] !== trimmedStart) bounds.unshift(trimmedStart - 1);
  if (bounds[bounds.length - 1] !== trimmedEnd - 1) bounds.push(trimmedEnd);
  for (let k = 0; k + 1 < bounds.length; k++) {
    let s = bounds[k] + 1;
    let e = bounds[k + 1];
    while (s < e && isSpace(lineText.charCodeAt(s))) s++;
    while (e > s && isSpace(lineText.charCodeAt(e - 1))) e--;
    let text = '';
    if (s === e) {
      // An empty cell spans its whitespace, so a squiggle shows and a fix can fill it in.
      s = bounds[k] + 1;
      e = bounds[k + 1];
    } else {
      text = unescapeMarkdown(lineText.slice(s, e));
    }
    out.push({ text, span: { start: lineStart + s, end: lineStart + e }, line, source: 'pipe', wholeLine: false });
  }
}

/** A backslash before ASCII punctuation (\| \. \*), as Markdown and pandoc write them. */
const ESCAPED = /\\([!-/:-@[-`{-~])/g;

/** A Markdown cell's text as it reads: its backslash escapes removed (1\.属于… reads 1.属于…). */
export function unescapeMarkdown(text: string): string {
  return text.includes('\\') ? text.replace(ESCAPED, '$1') : text;
}

/**
 * A delimiter row such as |---|:---:| (each cell :?-+:? between spaces, outer pipes optional). Split
 * and trimmed: the regex it replaces let the spaces around each pipe be read two ways (polynomial).
 */
export function isPipeDelimiterRow(lineText: string): boolean {
  let s = lineText.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|')) s = s.slice(0, -1);
  return s.split('|').every((cell) => DELIMITER_CELL.test(cell.trim()));
}

const DELIMITER_CELL = /^:?-+:?$/;
