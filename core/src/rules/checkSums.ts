// The engine behind the sum rules: evaluates every SumSpec of the template that belongs to a rule,
// and reports the derived cell (a row's 总计, （七）总计, 四、结转, a group's 总计) when it is wrong.

import type { Cell, Report, Row, Table } from '../model.js';
import type { SumSpec, TableSpec, Template } from '../templates/templateTypes.js';
import type { RelatedSpan } from '../types.js';
import { rowDisplayName } from './rowDisplayName.js';
import type { RuleContext, RuleFinding } from './ruleTypes.js';
import { compiledSums, evaluateSum, sumStatus, usableRowsBySpec, type SumEvaluation, type SumStatus } from './evaluateSum.js';
import { cellEdit } from '../fix/cellEdit.js';
import { lastReportMemo } from './lastReportMemo.js';
import { columnTitle, formulaArgs } from './tableTerms.js';

interface FailingSum {
  ruleId: string;
  finding: RuleFinding;
  target: Cell;
}

/** A sum that does not hold, before its message is built (most failures are dropped as consequences). */
interface Failure {
  sum: SumSpec;
  spec: TableSpec;
  evaluation: SumEvaluation;
  target: Cell;
  terms: Cell[];
  /** Whether "fix all" may apply its fix (see below). */
  safe: boolean;
  /** Cells named as the likely culprit, in the order they were found. */
  suspects: Cell[];
}

const failingSums = lastReportMemo(findFailingSums);

/**
 * Every sum of the template that fails, with the consequences of another failure removed: a sum
 * whose terms include a cell that another failing sum already blames (one wrong （七）总计 also
 * unbalances its row total and 四、结转) is not reported, so one wrong cell gives one finding and
 * its fix points the right way. When every failure depends on another, all are kept.
 */
function findFailingSums(report: Report, template: Template): FailingSum[] {
  const failures: Failure[] = [];
  /** Every computable sum's target cell and the value it should hold, in order (read only when some sum fails). */
  const statuses: SumStatus[] = [];
  const rowsOf = new Map<Table, (Row | undefined)[]>();
  for (const { sum, spec, each } of compiledSums(template)) {
    for (const table of report.tables) {
      if (table.tableId !== sum.tableId) continue;
      let rows = rowsOf.get(table);
      if (!rows) rowsOf.set(table, (rows = usableRowsBySpec(table, spec)));
      for (const { resolved } of each) {
        const status = sumStatus(resolved, rows);
        if (!status || status.expected === null) continue;
        statuses.push(status);
        if (status.holds) continue;
        // Only a failing sum is evaluated term by term, for its blame, message, related cells and fix.
        const evaluation = evaluateSum(resolved, rows);
        if (!evaluation || evaluation.expected === null || evaluation.holds) continue;
        failures.push({ sum, spec, evaluation, target: evaluation.target.cell, terms: evaluation.terms.map((t) => t.cell!), safe: true, suspects: [] });
      }
    }
  }
  if (failures.length === 0) return [];
  // A cell two sums derive (（七）总计's 总计, 四、结转's 总计) is fixed by "fix all" only when both agree on
  // its value; otherwise each fix would undo the other's, pass after pass. Its fix is then offered on
  // request only. (The statuses are searched, not indexed: only the few failing targets are asked.)
  for (const f of failures) {
    if (statuses.some((st) => st.cell === f.target && st.expected !== f.evaluation.expected)) f.safe = false;
  }
  /** Cells whose own sum holds: verified, so never the suspect of two failing sums. */
  const verified = (cell: Cell) => statuses.some((st) => st.cell === cell && st.holds);
  const blamed = failures.map((f) => f.target);
  const roots = failures.filter((f) => !f.terms.some((t) => blamed.includes(t)));
  markSharedTerms(roots, verified);
  const seen = new Set<Cell>();
  // Two sums that blame the same cell (（七）总计's 总计 is both a row total and a column total) give one finding.
  const kept = (roots.length > 0 ? roots : failures).filter((f) => !seen.has(f.target) && seen.add(f.target));
  return kept.map((f) => ({ ruleId: f.sum.ruleId, finding: findingOf(f, report.text), target: f.target }));
}

