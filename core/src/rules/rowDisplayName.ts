// How a message names a row: the format's label with its group, without long notes
// (“（三）不予公开 1.属于国家秘密”, “（二）部分公开”); table 四's single row is named by the table.

import type { RowSpec, TableSpec } from '../templates/templateTypes.js';
import { specMemo } from '../templates/specMemo.js';

/** A label without its long explanatory note (（二）部分公开（区分处理的，…）→ （二）部分公开). */
export function withoutNotes(label: string): string {
  return withoutBracketed(label, 6);
}

/**
 * `text` without its （…） notes of at least `minInner` characters, as text.replace(/（[^）]{min,}）/g, '').
 * A scan: that regex searched to the end again from every （ of a long unclosed run.
 */
export function withoutBracketed(text: string, minInner: number): string {
  let out = '';
  let kept = 0;
  let from = 0;
  for (;;) {
    const open = text.indexOf('（', from);
    if (open < 0) break;
    const close = text.indexOf('）', open + 1);
    if (close < 0) break;
    if (close - open - 1 >= minInner) {
      out += text.slice(kept, open);
      kept = close + 1;
    }
    from = close + 1;
  }
  return out + text.slice(kept);
}

/** How messages name a row (worked out once per row spec: every finding on the row asks). */
export const rowDisplayName: (table: TableSpec, row: RowSpec) => string = specMemo(displayName);

function displayName(table: TableSpec, row: RowSpec): string {
  // Table 四's one row has no label: messages call it the data row (an l10n reference).
  if (row.unlabelled) return '@row.data';
  const group = table.rows.find((r) => r.group?.includes(row.id) && r.id !== 'outcome');
  return group ? `${withoutNotes(group.label)} ${withoutNotes(row.label)}` : withoutNotes(row.label);
}
