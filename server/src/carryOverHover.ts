// Hover on a cell of table 三's 二、上年结转 row: last year's 四、结转下年度继续办理 in that column, from
// the workspace index (or that no report of last year was found for this body).

import { formatMessage, previousReport, type LintResult, type Locale, type RelatedReports } from '../../core/src/index.js';
import { fileLabel } from '../../core/src/index.js';
import { cellAt, columnTitle, tableSpec, usableRows } from '../../core/src/index.js';
import type { HoverContent } from './hover.js';

// The hover at an offset, or undefined when the offset is not on a 上年结转 cell. `self` is the
// document's name in the index (never its own last year).
export function carryOverHoverAt(result: LintResult, offset: number, related: RelatedReports | undefined, self: string, locale: Locale): HoverContent | undefined {
  const { report, template } = result;
  const spec = tableSpec(template, 'requests');
  const rowSpec = spec?.rows.find((r) => r.id === 'carried');
  if (!spec || !rowSpec) return undefined;
  for (const table of report.tables) {
    if (table.tableId !== 'requests') continue;
    const row = usableRows(table).get('carried');
    if (!row || row.cells.length !== row.expectedCount) continue;
    const i = row.cells.findIndex((c) => c.token.span.start <= offset && offset <= c.token.span.end);
    if (i < 0) continue;
    const column = rowSpec.columns[i]!;
    const cell = cellAt(row, rowSpec, column)!;
    const last = previousReport(report, related, self);
    const before = last?.carryOver?.find((c) => c.column === column);
    const markdown = last && before
      ? formatMessage('hover.carryOver.lastYear', { year: last.year, file: fileLabel(last.file), column: columnTitle(spec, column), value: before.text || formatMessage('cell.blank', {}, locale) }, locale)
      : formatMessage('hover.carryOver.none', { year: (report.year?.value ?? 0) - 1 }, locale);
    return { markdown, span: cell.token.span };
  }
  return undefined;
}
