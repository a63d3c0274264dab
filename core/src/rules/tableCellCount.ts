// table-cell-count: a row has more or fewer values than the template's columns — a real defect of
// the draft (dropped, merged or shifted cells), reported instead of guessing which value is which.

import { columnLayoutTables } from './columnLayoutTables.js';
import { mergedRows } from './mergedCells.js';
import { otherTemplateTables } from './otherTemplateTables.js';
import { rowDisplayName } from './rowDisplayName.js';
import { isBlankRow, tableSpec } from './tableTerms.js';
import type { Rule, RuleFinding } from './ruleTypes.js';
import { rowSpecById } from '../templates/rowSpecById.js';

export const tableCellCount: Rule = {
  id: 'table-cell-count',
  category: 'table',
  defaultSeverity: 'error',
  meta: { messages: ['table-cell-count'] },
  check({ report, template, facts }) {
    const findings: RuleFinding[] = [];
    const otherTemplate = facts.of(otherTemplateTables);
    const wrapped = facts.of(columnLayoutTables);
    // A run-together row (table-cells-merged) is reported once, by that rule, with its split; with
    // that rule off, its rows are this rule's again.
    const merged = facts.off.has('table-cells-merged') ? new Map() : facts.of(mergedRows);
    for (const table of report.tables) {
      const spec = tableSpec(template, table.tableId);
      if (!spec || otherTemplate.has(table) || wrapped.has(table)) continue;
      for (const row of table.rows) {
        const rowSpec = rowSpecById(spec, row.rowId);
        // A row of blank cells only is table-cell-invalid's (its blank columns), whatever their number.
        if (!rowSpec || row.duplicate || rowSpec.columns.length === 0 || row.cells.length === row.expectedCount || isBlankRow(row) || merged.has(row)) continue;
        const span = row.label?.span ?? row.cells[0]?.token.span ?? table.span;
        findings.push({
          span: { start: span.start, end: span.end },
          messageId: 'table-cell-count',
          args: { tableName: spec.name, label: rowDisplayName(spec, rowSpec), expected: row.expectedCount, actual: row.cells.length },
        });
      }
    }
    return findings;
  },
};
