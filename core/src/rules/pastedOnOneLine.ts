// A whole report that arrived as one long line (a web page pasted as text, its line breaks lost):
// no table and at most one section can be read from it, so instead of "every section is missing"
// and "every table is missing" the draft gets one finding of table-cells-merged saying so. So does a
// table of a normal report that ran together on one line so that its rows cannot be read
// (Report.unreadTables), instead of "the table is missing".

import type { Report } from '../model.js';
import type { Template } from '../templates/templateTypes.js';

/** A line at least this long holding (nearly) the whole draft is a page pasted on one line. */
const ONE_LINE_MIN_LENGTH = 500;

/** The draft is one long line (at most two lines with text, one of them ≥ 500 characters) and no table or second section was read. */
export function pastedOnOneLine(report: Report): boolean {
  const { text } = report;
  if (text.length < ONE_LINE_MIN_LENGTH || report.tables.length > 0) return false;
  if (report.sections.filter((s) => !s.duplicate).length > 1) return false;
  let lines = 0;
  let longest = 0;
  let from = 0;
  while (from <= text.length) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    const line = text.slice(from, end);
    if (line.trim() !== '') {
      if (++lines > 2) return false;
      longest = Math.max(longest, line.length);
    }
    from = end + 1;
  }
  return longest >= ONE_LINE_MIN_LENGTH;
}

/**
 * The tables that ran together on one line and could not be read (Report.unreadTables) and are not
 * read anywhere else in the draft (as table-missing tells a table there), with the first such line.
 */
export function tablesOnOneLine(report: Report, template: Template): Map<string, number> {
  const out = new Map<string, number>();
  for (const { line, tableId } of report.unreadTables ?? []) {
    if (out.has(tableId)) continue;
    const spec = template.tables.find((t) => t.id === tableId);
    if (!spec) continue;
    const headerOnly = spec.rows.some((r) => r.unlabelled);
    if (report.tables.some((t) => t.tableId === spec.id && (t.rows.length > 0 || headerOnly))) continue;
    out.set(tableId, line);
  }
  return out;
}
