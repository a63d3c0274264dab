// Finds the report's section headings (一、总体情况, ## 二、…) and subsection headings (（一）…)
// among the lines that are not tables, and decides which template section each one is.

import type { Heading, Section } from '../model.js';
import type { LineIndex } from '../text/lineIndex.js';
import type { LineSet } from '../text/lineSet.js';
import { isSpace } from '../text/charClass.js';
import { chineseNumeralValue, matchesTerms, textKey } from '../text/normalizeLabel.js';
import type { SectionSpec, Template } from '../templates/templateTypes.js';

const sectionPattern = /^([一二三四五六七八九十]{1,3})\s*[、.．]\s*/;
const subsectionPattern = /^[（(]\s*([一二三四五六七八九十]{1,3})\s*[)）]\s*/;

/** Characters the heading prefix may consume before a heading's numeral: spaces, #, * and _. */
function isPrefixChar(c: number): boolean {
  return c === 0x23 || c === 0x2a || c === 0x5f || isSpace(c);
}

/** Characters a numbered heading starts with after its prefix: a numeral or an opening bracket. */
const headingStarts = new Set([...'一二三四五六七八九十（('].map((c) => c.charCodeAt(0)));

/**
 * Whether a line may be a numbered heading: the first character past spaces, #, * and _ is a
 * numeral or an opening bracket. Most lines are prose and are ruled out here; the patterns of
 * readHeadingLine never find a numbered heading in a line this rules out (a test holds them to it).
 */
export function mayBeNumberedHeading(lineText: string, start = 0, end = lineText.length): boolean {
  let i = start;
  while (i < end && isPrefixChar(lineText.charCodeAt(i))) i++;
  return i < end && headingStarts.has(lineText.charCodeAt(i));
}

