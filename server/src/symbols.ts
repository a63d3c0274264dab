// The outline of a report for Outline/breadcrumbs and folding: its sections (with their subsections
// and tables as children), each spanning from its heading to the last text before the next one.

import { SymbolKind, type DocumentSymbol, type FoldingRange, type Range } from 'vscode-languageserver';
import type { LintResult, Span } from '../../core/src/index.js';
import type { Heading } from '../../core/src/index.js';

const MAX_NAME = 60;

/** The span without trailing blank space, so a section ends on its last line of text. */
function trimEnd(text: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start: span.start, end };
}

/** A heading as the outline shows it: its number and title (not the sentence that may follow). */
function headingName(text: string, heading: Heading, fallback: string): string {
  const end = heading.titleSpan.end > heading.span.start ? heading.titleSpan.end : heading.span.end;
  const raw = text.slice(heading.span.start, end).replace(/^[\s*_#]+|(?<![\s*_#])[\s*_#]+$/g, '');
  const name = raw || fallback;
  return name.length > MAX_NAME ? name.slice(0, MAX_NAME - 1) + '…' : name;
}

interface Part {
  span: Span;
  selection: Span;
  name: string;
  detail?: string;
  kind: SymbolKind;
  children: Part[];
}

function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** The sections as a tree of parts (shared by symbols and folding). */
function outline(result: LintResult): Part[] {
  const { report, template } = result;
  const text = report.text;
  return report.sections.map((section) => {
    const span = trimEnd(text, { start: section.heading.lineSpan.start, end: Math.max(section.body.end, section.heading.lineSpan.end) });
    const spec = template.sections.find((s) => s.id === section.sectionId);
    const children: Part[] = section.subsections.map((sub, i) => {
      const next = section.subsections[i + 1];
      const end = next ? next.lineSpan.start : span.end;
      const subSpan = trimEnd(text, { start: sub.lineSpan.start, end: Math.max(end, sub.lineSpan.end) });
      return { span: subSpan, selection: sub.span, name: headingName(text, sub, sub.title || '…'), kind: SymbolKind.String, children: [] };
    });
    for (const table of report.tables) {
      if (!contains(span, table.span)) continue;
      const tableSpec = template.tables.find((t) => t.id === table.tableId);
      children.push({ span: table.span, selection: table.span, name: tableSpec?.name ?? table.tableId, kind: SymbolKind.Array, children: [] });
    }
    children.sort((a, b) => a.span.start - b.span.start);
    const name = headingName(text, section.heading, spec?.title ?? '…');
    const detail = spec && !name.includes(spec.title) ? spec.title : undefined;
    return { span, selection: section.heading.span, name, detail, kind: SymbolKind.Namespace, children };
  });
}

function toSymbol(part: Part, result: LintResult): DocumentSymbol {
  const range = (s: Span): Range => ({ start: result.index.positionAt(s.start), end: result.index.positionAt(s.end) });
  const selection = contains(part.span, part.selection) ? part.selection : { start: part.span.start, end: part.span.start };
  const symbol: DocumentSymbol = {
    name: part.name,
    kind: part.kind,
    range: range(part.span),
    selectionRange: range(selection),
    children: part.children.filter((c) => contains(part.span, c.span)).map((c) => toSymbol(c, result)),
  };
  if (part.detail) symbol.detail = part.detail;
  return symbol;
}

// Document symbols: one per section heading (extra and duplicate ones too), children inside it.
export function documentSymbols(result: LintResult): DocumentSymbol[] {
  return outline(result).map((p) => toSymbol(p, result));
}

// Folding ranges: every section, subsection and table that spans more than one line.
export function foldingRanges(result: LintResult): FoldingRange[] {
  const out: FoldingRange[] = [];
  const visit = (part: Part) => {
    const startLine = result.index.lineAt(part.span.start);
    const endLine = result.index.lineAt(part.span.end);
    if (endLine > startLine) out.push({ startLine, endLine });
    part.children.forEach(visit);
  };
  outline(result).forEach(visit);
  return out;
}
