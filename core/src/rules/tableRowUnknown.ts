// table-row-unknown: a row label that is not the format's: the other format's wording
// (规范性文件 in a 2021 report, fixed by renaming), an unknown label, or a repeated row.

import { cellEdit } from '../fix/cellEdit.js';
import { otherFormatTables } from './otherFormatTables.js';
import { tableSpec } from './tableTerms.js';
import type { Rule, RuleFinding } from './ruleTypes.js';
import { rowSpecById } from '../templates/rowSpecById.js';

export const tableRowUnknown: Rule = {
  id: 'table-row-unknown',
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
        if (!row.label) continue;
        const actual = row.label.text.trim();
        const rowSpec = rowSpecById(spec, row.rowId);
        if (row.foreign && rowSpec) {
          const args = { tableName: spec.name, actual, expected: rowSpec.label, format: template.id, otherFormat: row.foreign.templateId };
          const edit = cellEdit(report.text, row.label, rowSpec.label);
          findings.push({
            span: row.label.span,
            messageId: 'table-row-unknown.foreign',
            args,
            fix: edit ? { messageId: 'fix.renameRow', args: { label: rowSpec.label }, edits: [edit], safe: true } : undefined,
          });
        } else if (!row.rowId || row.foreign) {
          findings.push({ span: row.label.span, messageId: 'table-row-unknown.unknown', args: { tableName: spec.name, actual } });
        } else if (row.duplicate) {
          findings.push({ span: row.label.span, messageId: 'table-row-unknown.duplicate', args: { tableName: spec.name, actual } });
        }
      }
    }
    return findings;
  },
};
