// Writes a Word report as a Markdown draft: paragraphs as lines (section headings as `##`), each
// table of the template as its standard Markdown table with the values read from the Word tables,
// other Word tables as plain pipe tables. Nothing is dropped: what could not be placed is listed.

import { formatMessage, readReport, standardTable, type Locale, type Span, type StandardRowLine, type TemplateChoice } from '../../core/src/index.js';
import type { Table } from '../../core/src/index.js';
import { textKey } from '../../core/src/index.js';
import { DraftSpanMapBuilder, type DraftSpanMap } from './draftSpanMap.js';
import { blockAt, type DraftBlock, type RowBlock, type WordDraft } from './wordDraft.js';
import { wordPlace } from './wordPlaces.js';

/** The language of the draft's own words (the list of what could not be placed): the report's, whatever the editor's. */
export const DRAFT_LOCALE: Locale = 'zh-cn';

/** A row or cell that no standard table holds, with its place in the Word document. */
interface UnplacedItem {
  place: string;
  text: string;
}

export interface ConvertedDraft {
  markdown: string;
  unplaced: UnplacedItem[];
  /** Where each place of the reader's draft is in `markdown`: how the editor shows the Word file's findings there. */
  map: DraftSpanMap;
}

/** An unplaced item with the places its words were read from. */
interface ListedItem extends UnplacedItem {
  span: Span;
  parts: { text: string; span: Span }[];
}

/** A cell's text in a pipe table: pipes escaped. */
const pipeText = (cell: string) => cell.replace(/\|/g, '\\|');

/** A pipe table line of cells as written, and where each cell's text is in it. */
function pipeLine(cells: readonly string[]): { line: string; at: Span[] } {
  const at: Span[] = [];
  let pos = 2;
  for (const c of cells) {
    at.push({ start: pos, end: pos + c.length });
    pos += c.length + 3;
  }
  return { line: `| ${cells.join(' | ')} |`, at };
}

