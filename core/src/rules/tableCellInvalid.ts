// table-cell-invalid: a value cell that is not a proper number: blank, a placeholder (/ — 无),
// a unit (2笔), text, a negative count or a decimal count. The blank cells of one row are one
// finding; a unit is removed by the fix only when it is the column's own (the template says which).

import { columnLayoutTables } from './columnLayoutTables.js';
import { CELL_PROBLEMS, type Cell, type Row } from '../model.js';
import { cellEdit } from '../fix/cellEdit.js';
import { otherTemplateTables } from './otherTemplateTables.js';
import { rowDisplayName } from './rowDisplayName.js';
import { columnTitle, isBlankRow, tableSpec } from './tableTerms.js';
import type { Rule, RuleFinding } from './ruleTypes.js';
import { rowSpecById } from '../templates/rowSpecById.js';
import type { ColumnSpec, RowSpec, TableSpec } from '../templates/templateTypes.js';
import { failingTargets } from './checkSums.js';
import { cellUnits, convertAmount, withoutUnit } from '../text/units.js';

export const tableCellInvalid: Rule = {
  id: 'table-cell-invalid',
  category: 'table',
  defaultSeverity: 'warning',
  meta: {
    messages: [
      ...CELL_PROBLEMS.map((p) => `table-cell-invalid.${p}`),
      'table-cell-invalid.blankCells', 'table-cell-invalid.blankRow', 'table-cell-invalid.unitWrong', 'table-cell-invalid.unitConvert',
    ],
    related: ['related.blankCell'],
    fixes: { 'fix.removeUnit': 'safe', 'fix.convertUnit': 'suggestion' },
  },
  check({ report, template, facts }) {
    const findings: RuleFinding[] = [];
    const otherTemplate = facts.of(otherTemplateTables);
    const wrapped = facts.of(columnLayoutTables);
    // A blank or non-number total whose parts are numbers is the sum's finding (which writes the sum), not "fill in 0".
    const summed = new Set(failingTargets(facts));
    for (const table of report.tables) {
      const spec = tableSpec(template, table.tableId);
      if (!spec || otherTemplate.has(table) || wrapped.has(table)) continue;
      for (const row of table.rows) {
        const rowSpec = rowSpecById(spec, row.rowId);
        if (!rowSpec || row.duplicate) continue;
        if (row.cells.length !== row.expectedCount) {
          // Only tabs or empty pipe cells after the label, fewer or more than the columns: every column is blank.
          if (isBlankRow(row)) findings.push(blankRowFinding(spec, rowSpec, row));
          continue;
        }
        const blanks: number[] = [];
        row.cells.forEach((cell, i) => {
          if (!cell.problem || (cell.value === null && summed.has(cell))) return;
          if (cell.problem === 'blank') blanks.push(i);
          else findings.push(cellFinding(report.text, spec, rowSpec, cell, i));
        });
        if (blanks.length === 1) findings.push(cellFinding(report.text, spec, rowSpec, row.cells[blanks[0]], blanks[0]));
        else if (blanks.length > 1) findings.push(blankCellsFinding(spec, rowSpec, row, blanks));
      }
    }
    return findings.sort((a, b) => a.span.start - b.span.start);
  },
};

/** How a message names a cell: its row and column; 表四's by its group (行政复议) and outcome (结果维持). */
function cellNames(spec: TableSpec, rowSpec: RowSpec, i: number): { label: string; column: string; columnSpec?: ColumnSpec } {
  const columnSpec = spec.columns.find((c) => c.id === rowSpec.columns[i]);
  const grouped = rowSpec.unlabelled && columnSpec?.short !== undefined;
  return {
    label: grouped ? columnSpec!.title.slice(0, columnSpec!.title.length - columnSpec!.short!.length) : rowDisplayName(spec, rowSpec),
    column: grouped ? columnSpec!.short! : columnTitle(spec, rowSpec.columns[i]),
    columnSpec,
  };
}

