// Reads the tables of a draft from its token stream by their row labels, not by column positions:
// a label starts a row, the values after it are that row's cells. This survives shifted, merged and
// dropped cells, tables broken by page breaks, and one-cell-per-line pastes.

import type { Cell, CellToken, Row, Table } from '../model.js';
import { parseNumberCell } from '../text/parseNumberCell.js';
import type { ColumnSpec, RowSpec, TableSpec, Template } from '../templates/templateTypes.js';
import { TokenClassifier } from './classifyToken.js';
import { rowSpecById } from '../templates/rowSpecById.js';
import type { LineSet } from '../text/lineSet.js';

interface OpenRow {
  row: Row;
  spec?: RowSpec;
}

/** All tables found in the token stream, in the order they first appear; the lines they use are marked in `used`. */
export function readTables(tokens: CellToken[], template: Template, used: LineSet): Table[] {
  const classifier = new TokenClassifier(template);
  const tables = new Map<string, Table>();
  const rowIds = new Map<Table, Set<string>>();
  let current: Table | undefined;
  let open: OpenRow | undefined;

  const openTable = (tableId: string, token: CellToken): Table => {
    let table = tables.get(tableId);
    if (!table) {
      table = { tableId, span: { ...token.span }, rows: [], otherTemplateHeaders: [] };
      tables.set(tableId, table);
    }
    current = table;
    return table;
  };
  const extend = (token: CellToken) => {
    if (!current) return;
    current.span.start = Math.min(current.span.start, token.span.start);
    current.span.end = Math.max(current.span.end, token.span.end);
  };
  const startRow = (table: Table, spec: RowSpec | undefined, label: CellToken | undefined, otherTemplate?: Row['otherTemplate']) => {
    // A row id already in the table (the first of its rows is never a duplicate): a set per table
    // instead of scanning its rows, which grew quadratic on very long drafts.
    let ids = rowIds.get(table);
    if (!ids) rowIds.set(table, (ids = new Set()));
    const duplicate = spec !== undefined && ids.has(spec.id);
    if (spec !== undefined) ids.add(spec.id);
    const row: Row = { rowId: spec?.id, label, otherTemplate, rawCells: [], cells: [], expectedCount: spec?.columns.length ?? 0, duplicate };
    table.rows.push(row);
    open = { row, spec };
  };

  let previousToken: CellToken | undefined;
  let lineOpensBlank = false;
  const lineStartsBlank = (token: CellToken, previous: CellToken | undefined): boolean => {
    if (!previous || previous.line !== token.line) lineOpensBlank = true;
    return lineOpensBlank;
  };
  for (const token of tokens) {
    const tokenClass = classifier.classify(token);
    if (previousToken?.line !== token.line) lineOpensBlank = true;
    if (tokenClass.kind !== 'blank') lineOpensBlank = false;
    previousToken = token;
    switch (tokenClass.kind) {
      case 'label': {
        const table = current?.tableId === tokenClass.tableId ? current : openTable(tokenClass.tableId, token);
        extend(token);
        used.add(token.line);
        startRow(table, tokenClass.row, token, tokenClass.otherTemplate);
        break;
      }
      case 'header': {
        if (current && tokenClass.tableIds.includes(current.tableId) && !tokenClass.anchor) {
          if (tokenClass.otherTemplate) current.otherTemplateHeaders.push(token);
          if (!open?.spec?.unlabelled) open = undefined;
          used.add(token.line);
          break;
        }
        if (tokenClass.anchor || tokenClass.tableIds.length === 1) {
          const table = openTable(tokenClass.tableIds[0], token);
          open = undefined;
          extend(token);
          used.add(token.line);
          if (tokenClass.otherTemplate) table.otherTemplateHeaders.push(token);
        }
        break;
      }
      case 'value':
      case 'blank': {
        if (!current) break;
        // Blank fields that open a line are the merged cells left of that line's own label.
        if (tokenClass.kind === 'blank' && token.source === 'text' && lineStartsBlank(token, previousToken)) break;
        if (!open) {
          const unlabelled = template.tables.find((t) => t.id === current!.tableId)?.unlabelledRow;
          if (!unlabelled || tokenClass.kind === 'blank') break;
          startRow(current, unlabelled, undefined);
        }
        open!.row.rawCells.push(token);
        used.add(token.line);
        if (tokenClass.kind === 'value') extend(token);
        break;
      }
      case 'unknown': {
        // The rest of a label that wrapped onto the next line belongs to the label.
        if (open?.spec && open.row.rawCells.length === 0 && classifier.isLabelTail(token.text, open.spec)) {
          used.add(token.line);
          break;
        }
        // Text where a row still lacks values is a bad cell of that row ("无数据"), not a new row.
        if (open?.spec && open.row.rawCells.filter((c) => c.text.trim() !== '').length < open.row.expectedCount) {
          open.row.rawCells.push(token);
          used.add(token.line);
          break;
        }
        if (current && current.rows.length > 0) {
          used.add(token.line);
          startRow(current, undefined, token);
        }
        break;
      }
      case 'break': {
        current = undefined;
        open = undefined;
        break;
      }
      case 'ignore':
        break;
    }
  }
  const result = [...tables.values()];
  for (const table of result) finishTable(table, template);
  return result;
}

