// Turns mammoth's HTML of a Word report into the text the core reader reads, and remembers where
// each line came from: a heading or paragraph is one line, each Word table row one `<tr>` line of an
// HTML table (rowspan/colspan kept), so a finding's offset maps back to "paragraph n" or "table k,
// row r, column c".

import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** One Word paragraph (or heading, or list item): its 1-based number and where its text sits. */
interface ParagraphBlock {
  kind: 'paragraph';
  /** 1-based, counting the non-empty paragraphs outside tables in document order. */
  number: number;
  text: string;
  /** Offsets of the line in the draft; `textStart` is where the paragraph's own text starts (after `## `). */
  start: number;
  textStart: number;
  end: number;
}

export interface CellPlace {
  /** Offsets of the cell's text in the draft. */
  start: number;
  end: number;
  /** 1-based column in the table's grid (merged cells counted as in the printed table). */
  column: number;
  text: string;
}

/** One row of a Word table. */
export interface RowBlock {
  kind: 'row';
  /** 1-based number of the Word table in the document. */
  table: number;
  /** 1-based row within that table. */
  row: number;
  start: number;
  end: number;
  cells: CellPlace[];
}

export type DraftBlock = ParagraphBlock | RowBlock;

interface WordTableExtent {
  table: number;
  start: number;
  end: number;
}

export interface WordDraft {
  /** The text handed to the core reader. */
  text: string;
  /** Blocks in document order (sorted by offset). */
  blocks: DraftBlock[];
  tables: WordTableExtent[];
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

/** The text of a node: its paragraphs and line breaks joined by one space, whitespace collapsed. */
function nodeText(node: Node): string {
  const parts: string[] = [];
  const visit = (n: Node) => {
    if (n.nodeName === '#text') parts.push((n as DefaultTreeAdapterMap['textNode']).value);
    else if (isElement(n)) {
      if (n.tagName === 'br') parts.push(' ');
      const block = n.tagName === 'p' || n.tagName === 'li' || /^h[1-6]$/.test(n.tagName) || n.tagName === 'tr' || n.tagName === 'td';
      if (block) parts.push(' ');
      for (const c of n.childNodes) visit(c);
      if (block) parts.push(' ');
    }
  };
  visit(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function spanAttr(el: Element, name: string): number {
  const value = el.attrs.find((a) => a.name === name)?.value;
  const n = value ? Number.parseInt(value, 10) : 1;
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (n: Node) => {
    if (!isElement(n)) return;
    if (n.tagName === 'tr') rows.push(n);
    else if (n.tagName !== 'table' || n === table) for (const c of n.childNodes) visit(c);
  };
  visit(table);
  return rows;
}

// Builds the reader's text from mammoth's HTML: blocks separated by a blank line, headings as Markdown
// headings of their level, Word tables as HTML tables one row a line (cell text escaped).
export function buildWordDraft(html: string): WordDraft {
  const fragment = parseFragment(html);
  let text = '';
  const blocks: DraftBlock[] = [];
  const tables: WordTableExtent[] = [];
  let paragraphs = 0;
  const addParagraph = (content: string, prefix: string) => {
    if (!content) return;
    if (text) text += '\n\n';
    const start = text.length;
    text += prefix + content;
    blocks.push({ kind: 'paragraph', number: ++paragraphs, text: content, start, textStart: start + prefix.length, end: text.length });
  };
  const addTable = (table: Element) => {
    const number = tables.length + 1;
    if (text) text += '\n\n';
    const tableStart = text.length;
    text += '<table>';
    // Grid columns taken by rowspans from rows above: occupied[row] = set of columns.
    const occupied: Set<number>[] = [];
    rowsOf(table).forEach((tr, r) => {
      const taken = (occupied[r] ??= new Set());
      text += '\n<tr>';
      const rowStart = text.length - '<tr>'.length;
      const cells: CellPlace[] = [];
      let column = 1;
      for (const td of tr.childNodes) {
        if (!isElement(td) || (td.tagName !== 'td' && td.tagName !== 'th')) continue;
        while (taken.has(column)) column++;
        const rowspan = spanAttr(td, 'rowspan');
        const colspan = spanAttr(td, 'colspan');
        const content = nodeText(td);
        const attrs = (rowspan > 1 ? ` rowspan="${rowspan}"` : '') + (colspan > 1 ? ` colspan="${colspan}"` : '');
        text += `<td${attrs}>`;
        const start = text.length;
        text += escapeHtml(content);
        cells.push({ start, end: text.length, column, text: content });
        text += '</td>';
        for (let dr = 0; dr < rowspan; dr++) {
          const set = (occupied[r + dr] ??= new Set());
          for (let dc = 0; dc < colspan; dc++) set.add(column + dc);
        }
        column += colspan;
      }
      text += '</tr>';
      blocks.push({ kind: 'row', table: number, row: r + 1, start: rowStart, end: text.length, cells });
    });
    text += '\n</table>';
    tables.push({ table: number, start: tableStart, end: text.length });
  };
  const visit = (node: Node) => {
    if (!isElement(node)) {
      if (node.nodeName === '#text') addParagraph(nodeText(node), '');
      return;
    }
    const tag = node.tagName;
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) addParagraph(nodeText(node), '#'.repeat(Number(heading[1])) + ' ');
    else if (tag === 'table') addTable(node);
    else if (tag === 'ul' || tag === 'ol') for (const c of node.childNodes) visit(c);
    else if (tag === 'li') {
      // A list item may hold a nested list: its own text first, then the nested items.
      const own = node.childNodes.filter((c) => !(isElement(c) && (c.tagName === 'ul' || c.tagName === 'ol')));
      addParagraph(own.map((c) => nodeText(c)).join(' ').trim(), '');
      for (const c of node.childNodes) if (isElement(c) && (c.tagName === 'ul' || c.tagName === 'ol')) visit(c);
    } else addParagraph(nodeText(node), '');
  };
  for (const child of fragment.childNodes) visit(child);
  return { text: text + '\n', blocks, tables };
}

// The block an offset of the draft falls in, or else the nearest block after it (the one before at the end).
export function blockAt(draft: WordDraft, offset: number): DraftBlock | undefined {
  const { blocks } = draft;
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.end < offset) lo = mid + 1;
    else hi = mid;
  }
  return blocks[lo] ?? blocks[blocks.length - 1];
}
