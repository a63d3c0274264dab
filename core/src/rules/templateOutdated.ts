// template-outdated: a report for 2021 or later written to the superseded 2019 format: a table in
// the 2019 shape, or a citation of 国办公开办函〔2019〕60号 / 格式（试行）. One finding, on the first sign.

import type { Span } from '../types.js';
import { renderBlankTable } from '../fix/renderBlankTable.js';
import { outdatedTables } from './outdatedTables.js';
import { tableSpec } from './tableTerms.js';
import type { Rule, RuleFinding } from './ruleTypes.js';

export const templateOutdated: Rule = {
  id: 'template-outdated',
  category: 'table',
  defaultSeverity: 'warning',
  fixable: true,
  check({ report, template, index }) {
    if (template.id !== '2021') return [];
    const year = report.year?.value ?? '';
    const signs: { span: Span; finding: RuleFinding }[] = [];
    for (const pattern of template.outdatedCitations) {
      for (const m of report.text.matchAll(pattern)) {
        const span = { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
        const is60 = /60/.test(m[0]);
        signs.push({
          span,
          finding: {
            span,
            messageId: 'template-outdated.citation',
            args: { text: m[0], year, citation: template.citation },
            fix: is60
              ? { messageId: 'fix.replaceCitation', args: { citation: template.citation }, edits: [{ ...span, text: template.citation }], safe: false }
              : undefined,
          },
        });
      }
    }
    for (const [table, token] of outdatedTables(report, template)) {
      const spec = tableSpec(template, table.tableId)!;
      const blank = renderBlankTable(spec, report.markdown ? 'markdown' : 'text').join(report.eol);
      // Replace whole lines, so no pipe or cell of the old table is left at either end.
      const start = index.lineStarts[index.lineAt(table.span.start)];
      const end = index.lineEnd(index.lineAt(Math.max(table.span.start, table.span.end - 1)));
      signs.push({
        span: token.span,
        finding: {
          span: token.span,
          messageId: 'template-outdated.table',
          args: { tableName: spec.name, text: token.text, year, citation: template.citation },
          fix: {
            messageId: 'fix.replaceTable', args: { tableName: spec.name, format: template.id },
            edits: [{ start, end, text: blank }], safe: false,
          },
        },
      });
    }
    if (signs.length === 0) return [];
    signs.sort((a, b) => a.span.start - b.span.start);
    const first = signs[0].finding;
    // "格式（试行）》（国办公开办函〔2019〕60号）": the first sign may have no fix while a later citation has one.
    first.fix ??= signs.find((s) => s.finding.fix && s.finding.messageId === first.messageId)?.finding.fix;
    first.related = signs.slice(1).map((s) => ({ ...s.span, messageId: 'related.outdated', args: { text: report.text.slice(s.span.start, s.span.end).slice(0, 20) } }));
    return [first];
  },
};
