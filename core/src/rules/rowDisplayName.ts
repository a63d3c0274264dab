// How a message names a row: the format's label with its group, without long notes
// (“（三）不予公开 1.属于国家秘密”, “（二）部分公开”); table 四's single row is named by the table.

import type { RowSpec, TableSpec } from '../templates/templateTypes.js';
import { specMemo } from '../templates/specMemo.js';

/** A label without its long explanatory note (（二）部分公开（区分处理的，…）→ （二）部分公开). */
export function withoutNotes(label: string): string {
  return label.replace(/（[^）]{6,}）/g, '');
}

/** How messages name a row (worked out once per row spec: every finding on the row asks). */
export const rowDisplayName: (table: TableSpec, row: RowSpec) => string = specMemo(displayName);

function displayName(table: TableSpec, row: RowSpec): string {
  // Table 四's one row has no label: messages call it the data row (an l10n reference).
  if (row.unlabelled) return '@row.data';
  const group = table.rows.find((r) => r.group?.includes(row.id) && r.id !== 'outcome');
  return group ? `${withoutNotes(group.label)} ${withoutNotes(row.label)}` : withoutNotes(row.label);
}