/**
 * Two failing sums that share a term (a mistyped 自然人 cell of （一）予以公开 breaks both its row total
 * and （七）'s 自然人 column) most likely share the culprit: that cell, not the totals. Their fixes would
 * spread the typo over the table, so they are offered on request only, and the shared cell is named.
 */
function markSharedTerms(failures: Failure[], verified: (cell: Cell) => boolean): void {
  const users = new Map<Cell, Failure[]>();
  for (const f of failures) {
    for (const t of f.terms) {
      const list = users.get(t);
      if (list) list.push(f);
      else users.set(t, [f]);
    }
  }
  for (const [cell, sums] of users) {
    if (sums.length < 2 || verified(cell)) continue;
    for (const f of sums) {
      f.safe = false;
      f.suspects.push(cell);
    }
  }
}

/** The cells some failing sum blames (for rules that must not trust them, e.g. text-table-mismatch). */
export function failingTargets(context: RuleContext): Cell[] {
  return failingSums(context.report, context.template).map((f) => f.target);
}

export function checkSums(context: RuleContext, ruleId: string): RuleFinding[] {
  return failingSums(context.report, context.template).filter((f) => f.ruleId === ruleId).map((f) => f.finding);
}

/** The finding of a failure that is reported: its message, the term cells (a suspect first) and its fix. */
function findingOf(failure: Failure, source: string): RuleFinding {
  const { sum, spec, evaluation } = failure;
  const { target, terms } = evaluation;
  const expected = evaluation.expected!;
  const actual = target.cell.value;
  const named = terms.map((t) => ({ name: t.name, value: t.cell!.value as number, sign: t.sign }));
  // Spans copied field by field: an object spread here was a third of the time of the sum rules.
  const related: RelatedSpan[] = terms.map((t, i) => {
    const span = t.cell!.token.span;
    return { start: span.start, end: span.end, messageId: 'related.term', args: { name: named[i].name, value: named[i].value } };
  });
  const groupColumn = spec.columns.find((c) => c.id === target.ref.column);
  const args = {
    tableName: spec.name,
    label: rowDisplayName(spec, target.rowSpec),
    column: columnTitle(spec, target.ref.column),
    group: groupColumn?.short ? groupColumn.title.slice(0, groupColumn.title.length - groupColumn.short.length) : '',
    expected,
    actual: actual === null ? (target.cell.token.text.trim() === '' ? '@cell.blank' : target.cell.token.text.trim()) : target.cell.token.text.trim(),
    ...formulaArgs(named),
  };
  // Beyond 2^53 a sum is not exact and String() would write "1e+23" into the cell: no fix then.
  const edit = expected >= 0 && expected <= Number.MAX_SAFE_INTEGER ? cellEdit(source, target.cell.token, String(expected)) : undefined;
  // 一 + 二 smaller than （七）: no count of 四 can balance it, the error is in 一, 二 or （七）.
  const negativeBalance = expected < 0 && sum.ruleId === 'sum-balance';
  if (negativeBalance) {
    Object.assign(args, {
      left: terms.filter((t) => t.sign > 0).reduce((a, t) => a + (t.cell!.value as number), 0),
      right: terms.filter((t) => t.sign < 0).reduce((a, t) => a + (t.cell!.value as number), 0),
    });
  }
  // The suspects come first, the one found last first of all.
  const suspects: RelatedSpan[] = failure.suspects.map((cell) => ({
    start: cell.token.span.start, end: cell.token.span.end, messageId: 'related.suspect', args: { value: cell.token.text.trim() },
  }));
  return {
    span: target.cell.token.span,
    messageId: negativeBalance ? 'sum-balance.negative' : sum.ruleId,
    args,
    related: [...suspects.reverse(), ...related],
    fix: edit ? { messageId: 'fix.sum', args: { value: expected }, edits: [edit], safe: failure.safe } : undefined,
  };
}
