// compileTemplate(): an official template as written down (TemplateData) becomes the Template the
// reader and the rules use, once per template: every table with the lookups that follow from its data
// alone (rows by id, the columns of each row, the names messages give rows and columns), the other
// template it is told from, and one store of per-template facts (`derived.of(fact)`: the resolved sums,
// the reader's label tables…), computed on first asking and kept with the template. This replaces one
// identity-keyed memo cache per module.

import { withoutNotes } from '../text/withoutNotes.js';
import type { ColumnSpec, RowSpec, TableData, TableSpec, Template, TemplateData, TemplateFacts, TemplateId } from './templateTypes.js';

class FactStore implements TemplateFacts {
  private readonly known = new Map<(template: Template) => unknown, unknown>();
  template!: Template;

  of<T>(fact: (template: Template) => T): T {
    if (this.known.has(fact)) return this.known.get(fact) as T;
    const value = fact(this.template);
    this.known.set(fact, value);
    return value;
  }
}

/** How messages name a row: table 四's one unlabelled row is "the data row" (an l10n reference); else the label with its group. */
function rowName(table: TableData, row: RowSpec): string {
  if (row.unlabelled) return '@row.data';
  const group = table.rows.find((r) => r.group?.includes(row.id) && r.id !== 'outcome');
  return group ? `${withoutNotes(group.label)} ${withoutNotes(row.label)}` : withoutNotes(row.label);
}

function compileTable(data: TableData): TableSpec {
  const rowIndex = new Map<string, number>();
  data.rows.forEach((r, i) => {
    if (!rowIndex.has(r.id)) rowIndex.set(r.id, i);
  });
  const columnsById = new Map<string, ColumnSpec>();
  for (const c of data.columns) if (!columnsById.has(c.id)) columnsById.set(c.id, c);
  // Only the unit note goes (本年收费金额（单位：万元）); 行政诉讼（复议后起诉）总计 keeps its group.
  const columnTitles = new Map<string, string>();
  for (const [id, c] of columnsById) columnTitles.set(id, c.title.replace(/（单位[^）]*）/g, ''));
  return {
    ...data,
    rowIndex,
    rowColumns: new Map(data.rows.map((r) => [r, r.columns.map((id) => columnsById.get(id))])),
    columnTitles,
    rowNames: new Map(data.rows.map((r) => [r, rowName(data, r)])),
    unlabelledRow: data.rows.find((r) => r.unlabelled === true),
  };
}

/** Compiles the templates together: each is told from the other (a pair: the 2021 and the 2019 template). */
export function compileTemplates(data: Record<TemplateId, TemplateData>): Record<TemplateId, Template> {
  type Compiling = Omit<Template, 'other'> & { other?: Template };
  const ids = Object.keys(data) as TemplateId[];
  const compiled = {} as Record<TemplateId, Compiling>;
  for (const id of ids) {
    const derived = new FactStore();
    compiled[id] = { ...data[id], tables: data[id].tables.map(compileTable), derived };
    derived.template = compiled[id] as Template;
  }
  for (const id of ids) compiled[id].other = compiled[ids.find((o) => o !== id) ?? id] as Template;
  return compiled as Record<TemplateId, Template>;
}
