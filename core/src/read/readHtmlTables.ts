// Reads HTML <table> blocks (as Word and pandoc write them, with rowspan/colspan) into cell tokens
// with source spans, using parse5's source locations.

import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { CellToken } from '../model.js';
import type { LineIndex } from '../text/lineIndex.js';
import { isSpace } from '../text/charClass.js';
import { scanHtmlCells, type CellText } from './scanHtmlCells.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

interface HtmlTableRegion {
  start: number;
  end: number;
  cells: CellToken[];
}

// From the last <table before a </table>: an unclosed <table> earlier in the draft (a paste cut short)
// must not swallow the headings and text between it and the next real table.
const tablePattern = /<table\b(?:(?!<table\b)[\s\S])*?<\/table\s*>/gi;

/** Every <table>…</table> region of the text with its cells in document order. */
export function readHtmlTables(text: string, index: LineIndex): HtmlTableRegion[] {
  const regions: HtmlTableRegion[] = [];
  if (!/<table\b/i.test(text)) return regions;
  for (const m of text.matchAll(tablePattern)) {
    const base = m.index ?? 0;
    const cells: CellToken[] = [];
    // Plain tables are read from parse5's tokens; anything else from the tree of its full parser.
    const scanned = scanHtmlCells(m[0]);
    if (scanned) {
      for (const c of scanned) cells.push(cellFromTexts(c.contentStart, c.contentEnd, c.texts, base, index, m[0]));
    } else {
      const fragment = parseFragment(m[0], { sourceCodeLocationInfo: true });
      walk(fragment as unknown as Node, (el) => {
        if (el.tagName !== 'td' && el.tagName !== 'th') return false;
        cells.push(cellToken(el, base, index, m[0]));
        return true;
      });
    }
    regions.push({ start: base, end: base + m[0].length, cells });
  }
  return regions;
}

function walk(node: Node, visit: (el: Element) => boolean): void {
  const children = (node as { childNodes?: Node[] }).childNodes;
  if (!children) return;
  for (const child of children) {
    if ('tagName' in child && visit(child as Element)) continue;
    walk(child, visit);
  }
}

function cellToken(el: Element, base: number, index: LineIndex, source: string): CellToken {
  const loc = el.sourceCodeLocation;
  const texts: CellText[] = [];
  collectText(el, texts);
  const start = loc?.startTag?.endOffset ?? loc?.startOffset ?? 0;
  return cellFromTexts(start, loc?.endTag?.startOffset ?? start, texts, base, index, source);
}

/** A cell token from its content offsets and text runs (offsets relative to the table source). */
function cellFromTexts(contentStart: number, contentEnd: number, texts: CellText[], base: number, index: LineIndex, source: string): CellToken {
  // Most cells are one text run without spaces ("0", "自然人"): no joining or collapsing then.
  const joined = texts.length === 1 ? texts[0].value : texts.map((t) => t.value).join('');
  const text = /\s/.test(joined) ? joined.replace(/\s+/g, ' ').trim() : joined;
  let start = contentStart;
  let end = contentEnd;
  let first: CellText | undefined;
  let last: CellText | undefined;
  for (const t of texts) {
    if (!/\S/.test(t.value)) continue;
    first ??= t;
    last = t;
  }
  if (first && last) {
    start = first.start;
    end = last.end;
    while (start < end && isSpace(source.charCodeAt(start))) start++;
    while (end > start && isSpace(source.charCodeAt(end - 1))) end--;
  } else {
    end = start;
  }
  return { text, span: { start: base + start, end: base + end }, line: index.lineAt(base + start), source: 'html', wholeLine: false };
}

function collectText(node: Node, out: CellText[]): void {
  for (const child of (node as { childNodes?: Node[] }).childNodes ?? []) {
    if (child.nodeName === '#text') {
      const loc = (child as DefaultTreeAdapterMap['textNode']).sourceCodeLocation;
      out.push({ value: (child as DefaultTreeAdapterMap['textNode']).value, start: loc?.startOffset ?? 0, end: loc?.endOffset ?? 0 });
    } else if ('tagName' in child && (child as Element).tagName === 'br') {
      const loc = (child as Element).sourceCodeLocation;
      out.push({ value: ' ', start: loc?.startOffset ?? 0, end: loc?.endOffset ?? 0 });
    } else {
      collectText(child, out);
    }
  }
}
