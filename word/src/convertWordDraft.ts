// Writes a Word report as a Markdown draft: paragraphs as lines (section headings as `##`), each
// table of the template as its standard Markdown table with the values read from the Word tables,
// other Word tables as plain pipe tables. Nothing is dropped: what could not be placed is listed.

import { formatMessage, readReport, standardTable, type Locale, type Span, type TemplateChoice } from '../../core/src/index.js';
import type { Table } from '../../core/src/index.js';
import { textKey } from '../../core/src/index.js';
import type { RowBlock, WordDraft } from './wordDraft.js';
import { wordPlace } from './wordPlaces.js';

/** A row or cell that no standard table holds, with its place in the Word document. */
interface UnplacedItem {
  place: string;
  text: string;
}

export interface ConvertedDraft {
  markdown: string;
  unplaced: UnplacedItem[];
}

function pipe(cells: readonly string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
}

/** A Word table that holds no table of the template, as a pipe table: merged cells written once. */
function plainTable(rows: readonly RowBlock[]): string[] {
  const width = Math.max(1, ...rows.map((r) => Math.max(0, ...r.cells.map((c) => c.column))));
  const lines = rows.map((r) => {
    const cells = new Array<string>(width).fill('');
    for (const c of r.cells) cells[c.column - 1] = c.text;
    return pipe(cells);
  });
  lines.splice(1, 0, `|${' --- |'.repeat(width)}`);
  return lines;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Offsets of every token the reader used in the tables (labels and cells). */
function usedSpans(tables: readonly Table[]): Span[] {
  return tables.flatMap((t) => t.rows.flatMap((r) => [...(r.label ? [r.label.span] : []), ...r.rawCells.map((c) => c.span)]));
}

// Converts a Word report (its reader's draft) to Markdown. The template is chosen as for linting.
export function convertWordDraft(draft: WordDraft, choice: TemplateChoice, locale: Locale): ConvertedDraft {
  const { report, template } = readReport(draft.text, choice);
  const out: string[] = [];
  const unplaced: UnplacedItem[] = [];
  const placeOf = (span: Span) => wordPlace(draft, span, report, template, locale).text;
  const headingStarts = new Set(report.sections.map((s) => s.heading.lineSpan.start));
  const emitted = new Set<Table>();
  const used = usedSpans(report.tables);
  // Header words, column and block titles and notes are the standard table's own: not listed when left out.
  const headerKeys = new Set(['', ...template.tables.flatMap((t) => [...t.headerWords, ...t.columns.map((c) => c.title), ...(t.blocks ?? []).map((b) => b.title)]).map(textKey)]);
  const blocks = draft.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind === 'paragraph') {
      const line = draft.text.slice(block.start, block.end);
      const isTitle = report.title !== undefined && overlaps(report.title.span, block);
      const prefix = line.startsWith('#') ? '' : isTitle ? '# ' : headingStarts.has(block.start) ? '## ' : '';
      out.push(prefix + line);
      continue;
    }
    // One Word table: its rows, then the tables of the template it holds.
    const rows: RowBlock[] = [];
    while (i < blocks.length && blocks[i]!.kind === 'row' && (blocks[i] as RowBlock).table === block.table) rows.push(blocks[i++] as RowBlock);
    i--;
    const extent = { start: rows[0]!.start, end: rows[rows.length - 1]!.end };
    const inside = report.tables.filter((t) => overlaps(t.span, extent));
    if (inside.length === 0) {
      out.push(plainTable(rows).join('\n'));
      continue;
    }
    for (const table of inside) {
      if (emitted.has(table)) continue;
      emitted.add(table);
      const spec = template.tables.find((s) => s.id === table.tableId);
      if (!spec) continue;
      const standard = standardTable(table, spec);
      out.push(standard.lines.join('\n'));
      for (const u of standard.unplaced) unplaced.push({ place: placeOf(u.span), text: [u.label, ...u.values].filter(Boolean).join(' ') });
    }
    // A cell the reader did not use that is not a header word of the template (a note with a figure, a
    // stray cell, a small table run into the template's table) is listed with the others of its row.
    for (const row of rows) {
      const stray = row.cells.filter((c) => c.text.trim() && !used.some((s) => s.end > s.start && s.start >= c.start && s.end <= c.end) && !headerKeys.has(textKey(c.text)));
      if (stray.length > 0) unplaced.push({ place: placeOf(stray[0]!), text: stray.map((c) => c.text).join(' ') });
    }
  }
  if (unplaced.length > 0) {
    out.push(
      ['<!--', formatMessage('convert.unplaced.heading', {}, locale), ...unplaced.map((u) => formatMessage('convert.unplaced.item', { place: u.place, text: u.text.replace(/--/g, '- -') }, locale)), '-->'].join('\n'),
    );
  }
  return { markdown: out.join('\n\n') + '\n', unplaced };
}
