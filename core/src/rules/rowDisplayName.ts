// How a message names a row: the template's label with its group, without long notes
// (“（三）不予公开 1.属于国家秘密”, “（二）部分公开”); table 四's single row is named by the table.
// The names are compiled with the template (TableSpec.rowNames).

import type { RowSpec, TableSpec } from '../templates/templateTypes.js';

/** How messages name a row of `table`. */
export function rowDisplayName(table: TableSpec, row: RowSpec): string {
  return table.rowNames.get(row) ?? row.label;
}
