// Which tables of a 2021+ report are written in the 2019 format, and the cell that shows it:
// a 2019-only header (本年新制作数量), a 2019-only row (政府集中采购), or （六）其他处理 as one row.

import type { CellToken, Report, Table } from '../model.js';
import type { Template } from '../templates/templateTypes.js';
import { rowSpecById } from '../templates/rowSpecById.js';
import { lastReportMemo } from './lastReportMemo.js';

/** Five rules ask this of every report: it is worked out once per report and format. */
export const outdatedTables: (report: Report, template: Template) => Map<Table, CellToken> = lastReportMemo(findOutdated);

function findOutdated(report: Report, template: Template): Map<Table, CellToken> {
  const out = new Map<Table, CellToken>();
  if (template.id !== '2021') return out;
  for (const table of report.tables) {
    const spec = template.tables.find((t) => t.id === table.tableId);
    const marks: CellToken[] = [...table.foreignHeaders];
    for (const row of table.rows) {
      if (row.foreign && row.label && !(spec && rowSpecById(spec, row.foreign.rowId))) marks.push(row.label);
      const rowSpec = spec ? rowSpecById(spec, row.rowId) : undefined;
      // A heading row of this format that carries values as the 2019 format's single row did.
      if (rowSpec?.group && row.label && row.cells.length > 0 && !rowSpec.group.some((id) => table.rows.some((r) => r.rowId === id))) {
        marks.push(row.label);
      }
    }
    if (marks.length > 0) out.set(table, marks.sort((a, b) => a.span.start - b.span.start)[0]);
  }
  return out;
}
