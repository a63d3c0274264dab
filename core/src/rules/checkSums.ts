// The engine behind the sum rules: evaluates every SumSpec of the template once per report and
// decides what the failing ones say. Failing sums that share cells form a cluster; when one cell
// explains the whole cluster (every sum it is in fails, each by the difference that cell makes), the
// finding is on that cell; otherwise each failing sum is reported on its total, and no fix of the
// cluster is applied by "fix all" (see docs/rules/sum-row-total.md).

import { columnLayoutTables } from './columnLayoutTables.js';
import type { Cell, Report, Row, Table } from '../model.js';
import type { Edit } from '../types.js';
import { cellEdit } from '../fix/cellEdit.js';
import type { Template } from '../templates/templateTypes.js';
import type { RuleContext, RuleFinding } from './ruleTypes.js';
import { evaluateSum, sumStatus, usableRowsBySpec, type SumEvaluation, type SumStatus } from './evaluateSum.js';
import type { LintFacts } from './lintFacts.js';
import { cellKey, tableSums, type SumEntry, type TableSums } from './sumCells.js';
import { cellFinding, sumFinding } from './sumFindings.js';

interface FailingSum {
  ruleId: string;
  finding: RuleFinding;
  /** The cell the finding is on (the explaining cell, or the failing sum's total). */
  target: Cell;
}

/** A failing sum of one table: its entry, its evaluation and the keys of the cells it names. */
export interface Failure {
  index: number;
  entry: SumEntry;
  evaluation: SumEvaluation;
  /** cellKey of the total, then of each term (as the entry's resolved refs). */
  keys: number[];
}

/** What one cell must hold for every failing sum of its cluster to hold. */
export interface Explanation {
  key: number;
  cell: Cell;
  value: number;
}

/** What a report's sums say: the findings, and how many sums fail in all (reported or not). */
interface SumResults {
  reported: FailingSum[];
  /** Each failing sum as table id and its position among the table's sums (stable across edits). */
  failing: string[];
}

function findFailingSums(report: Report, template: Template, facts: LintFacts): SumResults {
  const reported: FailingSum[] = [];
  const failing: string[] = [];
  const sumsByTable = tableSums(template);
  const wrapped = facts.of(columnLayoutTables);
  for (const table of report.tables) {
    if (wrapped.has(table)) continue;
    const sums = sumsByTable.get(table.tableId);
    if (sums) for (const index of failingOfTable(table, sums, report.text, reported)) failing.push(`${table.tableId}:${index}`);
  }
  return { reported, failing };
}

/** The findings of one table's failing sums, cluster by cluster (appended to `out`); returns the failing sums' indices. */
function failingOfTable(table: Table, sums: TableSums, source: string, out: FailingSum[]): number[] {
  const rows = usableRowsBySpec(table, sums.entries[0].spec);
  const statuses: (SumStatus | undefined)[] = sums.entries.map((e) => sumStatus(e.resolved, rows));
  const failures: Failure[] = [];
  statuses.forEach((status, index) => {
    if (!status || status.expected === null || status.holds) return;
    // Only a failing sum is evaluated term by term, for its explanation, message, related cells and fix.
    const entry = sums.entries[index];
    const evaluation = evaluateSum(entry.resolved, rows)!;
    const keys = [entry.resolved.target, ...entry.resolved.terms].map((r) => cellKey(r.row, r.column));
    failures.push({ index, entry, evaluation, keys });
  });
  if (failures.length === 0) return [];
  const unexplained: { failure: Failure; at: number }[] = [];
  for (const cluster of clusters(failures)) {
    const explanation = explain(cluster, sums, statuses);
    if (explanation) {
      const ruleId = (cluster.find((f) => f.keys[0] === explanation.key) ?? cluster[0]).entry.sum.ruleId;
      out.push({ ruleId, finding: cellFinding(cluster, explanation, source), target: explanation.cell });
      continue;
    }
    // No one cell explains them: each failing sum on its total, its fix offered on request only. A sum
    // one of whose terms is the total of another failing sum is that failure's consequence (two wrong
    // （七）总计 cells also unbalance their columns): not reported, unless every one is a consequence.
    // Two sums with the same total (（七）总计's 总计 is a row total and a column total) give one finding.
    const totals = new Set(cluster.map((f) => f.keys[0]));
    const roots = cluster.filter((f) => !f.keys.slice(1).some((k) => totals.has(k)));
    const seen = new Set<Cell>();
    for (const f of roots.length > 0 ? roots : cluster) {
      const cell = f.evaluation.target.cell;
      if (seen.has(cell)) continue;
      seen.add(cell);
      unexplained.push({ failure: f, at: out.length });
      out.push({ ruleId: f.entry.sum.ruleId, finding: sumFinding(f, source, false), target: cell });
    }
  }
  if (unexplained.length > 1) fillUnfilledTotals(unexplained, sums, rows, source, out);
  return failures.map((f) => f.index);
}

/**
 * Totals left unfilled (blank or 0 while their parts are numbers, as a 总计 column copied without
 * its sums): no one cell explains them, and each written alone would break the column's sums, but
 * written together they make every sum of the table hold. Then the first finding's fix writes them
 * all (safe: "fix all" applies it); the others keep their own fix, for a person.
 */
