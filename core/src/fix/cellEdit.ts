// The edit that writes a new text into a table cell (a sum's right total, a count without its
// unit, a row's right label), keeping the table's layout: a blank pipe cell gets a space either
// side, a grid-table cell keeps its width so the column's pipes stay in line.

import type { CellToken } from '../model.js';
import { gridCellAround } from '../read/gridTables.js';
import { displayWidth, padTo } from '../text/displayWidth.js';
import type { Edit } from '../types.js';

/** The edit, or undefined for a cell that wraps over several lines (no single edit rewrites it). */
export function cellEdit(source: string, token: CellToken, text: string): Edit | undefined {
  if (token.pieces) return undefined;
  if (token.source === 'grid') {
    const { start, end } = gridCellAround(source, token.span);
    const width = displayWidth(source.slice(start, end));
    const padded = ` ${text} `;
    return { start, end, text: displayWidth(padded) <= width ? padTo(padded, width) : padded };
  }
  const { start, end } = token.span;
  const blankPipe = token.source === 'pipe' && token.text === '' && end - start >= 2;
  return { start, end, text: blankPipe ? ` ${text} ` : text };
}
