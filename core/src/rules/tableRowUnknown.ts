// table-row-unknown: a row label that is not the template's: the other template's wording
// (规范性文件 in a 2021 report, fixed by renaming), an unknown label, or a repeated row.

import { columnLayoutTables } from './columnLayoutTables.js';
import { cellEdit } from '../fix/cellEdit.js';
import { otherTemplateTables } from './otherTemplateTables.js';
import { tableSpec } from './tableTerms.js';
import type { Rule, RuleFinding } from './ruleTypes.js';
import { rowSpecById } from '../templates/rowSpecById.js';
import type { Row, Table } from '../model.js';

export const tableRowUnknown: Rule = {
  id: 'table-row-unknown',
  category: 'table',
  defaultSeverity: 'warning',
  meta: {
    messages: ['table-row-unknown.otherTemplate', 'table-row-unknown.unknown', 'table-row-unknown.duplicate', 'table-row-unknown.twice'],
    related: ['related.firstCopy'],
    fixes: { 'fix.renameRow': 'safe' },
  },
  check({ report, template, facts }) {
    const findings: RuleFinding[] = [];
    const otherTemplate = facts.of(otherTemplateTables);
    const wrapped = facts.of(columnLayoutTables);
    for (const table of report.tables) {
      const spec = tableSpec(template, table.tableId);
      if (!spec || otherTemplate.has(table) || wrapped.has(table)) continue;
      // A table pasted twice: its second copy is one finding where it starts, not a finding per row.
      const twice = secondCopy(table);
      if (twice) {
        const first = table.rows.find((r) => r.rowId === twice.rowId && !r.duplicate)?.label;
        findings.push({
          span: twice.label!.span,
          messageId: 'table-row-unknown.twice',
          args: { tableName: spec.name },
          related: first ? [{ start: first.span.start, end: first.span.end, messageId: 'related.firstCopy', args: { tableName: spec.name } }] : [],
        });
      }
      for (const row of table.rows) {
        if (!row.label) continue;
        if (twice && table.rows.indexOf(row) >= table.rows.indexOf(twice)) break;
        const actual = row.label.text.trim();
        const rowSpec = rowSpecById(spec, row.rowId);
        if (row.otherTemplate && rowSpec) {
          const args = { tableName: spec.name, actual, expected: rowSpec.label, template: template.id, otherTemplate: row.otherTemplate.templateId };
          const edit = cellEdit(report.text, row.label, rowSpec.label);
          findings.push({
            span: row.label.span,
            messageId: 'table-row-unknown.otherTemplate',
            args,
            fix: edit ? { messageId: 'fix.renameRow', args: { label: rowSpec.label }, edits: [edit], safe: true } : undefined,
          });
        } else if (!row.rowId || row.otherTemplate) {
          findings.push({ span: row.label.span, messageId: 'table-row-unknown.unknown', args: { tableName: spec.name, actual } });
        } else if (row.duplicate) {
          findings.push({ span: row.label.span, messageId: 'table-row-unknown.duplicate', args: { tableName: spec.name, actual } });
        }
      }
    }
    return findings;
  },
};

/** The number of repeated rows from which a run of them reads as the whole table pasted again. */
const COPY_ROWS = 3;

/**
 * The first row of a second copy of the table: from a repeated row on, every labelled row repeats an
 * earlier one, each once (the table pasted again, not one row repeated), and there are at least
 * COPY_ROWS of them.
 */
function secondCopy(table: Table): Row | undefined {
  let start = -1;
  let ids = new Set<string>();
  let copy = true;
  table.rows.forEach((row, i) => {
    if (!row.label || row.rowId === undefined) return;
    if (!row.duplicate) {
      start = -1;
      ids = new Set();
      copy = true;
      return;
    }
    if (start < 0) start = i;
    if (ids.has(row.rowId)) copy = false;
    ids.add(row.rowId);
  });
  return start >= 0 && copy && ids.size >= COPY_ROWS ? table.rows[start] : undefined;
}
