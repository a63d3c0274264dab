// Evaluates one sum of the template on one table of a report: the target cell, each term with its
// value and name, the expected total. Shared by the sum rules and the language server's hover.

import type { Cell, Table } from '../model.js';
import type { CellRef, RowSpec, SumSpec, TableSpec } from '../templates/templateTypes.js';
import { cellAt, columnTitle, rowName, usableRows } from './tableTerms.js';

export interface SumTerm {
  ref: CellRef;
  rowSpec?: RowSpec;
  cell?: Cell;
  sign: 1 | -1;
  /** How messages name the term: the column (same-row sums) or the row (column sums). */
  name: string;
}

export interface SumEvaluation {
  target: { ref: CellRef; rowSpec: RowSpec; cell: Cell };
  terms: SumTerm[];
  /** Σ plus − Σ minus, or null when a term is missing or not a number. */
  expected: number | null;
  /** Whether the target holds the expected number. */
  holds: boolean;
}

function substitute(ref: CellRef, vars: Record<string, string>): CellRef {
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
  return { row: fill(ref.row), column: fill(ref.column) };
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

// Evaluates `sum` with the substitutions `vars` (one entry of sum.each) on a table of the report.
// Returns undefined when the target cell is not there (missing row, wrong number of values).
export function evaluateSum(sum: SumSpec, vars: Record<string, string>, spec: TableSpec, table: Table): SumEvaluation | undefined {
  const rows = usableRows(table);
  const resolve = (ref: CellRef) => {
    const r = substitute(ref, vars);
    const rowSpec = spec.rows.find((x) => x.id === r.row);
    return { ref: r, rowSpec, cell: cellAt(rows.get(r.row), rowSpec, r.column) };
  };
  const target = resolve(sum.target);
  if (!target.cell || !target.rowSpec) return undefined;
  const resolved = [...sum.plus.map((ref) => ({ ...resolve(ref), sign: 1 as const })), ...sum.minus.map((ref) => ({ ...resolve(ref), sign: -1 as const }))];
  const sameRow = resolved.every((t) => t.ref.row === target.ref.row);
  const terms: SumTerm[] = resolved.map((t) => {
    const column = spec.columns.find((c) => c.id === t.ref.column);
    const name = sameRow ? column?.short ?? columnTitle(spec, t.ref.column) : t.rowSpec ? rowName(t.rowSpec) : t.ref.row;
    return { ...t, name };
  });
  const complete = terms.every((t) => t.cell && t.cell.value !== null);
  const expected = complete ? round(terms.reduce((acc, t) => acc + t.sign * (t.cell!.value as number), 0)) : null;
  const actual = target.cell.value;
  const holds = expected !== null && actual !== null && round(actual) === expected;
  return { target: { ref: target.ref, rowSpec: target.rowSpec, cell: target.cell }, terms, expected, holds };
}