function fillUnfilledTotals(unexplained: { failure: Failure; at: number }[], sums: TableSums, rows: (Row | undefined)[], source: string, out: FailingSum[]): void {
  const written = new Map<Cell, number>();
  for (const { failure } of unexplained) {
    const cell = failure.evaluation.target.cell;
    const unfilled = cell.value === 0 || (cell.value === null && cell.problem === 'blank');
    if (!unfilled || failure.evaluation.expected! < 0) return;
    written.set(cell, failure.evaluation.expected!);
  }
  const valueOf = (cell: Cell | undefined): number | null => {
    if (!cell) return null;
    const w = written.get(cell);
    if (w !== undefined) return w;
    return cell.value !== null && (!cell.problem || cell.problem === 'unit') ? cell.value : null;
  };
  for (const entry of sums.entries) {
    const evaluation = evaluateSum(entry.resolved, rows);
    if (!evaluation) continue;
    const total = written.get(evaluation.target.cell) ?? evaluation.target.cell.value;
    let sum = 0;
    let complete = true;
    for (const t of evaluation.terms) {
      const v = valueOf(t.cell);
      if (v === null) complete = false;
      else sum += t.sign * v;
    }
    if (complete && (total === null || Math.round(sum * 1e6) / 1e6 !== total)) return;
  }
  const edits = [...written].map(([cell, value]) => cellEdit(source, cell.token, String(value)));
  if (edits.some((e) => e === undefined)) return;
  const first = out[unexplained[0].at].finding;
  first.fix = { messageId: 'fix.sumsTogether', args: { value: written.get(out[unexplained[0].at].target)!, count: written.size - 1 }, edits: edits as Edit[], safe: true };
}

/** Failing sums grouped by shared cells (connected components), each in template order. */
function clusters(failures: Failure[]): Failure[][] {
  const parent = failures.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const owner = new Map<number, number>();
  failures.forEach((f, i) => {
    for (const key of f.keys) {
      const j = owner.get(key);
      if (j === undefined) owner.set(key, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Failure[]>();
  failures.forEach((f, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(f);
    else groups.set(root, [f]);
  });
  return [...groups.values()];
}

/**
 * The one cell that explains a cluster: a cell every failing sum of it names, that takes part in no
 * sum that holds, and that — set to one value — makes each of them hold. A lone failing sum whose
 * total is such a cell (表四's groups, whose terms are in no other sum) is explained by its total.
 */
function explain(cluster: Failure[], sums: TableSums, statuses: (SumStatus | undefined)[]): Explanation | undefined {
  let common = new Set(cluster[0].keys);
  for (const f of cluster.slice(1)) common = new Set(f.keys.filter((k) => common.has(k)));
  const inCluster = new Set(cluster.map((f) => f.index));
  const found: Explanation[] = [];
  for (const key of common) {
    // Changing a cell breaks every computable sum it is in that holds now.
    const breaksAnother = (sums.membership.get(key) ?? []).some((i) => !inCluster.has(i) && statuses[i]?.expected !== null && statuses[i] !== undefined);
    if (breaksAnother) continue;
    const explanation = valueFor(cluster, key);
    if (explanation) found.push(explanation);
  }
  if (found.length === 1) return found[0];
  if (cluster.length === 1) return found.find((e) => e.key === cluster[0].keys[0]);
  return undefined;
}

/** The value the cell at `key` must hold for every sum of the cluster to hold, if one value does. */
function valueFor(cluster: Failure[], key: number): Explanation | undefined {
  let value: number | undefined;
  let cell: Cell | undefined;
  for (const f of cluster) {
    const { evaluation } = f;
    const expected = evaluation.expected!;
    let needed: number;
    if (f.keys[0] === key) {
      cell = evaluation.target.cell;
      needed = expected;
    } else {
      const term = evaluation.terms[f.keys.indexOf(key, 1) - 1];
      const total = evaluation.target.cell.value;
      // A term cannot be the culprit of a sum whose total is not a number.
      if (!term?.cell || term.cell.value === null || total === null) return undefined;
      cell = term.cell;
      needed = Math.round((term.cell.value + term.sign * (total - expected)) * 1e6) / 1e6;
    }
    if (value !== undefined && value !== needed) return undefined;
    value = needed;
  }
  // Counts are whole numbers, never negative.
  if (value === undefined || !cell || value < 0 || !Number.isInteger(value)) return undefined;
  return { key, cell, value };
}

/** The cells the sum findings blame (for rules that must not trust them, e.g. text-table-mismatch). */
export function failingTargets(facts: LintFacts): Cell[] {
  return facts.of(findFailingSums).reported.map((f) => f.target);
}

export function checkSums(context: RuleContext, ruleId: string): RuleFinding[] {
  return context.facts.of(findFailingSums).reported.filter((f) => f.ruleId === ruleId).map((f) => f.finding);
}

/**
 * Every sum of a report that fails, the ones not reported (consequences of another) included, as
 * stable keys: the fix gate compares them, so that a fix cannot break a sum another failure hides.
 */
export function failingSumKeys(facts: LintFacts): string[] {
  return facts.of(findFailingSums).failing;
}
