// placeholder-left: text the skeleton, the insert commands or the snippets put into the draft for the
// writer to replace is still there — a paragraph that is only "主动公开情况。", a "（在此填写：…）"
// note, or "XX县XX局" for the body's name. Reported on the placeholder, naming the heading it sits
// under. No fix: only the writer can write the text. Tables and HTML comments are not looked at
// (the skeleton's note on 上年结转 is a comment meant to stay).

import type { Heading, Report } from '../model.js';
import type { Span } from '../types.js';
import { BODY_PLACEHOLDER, skeletonPlaceholders } from '../authoring/placeholders.js';
import type { Rule, RuleFinding } from './ruleTypes.js';
import type { Template } from '../templates/templateTypes.js';
import { isSpace } from '../text/charClass.js';

/** "（在此填写：…）" and the ways people write the same note: 此处填写, 请填写, half-width brackets. */
const FILL_NOTE = /[（(](?:在此|此处|请在此|请)填写[^（）()\n]{0,100}[）)]/g;
/** A run of X or × standing for a name in the title (XX县, ××局); lowercase xx is never one. */
const NAME_MARKS = /[XＸ×]{2,}/g;

/** The spans of HTML comments and tables, sorted, where nothing is reported. */
function excludedSpans(report: Report): Span[] {
  const spans: Span[] = report.tables.map((t) => t.span);
  const { text } = report;
  for (let at = text.indexOf('<!--'); at >= 0; at = text.indexOf('<!--', at + 4)) {
    const close = text.indexOf('-->', at + 4);
    const end = close < 0 ? text.length : close + 3;
    spans.push({ start: at, end });
    at = end - 4;
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Spaces (what /\s/ matches, the full-width indent among them) and emphasis marks around a paragraph. */
function isPad(c: number): boolean {
  return c === 0x2a || c === 0x5f || isSpace(c);
}

/**
 * The skeleton's paragraphs of a template, the lengths a line holding one can have and the characters
 * one starts with (a fact of the template): most short lines of a draft (table cells, headings) are
 * told apart by their length and first character before anything is copied.
 */
function placeholderParagraphs(template: Template): { paragraphs: Set<string>; shortest: number; longest: number; firstChars: Set<number> } {
  const p = skeletonPlaceholders(template);
  const paragraphs = new Set([p.overview, ...p.subsections, p.problems]);
  const lengths = [...paragraphs].map((s) => s.length);
  const firstChars = new Set([...paragraphs].map((s) => s.charCodeAt(0)));
  return { paragraphs, shortest: Math.min(...lengths), longest: Math.max(...lengths), firstChars };
}

/** The word every fill-in note holds (FILL_NOTE): a draft without it has none, and is not scanned for them. */
const FILL_WORD = '填写';

function inside(spans: Span[], at: number): boolean {
  return spans.some((s) => s.start <= at && at < s.end);
}

/** The last heading that starts before `at` (the place the message names), if any. */
function headingBefore(headings: Heading[], at: number): Heading | undefined {
  let found: Heading | undefined;
  for (const h of headings) {
    if (h.lineSpan.start > at) break;
    found = h;
  }
  return found;
}

export const placeholderLeft: Rule = {
  id: 'placeholder-left',
  category: 'content',
  defaultSeverity: 'warning',
  meta: { messages: ['placeholder-left', 'placeholder-left.title', 'placeholder-left.start'] },
  check({ report, template, index }) {
    const { text } = report;
    // Worked out only once a placeholder is found (most drafts have none).
    let excludedMemo: Span[] | undefined;
    const excluded = () => (excludedMemo ??= excludedSpans(report));
    const spans: Span[] = [];
    // Whole paragraphs that are a snippet's placeholder (leading full-width indent and emphasis allowed).
    const { paragraphs, shortest, longest, firstChars } = template.derived.of(placeholderParagraphs);
    for (let line = 0; line < index.lineCount; line++) {
      let from = index.lineStarts[line]!;
      let to = index.lineEnd(line);
      // Measured before anything is copied: most lines are far longer or shorter than a placeholder.
      if (to - from > longest + 16 || to - from < shortest) continue;
      while (from < to && isPad(text.charCodeAt(from))) from++;
      if (!firstChars.has(text.charCodeAt(from))) continue;
      while (to > from && isPad(text.charCodeAt(to - 1))) to--;
      if (to - from < shortest || to - from > longest || !paragraphs.has(text.slice(from, to))) continue;
      if (!inside(excluded(), from)) spans.push({ start: from, end: to });
    }
    if (text.includes(FILL_WORD)) {
      for (const m of text.matchAll(FILL_NOTE)) {
        if (!inside(excluded(), m.index)) spans.push({ start: m.index, end: m.index + m[0].length });
      }
    }
    for (let at = text.indexOf(BODY_PLACEHOLDER); at >= 0; at = text.indexOf(BODY_PLACEHOLDER, at + BODY_PLACEHOLDER.length)) {
      if (!inside(excluded(), at)) spans.push({ start: at, end: at + BODY_PLACEHOLDER.length });
    }
    if (report.title) {
      const title = report.title;
      // XX县XX镇 is one name: runs two characters or less apart are one placeholder.
      let run: Span | undefined;
      for (const m of text.slice(title.span.start, title.span.end).matchAll(NAME_MARKS)) {
        const start = title.span.start + m.index;
        if (spans.some((s) => s.start <= start && start < s.end)) continue;
        if (run && start - run.end <= 2) {
          run.end = start + m[0].length;
          continue;
        }
        run = { start, end: start + m[0].length };
        spans.push(run);
      }
    }
    spans.sort((a, b) => a.start - b.start);
    const findings: RuleFinding[] = [];
    for (const span of spans) {
      const placeholder = text.slice(span.start, span.end);
      const inTitle = report.title && span.start >= report.title.span.start && span.start < report.title.span.end;
      const heading = inTitle ? undefined : headingBefore(report.headings, span.start);
      if (!heading) {
        findings.push({ span, messageId: inTitle ? 'placeholder-left.title' : 'placeholder-left.start', args: { text: placeholder } });
        continue;
      }
      findings.push({ span, messageId: 'placeholder-left', args: { text: placeholder, heading: text.slice(heading.span.start, heading.span.end) } });
    }
    return findings;
  },
};
