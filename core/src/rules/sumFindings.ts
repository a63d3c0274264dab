// The findings the sum rules report: one failing sum on its total (its formula, the terms that are
// not zero and the total as related cells, the computed value as the fix), or one wrong cell that
// explains several crossing sums (what it should be, which sums say so, those sums as related cells).

import type { Cell } from '../model.js';
import type { RelatedSpan } from '../types.js';
import { cellEdit } from '../fix/cellEdit.js';
import { rowDisplayName } from './rowDisplayName.js';
import type { RuleFinding } from './ruleTypes.js';
import type { SumEvaluation } from './evaluateSum.js';
import { columnTitle, formulaArgs } from './tableTerms.js';
import type { Explanation, Failure } from './checkSums.js';

/** How a message shows a cell's text: as written, or the l10n word for blank. */
function shown(cell: Cell): string {
  const text = cell.token.text.trim();
  return text === '' ? '@cell.blank' : text;
}

function related(cell: Cell, messageId: string, args: Record<string, string | number>): RelatedSpan {
  // Spans copied field by field, not by object spread (this runs for every related cell of every failing sum).
  return { start: cell.token.span.start, end: cell.token.span.end, messageId, args };
}

/** The terms that are not zero, then the total: a sum's related cells (not all 21 of a column). */
function sumRelated(evaluation: SumEvaluation, totalName: string): RelatedSpan[] {
  const out: RelatedSpan[] = [];
  for (const t of evaluation.terms) {
    if (t.cell && t.cell.value !== 0) out.push(related(t.cell, 'related.term', { name: t.name, value: t.cell.value ?? shown(t.cell) }));
  }
  out.push(related(evaluation.target.cell, 'related.total', { name: totalName, value: shown(evaluation.target.cell) }));
  return out;
}

/** How a sum names its total: the column (总计) for a row's sum, the row (（七）总计) for a column's. */
function totalName(evaluation: SumEvaluation, failure: Failure): string {
  const sameRow = evaluation.terms.every((t) => t.ref.row === evaluation.target.ref.row);
  return sameRow ? columnTitle(failure.entry.spec, evaluation.target.ref.column) : evaluation.target.rowSpec.short ?? evaluation.target.rowSpec.label;
}

/**
 * The finding of one failing sum on its total: the computed value, the formula and the fix that
 * writes it (`safe` when "fix all" may apply it: the total alone explains the failure).
 */
export function sumFinding(failure: Failure, source: string, safe: boolean): RuleFinding {
  const { entry: { sum, spec }, evaluation } = failure;
  const { target, terms } = evaluation;
  const expected = evaluation.expected!;
  const named = terms.map((t) => ({ name: t.name, value: t.cell!.value as number, sign: t.sign }));
  const groupColumn = spec.columns.find((c) => c.id === target.ref.column);
  const args = {
    tableName: spec.name,
    label: rowDisplayName(spec, target.rowSpec),
    column: columnTitle(spec, target.ref.column),
    group: groupColumn?.short ? groupColumn.title.slice(0, groupColumn.title.length - groupColumn.short.length) : '',
    expected,
    actual: shown(target.cell),
    ...formulaArgs(named),
  };
  // Beyond 2^53 a sum is not exact and String() would write "1e+23" into the cell: no fix then.
  const edit = expected >= 0 && expected <= Number.MAX_SAFE_INTEGER ? cellEdit(source, target.cell.token, String(expected)) : undefined;
  // 一 + 二 smaller than （七）: no count of 四 can balance it, the error is in 一, 二 or （七）.
  const negativeBalance = expected < 0 && sum.kind === 'balance';
  if (negativeBalance) {
    Object.assign(args, {
      left: named.filter((t) => t.sign > 0).reduce((a, t) => a + t.value, 0),
      right: named.filter((t) => t.sign < 0).reduce((a, t) => a + t.value, 0),
    });
  }
  return {
    span: target.cell.token.span,
    messageId: negativeBalance ? 'sum-balance.negative' : sum.ruleId,
    args,
    related: sumRelated(evaluation, totalName(evaluation, failure)),
    fix: edit ? { messageId: 'fix.sum', args: { value: expected }, edits: [edit], safe } : undefined,
  };
}

/** How a reason names a sum a cell is in: as its total or as one of its terms (l10n references). */
function reasonOf(failure: Failure, key: number): string {
  return `@${failure.entry.sum.nameId}.${failure.keys[0] === key ? 'asTotal' : 'asTerm'}`;
}

/**
 * The finding of a cluster one cell explains. A lone sum explained by its own total reads as that
 * sum's finding; otherwise the cell is named with what it should be and every crossing sum that
 * says so (`“科研机构”栏此格应为 0：本行总计与本栏（七）总计都按 0 计算，表中为 4`).
 */
export function cellFinding(cluster: Failure[], explanation: Explanation, source: string): RuleFinding {
  const { key, cell, value } = explanation;
  if (cluster.length === 1 && cluster[0].keys[0] === key) return sumFinding(cluster[0], source, true);
  const spec = cluster[0].entry.spec;
  const rowSpec = spec.rows[Math.floor(key / 1024)];
  const columnId = rowSpec.columns[key % 1024];
  const reasons = cluster.slice(0, 3).map((f) => reasonOf(f, key));
  const args: Record<string, string | number> = {
    tableName: spec.name,
    label: rowDisplayName(spec, rowSpec),
    column: columnTitle(spec, columnId),
    expected: value,
    actual: shown(cell),
  };
  reasons.forEach((r, i) => (args[`reason${i + 1}`] = r));
  // Related: each crossing sum's total (when it is not this cell), or the terms of the sum this cell totals.
  const spans: RelatedSpan[] = [];
  const seen = new Set<Cell>([cell]);
  for (const f of cluster) {
    const { evaluation } = f;
    const cells = f.keys[0] === key ? evaluation.terms.filter((t) => t.cell && t.cell.value !== 0).map((t) => ({ c: t.cell!, name: t.name })) : [{ c: evaluation.target.cell, name: totalName(evaluation, f) }];
    for (const { c, name } of cells) {
      if (seen.has(c)) continue;
      seen.add(c);
      spans.push(related(c, f.keys[0] === key ? 'related.term' : 'related.crossing', { name, value: c.value ?? shown(c), reason: reasonOf(f, key) }));
    }
  }
  const edit = cellEdit(source, cell.token, String(value));
  return {
    span: cell.token.span,
    messageId: `sum-cell.${reasons.length}`,
    args,
    related: spans,
    fix: edit ? { messageId: 'fix.sum', args: { value }, edits: [edit], safe: true } : undefined,
  };
}
