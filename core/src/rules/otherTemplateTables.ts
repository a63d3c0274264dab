// Which tables are written in the other template than the one the report is checked against, and the
// cell that shows it: a header of the other template only (本年新制作数量 in a 2021+ report, 本年制发件数
// in a 2019/2020 one), a row of the other template only (政府集中采购; the three items under
// （六）其他处理), or, in a 2021+ report, （六）其他处理 as one row of numbers.

import type { CellToken, Report, Table } from '../model.js';
import type { Template } from '../templates/templateTypes.js';
import { rowSpecById } from '../templates/rowSpecById.js';

/** The other-template tables and the first cell of each that shows it (six rules ask: a LintFacts fact). */
export function otherTemplateTables(report: Report, template: Template): Map<Table, CellToken> {
  const out = new Map<Table, CellToken>();
  for (const table of report.tables) {
    const spec = template.tables.find((t) => t.id === table.tableId);
    const marks: CellToken[] = [...table.otherTemplateHeaders];
    for (const row of table.rows) {
      if (row.otherTemplate && row.label && !(spec && rowSpecById(spec, row.otherTemplate.rowId))) marks.push(row.label);
      const rowSpec = spec ? rowSpecById(spec, row.rowId) : undefined;
      // A heading row of this template that carries values as the 2019 template's single row did.
      if (rowSpec?.group && row.label && row.cells.length > 0 && !rowSpec.group.some((id) => table.rows.some((r) => r.rowId === id))) {
        marks.push(row.label);
      }
    }
    if (marks.length > 0) out.set(table, marks.sort((a, b) => a.span.start - b.span.start)[0]);
  }
  return out;
}
