// "Convert to a standard table": a table of the template written in another shape (tabs, one cell per
// line, grid, HTML, a pipe table with other rows or headers) rewritten as the standard Markdown table,
// every value in its cell. Nothing is lost silently: what the standard table cannot hold is listed,
// and the editor refuses the conversion with that list.

import type { Report, Table } from '../model.js';
import { gridTableAround } from '../read/gridTables.js';
import { otherTemplateTables } from '../rules/otherTemplateTables.js';
import type { TableSpec, Template } from '../templates/templateTypes.js';
import { LineIndex } from '../text/lineIndex.js';
import { textKey } from '../text/normalizeLabel.js';
import type { Span } from '../types.js';
import { placeRows, standardTable } from './standardTable.js';

/** Text of the source table that the standard table would not hold. */
export interface LostText {
  /** 0-based line. */
  line: number;
  text: string;
}

export interface TableConversion {
  tableId: string;
  /** The table's official name (表三). */
  name: string;
  /** Whole lines replaced (from the first line's start to the last line's end, line break excluded). */
  span: Span;
  /** The standard table, with a blank line added before or after where the neighbour is text. */
  text: string;
  /** Empty when the conversion keeps everything; else the conversion must not be applied. */
  lost: LostText[];
}

const DIGIT = /[0-9０-９]/;

/** A pipe table's lines as compared: spaces around pipes (Format Document's alignment) and the delimiter row's alignment marks left out. */
function pipeShape(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.split('|').map((cell) => (/^\s*:?-+:?\s*$/.test(cell) ? '-' : cell.trim())).join('|'))
    .join('\n');
}

/** A line drawn only for layout: dashes, equals, pluses, pipes, colons and spaces (pipe delimiter rows, pandoc rules). */
function isLayoutLine(line: string): boolean {
  return line.trim() !== '' && /^[\s|+:=-]+$/.test(line);
}

/** The source lines a table occupies: its tokens' lines, the whole grid or HTML table, the rules drawn around it. */
function tableLines(table: Table, index: LineIndex): { first: number; last: number } {
  const text = index.text;
  let first = index.lineAt(table.span.start);
  let last = index.lineAt(Math.max(table.span.start, table.span.end - 1));
  const gridFirst = gridTableAround(index, first);
  if (gridFirst) first = Math.min(first, gridFirst.first);
  const gridLast = gridTableAround(index, last);
  if (gridLast) last = Math.max(last, gridLast.last);
  if (table.rows.some((r) => r.rawCells.some((c) => c.source === 'html') || r.label?.source === 'html')) {
    const open = text.lastIndexOf('<table', table.span.start);
    if (open >= 0 && text.lastIndexOf('</table', table.span.start) < open) first = Math.min(first, index.lineAt(open));
    const close = text.indexOf('</table', table.span.end);
    if (close >= 0) {
      const nextOpen = text.indexOf('<table', table.span.end);
      if (nextOpen < 0 || nextOpen > close) last = Math.max(last, index.lineAt(close));
    }
  }
  while (first > 0 && isLayoutLine(index.lineText(first - 1))) first--;
  while (last + 1 < index.lineCount && isLayoutLine(index.lineText(last + 1))) last++;
  return { first, last };
}

/** Every official word of a table (headers, titles, labels and their aliases) as keys, for the fragment test. */
function officialWords(spec: TableSpec): string {
  const words = [
    spec.name,
    '信息内容',
    '申请人情况',
    ...spec.headerWords,
    ...spec.columns.flatMap((c) => [c.title, c.short ?? '']),
    ...(spec.blocks ?? []).map((b) => b.title),
    ...(spec.columnGroups ?? []).flatMap((g) => [g.title, g.subtitle ?? '']),
    ...spec.rows.flatMap((r) => [r.label, r.short ?? '', ...(r.aliases ?? [])]),
  ];
  return words.map(textKey).filter((k) => k !== '').join('\u0000');
}

