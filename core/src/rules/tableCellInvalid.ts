// table-cell-invalid: a value cell that is not a proper number: blank, a placeholder (/ — 无),
// a unit (2笔), text, a negative count or a decimal count.

import { cellEdit } from '../fix/cellEdit.js';
import { otherFormatTables } from './otherFormatTables.js';
import { rowDisplayName } from './rowDisplayName.js';
import { columnTitle, tableSpec } from './tableTerms.js';
import type { Rule, RuleFinding } from './ruleTypes.js';
import { rowSpecById } from '../templates/rowSpecById.js';

export const tableCellInvalid: Rule = {
  id: 'table-cell-invalid',
  category: 'table',
  defaultSeverity: 'warning',
  fixable: true,
  check({ report, template }) {
    const findings: RuleFinding[] = [];
    const otherFormat = otherFormatTables(report, template);
    for (const table of report.tables) {
      const spec = tableSpec(template, table.tableId);
      if (!spec || otherFormat.has(table)) continue;
      for (const row of table.rows) {
        const rowSpec = rowSpecById(spec, row.rowId);
        if (!rowSpec || row.duplicate || row.cells.length !== row.expected) continue;
        row.cells.forEach((cell, i) => {
          if (!cell.problem) return;
          // 表四's row has no label: name the cell by its group (行政复议) and outcome (结果维持).
          const columnSpec = spec.columns.find((c) => c.id === rowSpec.columns[i]);
          const grouped = rowSpec.unlabelled && columnSpec?.short !== undefined;
          const args = {
            tableName: spec.name,
            label: grouped ? columnSpec!.title.slice(0, columnSpec!.title.length - columnSpec!.short!.length) : rowDisplayName(spec, rowSpec),
            column: grouped ? columnSpec!.short! : columnTitle(spec, rowSpec.columns[i]),
            value: cell.token.text,
            number: cell.value ?? '',
          };
          const edit = cell.problem === 'unit' && cell.value !== null ? cellEdit(report.text, cell.token, String(cell.value)) : undefined;
          const fix = edit ? { messageId: 'fix.sum', args: { value: cell.value! }, edits: [edit], safe: true } : undefined;
          findings.push({ span: cell.token.span, messageId: `table-cell-invalid.${cell.problem}`, args, fix });
        });
      }
    }
    return findings;
  },
};
