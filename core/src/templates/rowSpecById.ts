// A table spec's rows by id, indexed once per spec (template data): the rules and the reader look a
// row's spec up for every row of every table, and a linear find per row made that quadratic.

import type { RowSpec, TableSpec } from './templateTypes.js';

const byId = new WeakMap<TableSpec, Map<string, RowSpec>>();

/** The first row of `spec` with this id (as spec.rows.find), or undefined. */
export function rowSpecById(spec: TableSpec, id: string | undefined): RowSpec | undefined {
  if (id === undefined) return undefined;
  let rows = byId.get(spec);
  if (!rows) {
    rows = new Map();
    for (const r of spec.rows) if (!rows.has(r.id)) rows.set(r.id, r);
    byId.set(spec, rows);
  }
  return rows.get(id);
}
