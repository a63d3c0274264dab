// carryover-mismatch — 表三: this year's 二、上年结转 must equal last year's 四、结转下年度继续办理,
// column by column, for the same body. Last year's report comes from LintOptions.related (the files
// given to the CLI, the server's workspace index); without it, or when it is not certain which report
// is last year's, the rule says nothing.

import { columnLayoutTables } from './columnLayoutTables.js';
import { cellEdit } from '../fix/cellEdit.js';
import { fileLabel } from '../related/fileLabel.js';
import { previousReport } from '../related/previousReport.js';
import type { Rule, RuleFinding } from './ruleTypes.js';
import { cellAt, columnTitle, tableSpec, usableRows } from './tableTerms.js';

export const carryoverMismatch: Rule = {
  id: 'carryover-mismatch',
  category: 'sum',
  defaultSeverity: 'error',
  meta: { messages: ['carryover-mismatch'], related: ['related.lastYearCarryOver'], fixes: { 'fix.carryover': 'suggestion' } },
  check({ report, template, related, file, facts }) {
    const last = previousReport(report, related, file);
    if (!last?.carryOver) return [];
    const spec = tableSpec(template, 'requests');
    const rowSpec = spec?.rows.find((r) => r.id === 'carried');
    if (!spec || !rowSpec) return [];
    const findings: RuleFinding[] = [];
    for (const table of report.tables) {
      if (table.tableId !== 'requests' || facts.of(columnLayoutTables).has(table)) continue;
      const row = usableRows(table).get('carried');
      if (!row || row.cells.length !== row.expectedCount) continue;
      for (const before of last.carryOver) {
        const cell = cellAt(row, rowSpec, before.column);
        if (!cell || before.value === null || cell.value === null || (cell.problem && cell.problem !== 'unit')) continue;
        if (cell.value === before.value) continue;
        const edit = cellEdit(report.text, cell.token, String(before.value));
        findings.push({
          span: cell.token.span,
          messageId: 'carryover-mismatch',
          args: {
            tableName: spec.name, column: columnTitle(spec, before.column), actual: cell.token.text.trim(),
            expected: before.value, lastYear: last.year, file: fileLabel(last.file),
          },
          related: [{
            start: 0, end: 0, messageId: 'related.lastYearCarryOver', args: { year: last.year, value: before.text },
            elsewhere: { file: last.file, start: before.range.start, end: before.range.end },
          }],
          // Only a value last year's own sums vouch for is written, and only on request: this
          // year's balance (一 + 二 = 三 + 四) changes with it, which the user must look at.
          fix: edit && before.sumsHold ? { messageId: 'fix.carryover', args: { value: before.value, year: last.year }, edits: [edit], safe: false } : undefined,
        });
      }
      break;
    }
    return findings;
  },
};