/** Several blank cells of one row: one finding that names their columns, on the stretch they span. */
function blankCellsFinding(spec: TableSpec, rowSpec: RowSpec, row: Row, blanks: number[]): RuleFinding {
  const first = row.cells[blanks[0]].token.span;
  const last = row.cells[blanks[blanks.length - 1]].token.span;
  const columns = blanks.map((i) => cellNames(spec, rowSpec, i).column).join('、');
  const label = rowSpec.unlabelled ? rowDisplayName(spec, rowSpec) : cellNames(spec, rowSpec, blanks[0]).label;
  return {
    span: { start: first.start, end: last.end },
    messageId: blanks.length === row.cells.length ? 'table-cell-invalid.blankRow' : 'table-cell-invalid.blankCells',
    args: { tableName: spec.name, label, columns, count: blanks.length },
    related: blanks.map((i) => ({ start: row.cells[i].token.span.start, end: row.cells[i].token.span.end, messageId: 'related.blankCell', args: { column: cellNames(spec, rowSpec, i).column } })),
  };
}

/** A row of blank cells whose number differs from its columns': every column is named blank. */
function blankRowFinding(spec: TableSpec, rowSpec: RowSpec, row: Row): RuleFinding {
  const first = row.rawCells[0].span;
  const last = row.rawCells[row.rawCells.length - 1].span;
  const columns = rowSpec.columns.map((_, i) => cellNames(spec, rowSpec, i).column).join('、');
  return {
    span: { start: first.start, end: last.end },
    messageId: 'table-cell-invalid.blankRow',
    args: { tableName: spec.name, label: rowDisplayName(spec, rowSpec), columns, count: rowSpec.columns.length },
  };
}

/** One cell's finding; a unit that is the column's own is removed by a safe fix, the number kept as written. */
function cellFinding(source: string, spec: TableSpec, rowSpec: RowSpec, cell: Cell, i: number): RuleFinding {
  const { label, column, columnSpec } = cellNames(spec, rowSpec, i);
  const args = { tableName: spec.name, label, column, value: cell.token.text, number: cell.value ?? '' };
  const span = cell.token.span;
  if (cell.problem !== 'unit' || cell.value === null || !cell.unit) {
    return { span, messageId: `table-cell-invalid.${cell.problem}`, args };
  }
  const unit = cellUnits[cell.unit];
  const written = withoutUnit(cell.token.text, cell.unit);
  const moneyColumn = columnSpec?.money === true;
  if (!unit || (unit.kind === 'money') !== moneyColumn) {
    // A sum of money in a count column, or a count in a money column: not the column's unit at all.
    return { span, messageId: 'table-cell-invalid.unitWrong', args: { ...args, unit: cell.unit } };
  }
  const columnUnit = columnSpec?.unit;
  if (moneyColumn && columnUnit && cellUnits[columnUnit] && cellUnits[columnUnit].factor !== unit.factor) {
    // 5000元 in a column of 万元 is 0.5 万元: a conversion, offered to a person, never applied by "fix all".
    const converted = convertAmount(cell.value, cell.unit, columnUnit);
    const edit = converted !== undefined ? cellEdit(source, cell.token, String(converted)) : undefined;
    const fix = edit ? { messageId: 'fix.convertUnit', args: { value: converted!, unit: columnUnit }, edits: [edit], safe: false } : undefined;
    return { span, messageId: 'table-cell-invalid.unitConvert', args: { ...args, unit: cell.unit, columnUnit, number: converted ?? '' }, fix };
  }
  const edit = written !== undefined ? cellEdit(source, cell.token, written) : undefined;
  // The column's own unit (or a money column whose unit the template leaves to the draft, 采购总金额): removed, the number kept as written.
  const fix = edit ? { messageId: 'fix.removeUnit', args: { value: written!, unit: cell.unit }, edits: [edit], safe: true } : undefined;
  return { span, messageId: 'table-cell-invalid.unit', args: { ...args, number: written ?? cell.value }, fix };
}
