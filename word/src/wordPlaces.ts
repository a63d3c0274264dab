// Where a finding in a Word report is, in the words a Word user can find: "第 12 段（“根据《条例》…”）"
// or "表三第 5 行第 8 列（“（三）不予公开…”）", and the numbers the JSON/SARIF output gives as line/column.

import { formatMessage, type Locale, type Report, type Span, type Template } from '../../core/src/index.js';
import { blockAt, type CellPlace, type DraftBlock, type WordDraft } from './wordDraft.js';

interface WordPlace {
  /** The place in words, e.g. 表三第 5 行第 8 列（“一、本年新收…”）. */
  text: string;
  /** The paragraph number, or the row number within its Word table (1-based). */
  line: number;
  /** The character within the paragraph, or the table column (1-based). */
  column: number;
  endLine: number;
  endColumn: number;
}

const QUOTE_LENGTH = 12;

/** The first words of a text for a place: at most QUOTE_LENGTH characters, "…" when cut. */
function firstWords(text: string): string {
  const chars = [...text.trim()];
  return chars.length > QUOTE_LENGTH ? chars.slice(0, QUOTE_LENGTH).join('') + '…' : chars.join('');
}

// Names a Word table after the report's table it holds (表三) when it holds exactly one whole table
// of the template; else by its position in the document (第 4 个表格).
function wordTableName(draft: WordDraft, table: number, report: Report, template: Template, locale: Locale): string {
  const extent = draft.tables.find((t) => t.table === table);
  if (extent) {
    const overlaps = (s: Span, e: { start: number; end: number }) => s.start < e.end && e.start < s.end;
    const inside = report.tables.filter((t) => overlaps(t.span, extent));
    if (inside.length === 1) {
      const model = inside[0]!;
      const spread = draft.tables.filter((t) => overlaps(model.span, t)).length;
      const spec = template.tables.find((t) => t.id === model.tableId);
      if (spread === 1 && spec) return formatMessage('word.table.named', { name: spec.name, n: model.sectionNumber ?? 0 }, locale);
    }
  }
  return formatMessage('word.table.ordinal', { n: table }, locale);
}

function cellAt(cells: readonly CellPlace[], offset: number): CellPlace | undefined {
  return cells.find((c) => offset >= c.start && offset <= c.end) ?? cells.find((c) => c.start >= offset);
}

/** The 1-based column of an offset in a block: the character in a paragraph, the grid column in a row. */
function columnIn(block: DraftBlock, offset: number): number {
  if (block.kind === 'paragraph') return Math.max(0, Math.min(offset, block.end) - block.textStart) + 1;
  return cellAt(block.cells, offset)?.column ?? 1;
}

function lineOf(block: DraftBlock): number {
  return block.kind === 'paragraph' ? block.number : block.row;
}

// Describes a span of the draft as a place in the Word document (paragraph, or table row and cell).
export function wordPlace(draft: WordDraft, span: Span, report: Report, template: Template, locale: Locale): WordPlace {
  const block = blockAt(draft, span.start);
  if (!block) return { text: formatMessage('word.place.start', {}, locale), line: 1, column: 1, endLine: 1, endColumn: 1 };
  const endBlock = blockAt(draft, Math.max(span.start, span.end - 1)) ?? block;
  const sameKind = endBlock.kind === block.kind && (block.kind === 'paragraph' || (endBlock.kind === 'row' && endBlock.table === block.table));
  const end = sameKind ? endBlock : block;
  const line = lineOf(block);
  const column = columnIn(block, span.start);
  const endLine = lineOf(end);
  const endColumn = end === block && block.kind === 'row' ? column : columnIn(end, span.end);
  let text: string;
  if (block.kind === 'paragraph') {
    text = formatMessage('word.place.paragraph', { n: block.number, words: firstWords(block.text) }, locale);
  } else {
    const table = wordTableName(draft, block.table, report, template, locale);
    const label = block.cells.find((c) => c.text.trim())?.text ?? '';
    const cell = span.start >= block.start && span.start <= block.end ? cellAt(block.cells, span.start) : undefined;
    text = cell
      ? formatMessage('word.place.cell', { table, row: block.row, column: cell.column, words: firstWords(label) }, locale)
      : formatMessage('word.place.row', { table, row: block.row, words: firstWords(label) }, locale);
  }
  return { text, line, column, endLine: Math.max(endLine, line), endColumn: endLine > line ? endColumn : Math.max(endColumn, column) };
}
