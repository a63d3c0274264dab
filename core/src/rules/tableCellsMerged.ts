// table-cells-merged: a row whose numbers ran together when it was copied from a web page or a PDF
// (mergedCells.ts finds them and the splits whose sums hold). One split: the finding names it and
// its fix writes the row's cells separated (tab-separated text, or pipe cells). Several: it says the
// split is ambiguous and offers nothing. A whole report on one line: one finding saying so, and the
// other rules are not run on it (lint.ts), instead of a finding for every missing section and table.

import type { Edit } from '../types.js';
import { mergedRows, type MergedRow } from './mergedCells.js';
import { pastedOnOneLine } from './pastedOnOneLine.js';
import { rowDisplayName } from './rowDisplayName.js';
import type { Rule, RuleFinding } from './ruleTypes.js';
import { rowSpecById } from '../templates/rowSpecById.js';

export const tableCellsMerged: Rule = {
  id: 'table-cells-merged',
  category: 'table',
  defaultSeverity: 'error',
  meta: {
    messages: ['table-cells-merged', 'table-cells-merged.ambiguous', 'table-cells-merged.oneLine'],
    fixes: { 'fix.splitCells': 'safe' },
  },
  check({ report, facts }) {
    if (pastedOnOneLine(report)) {
      const firstLine = report.text.search(/\S/);
      const start = Math.max(0, firstLine);
      return [{ span: { start, end: Math.min(report.text.length, start + 20) }, messageId: 'table-cells-merged.oneLine', args: { length: report.text.length } }];
    }
    const findings: RuleFinding[] = [];
    for (const merged of facts.of(mergedRows).values()) findings.push(finding(report.text, merged));
    return findings;
  },
};

function finding(text: string, merged: MergedRow): RuleFinding {
  const { spec, row, splits } = merged;
  const rowSpec = rowSpecById(spec, row.rowId)!;
  const first = merged.cells[0]!.token;
  const last = merged.cells[merged.cells.length - 1]!.token;
  const span = { start: row.label?.span.start ?? first.span.start, end: last.span.end };
  const args = { tableName: spec.name, label: rowDisplayName(spec, rowSpec), digits: merged.digits, expected: row.expectedCount };
  if (splits.length > 1) {
    return { span, messageId: 'table-cells-merged.ambiguous', args: { ...args, first: splits[0]!.join(', '), second: splits[1]!.join(', ') } };
  }
  const values = splits[0]!;
  const edit = splitEdit(text, merged, values);
  return {
    span, messageId: 'table-cells-merged', args: { ...args, values: values.join(', ') },
    ...(edit ? { fix: { messageId: 'fix.splitCells', args: { values: values.join(', ') }, edits: [edit], safe: true } } : {}),
  };
}

/** The row's cells written separated in the row's own shape: tab-separated text or pipe cells. */
function splitEdit(text: string, merged: MergedRow, values: readonly number[]): Edit | undefined {
  const tokens = merged.cells.map((c) => c.token);
  const source = tokens[0]!.source;
  if (!tokens.every((t) => t.source === source && t.line === tokens[0]!.line)) return undefined;
  const start = tokens[0]!.span.start;
  const end = tokens[tokens.length - 1]!.span.end;
  if (source === 'pipe') return { start, end, text: values.join(' | ') };
  if (source !== 'text') return undefined;
  // Digits glued to the label get a tab before them too.
  const before = start > 0 ? text[start - 1]! : '\n';
  return { start, end, text: (/\s/.test(before) ? '' : '\t') + values.join('\t') };
}
