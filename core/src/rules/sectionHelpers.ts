// Shared reading of the report's sections for the structure rules: which template section each
// heading is, where a missing one would go, and how to write a heading in the draft's style.

import type { Report, Section } from '../model.js';
import { chineseNumeral } from '../text/normalizeLabel.js';
import type { SectionSpec, Template } from '../templates/templateTypes.js';

/** The first heading of each template section (duplicates excluded). */
export function firstSections(report: Report): Map<string, Section> {
  const map = new Map<string, Section>();
  for (const s of report.sections) if (s.sectionId && !s.duplicate && !map.has(s.sectionId)) map.set(s.sectionId, s);
  return map;
}

/** The first section of the report that covers the template's parts (section 一, `SectionSpec.coversParts`). */
export function overviewSection(report: Report, template: Template): Section | undefined {
  const id = template.sections.find((s) => s.coversParts)?.id;
  return id === undefined ? undefined : firstSections(report).get(id);
}

/** Where a missing section belongs: before the next section of the template that is present. */
export function insertionPoint(report: Report, template: Template, spec: SectionSpec): number {
  const present = firstSections(report);
  // Its table is there without its heading (it sits under the section before): the heading goes above it.
  const table = spec.tableId ? report.tables.find((t) => t.tableId === spec.tableId && t.rows.length > 0) : undefined;
  const previous = [...template.sections].reverse().find((s) => s.number < spec.number && present.has(s.id));
  if (table && (!previous || table.span.start > present.get(previous.id)!.heading.lineSpan.end)) {
    return lineStartBefore(report.text, htmlTableStart(report.text, table.span.start));
  }
  for (const later of template.sections.filter((s) => s.number > spec.number)) {
    const section = present.get(later.id);
    if (section) return section.heading.lineSpan.start;
  }
  return report.text.length;
}

/** The Markdown prefix the draft uses for section headings ('## ' or ''). */
function headingPrefix(report: Report): string {
  const counts = new Map<string, number>();
  for (const s of report.sections) counts.set(s.heading.prefix, (counts.get(s.heading.prefix) ?? 0) + 1);
  let best = '';
  let most = 0;
  for (const [prefix, n] of counts) if (n > most) [best, most] = [prefix, n];
  return best;
}

/** How many line breaks (a CRLF counts one) end text.slice(from, to). */
function trailingLineBreaks(text: string, from: number, to: number): number {
  let start = to;
  while (start > from && (text[start - 1] === '\n' || text[start - 1] === '\r')) start--;
  let n = 0;
  for (let i = start; i < to; i++) if (!(text[i] === '\n' && i > start && text[i - 1] === '\r')) n++;
  return n;
}

/** Text that inserts a section heading at `at`, with blank lines around it as needed. */
export function headingInsertion(report: Report, at: number, spec: SectionSpec): string {
  const eol = report.eol;
  const heading = `${headingPrefix(report)}${chineseNumeral(spec.number)}、${spec.title}`;
  const trailing = trailingLineBreaks(report.text, Math.max(0, at - 8), at);
  let before = at === 0 ? '' : eol.repeat(Math.max(0, 2 - trailing));
  // After a lone \r (a draft mixing CR and LF), an inserted \n would merge with it into one CRLF break.
  if (before.startsWith('\n') && report.text[at - 1] === '\r') before = '\r' + before.slice(1);
  const after = at < report.text.length ? eol + eol : eol;
  return before + heading + after;
}

export function sectionSpec(template: Template, id: string | undefined): SectionSpec | undefined {
  return template.sections.find((s) => s.id === id);
}

/**
 * For a cell inside an HTML <table> element, where that element opens: a heading inserted between
 * <table> and its rows would be read as part of the table, and the fix would never take.
 */
function htmlTableStart(text: string, offset: number): number {
  const before = text.slice(0, offset).toLowerCase();
  const open = before.lastIndexOf('<table');
  return open >= 0 && before.indexOf('</table', open) < 0 ? open : offset;
}

/** Offset of the start of the line holding `offset`. */
function lineStart(text: string, offset: number): number {
  let at = offset;
  while (at > 0 && text[at - 1] !== '\n' && text[at - 1] !== '\r') at--;
  return at;
}

/**
 * Where a table that starts at `offset` begins as a block: above its pipe-table header rows (which
 * may hold words the reader does not know) or at its <table> tag, so nothing is inserted inside it.
 */
function lineStartBefore(text: string, offset: number): number {
  const open = text.lastIndexOf('<table', offset);
  if (open >= 0 && text.lastIndexOf('</table', offset) < open) return lineStart(text, open);
  let at = lineStart(text, offset);
  while (at > 0) {
    const previous = lineStart(text, at - 1 - (text[at - 2] === '\r' && text[at - 1] === '\n' ? 1 : 0));
    if (!/^\s*\|/.test(text.slice(previous, at))) break;
    at = previous;
  }
  return at;
}
