// Which sums each cell of a table takes part in (as the total or as a term), from the template
// alone: the sums of table 三 cross (a cell is a term of its row total and of its column's （七）总计
// or balance), so one wrong cell breaks every sum it is in, and only those.

import type { SumSpec, TableSpec, Template } from '../templates/templateTypes.js';
import { compiledSums, type ResolvedSum } from './evaluateSum.js';

/** One sum of a table with its placeholders filled in (one entry of a compiled sum's `each`). */
export interface SumEntry {
  sum: SumSpec;
  spec: TableSpec;
  resolved: ResolvedSum;
}

/** The sums of one table and, for every cell they name, the entries it takes part in. */
export interface TableSums {
  entries: SumEntry[];
  /** cellKey(row, column) → indices into `entries`. */
  membership: Map<number, number[]>;
}

/** A key for a cell of a table spec: its row's position in the spec and its column's among the row's values. */
export function cellKey(row: number, column: number): number {
  return row * 1024 + column;
}

/** The sums of a template by table id, with the cells each sum names (a fact of the template). */
export function tableSums(template: Template): Map<string, TableSums> {
  return template.derived.of(sumsByTable);
}

function sumsByTable(template: Template): Map<string, TableSums> {
  const tables = new Map<string, TableSums>();
  for (const { sum, spec, each } of compiledSums(template)) {
    let table = tables.get(sum.tableId);
    if (!table) tables.set(sum.tableId, (table = { entries: [], membership: new Map() }));
    for (const { resolved } of each) {
      const index = table.entries.length;
      table.entries.push({ sum, spec, resolved });
      for (const r of [resolved.target, ...resolved.terms]) {
        if (r.row < 0 || r.column < 0) continue;
        const key = cellKey(r.row, r.column);
        const list = table.membership.get(key);
        if (list) list.push(index);
        else table.membership.set(key, [index]);
      }
    }
  }
  return tables;
}
