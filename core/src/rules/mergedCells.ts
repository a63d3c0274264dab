// Rows whose numbers ran together when the table was copied from a web page or a PDF
// (一、本年新收政府信息公开申请数量640020470, or "1 0" in one pipe cell): a row with fewer cells
// than its columns, every cell digits only. The digits are split into the row's columns every way
// that keeps each number well formed (no leading zero), and a split is kept only when every sum of
// the table that can be checked with it holds (the row's own total, the column sums with the other
// rows as read); a row no sum can check (table 二) is left alone. One such split is the row's reading; several are said to be ambiguous; none means
// the row is not a run-together row (table-cell-count reports it). A LintFacts fact: the rule and
// table-cell-count ask for it.

import { columnLayoutTables } from './columnLayoutTables.js';
import type { Cell, Report, Row, Table } from '../model.js';
import type { Template, TableSpec } from '../templates/templateTypes.js';
import { toNFKC } from '../text/nfkc.js';
import { compiledSums, usableRowsBySpec, type ResolvedSum } from './evaluateSum.js';
import { otherTemplateTables } from './otherTemplateTables.js';
import type { LintFacts } from './lintFacts.js';
import { isBlankRow } from './tableTerms.js';
import { rowIndexById } from '../templates/rowSpecById.js';

export interface MergedRow {
  table: Table;
  spec: TableSpec;
  row: Row;
  /** Its cells that hold the digits (blank fields before and after them, layout of merged cells, left out). */
  cells: Cell[];
  /** The digits as written, groups separated by a space (cells and spaces are boundaries). */
  digits: string;
  /** The splits whose sums hold: one (the reading) or two (the first two of several: ambiguous). */
  splits: number[][];
  /** No sum of the table involves the row (table 二 run together on one line): the splits are only the well-formed ones. */
  unchecked?: boolean;
}

/** Splits looked at per row at most; a row with more possibilities is left to table-cell-count. */
const MAX_SPLITS = 200_000;
/** A number of a report's tables has at most this many digits (larger: not a count). */
const MAX_NUMBER_DIGITS = 9;

const digitGroups = /^\d+(?:\s+\d+)*$/;

/** The run-together rows of a report, by row (only those with at least one split whose sums hold). */
export function mergedRows(report: Report, template: Template, facts: LintFacts): Map<Row, MergedRow> {
  const out = new Map<Row, MergedRow>();
  const otherTemplate = facts.of(otherTemplateTables);
  const wrapped = facts.of(columnLayoutTables);
  const oneLine = report.runTogetherLines ? new Set(report.runTogetherLines) : undefined;
  for (const table of report.tables) {
    const spec = template.tables.find((t) => t.id === table.tableId);
    if (!spec || otherTemplate.has(table) || wrapped.has(table)) continue;
    let rows: (Row | undefined)[] | undefined;
    for (const row of table.rows) {
      if (!row.rowId || row.duplicate || row.expectedCount === 0 || row.cells.length === 0 || row.cells.length >= row.expectedCount || isBlankRow(row)) continue;
      const cells = withoutOuterBlanks(row.cells);
      if (cells.length === 0 || cells.some((c) => c.token.pieces)) continue;
      const groups: string[] = [];
      let plain = true;
      for (const cell of cells) {
        const text = toNFKC(cell.token.text).trim();
        if (!digitGroups.test(text)) {
          plain = false;
          break;
        }
        groups.push(...text.split(/\s+/));
      }
      if (!plain || groups.length > row.expectedCount) continue;
      const digitCount = groups.reduce((n, g) => n + g.length, 0);
      if (digitCount < row.expectedCount) continue;
      rows ??= usableRowsBySpec(table, spec);
      // Without a sum to check (table 二), a dropped cell and glued digits cannot be told apart, but on
      // a line whose table ran together (one run of digits, every cell glued) they are glued.
      const constraints = constraintsOf(template, spec, row, rows);
      const unchecked = constraints.length === 0;
      if (unchecked && !(groups.length === 1 && cells.length === 1 && oneLine?.has(cells[0]!.token.line))) continue;
      const found = splitsThatHold(groups, row.expectedCount, constraints);
      if (found && found.length > 0) out.set(row, { table, spec, row, cells, digits: groups.join(' '), splits: found, ...(unchecked ? { unchecked } : {}) });
    }
  }
  return out;
}

