// Evaluates one sum of the template on one table of a report: the target cell, each term with its
// value and name, the expected total. Shared by the sum rules and the language server's hover.

import type { Cell, Row, Table } from '../model.js';
import type { CellRef, RowSpec, SumSpec, TableSpec, Template } from '../templates/templateTypes.js';
import { rowIndexById } from '../templates/rowSpecById.js';
import { columnTitle, rowName } from './tableTerms.js';

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
  /** Position of the row spec in the table spec's rows (-1: no such row). */
  row: number;
  /** Position of the column among the row's values (-1: the row has no such column). */
  column: number;
}
export interface ResolvedSum {
  target: ResolvedRef;
  terms: (ResolvedRef & { sign: 1 | -1; name: string })[];
}

// Resolving a sum (placeholders, row specs, term names) depends only on the template, so it is done
// once per (sum, table spec, substitution) and reused by every report; before, it was redone for
// every cell of every report and was a quarter of the lint time.
const resolvedSums = new WeakMap<SumSpec, WeakMap<TableSpec, WeakMap<Record<string, string>, ResolvedSum>>>();

function resolveRef(ref: CellRef, vars: Record<string, string>, spec: TableSpec): ResolvedRef {
  const r = substitute(ref, vars);
  const row = rowIndexById(spec, r.row);
  const rowSpec = row >= 0 ? spec.rows[row] : undefined;
  return { ref: r, rowSpec, row, column: rowSpec ? rowSpec.columns.indexOf(r.column) : -1 };
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

/** Every substitution of one sum of a template, resolved against its table spec. */
export interface CompiledSum {
  sum: SumSpec;
  spec: TableSpec;
  each: { vars: Record<string, string>; resolved: ResolvedSum }[];
}

const compiledByTemplate = new WeakMap<Template, CompiledSum[]>();

/** The sums of a template in order, each with every substitution resolved (once per template). */
export function compiledSums(template: Template): CompiledSum[] {
  let compiled = compiledByTemplate.get(template);
  if (!compiled) {
    compiled = [];
    for (const sum of template.sums) {
      const spec = template.tables.find((t) => t.id === sum.tableId);
      if (spec) compiled.push({ sum, spec, each: sum.each.map((vars) => ({ vars, resolved: resolveSum(sum, vars, spec) })) });
    }
    compiledByTemplate.set(template, compiled);
  }
  return compiled;
}

/**
 * The usable rows of a table (as usableRows(): known, not duplicated, the first of each id) by the
 * position of their spec in the table spec: a sum's cells are then found by index, not by hashing
 * row ids (which was most of the time of the sums that hold).
 */
export function usableRowsBySpec(table: Table, spec: TableSpec): (Row | undefined)[] {
  const rows: (Row | undefined)[] = new Array(spec.rows.length).fill(undefined);
  for (const row of table.rows) {
    if (!row.rowId || row.duplicate) continue;
    const i = rowIndexById(spec, row.rowId);
    if (i >= 0 && rows[i] === undefined) rows[i] = row;
  }
  return rows;
}

/** The cell of a usable row at a resolved column, when the row has exactly the expected values (as cellAt). */
function cellOf(rows: (Row | undefined)[], r: ResolvedRef): Cell | undefined {
  if (r.row < 0 || r.column < 0) return undefined;
  const row = rows[r.row];
  if (!row || row.cells.length !== row.expected) return undefined;
  return row.cells[r.column];
}

/** What a sum says of its target cell, without the terms (see sumStatus). */
export interface SumStatus {
  cell: Cell;
  expected: number | null;
  holds: boolean;
}

/**
 * sumStatus() of a resolved sum on a table's usable rows (usableRowsBySpec): the sum rules resolve
 * the sums once per format and index a table's rows once, then ask this of every sum.
 */
export function resolvedSumStatus(resolved: ResolvedSum, rows: (Row | undefined)[]): SumStatus | undefined {
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
 * evaluateSum()'s target cell, expected value and verdict, computed without building the terms:
 * most sums of a report hold, and building every term of every one was most of the sum rules' work.
 */
export function sumStatus(sum: SumSpec, vars: Record<string, string>, spec: TableSpec, table: Table): SumStatus | undefined {
  return resolvedSumStatus(resolveSum(sum, vars, spec), usableRowsBySpec(table, spec));
}

/** evaluateSum() of a resolved sum on a table's usable rows. */
export function evaluateResolvedSum(resolved: ResolvedSum, rows: (Row | undefined)[]): SumEvaluation | undefined {
  const status = resolvedSumStatus(resolved, rows);
  if (!status) return undefined;
  const terms: SumTerm[] = resolved.terms.map((t) => ({ ref: t.ref, rowSpec: t.rowSpec, cell: cellOf(rows, t), sign: t.sign, name: t.name }));
  const target = { ref: resolved.target.ref, rowSpec: resolved.target.rowSpec!, cell: status.cell };
  return { target, terms, expected: status.expected, holds: status.holds };
}

// Evaluates `sum` with the substitutions `vars` (one entry of sum.each) on a table of the report:
// sumStatus() with every term named. Returns undefined when the target cell is not there (missing
// row, wrong number of values).
export function evaluateSum(sum: SumSpec, vars: Record<string, string>, spec: TableSpec, table: Table): SumEvaluation | undefined {
  return evaluateResolvedSum(resolveSum(sum, vars, spec), usableRowsBySpec(table, spec));
}