/** A Word table that holds no table of the template, as a pipe table: merged cells written once. Each row's cells in its line. */
function plainTable(rows: readonly RowBlock[]): { lines: string[]; cells: { row: RowBlock; line: number; at: Span[] }[] } {
  const width = Math.max(1, ...rows.map((r) => Math.max(0, ...r.cells.map((c) => c.column))));
  const cells: { row: RowBlock; line: number; at: Span[] }[] = [];
  const lines = rows.map((r, k) => {
    const written = new Array<string>(width).fill('');
    for (const c of r.cells) written[c.column - 1] = pipeText(c.text);
    const { line, at } = pipeLine(written);
    cells.push({ row: r, line: k === 0 ? 0 : k + 1, at: r.cells.map((c) => at[c.column - 1]!) });
    return line;
  });
  lines.splice(1, 0, `|${' --- |'.repeat(width)}`);
  return { lines, cells };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const shift = (s: Span, by: number): Span => ({ start: s.start + by, end: s.end + by });

/** Offsets of every token the reader used in the tables (labels and cells). */
function usedSpans(tables: readonly Table[]): Span[] {
  return tables.flatMap((t) => t.rows.flatMap((r) => [...(r.label ? [r.label.span] : []), ...r.rawCells.map((c) => c.span)]));
}

/** The offset where each of `lines` starts, when they are joined by '\n' at `at`. */
function lineStarts(lines: readonly string[], at: number): number[] {
  const starts: number[] = [];
  for (const l of lines) {
    starts.push(at);
    at += l.length + 1;
  }
  return starts;
}

// Converts a Word report (its reader's draft) to Markdown. The template is chosen as for linting.
export function convertWordDraft(draft: WordDraft, choice: TemplateChoice, locale: Locale): ConvertedDraft {
  const { report, template } = readReport(draft.text, choice);
  let markdown = '';
  let written = 0;
  /** Writes one block of the Markdown draft (blocks are separated by a blank line); where it starts. */
  const emit = (text: string): number => {
    if (written++ > 0) markdown += '\n\n';
    const at = markdown.length;
    markdown += text;
    return at;
  };
  const map = new DraftSpanMapBuilder(draft);
  /** Places added after all others, so that the same span elsewhere (its entry in the list) wins. */
  const fallbacks: [Span, Span][] = [];
  const listed: ListedItem[] = [];
  const placeOf = (span: Span) => wordPlace(draft, span, report, template, locale).text;
  const headingStarts = new Set(report.sections.map((s) => s.heading.lineSpan.start));
  const emitted = new Set<Table>();
  const used = usedSpans(report.tables);
  // How many read rows each Word row holds (a merged heading cell puts 三、本年度办理结果 and （一）予以公开 in one).
  const rowsIn = new Map<DraftBlock | undefined, number>();
  for (const t of report.tables) for (const r of t.rows) {
    const first = r.label ?? r.rawCells[0];
    if (first) rowsIn.set(blockAt(draft, first.span.start), (rowsIn.get(blockAt(draft, first.span.start)) ?? 0) + 1);
  }
  const alone = (block: DraftBlock) => rowsIn.get(block) === 1;
  // Header words, column and block titles and notes are the standard table's own: not listed when left out.
  const headerKeys = new Set(['', ...template.tables.flatMap((t) => [...t.headerWords, ...t.columns.map((c) => c.title), ...(t.blocks ?? []).map((b) => b.title)]).map(textKey)]);
  const blocks = draft.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind === 'paragraph') {
      const line = draft.text.slice(block.start, block.end);
      const isTitle = report.title !== undefined && overlaps(report.title.span, block);
      const prefix = line.startsWith('#') ? '' : isTitle ? '# ' : headingStarts.has(block.start) ? '## ' : '';
      const at = emit(prefix + line) + prefix.length;
      map.add(block, { start: at, end: at + line.length });
      continue;
    }
    // One Word table: its rows, then the tables of the template it holds.
    const rows: RowBlock[] = [];
    while (i < blocks.length && blocks[i]!.kind === 'row' && (blocks[i] as RowBlock).table === block.table) rows.push(blocks[i++] as RowBlock);
    i--;
    const extent = { start: rows[0]!.start, end: rows[rows.length - 1]!.end };
    const wordTable = draft.tables.find((t) => t.table === block.table) ?? extent;
    const inside = report.tables.filter((t) => overlaps(t.span, extent));
    if (inside.length === 0) {
      const plain = plainTable(rows);
      const text = plain.lines.join('\n');
      const at = emit(text);
      const starts = lineStarts(plain.lines, at);
      for (const { row, line, at: cells } of plain.cells) {
        map.add(row, { start: starts[line]!, end: starts[line]! + plain.lines[line]!.length });
        row.cells.forEach((c, k) => map.add(c, shift(cells[k]!, starts[line]!)));
      }
      map.add(wordTable, { start: at, end: at + text.length }, true);
      continue;
    }
    let first: number | undefined;
    for (const table of inside) {
      if (emitted.has(table)) continue;
      emitted.add(table);
      const spec = template.tables.find((s) => s.id === table.tableId);
      if (!spec) continue;
      const standard = standardTable(table, spec);
      const text = standard.lines.join('\n');
      const at = emit(text);
      first ??= at;
      mapStandardRows(map, fallbacks, draft, alone, standard.rows, standard.lines, lineStarts(standard.lines, at));
      map.add(table.span, { start: at, end: at + text.length }, true);
      for (const u of standard.unplaced) listed.push({ place: placeOf(u.span), text: u.parts.map((p) => p.text).join(' '), span: u.span, parts: u.parts });
    }
    if (first !== undefined) map.add(wordTable, { start: first, end: markdown.length }, true);
    // A cell the reader did not use that is not a header word of the template (a note with a figure, a
    // stray cell, a small table run into the template's table) is listed with the others of its row.
    for (const row of rows) {
      const stray = row.cells.filter((c) => c.text.trim() && !used.some((s) => s.end > s.start && s.start >= c.start && s.end <= c.end) && !headerKeys.has(textKey(c.text)));
      if (stray.length === 0) continue;
      const parts = stray.map((c) => ({ text: c.text, span: { start: c.start, end: c.end } }));
      listed.push({ place: placeOf(stray[0]!), text: parts.map((p) => p.text).join(' '), span: { start: stray[0]!.start, end: stray[stray.length - 1]!.end }, parts });
    }
  }
  if (listed.length > 0) {
    const lines = ['<!--', formatMessage('convert.unplaced.heading', {}, locale)];
    const items: { line: number; text: string; item: ListedItem }[] = [];
    for (const item of listed) {
      const text = item.text.replace(/--/g, '- -');
      items.push({ line: lines.length, text, item });
      lines.push(formatMessage('convert.unplaced.item', { place: item.place, text }, locale));
    }
    lines.push('-->');
    const starts = lineStarts(lines, emit(lines.join('\n')));
    // Each listed word at its entry: the entry's text is the item's parts joined by one space.
    for (const { line, text, item } of items) {
      let pos = starts[line]! + lines[line]!.lastIndexOf(text);
      map.add(item.span, { start: pos, end: pos + text.length });
      for (const part of item.parts) {
        const written = part.text.replace(/--/g, '- -');
        map.add(part.span, { start: pos, end: pos + written.length });
        pos += written.length + 1;
      }
    }
  }
  for (const [from, to] of fallbacks) map.add(from, to);
  markdown += '\n';
  const unplaced = listed.map(({ place, text }) => ({ place, text }));
  return { markdown, unplaced, map: map.finish(markdown) };
}

// The rows of a standard table as written: each read row (its words, and its Word row when that holds
// no other) at its line, its label at the line's label cell, each value at its cell. A row of the
// template that could not be placed (its values are listed at the end) has its label and row at the
// template's blank line, unless listed.
function mapStandardRows(
  map: DraftSpanMapBuilder, fallbacks: [Span, Span][], draft: WordDraft, alone: (block: DraftBlock) => boolean,
  rows: readonly StandardRowLine[], lines: readonly string[], starts: readonly number[],
): void {
  for (const { row, placed, line, cells, labelled } of rows) {
    const lineStart = starts[line]!;
    const add = (from: Span, to: Span) => (placed ? map.add(from, to) : fallbacks.push([from, to]));
    const { line: text, at } = pipeLine(cells);
    const tokens = [...(row.label ? [row.label] : []), ...row.rawCells];
    if (tokens.length === 0) continue;
    // The line is the one renderBlankTable wrote from these cells (else only the whole line is known).
    // The label and cells first: a row of only a label is found at its label cell, not its line.
    if (text === lines[line]) {
      if (row.label && labelled) add(row.label.span, shift(at[0]!, lineStart));
      const first = labelled ? 1 : 0;
      if (placed && row.cells.length === cells.length - first) row.cells.forEach((c, k) => map.add(c.token.span, shift(at[first + k]!, lineStart)));
    }
    const whole = { start: lineStart, end: lineStart + lines[line]!.length };
    add({ start: Math.min(...tokens.map((t) => t.span.start)), end: Math.max(...tokens.map((t) => t.span.end)) }, whole);
    const wordRow = blockAt(draft, tokens[0]!.span.start);
    if (wordRow?.kind === 'row' && alone(wordRow) && tokens.every((t) => t.span.start >= wordRow.start && t.span.end <= wordRow.end)) add(wordRow, whole);
  }
}
