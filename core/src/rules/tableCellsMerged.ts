// table-cells-merged: a row whose numbers ran together when it was copied from a web page or a PDF
// (mergedCells.ts finds them and the splits whose sums hold). One split: the finding names it and
// its fix writes the row's cells separated (tab-separated text, or pipe cells). Several: it says the
// split is ambiguous and offers nothing. A whole report on one line: one finding saying so, and the
// other rules are not run on it (lint.ts), instead of a finding for every missing section and table.
// A table of a normal report run together on one line so that its rows cannot be read: one finding
// on that line, instead of table-missing's.

import type { Edit } from '../types.js';
import { mergedRows, type MergedRow } from './mergedCells.js';
import { pastedOnOneLine, tablesOnOneLine } from './pastedOnOneLine.js';
import { rowDisplayName } from './rowDisplayName.js';
import type { Rule, RuleFinding } from './ruleTypes.js';
import { rowSpecById } from '../templates/rowSpecById.js';

export const tableCellsMerged: Rule = {
  id: 'table-cells-merged',
  category: 'table',
  defaultSeverity: 'error',
  meta: {
    messages: [
      'table-cells-merged', 'table-cells-merged.ambiguous', 'table-cells-merged.unchecked', 'table-cells-merged.uncheckedAmbiguous',
      'table-cells-merged.oneLine', 'table-cells-merged.tableOnOneLine',
    ],
    fixes: { 'fix.splitCells': 'safe' },
  },
  check({ report, facts, template, index }) {
    if (pastedOnOneLine(report)) {
      const firstLine = report.text.search(/\S/);
      const start = Math.max(0, firstLine);
      return [{ span: { start, end: Math.min(report.text.length, start + 20) }, messageId: 'table-cells-merged.oneLine', args: { length: report.text.length } }];
    }
    const findings: RuleFinding[] = [];
    for (const merged of facts.of(mergedRows).values()) findings.push(finding(report.text, merged));
    // A table run together on one line that could not be read: one finding on its line (table-missing says nothing of it).
    for (const [tableId, line] of facts.of(tablesOnOneLine)) {
      const spec = template.tables.find((t) => t.id === tableId)!;
      const lineStart = index.lineStarts[line]!;
      const lineText = report.text.slice(lineStart, index.lineEnd(line));
      const start = lineStart + lineText.search(/\S/);
      findings.push({ span: { start, end: lineStart + lineText.trimEnd().length }, messageId: 'table-cells-merged.tableOnOneLine', args: { tableName: spec.name, length: lineText.length } });
    }
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
    const messageId = merged.unchecked ? 'table-cells-merged.uncheckedAmbiguous' : 'table-cells-merged.ambiguous';
    return { span, messageId, args: { ...args, first: splits[0]!.join(', '), second: splits[1]!.join(', ') } };
  }
  const values = splits[0]!;
  const edit = splitEdit(text, merged, values);
  // A split no sum checked (an empty cell of the original would also give these digits) is offered, never applied by fix all.
  return {
    span, messageId: merged.unchecked ? 'table-cells-merged.unchecked' : 'table-cells-merged', args: { ...args, values: values.join(', ') },
    ...(edit ? { fix: { messageId: 'fix.splitCells', args: { values: values.join(', ') }, edits: [edit], safe: !merged.unchecked } } : {}),
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