/** A heading candidate read from one line. */
export function readHeadingLine(lineText: string, lineStart: number, line: number, markdownHashes: number | undefined): Heading | undefined {
  const prefixMatch = /^[\s\u3000]*(#{1,6}[ \t]*)?[\s\u3000]*(\*\*|__)?[\s\u3000]*/.exec(lineText)!;
  const bodyStart = prefixMatch[0].length;
  const body = lineText.slice(bodyStart);
  let kind: Heading['kind'] | undefined;
  let numeralMatch = sectionPattern.exec(body);
  if (numeralMatch) kind = 'section';
  else if ((numeralMatch = subsectionPattern.exec(body))) kind = 'subsection';
  else if (markdownHashes !== undefined) kind = 'section';
  if (!kind) return undefined;
  const titleStart = bodyStart + (numeralMatch ? numeralMatch[0].length : 0);
  let titleEnd = lineText.length;
  const stop = /[。：:；;！？]|\*\*|__/.exec(lineText.slice(titleStart, titleStart + 80));
  if (stop) titleEnd = titleStart + stop.index;
  else if (lineText.length - titleStart > 80) return undefined;
  const rawTitle = lineText.slice(titleStart, titleEnd);
  const title = rawTitle.trimEnd();
  let numeral: Heading['numeral'];
  if (numeralMatch) {
    const text = numeralMatch[1];
    const value = chineseNumeralValue(text);
    if (Number.isNaN(value)) return undefined;
    const at = lineStart + bodyStart + numeralMatch[0].indexOf(text);
    numeral = { text, value, span: { start: at, end: at + text.length } };
  }
  const contentEnd = lineText.trimEnd().length;
  return {
    kind,
    span: { start: lineStart + bodyStart, end: lineStart + Math.max(bodyStart, contentEnd) },
    numeral,
    title,
    titleSpan: { start: lineStart + titleStart, end: lineStart + titleStart + title.length },
    line,
    lineSpan: { start: lineStart, end: lineStart + lineText.length },
    prefix: prefixMatch[1] ?? '',
  };
}

/** The template section a heading title names, preferring the one whose number it carries. */
export function recogniseSection(title: string, numeral: number | undefined, template: Template): SectionSpec | undefined {
  const key = textKey(title);
  const hits = template.sections.filter((s) => matchesTerms(key, s.recognise));
  if (hits.length <= 1) return hits[0];
  return hits.find((s) => s.number === numeral) ?? hits[0];
}

interface Candidate {
  spec: SectionSpec | undefined;
  numeral: number | undefined;
  previousNumber: number;
  isMarkdown: boolean;
  /** The heading stands alone on its line (no sentence runs on after it). */
  ownLine: boolean;
  /** Its section was already seen (this would be a duplicate). */
  seen: boolean;
  /** Its title has every term that carries the section's meaning. */
  exact: boolean;
  shortTitle: boolean;
  first: boolean;
}

/**
 * Whether a numbered line is a section heading rather than a numbered list item in the text
 * (五 often lists "一、…方面：…。"). Markdown headings are headings; a plain line must stand alone,
 * go forward in the numbering or carry its section's own number, and a repeat must be the real title.
 */
function acceptsSection(c: Candidate): boolean {
  if (c.spec) {
    if (c.seen) return c.ownLine && c.exact && (c.isMarkdown || c.numeral === c.spec.number);
    if (c.isMarkdown) return c.ownLine || c.numeral !== undefined;
    if (c.numeral === undefined) return false;
    if (c.numeral > c.previousNumber) return c.ownLine || c.numeral === c.spec.number;
    return c.numeral === c.spec.number && c.ownLine;
  }
  if (c.numeral === undefined || c.first) return false;
  return c.numeral === c.previousNumber + 1 && c.ownLine && c.shortTitle;
}

/** Sections in document order, each with its body span and its subsection headings. */
export function readHeadings(
  index: LineIndex,
  skipLines: LineSet,
  markdownHeadings: Map<number, number>,
  template: Template,
): Section[] {
  const sections: Section[] = [];
  const subsections: Heading[] = [];
  let previousNumber = 0;
  const seen = new Set<string>();
  for (let line = 0; line < index.lineCount; line++) {
    if (skipLines.has(line)) continue;
    const lineStart = index.lineStarts[line];
    const lineEnd = index.lineEnd(line);
    const hashes = markdownHeadings.get(line);
    // Without Markdown hashes only a numbered heading is a heading: a prose line is ruled out in the
    // text itself, before it is copied out.
    if (hashes === undefined && !mayBeNumberedHeading(index.text, lineStart, lineEnd)) continue;
    const lineText = index.text.slice(lineStart, lineEnd);
    if (lineText.trim() === '') continue;
    const heading = readHeadingLine(lineText, lineStart, line, hashes);
    if (!heading) continue;
    if (heading.kind === 'subsection') {
      if (sections.length > 0) subsections.push(heading);
      continue;
    }
    const numeral = heading.numeral?.value;
    const spec = recogniseSection(heading.title, numeral, template);
    const accept = acceptsSection({
      spec, numeral, previousNumber,
      isMarkdown: markdownHeadings.has(line),
      ownLine: heading.titleSpan.end >= heading.span.end - 2 && heading.title.length <= 40,
      seen: spec !== undefined && seen.has(spec.id),
      exact: spec !== undefined && spec.required.every((term) => textKey(heading.title).includes(term)),
      shortTitle: heading.title.length <= 25,
      first: sections.length === 0,
    });
    if (!accept) continue;
    previousNumber = numeral ?? spec?.number ?? previousNumber;
    const duplicate = spec !== undefined && seen.has(spec.id);
    if (spec) seen.add(spec.id);
    sections.push({ heading, sectionId: spec?.id, body: { start: heading.lineSpan.end, end: index.text.length }, subsections: [], duplicate });
  }
  for (let i = 0; i < sections.length; i++) {
    if (i + 1 < sections.length) sections[i].body.end = sections[i + 1].heading.lineSpan.start;
    const { start, end } = sections[i].body;
    sections[i].subsections = subsections.filter((h) => h.span.start >= start && h.span.start < end);
  }
  return sections;
}
