// table-row-missing: a table is there but lacks a row the template requires (e.g. 规章).
// Reported on the table's first cell; tables in the other template are left to template-outdated / template-too-new.

import { columnLayoutTables } from './columnLayoutTables.js';
import { otherTemplateTables } from './otherTemplateTables.js';
import { withoutNotes } from '../text/withoutNotes.js';
import { tableSpec } from './tableTerms.js';
import type { Rule, RuleFinding } from './ruleTypes.js';

export const tableRowMissing: Rule = {
  id: 'table-row-missing',
  category: 'table',
  defaultSeverity: 'error',
  meta: { messages: ['table-row-missing', 'table-row-missing.values'] },
  check({ report, template, facts }) {
    const findings: RuleFinding[] = [];
    const otherTemplate = facts.of(otherTemplateTables);
    const wrapped = facts.of(columnLayoutTables);
    for (const table of report.tables) {
      const spec = tableSpec(template, table.tableId);
      if (!spec || otherTemplate.has(table) || wrapped.has(table) || (table.rows.length === 0 && !spec.rows.some((r) => r.unlabelled))) continue;
      spec.rows.forEach((row, i) => {
        // Heading rows (三、本年度办理结果, （三）不予公开…) carry no numbers; Word pastes often merge them away.
        if (row.columns.length === 0 || table.rows.some((r) => r.rowId === row.id)) return;
        // Reported where the row belongs: on the next row of the template that is there, else the last row.
        const next = spec.rows.slice(i + 1).map((r) => table.rows.find((x) => x.rowId === r.id && x.label)).find(Boolean);
        const anchor = next?.label?.span ?? [...table.rows].reverse().find((r) => r.label)?.label?.span ?? table.span;
        findings.push({
          span: { start: anchor.start, end: anchor.end },
          messageId: row.unlabelled ? 'table-row-missing.values' : 'table-row-missing',
          args: { tableName: spec.name, label: withoutNotes(row.label), count: row.columns.length },
        });
      });
    }
    return findings;
  },
};
