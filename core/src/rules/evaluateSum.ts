// Evaluates one sum of the template on one table of a report: the target cell, each term with its
// value and name, the expected total. Shared by the sum rules and the language server's hover.

import type { Cell, Row, Table } from '../model.js';
import type { CellRef, RowSpec, SumSpec, TableSpec } from '../templates/templateTypes.js';
import { rowSpecById } from '../templates/rowSpecById.js';
import { columnTitle, rowName, usableRows } from './tableTerms.js';

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

/** A sum with its placeholders filled in, resolved against the table spec once (template data only). */
interface ResolvedRef {
  ref: CellRef;
  rowSpec?: RowSpec;
  /** Position of the column among the row's values (-1: the row has no such column). */
  column: number;
}
interface ResolvedSum {
  target: ResolvedRef;
  terms: (ResolvedRef & { sign: 1 | -1; name: string })[];
}

// Resolving a sum (placeholders, row specs, term names) depends only on the template, so it is done
// once per (sum, table spec, substitution) and reused by every report; before, it was redone for
// every cell of every report and was a quarter of the lint time.
const resolvedSums = new WeakMap<SumSpec, WeakMap<TableSpec, WeakMap<Record<string, string>, ResolvedSum>>>();

function resolveRef(ref: CellRef, vars: Record<string, string>, spec: TableSpec): ResolvedRef {
  const r = substitute(ref, vars);
  const rowSpec = rowSpecById(spec, r.row);
  return { ref: r, rowSpec, column: rowSpec ? rowSpec.columns.indexOf(r.column) : -1 };
}

function resolveSum(sum: SumSpec, vars: Record<string, string>, spec: TableSpec): ResolvedSum {
  let bySpec = resolvedSums.get(sum);
  if (!bySpec) resolvedSums.set(sum, (bySpec = new WeakMap()));
  let byVars = bySpec.get(spec);
  if (!byVars) bySpec.set(spec, (byVars = new WeakMap()));
  // Keyed by the substitution object itself: callers pass the entries of sum.each, which never change.
  const cached = byVars.get(vars);
  if (cached) return cached;
  const target = resolveRef(sum.target, vars, spec);
  const resolved = [...sum.plus.map((ref) => ({ ...resolveRef(ref, vars, spec), sign: 1 as const })), ...sum.minus.map((ref) => ({ ...resolveRef(ref, vars, spec), sign: -1 as const }))];
  const sameRow = resolved.every((t) => t.ref.row === target.ref.row);
  const terms = resolved.map((t) => {
    const column = spec.columns.find((c) => c.id === t.ref.column);
    const name = sameRow ? column?.short ?? columnTitle(spec, t.ref.column) : t.rowSpec ? t.rowSpec.short ?? rowName(t.rowSpec) : t.ref.row;
    return { ...t, name };
  });
  const result = { target, terms };
  byVars.set(vars, result);
  return result;
}

/** usableRows() of a table, computed once per table (its rows no longer change after reading). */
const usableRowsCache = new WeakMap<Row[], { length: number; rows: Map<string, Row> }>();
function usableRowsOf(table: Table): Map<string, Row> {
  const cached = usableRowsCache.get(table.rows);
  if (cached && cached.length === table.rows.length) return cached.rows;
  const rows = usableRows(table);
  usableRowsCache.set(table.rows, { length: table.rows.length, rows });
  return rows;
}

/** The cell of a usable row at a resolved column, when the row has exactly the expected values (as cellAt). */
function cellOf(rows: Map<string, Row>, r: ResolvedRef): Cell | undefined {
  const row = rows.get(r.ref.row);
  if (!row || !r.rowSpec || row.cells.length !== row.expected) return undefined;
  return r.column >= 0 ? row.cells[r.column] : undefined;
}

/** What a sum says of its target cell, without the terms (see sumStatus). */
export interface SumStatus {
  cell: Cell;
  expected: number | null;
  holds: boolean;
}

/**
 * evaluateSum()'s target cell, expected value and verdict, computed without building the terms:
 * most sums of a report hold, and building every term of every one was most of the sum rules' work.
 */
export function sumStatus(sum: SumSpec, vars: Record<string, string>, spec: TableSpec, table: Table): SumStatus | undefined {
  const rows = usableRowsOf(table);
  const resolved = resolveSum(sum, vars, spec);
  const cell = cellOf(rows, resolved.target);
  if (!cell || !resolved.target.rowSpec) return undefined;
  let total = 0;
  let complete = true;
  for (const t of resolved.terms) {
    const c = cellOf(rows, t);
    // A negative or fractional count is itself a finding (table-cell-invalid); it does not enter a sum.
    if (!c || c.value === null || (c.problem && c.problem !== 'unit')) {
      complete = false;
      break;
    }
    total += t.sign * c.value;
  }
  const expected = complete ? round(total) : null;
  return { cell, expected, holds: expected !== null && cell.value !== null && round(cell.value) === expected };
}

// Evaluates `sum` with the substitutions `vars` (one entry of sum.each) on a table of the report:
// sumStatus() with every term named. Returns undefined when the target cell is not there (missing
// row, wrong number of values).
export function evaluateSum(sum: SumSpec, vars: Record<string, string>, spec: TableSpec, table: Table): SumEvaluation | undefined {
  const status = sumStatus(sum, vars, spec, table);
  if (!status) return undefined;
  const rows = usableRowsOf(table);
  const resolved = resolveSum(sum, vars, spec);
  const terms: SumTerm[] = resolved.terms.map((t) => ({ ref: t.ref, rowSpec: t.rowSpec, cell: cellOf(rows, t), sign: t.sign, name: t.name }));
  const target = { ref: resolved.target.ref, rowSpec: resolved.target.rowSpec!, cell: status.cell };
  return { target, terms, expected: status.expected, holds: status.holds };
}
