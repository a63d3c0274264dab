// Completion while writing a draft, from the report's template: the row labels of the
// table the cursor is in (in a pipe table's first cell), and section and subsection headings at the
// start of a line. Plain data out; the language server turns it into LSP items.

import { readReport } from '../read/readReport.js';
import { chineseNumeral } from '../text/normalizeLabel.js';
import type { TableSpec, Template } from '../templates/templateTypes.js';
import type { Span, TemplateChoice } from '../types.js';

export interface DraftCompletion {
  kind: 'row' | 'section' | 'subsection';
  /** What the list shows and what is inserted. */
  label: string;
  insertText: string;
  /** The text the insertion replaces. */
  replace: Span;
  /** Where it comes from, e.g. 表三 or the section's number. */
  detail: string;
  /** What typing filters on (the label with its aliases). */
  filterText: string;
  /** Orders the list: what the draft still lacks first, then the template's order. */
  sortText: string;
}

/** The subsection numbering the template uses in section 一: （一） to （五）. */
function subsectionNumeral(i: number): string {
  return `（${chineseNumeral(i + 1)}）`;
}

function tableFor(template: Template, sectionId: string | undefined): TableSpec[] {
  const section = template.sections.find((s) => s.id === sectionId);
  const own = template.tables.filter((t) => t.id === section?.tableId);
  return own.length > 0 ? own : template.tables;
}

// The completions at `offset` of `text` (empty when the cursor is neither in a table's first cell nor
// at the start of a line). The template is chosen as for linting.
export function completionsAt(text: string, offset: number, choice: TemplateChoice = 'auto'): DraftCompletion[] {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  if (text[lineEnd - 1] === '\r') lineEnd--;
  const before = text.slice(lineStart, offset);
  const after = text.slice(offset, lineEnd);
  const firstCell = /^(\s*\|[ \t]*)((?:[^|\s][^|]*)?)$/.exec(before);
  const headingStart = /^(#{0,6}[ \t]*)([^\s|#]{0,24})$/.exec(before);
  if (!firstCell && !(headingStart && after.trim() === '')) return [];
  const { report, template } = readReport(text, choice);
  const section = [...report.sections].reverse().find((s) => s.heading.lineSpan.start <= offset);
  if (firstCell) {
    const cellEnd = after.indexOf('|');
    const replaceEnd = cellEnd < 0 ? lineEnd : offset + cellEnd;
    // Keep the space before the next pipe: replace the typed words only.
    const typedEnd = replaceEnd - (text.slice(offset, replaceEnd).length - text.slice(offset, replaceEnd).trimEnd().length);
    const replace = { start: lineStart + firstCell[1]!.length, end: Math.max(offset, typedEnd) };
    const present = new Set(report.tables.flatMap((t) => t.rows.map((r) => r.rowId)));
    return tableFor(template, section?.sectionId).flatMap((spec) =>
      spec.rows
        .filter((row) => !row.unlabelled && row.label)
        .map((row, i) => ({
          kind: 'row' as const,
          label: row.label,
          insertText: row.label,
          replace,
          detail: spec.name,
          filterText: [row.label, ...(row.aliases ?? [])].join(' '),
          sortText: `${present.has(row.id) ? 1 : 0}${spec.id}${String(i).padStart(3, '0')}`,
        })),
    );
  }
  const hashes = headingStart![1]!;
  const replace = { start: lineStart + hashes.length, end: offset };
  const markdown = report.markdown || hashes.trim() !== '';
  const prefix = (level: number) => (hashes.trim() !== '' ? '' : markdown ? '#'.repeat(level) + ' ' : '');
  const seen = new Set(report.sections.map((s) => s.sectionId));
  const items: DraftCompletion[] = template.sections.map((s) => {
    const label = `${chineseNumeral(s.number)}、${s.title}`;
    return {
      kind: 'section' as const, label, insertText: prefix(2) + label, replace, detail: template.citation,
      filterText: label, sortText: `${seen.has(s.id) ? 1 : 0}0${s.number}`,
    };
  });
  const covering = template.sections.find((s) => s.coversParts);
  if (!section || (covering !== undefined && section.sectionId === covering.id)) {
    const subs = new Set(section?.subsections.map((h) => h.title) ?? []);
    template.overviewSubsections.forEach((sub, i) => {
      const label = `${subsectionNumeral(i)}${sub.title}`;
      items.push({
        kind: 'subsection', label, insertText: prefix(3) + label, replace, detail: covering?.title ?? template.sections[0]!.title,
        filterText: label, sortText: `${[...subs].some((t) => t.includes(sub.title)) ? 1 : 0}1${i}`,
      });
    });
  }
  return items;
}
