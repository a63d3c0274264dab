// The engine behind the sum rules: evaluates every SumSpec of the template that belongs to a rule,
// and reports the derived cell (a row's 总计, （七）总计, 四、结转, a group's 总计) when it is wrong.

import type { Cell, Report, Row, Table } from '../model.js';
import type { SumSpec, TableSpec, Template } from '../templates/templateTypes.js';
import type { RelatedSpan } from '../types.js';
import { rowDisplayName } from './rowDisplayName.js';
import type { RuleContext, RuleFinding } from './ruleTypes.js';
import { compiledSums, evaluateResolvedSum, resolvedSumStatus, usableRowsBySpec, type SumEvaluation, type SumStatus } from './evaluateSum.js';
import { lastReportMemo } from './lastReportMemo.js';
import { columnTitle, formulaArgs } from './tableTerms.js';

/** Text that puts `value` into a cell, keeping a pipe cell's padding. */
function cellText(cell: Cell, value: number): string {
  const { text } = cell.token;
  const blankPipe = cell.token.source === 'pipe' && text === '' && cell.token.span.end - cell.token.span.start >= 2;
  return blankPipe ? ` ${value} ` : String(value);
}

interface FailingSum {
  ruleId: string;
  finding: RuleFinding;
  target: Cell;
  terms: Cell[];
}

/**
 * Every sum of the template that fails, with the consequences of another failure removed: a sum
 * whose terms include a cell that another failing sum already blames (one wrong （七）总计 also
 * unbalances its row total and 四、结转) is not reported, so one wrong cell gives one finding and
 * its fix points the right way. When every failure depends on another, all are kept.
 */
const failingSums = lastReportMemo(findFailingSums);

function findFailingSums(report: Report, template: Template): FailingSum[] {
  const failing: FailingSum[] = [];
  /** Every computable sum's target cell and the value it should hold, in order (read only when some sum fails). */
  const statuses: SumStatus[] = [];
  const rowsOf = new Map<Table, (Row | undefined)[]>();
  for (const { sum, spec, each } of compiledSums(template)) {
    for (const table of report.tables) {
      if (table.tableId !== sum.tableId) continue;
      let rows = rowsOf.get(table);
      if (!rows) rowsOf.set(table, (rows = usableRowsBySpec(table, spec)));
      for (const { resolved } of each) {
        const status = resolvedSumStatus(resolved, rows);
        if (!status || status.expected === null) continue;
        statuses.push(status);
        if (status.holds) continue;
        // Only a failing sum is evaluated term by term, for its message, related cells and fix.
        const result = checkOne(sum, evaluateResolvedSum(resolved, rows), spec);
        if (result) failing.push({ ruleId: sum.ruleId, ...result });
      }
    }
  }
  if (failing.length === 0) return failing;
  /** What every computable sum says each derived cell should hold. */
  const demands = new Map<Cell, number[]>();
  /** Cells whose own sum holds: verified, so never the suspect of two failing sums. */
  const verified = new Set<Cell>();
  for (const status of statuses) {
    const list = demands.get(status.cell);
    if (list) list.push(status.expected!);
    else demands.set(status.cell, [status.expected!]);
    if (status.holds) verified.add(status.cell);
  }
  // A cell two sums derive (（七）总计's 总计, 四、结转's 总计) is fixed by "fix all" only when both agree on
  // its value; otherwise each fix would undo the other's, pass after pass. Its fix is then offered on request only.
  for (const f of failing) {
    if (f.finding.fix && demands.get(f.target)?.some((v) => v !== f.finding.fix!.args.value)) f.finding.fix.safe = false;
  }
  const blamed = new Set(failing.map((f) => f.target));
  const roots = failing.filter((f) => !f.terms.some((t) => blamed.has(t)));
  markSharedTerms(roots, verified);
  const seen = new Set<Cell>();
  // Two sums that blame the same cell (（七）总计's 总计 is both a row total and a column total) give one finding.
  const kept = (roots.length > 0 ? roots : failing).filter((f) => !seen.has(f.target) && seen.add(f.target));
  return kept;
}

/**
 * Two failing sums that share a term (a mistyped 自然人 cell of （一）予以公开 breaks both its row total
 * and （七）'s 自然人 column) most likely share the culprit: that cell, not the totals. Their fixes would
 * spread the typo over the table, so they are offered on request only, and the shared cell is named.
 */
function markSharedTerms(failing: FailingSum[], verified: Set<Cell>): void {
  const users = new Map<Cell, FailingSum[]>();
  for (const f of failing) for (const t of f.terms) users.set(t, [...(users.get(t) ?? []), f]);
  for (const [cell, sums] of users) {
    if (sums.length < 2 || verified.has(cell)) continue;
    for (const f of sums) {
      if (f.finding.fix) f.finding.fix.safe = false;
      f.finding.related = [{ start: cell.token.span.start, end: cell.token.span.end, messageId: 'related.suspect', args: { value: cell.token.text.trim() } }, ...(f.finding.related ?? [])];
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

function checkOne(sum: SumSpec, evaluation: SumEvaluation | undefined, spec: TableSpec): { finding: RuleFinding; target: Cell; terms: Cell[] } | undefined {
  if (!evaluation || evaluation.expected === null || evaluation.holds) return undefined;
  const { target, terms, expected } = evaluation;
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
  const fixable = expected >= 0 && expected <= Number.MAX_SAFE_INTEGER;
  // 一 + 二 smaller than （七）: no count of 四 can balance it, the error is in 一, 二 or （七）.
  const negativeBalance = expected < 0 && sum.ruleId === 'sum-balance';
  if (negativeBalance) {
    Object.assign(args, {
      left: terms.filter((t) => t.sign > 0).reduce((a, t) => a + (t.cell!.value as number), 0),
      right: terms.filter((t) => t.sign < 0).reduce((a, t) => a + (t.cell!.value as number), 0),
    });
  }
  const finding: RuleFinding = {
    span: target.cell.token.span,
    messageId: negativeBalance ? 'sum-balance.negative' : sum.ruleId,
    args,
    related,
    fix: fixable
      ? { messageId: 'fix.sum', args: { value: expected }, edits: [{ start: target.cell.token.span.start, end: target.cell.token.span.end, text: cellText(target.cell, expected) }], safe: true }
      : undefined,
  };
  return { finding, target: target.cell, terms: terms.map((t) => t.cell!) };
}
