// The engine behind the sum rules: evaluates every SumSpec of the template that belongs to a rule,
// and reports the derived cell (a row's 总计, （七）总计, 四、结转, a group's 总计) when it is wrong.

import type { Cell, Table } from '../model.js';
import type { CellRef, SumSpec, TableSpec } from '../templates/templateTypes.js';
import type { RelatedSpan } from '../types.js';
import { rowDisplayName } from './rowDisplayName.js';
import type { RuleContext, RuleFinding } from './ruleTypes.js';
import { cellAt, columnTitle, formulaArgs, rowName, usableRows } from './tableTerms.js';

function substitute(ref: CellRef, vars: Record<string, string>): CellRef {
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
  return { row: fill(ref.row), column: fill(ref.column) };
}

/** Text that puts `value` into a cell, keeping a pipe cell's padding. */
function cellText(cell: Cell, value: number): string {
  const { text } = cell.token;
  const blankPipe = cell.token.source === 'pipe' && text === '' && cell.token.span.end - cell.token.span.start >= 2;
  return blankPipe ? ` ${value} ` : String(value);
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export function checkSums(context: RuleContext, ruleId: string): RuleFinding[] {
  const { report, template } = context;
  const findings: RuleFinding[] = [];
  for (const sum of template.sums.filter((s) => s.ruleId === ruleId)) {
    const spec = template.tables.find((t) => t.id === sum.tableId);
    for (const table of report.tables.filter((t) => t.tableId === sum.tableId)) {
      if (!spec) continue;
      for (const vars of sum.each) {
        const finding = checkOne(sum, vars, spec, table);
        if (finding) findings.push(finding);
      }
    }
  }
  return findings;
}

function checkOne(sum: SumSpec, vars: Record<string, string>, spec: TableSpec, table: Table): RuleFinding | undefined {
  const rows = usableRows(table);
  const resolve = (ref: CellRef) => {
    const r = substitute(ref, vars);
    const rowSpec = spec.rows.find((x) => x.id === r.row);
    return { ref: r, rowSpec, cell: cellAt(rows.get(r.row), rowSpec, r.column) };
  };
  const target = resolve(sum.target);
  if (!target.cell || !target.rowSpec) return undefined;
  const terms = [...sum.plus.map((ref) => ({ ...resolve(ref), sign: 1 as const })), ...sum.minus.map((ref) => ({ ...resolve(ref), sign: -1 as const }))];
  if (terms.some((t) => !t.cell || t.cell.value === null)) return undefined;
  const expected = round(terms.reduce((acc, t) => acc + t.sign * (t.cell!.value as number), 0));
  const actual = target.cell.value;
  if (actual !== null && round(actual) === expected) return undefined;
  const sameRow = terms.every((t) => t.ref.row === target.ref.row);
  const name = (t: (typeof terms)[number]) => {
    if (sameRow) {
      const column = spec.columns.find((c) => c.id === t.ref.column);
      return column?.short ?? columnTitle(spec, t.ref.column);
    }
    return t.rowSpec ? rowName(t.rowSpec) : t.ref.row;
  };
  const named = terms.map((t) => ({ name: name(t), value: t.cell!.value as number, sign: t.sign }));
  const related: RelatedSpan[] = terms.map((t, i) => ({ ...t.cell!.token.span, messageId: 'related.term', args: { name: named[i].name, value: named[i].value } }));
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
  const fixable = expected >= 0;
  return {
    span: target.cell.token.span,
    messageId: sum.ruleId,
    args,
    related,
    fix: fixable
      ? { messageId: 'fix.sum', args: { value: expected }, edits: [{ ...target.cell.token.span, text: cellText(target.cell, expected) }], safe: true }
      : undefined,
  };
}