/** The column specs of a row's values in order (compiled with the template, not looked up per cell). */
function rowColumns(spec: TableSpec, rowSpec: RowSpec): readonly (ColumnSpec | undefined)[] {
  return spec.rowColumns.get(rowSpec) ?? rowSpec.columns.map((id) => spec.columns.find((c) => c.id === id));
}

/** Drops unknown rows that carry no values, trims merged-cell blanks and reads every cell. */
function finishTable(table: Table, template: Template): void {
  const spec = template.tables.find((t) => t.id === table.tableId);
  // Unknown rows without values go, and so does a group label repeated with no numbers of its own
  // (三、本年度办理结果 printed again at a page break before （四）): that is layout, not a row.
  table.rows = table.rows.filter((r) => {
    const values = r.rawCells.some((c) => c.text.trim() !== '');
    return values || (r.rowId !== undefined && !(r.duplicate && r.expectedCount === 0));
  });
  for (const row of table.rows) {
    const rowSpec = spec ? rowSpecById(spec, row.rowId) : undefined;
    // A group label repeated at a page break (三、本年度办理结果 again before （四）) with nothing of its
    // own is layout, not a repeated row.
    if (row.duplicate && rowSpec?.group && row.rawCells.every((c) => c.text.trim() === '')) row.duplicate = false;
    const tokens = trimBlanks(row.rawCells, row.expectedCount);
    const columns = spec && rowSpec ? rowColumns(spec, rowSpec) : undefined;
    row.cells = tokens.map((token, i): Cell => {
      // The column spec says whether negatives and decimals are allowed.
      const reading = parseNumberCell(token.text, columns?.[i]);
      const cell: Cell = { token, value: reading.value, problem: reading.problem };
      if (reading.unit) cell.unit = reading.unit;
      return cell;
    });
  }
  const last = table.rows[table.rows.length - 1];
  const lastCell = last?.cells[last.cells.length - 1];
  if (lastCell) table.span.end = Math.max(table.span.end, lastCell.token.span.end);
}

/**
 * Merged label cells leave blank fields before the values, and Word leaves one after them: drop
 * leading blanks, then trailing blanks, while the row has more cells than the template expects.
 */
function trimBlanks(cells: CellToken[], expected: number): CellToken[] {
  let start = 0;
  let end = cells.length;
  const blank = (t: CellToken) => t.text.trim() === '';
  while (end - start > expected && blank(cells[start])) start++;
  while (end - start > expected && blank(cells[end - 1])) end--;
  return cells.slice(start, end);
}
