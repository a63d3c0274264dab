// table-row-missing: a table is there but lacks a row the format requires (e.g. 规章).
// Reported on the table's first cell; tables in the outdated format are left to template-outdated.

import { outdatedTables } from './outdatedTables.js';
import { tableSpec } from './tableTerms.js';
import type { Rule, RuleFinding } from './ruleTypes.js';

export const tableRowMissing: Rule = {
  id: 'table-row-missing',
  category: 'table',
  defaultSeverity: 'error',
  fixable: false,
  check({ report, template }) {
    const findings: RuleFinding[] = [];
    const outdated = outdatedTables(report, template);
    for (const table of report.tables) {
      const spec = tableSpec(template, table.tableId);
      if (!spec || outdated.has(table) || table.rows.length === 0) continue;
      const anchor = table.rows.find((r) => r.label)?.label?.span ?? table.span;
      for (const row of spec.rows) {
        if (table.rows.some((r) => r.rowId === row.id)) continue;
        findings.push({
          span: { start: anchor.start, end: anchor.end },
          messageId: 'table-row-missing',
          args: { tableName: spec.name, label: row.label.replace(/（区分处理的[^）]*）/, '') },
        });
      }
    }
    return findings;
  },
};
