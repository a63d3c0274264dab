// A table spec's rows by id, indexed once per spec (template data): the rules and the reader look a
// row's spec up for every row of every table, and a linear find per row made that quadratic.

import type { RowSpec, TableSpec } from './templateTypes.js';

/** Position in spec.rows of the first row with each id. */
const indexById = new WeakMap<TableSpec, Map<string, number>>();

function indexOf(spec: TableSpec): Map<string, number> {
  let index = indexById.get(spec);
  if (!index) {
    index = new Map();
    spec.rows.forEach((r, i) => {
      if (!index!.has(r.id)) index!.set(r.id, i);
    });
    indexById.set(spec, index);
  }
  return index;
}

/** The position in spec.rows of the first row with this id (as spec.rows.findIndex), or -1. */
export function rowIndexById(spec: TableSpec, id: string | undefined): number {
  if (id === undefined) return -1;
  return indexOf(spec).get(id) ?? -1;
}

/** The first row of `spec` with this id (as spec.rows.find), or undefined. */
export function rowSpecById(spec: TableSpec, id: string | undefined): RowSpec | undefined {
  const i = rowIndexById(spec, id);
  return i >= 0 ? spec.rows[i] : undefined;
}
