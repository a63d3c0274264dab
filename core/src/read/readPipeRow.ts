// Splits one GFM pipe-table line into cell tokens with their exact source spans.

import type { CellToken } from '../model.js';

/** Cells of a pipe row starting at `lineStart` (escaped \| stays inside a cell). */
export function readPipeRow(lineText: string, lineStart: number, line: number): CellToken[] {
  const bounds: number[] = [];
  for (let i = 0; i < lineText.length; i++) {
    if (lineText[i] === '\\') {
      i++;
      continue;
    }
    if (lineText[i] === '|') bounds.push(i);
  }
  const trimmedStart = lineText.length - lineText.trimStart().length;
  const trimmedEnd = lineText.trimEnd().length;
  const edges = [...bounds];
  if (edges[0] !== trimmedStart) edges.unshift(trimmedStart - 1);
  if (edges[edges.length - 1] !== trimmedEnd - 1) edges.push(trimmedEnd);
  const cells: CellToken[] = [];
  for (let k = 0; k + 1 < edges.length; k++) {
    let s = edges[k] + 1;
    let e = edges[k + 1];
    while (s < e && /\s/.test(lineText[s])) s++;
    while (e > s && /\s/.test(lineText[e - 1])) e--;
    if (s === e) {
      // An empty cell spans its whitespace, so a squiggle shows and a fix can fill it in.
      s = edges[k] + 1;
      e = edges[k + 1];
    }
    cells.push({
      text: lineText.slice(s, e).trim().replace(/\\\|/g, '|'),
      span: { start: lineStart + s, end: lineStart + e },
      line,
      source: 'pipe',
      wholeLine: false,
    });
  }
  return cells;
}

/** A delimiter row such as |---|:---:| */
export function isPipeDelimiterRow(lineText: string): boolean {
  return /^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$/.test(lineText);
}
