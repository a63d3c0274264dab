// text-table-mismatch: the text restates a figure of the tables and gets it wrong ("收到申请30件"
// while 表三 says 25; "未收到申请" while 表三 has some), or a stated total disagrees with its listed
// parts ("共37条，其中35条、1条"). Reported on the number in the text; which side is right is for the
// writer to decide, so there is no automatic fix.

import type { Row, Table } from '../model.js';
import type { Span } from '../types.js';
import type { Rule, RuleFinding } from './ruleTypes.js';
import { claimSpecs, partPattern, partsPattern } from './textClaims.js';
import { rowDisplayName } from './rowDisplayName.js';
import { cellAt, columnTitle, tableSpec, usableRows } from './tableTerms.js';
import { failingTargets } from './checkSums.js';
import { rowSpecById } from '../templates/rowSpecById.js';

/** "较上年收到申请5件", "比去年…": a figure of another year, not this year's. */
const comparison = /(较|比|同比|去年|上一年|往年|上年(?!度?结转))[^，。；、]{0,6}$/;
/**
 * Parts that partition the total: not "…等" (a partial list) and not counted per channel
 * (网站、微信…), which overlap.
 */
const exhaustiveParts = /^(?![^。；]*(等|网站|微信|微博|公众号|新媒体|公开栏|客户端|平台))/;

export const textTableMismatch: Rule = {
  id: 'text-table-mismatch',
  category: 'content',
  defaultSeverity: 'warning',
  meta: { messages: ['text-table-mismatch', 'text-table-mismatch.none', 'text-table-mismatch.parts'], related: ['related.term'] },
  check({ report, template, index }) {
    const findings: RuleFinding[] = [];
    const inTable = (at: number) => report.tables.some((t) => at >= t.span.start && at < t.span.end);
    // Section 五 may speak of other years' figures; it is not a restatement of this year's tables.
    const problems = report.sections.find((s) => s.sectionId === 'problems' && !s.duplicate);
    const skip = (at: number) => inTable(at) || (problems !== undefined && at >= problems.heading.span.start && at < problems.body.end)
      || comparison.test(report.text.slice(Math.max(0, at - 8), at));
    const failing = new Set(failingTargets({ report, template, index }));
    const rowsOf = new Map<Table, Map<string, Row>>();
    for (const claim of claimSpecs) {
      const table = report.tables.find((t) => t.tableId === claim.tableId);
      const spec = tableSpec(template, claim.tableId);
      if (!table || !spec) continue;
      let rows = rowsOf.get(table);
      if (!rows) rowsOf.set(table, (rows = usableRows(table)));
      const cells = claim.cells.map((ref) => cellAt(rows.get(ref.row), rowSpecById(spec, ref.row), ref.column));
      // When the table's own total is wrong, the text is compared once the table is right.
      if (cells.some((c) => !c || c.value === null || failing.has(c))) continue;
      const value = cells.reduce((acc, c) => acc + (c!.value as number), 0);
      // How the message names the cells: built only when the text disagrees (most reports agree).
      const labelOf = () => claim.cells
        .map((ref) => {
          const rowSpec = rowSpecById(spec, ref.row)!;
          return rowSpec.unlabelled ? `“${columnTitle(spec, ref.column)}”` : `“${rowDisplayName(spec, rowSpec)}”（${columnTitle(spec, ref.column)}）`;
        })
        .join(' + ');
      for (const m of report.text.matchAll(claim.pattern)) {
        const at = m.index ?? 0;
        if (skip(at)) continue;
        const stated = m[1] === undefined ? 0 : Number(m[1]);
        if (stated === value) continue;
        const numberAt = m[1] === undefined ? at : at + m[0].indexOf(m[1], m[0].search(/\d/));
        const label = labelOf();
        const span: Span = m[1] === undefined ? { start: at, end: at + m[0].length } : { start: numberAt, end: numberAt + m[1].length };
        findings.push({
          span,
          messageId: m[1] === undefined ? 'text-table-mismatch.none' : 'text-table-mismatch',
          args: { text: m[0].replace(/\s+/g, ''), stated, tableName: spec.name, label, value },
          related: cells.map((c) => ({ ...c!.token.span, messageId: 'related.term', args: { name: label, value: c!.value as number } })),
        });
      }
    }
    for (const m of report.text.matchAll(partsPattern)) {
      const at = m.index ?? 0;
      const total = Number(m[1]);
      if (skip(at) || !exhaustiveParts.test(m[2])) continue;
      const parts = [...m[2].matchAll(partPattern)].map((p) => Number(p[1]));
      if (parts.length < 2) continue;
      const sum = parts.reduce((a, b) => a + b, 0);
      if (sum === total) continue;
      const numberAt = at + m[0].indexOf(m[1]);
      findings.push({
        span: { start: numberAt, end: numberAt + m[1].length },
        messageId: 'text-table-mismatch.parts',
        args: { stated: total, parts: parts.join(' + '), sum },
      });
    }
    return findings;
  },
};
