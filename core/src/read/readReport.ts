// The reader: turns a draft's text into the report model (title, year, period, sections with
// subsections, tables with every cell), each part with its source span.

import type { Report } from '../model.js';
import { LineIndex } from '../text/lineIndex.js';
import { selectTemplate } from '../templates/selectTemplate.js';
import { foldYearDigits } from './foldYearDigits.js';
import type { Template } from '../templates/templateTypes.js';
import type { TemplateChoice } from '../types.js';
import { readDirectives } from './readDirectives.js';
import { readHeadings } from './readHeadings.js';
import { mayBeNumberedHeading, readHeadingMarker } from './readHeadingMarker.js';
import { readTables } from './readTables.js';
import { readPeriod, readTitle, readYearMentions } from './readTitle.js';
import { tokenizeDocument } from './tokenizeDocument.js';
import { runTogetherTerms } from './runTogetherRows.js';
import { TokenClassifier } from './classifyToken.js';

interface ReadResult {
  report: Report;
  template: Template;
  index: LineIndex;
}

/** The first line numbered as a section is (一、, 二、… or 第一部分): the title stands above it. */
function firstSectionLine(index: LineIndex): number {
  for (let line = 0; line < index.lineCount; line++) {
    const start = index.lineStarts[line];
    const end = index.lineEnd(line);
    if (!mayBeNumberedHeading(index.text, start, end)) continue;
    const heading = readHeadingMarker(index.text.slice(start, end), start, line, 0);
    if (heading && (heading.scheme === 'cn' || heading.scheme === 'part')) return line;
  }
  return index.lineCount;
}

/** Reads a draft. `choice` forces a template; otherwise the report's year picks it. */
export function readReport(text: string, choice: TemplateChoice = 'auto'): ReadResult {
  const index = new LineIndex(text);
  const firstSection = firstSectionLine(index);
  const title = readTitle(index, firstSection);
  const preambleEnd = index.lineStarts[Math.min(firstSection, index.lineCount - 1)] ?? text.length;
  // Years are read in a copy with full-width and Chinese-numeral years as ASCII digits (same offsets).
  const yearText = foldYearDigits(text);
  const period = readPeriod(yearText, Math.max(preambleEnd, Math.min(text.length, 2000)));
  const titleYear = title ? /(\d{4})\s*年/.exec(yearText.slice(title.span.start, title.span.end)) : null;
  let year: Report['year'];
  if (titleYear && title) {
    const at = title.span.start + titleYear.index;
    year = { value: Number(titleYear[1]), span: { start: at, end: at + 4 }, from: 'title' };
  } else if (period?.start.year !== undefined) {
    const at = yearText.indexOf(String(period.start.year), period.span.start);
    year = { value: period.start.year, span: { start: at, end: at + 4 }, from: 'period' };
  }
  const template = selectTemplate(choice, year?.value);
  const classifier = new TokenClassifier(template);
  const doc = tokenizeDocument(text, index, (label) => classifier.rowLabelTable(label), template.derived.of(runTogetherTerms));
  // The lines tables use join the table lines: neither are headings.
  const tables = readTables(doc.tokens, template, doc.tableLines);
  // The title's lines are not headings of the outline.
  const afterTitle = title ? index.lineAt(title.span.end) + 1 : 0;
  const { headings, sections } = readHeadings(index, doc.tableLines, doc.headingLines, template, afterTitle);
  for (const table of tables) {
    const host = [...sections].reverse().find((s) => s.heading.lineSpan.start <= table.span.start);
    const spec = host?.sectionId ? template.sections.find((s) => s.id === host.sectionId) : undefined;
    table.sectionNumber = spec?.number;
  }
  // Years in the sections that narrate the year's work (SectionSpec.narratesYear; 五 and 六 may speak of earlier years).
  const narrating = template.sections.filter((s) => s.narratesYear).map((s) => s.id);
  const yearMentions = readYearMentions(yearText, title, period, sections, narrating);
  const cr = text.indexOf('\r');
  const eol = cr < 0 ? '\n' : text.includes('\r\n', cr) ? '\r\n' : !text.includes('\n') ? '\r' : '\n';
  const report: Report = {
    text, title, year, period, yearMentions, headings, sections, tables,
    directives: readDirectives(text, index), markdown: doc.markdown, eol,
  };
  if (doc.runTogetherLines.length > 0) report.runTogetherLines = doc.runTogetherLines;
  if (doc.unreadTables.length > 0) report.unreadTables = doc.unreadTables;
  return { report, template, index };
}