/** Removes HTML tags and character references from a fragment of a line (what is left is its text). */
function withoutMarkup(s: string): string {
  return s.replace(/<[^<>]*>/g, ' ').replace(/&[#0-9a-z]{1,10};/gi, ' ');
}

// What the reader did not use in the table's lines and the standard table would drop: text that is
// not an official word (or a piece of one, as a wrapped grid cell leaves), and every stray number.
function strayText(table: Table, lines: { first: number; last: number }, index: LineIndex, official: string): LostText[] {
  const used: Span[] = [...table.otherTemplateHeaders.map((t) => t.span)];
  for (const row of table.rows) {
    if (row.label) used.push(row.label.span, ...(row.label.pieces ?? []));
    for (const c of row.rawCells) used.push(c.span, ...(c.pieces ?? []));
  }
  const lost: LostText[] = [];
  for (let line = lines.first; line <= lines.last; line++) {
    const start = index.lineStarts[line]!;
    const chars = index.lineText(line).split('');
    for (const s of used) {
      for (let o = Math.max(s.start, start); o < Math.min(s.end, start + chars.length); o++) chars[o - start] = ' ';
    }
    for (const fragment of withoutMarkup(chars.join('')).split(/\t|\||\s{2,}|\u3000/)) {
      const piece = fragment.trim();
      const key = textKey(piece);
      if (key === '' && !DIGIT.test(piece)) continue;
      const isOfficial = key !== '' && /\p{Script=Han}/u.test(key) && official.includes(key);
      if (!isOfficial) lost.push({ line, text: piece });
    }
  }
  return lost;
}

/** A table of the template with the whole lines it occupies and what the standard table would not hold. */
export interface TableRegion {
  table: Table;
  spec: TableSpec;
  /** 0-based first and last line. */
  lines: { first: number; last: number };
  lost: LostText[];
}

// Every table of the template in the report with its lines (tables in the other template are left to the
// template rules; two tables read over the same lines are left out, neither can be taken alone).
// `within`: only the tables whose lines meet this span (what is lost is worked out for those only).
export function tableRegions(report: Report, template: Template, index: LineIndex = new LineIndex(report.text), within?: Span): TableRegion[] {
  const other = otherTemplateTables(report, template);
  const found: { table: Table; spec: TableSpec; lines: { first: number; last: number } }[] = [];
  for (const table of report.tables) {
    const spec = template.tables.find((s) => s.id === table.tableId);
    if (!spec || other.has(table) || table.rows.length === 0) continue;
    found.push({ table, spec, lines: tableLines(table, index) });
  }
  const meets = (lines: { first: number; last: number }) => !within || (index.lineStarts[lines.first]! <= within.end && within.start <= index.lineEnd(lines.last));
  return found
    .filter(({ table, lines }) => !found.some((o) => o.table !== table && o.lines.first <= lines.last && lines.first <= o.lines.last))
    .filter(({ lines }) => meets(lines))
    .map(({ table, spec, lines }) => {
      const lost: LostText[] = [
        ...placeRows(table).unplaced.map((u) => ({ line: index.lineAt(u.span.start), text: [u.label, ...u.values].filter(Boolean).join(' ') })),
        ...strayText(table, lines, index, officialWords(spec)),
      ].sort((a, b) => a.line - b.line);
      return { table, spec, lines, lost };
    });
}

// The conversion of every table of the template in the report that is not already its standard
// table. Pure: nothing is applied.
export function tableConversions(report: Report, template: Template, index: LineIndex = new LineIndex(report.text), within?: Span): TableConversion[] {
  const out: TableConversion[] = [];
  for (const { table, spec, lines, lost } of tableRegions(report, template, index, within)) {
    const standard = standardTable(table, spec);
    const span = { start: index.lineStarts[lines.first]!, end: index.lineEnd(lines.last) };
    const body = standard.lines.join(report.eol);
    // Already the standard table (perhaps aligned by Format Document): nothing to rewrite.
    if (pipeShape(report.text.slice(span.start, span.end)) === pipeShape(body)) continue;
    const before = lines.first > 0 && index.lineText(lines.first - 1).trim() !== '' ? report.eol : '';
    const after = lines.last + 1 < index.lineCount && index.lineText(lines.last + 1).trim() !== '' ? report.eol : '';
    out.push({ tableId: table.tableId, name: spec.name, span, text: before + body + after, lost });
  }
  return out;
}
