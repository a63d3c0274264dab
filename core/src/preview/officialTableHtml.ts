// A table of the template as HTML in its official layout: the headers merged as the template prints
// them (表二's blocks, 表三's 申请人情况 over 自然人 / 法人或其他组织 / 总计 with the 勾稽关系 note in the
// corner and the row hierarchy of 三、本年度办理结果, 表四's 行政复议 / 行政诉讼 groups), numbers
// right-aligned, a cell whose sum fails marked with the message in its tooltip.

import type { RowSpec, TableSpec } from '../templates/templateTypes.js';

/** One value cell as the preview shows it: the text as written, and the sum problem on it if any. */
export interface PreviewCell {
  text: string;
  /** The message of a sum that fails on this cell (its tooltip). */
  problem?: string;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface CellAttrs {
  colspan?: number;
  rowspan?: number;
}

function spans(a: CellAttrs): string {
  return (a.colspan && a.colspan > 1 ? ` colspan="${a.colspan}"` : '') + (a.rowspan && a.rowspan > 1 ? ` rowspan="${a.rowspan}"` : '');
}

const th = (text: string, a: CellAttrs = {}) => `<th${spans(a)}>${escapeHtml(text)}</th>`;
const label = (text: string, a: CellAttrs = {}) => `<td class="nianbao-label"${spans(a)}>${escapeHtml(text)}</td>`;

function value(cell: PreviewCell, a: CellAttrs = {}): string {
  const marked = cell.problem !== undefined;
  const classes = marked ? 'nianbao-num nianbao-sum-fails' : 'nianbao-num';
  const style = marked ? 'text-align:right;background-color:rgba(229,57,53,0.18);outline:1px solid rgba(229,57,53,0.8)' : 'text-align:right';
  const title = marked ? ` title="${escapeHtml(cell.problem!)}"` : '';
  return `<td class="${classes}" style="${style}"${spans(a)}${title}>${escapeHtml(cell.text)}</td>`;
}

const tr = (cells: string[]) => `<tr>${cells.join('')}</tr>`;

/** 表二: each block under its title, 信息内容 and its columns, the last cell spanning what a narrower block leaves. */
function blocksBody(spec: TableSpec, cellsFor: (row: RowSpec) => PreviewCell[]): string[] {
  const blocks = spec.blocks!;
  const width = 1 + Math.max(...blocks.map((b) => b.columns.length));
  const title = (id: string) => spec.columns.find((c) => c.id === id)?.title ?? id;
  const out: string[] = [];
  for (const block of blocks) {
    const last = (i: number) => (i === block.columns.length - 1 ? { colspan: width - block.columns.length } : {});
    out.push(tr([th(block.title, { colspan: width })]));
    out.push(tr([th(spec.labelTitle ?? ''), ...block.columns.map((c, i) => th(title(c), last(i)))]));
    for (const id of block.rows) {
      const row = spec.rows.find((r) => r.id === id)!;
      out.push(tr([label(row.label), ...cellsFor(row).map((c, i) => value(c, last(i)))]));
    }
  }
  return out;
}

/** 表四: the group titles; under a group without a subtitle its outcomes over two rows, else the subtitle over them; then the values. */
function groupsBody(spec: TableSpec, cellsFor: (row: RowSpec) => PreviewCell[]): string[] {
  const groups = spec.columnGroups!;
  const short = (id: string) => {
    const c = spec.columns.find((x) => x.id === id);
    return c?.short ?? c?.title ?? id;
  };
  const top: string[] = [];
  const middle: string[] = [];
  const bottom: string[] = [];
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    if (g.title !== '') {
      // A title spans its own columns and those of the untitled groups after it.
      let columns = g.columns.length;
      for (let j = i + 1; j < groups.length && groups[j]!.title === ''; j++) columns += groups[j]!.columns.length;
      top.push(th(g.title, { colspan: columns }));
    }
    if (g.subtitle === undefined) middle.push(...g.columns.map((c) => th(short(c), { rowspan: 2 })));
    else {
      middle.push(th(g.subtitle, { colspan: g.columns.length }));
      bottom.push(...g.columns.map((c) => th(short(c))));
    }
  }
  return [tr(top), tr(middle), tr(bottom), ...spec.rows.map((row) => tr(cellsFor(row).map((c) => value(c))))];
}

/** 表三: the header of `spec.header` and the rows in their hierarchy (a group's label spans the rows under it). */
function hierarchyBody(spec: TableSpec, cellsFor: (row: RowSpec) => PreviewCell[]): string[] {
  // Each row's parent is the smallest group that lists it.
  const parent = new Map<string, RowSpec>();
  for (const row of spec.rows) {
    const groups = spec.rows.filter((g) => g.group?.includes(row.id));
    if (groups.length > 0) parent.set(row.id, groups.reduce((a, b) => (a.group!.length <= b.group!.length ? a : b)));
  }
  const ancestors = (row: RowSpec): RowSpec[] => {
    const out: RowSpec[] = [];
    for (let p = parent.get(row.id); p; p = parent.get(p.id)) out.unshift(p);
    return out;
  };
  const lines = spec.rows.filter((r) => r.columns.length > 0);
  const depth = 1 + Math.max(...lines.map((r) => ancestors(r).length));
  const under = (g: RowSpec) => lines.filter((r) => ancestors(r).includes(g));
  const header = spec.header;
  const out: string[] = [];
  if (header) {
    const grouped = new Set(header.groups.flatMap((g) => g.columns));
    const first: string[] = [th(header.corner, { colspan: depth, rowspan: 3 }), th(header.title, { colspan: spec.columns.length })];
    const second: string[] = [];
    const third: string[] = [];
    for (const column of spec.columns) {
      const group = header.groups.find((g) => g.columns[0] === column.id);
      if (group) second.push(th(group.title, { colspan: group.columns.length }));
      if (grouped.has(column.id)) third.push(th(column.title));
      else second.push(th(column.title, { rowspan: 2 }));
    }
    out.push(tr(first), tr(second), tr(third));
  } else {
    out.push(tr([th('', { colspan: depth }), ...spec.columns.map((c) => th(c.title))]));
  }
  for (const row of lines) {
    const cells: string[] = [];
    const chain = ancestors(row);
    for (const a of chain) if (under(a)[0] === row) cells.push(label(a.label, { rowspan: under(a).length }));
    cells.push(label(row.label, { colspan: depth - chain.length }));
    cells.push(...cellsFor(row).map((c) => value(c)));
    out.push(tr(cells));
  }
  return out;
}

// The whole table: a caption (its name and section), then its rows in the official layout.
export function officialTableHtml(spec: TableSpec, caption: string, cellsFor: (row: RowSpec) => PreviewCell[]): string {
  const body = spec.blocks ? blocksBody(spec, cellsFor) : spec.columnGroups ? groupsBody(spec, cellsFor) : hierarchyBody(spec, cellsFor);
  return [`<table class="nianbao-official" data-nianbao-table="${spec.id}">`, `<caption>${escapeHtml(caption)}</caption>`, ...body, '</table>'].join('\n') + '\n';
}
