// A table spec's rows by id (TableSpec.rowIndex, compiled once per template): the rules and the reader
// look a row's spec up for every row of every table.

import type { RowSpec, TableSpec } from './templateTypes.js';

/** The position in spec.rows of the first row with this id (as spec.rows.findIndex), or -1. */
export function rowIndexById(spec: TableSpec, id: string | undefined): number {
  if (id === undefined) return -1;
  return spec.rowIndex.get(id) ?? -1;
}

/** The first row of `spec` with this id (as spec.rows.find), or undefined. */
export function rowSpecById(spec: TableSpec, id: string | undefined): RowSpec | undefined {
  const i = rowIndexById(spec, id);
  return i >= 0 ? spec.rows[i] : undefined;
}
