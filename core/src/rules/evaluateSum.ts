// Evaluates one sum of the template on one table of a report: the target cell, each term with its
// value and name, the expected total. Shared by the sum rules and the language server's hover.

import type { Cell, Row, Table } from '../model.js';
import type { CellRef, RowSpec, SumSpec, TableSpec, Template } from '../templates/templateTypes.js';
import { rowIndexById } from '../templates/rowSpecById.js';
import { columnTitle, rowName, usableRows } from './tableTerms.js';

interface SumTerm {
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
  /** Position of the row spec in the table spec's rows (-1: no such row). */
  row: number;
  /** Position of the column among the row's values (-1: the row has no such column). */
  column: number;
}
export interface ResolvedSum {
  target: ResolvedRef;
  terms: (ResolvedRef & { sign: 1 | -1; name: string })[];
}

/** A sum with its placeholders filled in and its terms named, against its table spec. */
function resolveSum(sum: SumSpec, vars: Record<string, string>, spec: TableSpec): ResolvedSum {
  const target = resolveRef(sum.target, vars, spec);
  const resolved = [...sum.plus.map((ref) => ({ ...resolveRef(ref, vars, spec), sign: 1 as const })), ...sum.minus.map((ref) => ({ ...resolveRef(ref, vars, spec), sign: -1 as const }))];
  const sameRow = resolved.every((t) => t.ref.row === target.ref.row);
  const terms = resolved.map((t) => {
    const column = spec.columns.find((c) => c.id === t.ref.column);
    const name = sameRow ? column?.short ?? columnTitle(spec, t.ref.column) : t.rowSpec ? t.rowSpec.short ?? rowName(t.rowSpec) : t.ref.row;
    return { ...t, name };
  });
  return { target, terms };
}

function resolveRef(ref: CellRef, vars: Record<string, string>, spec: TableSpec): ResolvedRef {
  const r = substitute(ref, vars);
  const row = rowIndexById(spec, r.row);
  const rowSpec = row >= 0 ? spec.rows[row] : undefined;
  return { ref: r, rowSpec, row, column: rowSpec ? rowSpec.columns.indexOf(r.column) : -1 };
}

/** Every substitution of one sum of a template, resolved against its table spec. */
interface CompiledSum {
  sum: SumSpec;
  spec: TableSpec;
  each: { vars: Record<string, string>; resolved: ResolvedSum }[];
}

// Resolving a sum (placeholders, row specs, term names) depends only on the template: it is a fact of
// the template (Template.derived), reused by every report.
function resolveSums(template: Template): CompiledSum[] {
  const compiled: CompiledSum[] = [];
  for (const sum of template.sums) {
    const spec = template.tables.find((t) => t.id === sum.tableId);
    if (spec) compiled.push({ sum, spec, each: sum.each.map((vars) => ({ vars, resolved: resolveSum(sum, vars, spec) })) });
  }
  return compiled;
}

/** The sums of a template in order, each with every substitution resolved (once per template). */
export function compiledSums(template: Template): CompiledSum[] {
  return template.derived.of(resolveSums);
}

/**
 * The usable rows of a table (usableRows(): known, not duplicated, the first of each id) by the
 * position of their spec in the table spec: a sum's cells are then found by index, not by hashing
 * row ids (most sums hold, and hashing ids for them would be most of their cost).
 */
export function usableRowsBySpec(table: Table, spec: TableSpec): (Row | undefined)[] {
  const rows: (Row | undefined)[] = new Array(spec.rows.length).fill(undefined);
  for (const [id, row] of usableRows(table)) {
    const i = rowIndexById(spec, id);
    if (i >= 0) rows[i] = row;
  }
  return rows;
}

/** The cell of a usable row at a resolved column, when the row has exactly the expected values (as cellAt). */
function cellOf(rows: (Row | undefined)[], r: ResolvedRef): Cell | undefined {
  if (r.row < 0 || r.column < 0) return undefined;
  const row = rows[r.row];
  if (!row || row.cells.length !== row.expectedCount) return undefined;
  return row.cells[r.column];
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
 * `rows` are the table's usableRowsBySpec().
 */
export function sumStatus(resolved: ResolvedSum, rows: (Row | undefined)[]): SumStatus | undefined {
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

/**
 * Evaluates a resolved sum (one entry of a compiled sum's `each`) on a table's usableRowsBySpec():
 * sumStatus() with every term named. Undefined when the target cell is not there (missing row,
 * wrong number of values).
 */
export function evaluateSum(resolved: ResolvedSum, rows: (Row | undefined)[]): SumEvaluation | undefined {
  const status = sumStatus(resolved, rows);
  if (!status) return undefined;
  const terms: SumTerm[] = resolved.terms.map((t) => ({ ref: t.ref, rowSpec: t.rowSpec, cell: cellOf(rows, t), sign: t.sign, name: t.name }));
  const target = { ref: resolved.target.ref, rowSpec: resolved.target.rowSpec!, cell: status.cell };
  return { target, terms, expected: status.expected, holds: status.holds };
}