/** The cells without blank fields before the first value and after the last (merged label cells, a trailing tab). */
function withoutOuterBlanks(cells: readonly Cell[]): Cell[] {
  let start = 0;
  let end = cells.length;
  while (start < end && cells[start]!.token.text.trim() === '') start++;
  while (end > start && cells[end - 1]!.token.text.trim() === '') end--;
  return cells.slice(start, end);
}

/** A sum that can be checked once this row's values are chosen: a function of them. */
type Constraint = (values: readonly number[]) => boolean;

/** The sums of the table that involve this row and whose other cells are all numbers as read. */
function constraintsOf(template: Template, spec: TableSpec, row: Row, rows: readonly (Row | undefined)[]): Constraint[] {
  const index = rowIndexById(spec, row.rowId);
  const out: Constraint[] = [];
  for (const compiled of compiledSums(template)) {
    if (compiled.spec.id !== spec.id) continue;
    for (const { resolved } of compiled.each) {
      const c = constraint(resolved, index, rows);
      if (c) out.push(c);
    }
  }
  return out;
}

function constraint(resolved: ResolvedSum, index: number, rows: readonly (Row | undefined)[]): Constraint | undefined {
  const { target, terms } = resolved;
  // Most sums of the table do not involve the row: told before anything is built (no copies of the refs).
  if (target.row !== index && !terms.some((t) => t.row === index)) return undefined;
  let known = 0;
  const own: { column: number; sign: number }[] = [];
  // The target counts with sign -1, the terms with their own: the sum holds when the total is 0.
  for (let i = -1; i < terms.length; i++) {
    const r = i < 0 ? target : terms[i]!;
    const sign = i < 0 ? -1 : terms[i]!.sign;
    if (r.row < 0 || r.column < 0) return undefined;
    if (r.row === index) {
      own.push({ column: r.column, sign });
      continue;
    }
    const other = rows[r.row];
    if (!other || other.cells.length !== other.expectedCount) return undefined;
    const cell = other.cells[r.column];
    if (!cell || cell.value === null || (cell.problem && cell.problem !== 'unit')) return undefined;
    known += sign * cell.value;
  }
  return (values) => {
    let total = known;
    for (const o of own) total += o.sign * values[o.column]!;
    return total === 0;
  };
}

/**
 * The splits of the digit groups into `count` well-formed numbers (each group into one or more)
 * under which every constraint holds: [] for none, one split, or the first two (ambiguous);
 * undefined when there were too many to look at.
 */
function splitsThatHold(groups: readonly string[], count: number, constraints: readonly Constraint[]): number[][] | undefined {
  const found: number[][] = [];
  const values: number[] = [];
  let looked = 0;
  let tooMany = false;
  const walk = (group: number, from: number): void => {
    if (found.length >= 2 || tooMany) return;
    const digits = groups[group];
    if (digits === undefined) {
      if (values.length !== count) return;
      if (++looked > MAX_SPLITS) {
        tooMany = true;
        return;
      }
      if (constraints.every((c) => c(values))) found.push([...values]);
      return;
    }
    if (from === digits.length) {
      walk(group + 1, 0);
      return;
    }
    // Parts still to place: at least one per digit group left after this one.
    const groupsAfter = groups.length - group - 1;
    if (values.length + 1 + groupsAfter > count) return;
    // A number is "0" or has no leading zero.
    const longest = digits[from] === '0' ? 1 : Math.min(MAX_NUMBER_DIGITS, digits.length - from);
    for (let len = 1; len <= longest; len++) {
      values.push(Number(digits.slice(from, from + len)));
      walk(group, from + len);
      values.pop();
    }
  };
  walk(0, 0);
  return tooMany && found.length < 2 ? undefined : found;
}
