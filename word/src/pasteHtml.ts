// What Word, WPS or a browser put on the clipboard as text/html, as the report's Markdown: the HTML
// flattened to the blocks a Word report converts from (headings, paragraphs, list items, tables with
// their merged cells), then converted as a Word report is (convertWordDraft.ts): tables of the template
// as their standard Markdown tables, every number kept, what could not be placed listed.

import { parse, serializeOuter } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { looksLikeReport, readReport, templates, type Locale, type TemplateChoice, type TemplateId } from '../../core/src/index.js';
import { convertWordDraft, type ConvertedDraft } from './convertWordDraft.js';
import { buildWordDraft, type WordDraft } from './wordDraft.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (node: Node): node is Element => 'tagName' in node;

/** Elements whose content is never text of the document (Word's styles and its XML islands, scripts). */
const SKIPPED = new Set(['head', 'style', 'script', 'template', 'title', 'meta', 'link', 'xml', 'noscript', 'svg', 'img', 'object', 'iframe']);
/** Elements that are one block of text each. */
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'pre', 'dt', 'dd', 'caption', 'figcaption']);

/** Does an element hold a block or a table somewhere inside (then it is a container, not one paragraph)? */
function holdsBlocks(el: Element): boolean {
  for (const c of el.childNodes) {
    if (!isElement(c)) continue;
    if (BLOCKS.has(c.tagName) || c.tagName === 'table' || c.tagName === 'div' || c.tagName === 'br' || holdsBlocks(c)) return true;
  }
  return false;
}

// The clipboard's HTML as a flat list of the blocks buildWordDraft reads: headings and paragraphs as
// they are, a container (Word's WordSection div, a page's <article>) opened, each table whole.
export function flattenClipboardHtml(html: string): string {
  const document = parse(html);
  const out: string[] = [];
  let inline: Node[] = [];
  const flushInline = () => {
    const text = inline.map((n) => (isElement(n) ? serializeOuter(n) : n.nodeName === '#text' ? escapeText((n as DefaultTreeAdapterMap['textNode']).value) : '')).join('');
    if (text.replace(/&nbsp;|\s/g, '') !== '') out.push(`<p>${text}</p>`);
    inline = [];
  };
  const visit = (node: Node) => {
    if (!isElement(node)) {
      if (node.nodeName === '#text') inline.push(node);
      return;
    }
    const tag = node.tagName;
    if (SKIPPED.has(tag)) return;
    if (tag === 'br') {
      flushInline();
      return;
    }
    if (tag === 'table') {
      flushInline();
      out.push(serializeOuter(node));
      return;
    }
    if (BLOCKS.has(tag) && !node.childNodes.some((c) => isElement(c) && c.tagName === 'table')) {
      flushInline();
      out.push(serializeOuter(node));
      return;
    }
    if (tag === 'ul' || tag === 'ol' || holdsBlocks(node) || ['html', 'body', 'div', 'section', 'article', 'main', 'blockquote', 'center', 'form'].includes(tag)) {
      flushInline();
      for (const c of node.childNodes) visit(c);
      flushInline();
      return;
    }
    inline.push(node);
  };
  for (const c of document.childNodes) visit(c);
  flushInline();
  return out.join('\n');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** How many numbers the conversion could not place (what a template choice is judged by). */
const unplacedNumbers = (converted: ConvertedDraft) => converted.unplaced.reduce((n, u) => n + (u.text.match(/[0-9]+(?:\.[0-9]+)?/g)?.length ?? 0), 0);

// A pasted fragment (a table alone, a section) usually names no year, so 'auto' cannot pick the
// template by it and takes the 2021 one. Then the template whose standard tables place more of the
// pasted numbers is taken (a 2019 表三 copied alone has its 2019 rows); on a tie, the default.
function convertFragment(draft: WordDraft, choice: TemplateChoice, locale: Locale): ConvertedDraft {
  const converted = convertWordDraft(draft, choice, locale);
  if (choice !== 'auto' || converted.unplaced.length === 0 || readReport(draft.text).report.year !== undefined) return converted;
  let best = converted;
  for (const id of Object.keys(templates) as TemplateId[]) {
    const other = convertWordDraft(draft, id, locale);
    if (unplacedNumbers(other) < unplacedNumbers(best)) best = other;
  }
  return best;
}

// The Markdown for pasted HTML in a report checked against `template` (the document pasted into decides).
export function pastedHtmlToMarkdown(html: string, template: TemplateChoice, locale: Locale): ConvertedDraft {
  const draft = buildWordDraft(flattenClipboardHtml(html));
  return convertFragment(draft, template, locale);
}

// What the paste provider inserts for clipboard HTML pasted into a document, or undefined to leave the
// paste to the editor: only into a report draft (or an empty document), and only when the HTML holds a
// table or a heading (a pasted sentence is plain text). The template is the document's.
export function pasteAsReport(documentText: string, html: string, locale: Locale): string | undefined {
  const empty = documentText.trim() === '';
  if (!empty && !looksLikeReport(documentText)) return undefined;
  const flat = flattenClipboardHtml(html);
  if (!/<(?:table|h[1-6])\b/i.test(flat)) return undefined;
  const template: TemplateChoice = empty ? 'auto' : readReport(documentText).template.id;
  return convertFragment(buildWordDraft(flat), template, locale).markdown;
}
