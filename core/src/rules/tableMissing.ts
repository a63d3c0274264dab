// table-missing: a section that must hold a standard table (二, 三, 四) has none. Reported on the
// section heading (or where the section belongs); the fix inserts a blank table of the right template.
// A table run together on one line so that it cannot be read is not missing: table-cells-merged says so.

import { renderBlankTable } from '../fix/renderBlankTable.js';
import { chineseNumeral } from '../text/normalizeLabel.js';
import { firstSections, insertionPoint } from './sectionHelpers.js';
import { tablesOnOneLine } from './pastedOnOneLine.js';
import type { Rule, RuleFinding } from './ruleTypes.js';

export const tableMissing: Rule = {
  id: 'table-missing',
  category: 'table',
  defaultSeverity: 'error',
  meta: { messages: ['table-missing'], fixes: { 'fix.insertTable': 'suggestion' } },
  check({ report, template, facts }) {
    const findings: RuleFinding[] = [];
    const present = firstSections(report);
    // A table run together on one line that could not be read is there: table-cells-merged says so (when it runs).
    const oneLine = facts.off.has('table-cells-merged') ? undefined : facts.of(tablesOnOneLine);
    for (const spec of template.tables) {
      // 表四 with its header but no numbers is there: table-row-missing says what it lacks.
      const headerOnly = spec.rows.some((r) => r.unlabelled);
      if (report.tables.some((t) => t.tableId === spec.id && (t.rows.length > 0 || headerOnly)) || oneLine?.has(spec.id)) continue;
      const section = template.sections.find((s) => s.id === spec.sectionId)!;
      const host = present.get(section.id);
      const at = host ? host.heading.lineSpan.end : insertionPoint(report, template, section);
      const eol = report.eol;
      const table = renderBlankTable(spec, report.markdown ? 'markdown' : 'text').join(eol);
      const text = host ? `${eol}${eol}${table}${eol}` : `${table}${eol}${eol}`;
      const args = { numeral: chineseNumeral(section.number), title: section.title, tableName: spec.name, template: template.id };
      findings.push({
        span: host ? host.heading.span : { start: at, end: at },
        messageId: 'table-missing',
        args,
        // A table of zeros would look like real data and silence every table check: on request only.
        fix: { messageId: 'fix.insertTable', args, edits: [{ start: at, end: at, text }], safe: false },
      });
    }
    return findings;
  },
};
