// placeholder-left: text the skeleton, the insert commands or the snippets put into the draft for the
// writer to replace is still there — a paragraph that is only "主动公开情况。", a "（在此填写：…）"
// note, or "XX县XX局" for the body's name. Reported on the placeholder, naming the heading it sits
// under. No fix: only the writer can write the text. Tables and HTML comments are not looked at
// (the skeleton's note on 上年结转 is a comment meant to stay).

import type { Heading, Report } from '../model.js';
import type { Span } from '../types.js';
import { BODY_PLACEHOLDER, skeletonPlaceholders } from '../authoring/placeholders.js';
import type { Rule, RuleFinding } from './ruleTypes.js';

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

/** Where a line's text is once spaces, the full-width indent and emphasis marks around it are left off. */
function trimmedRange(line: string): [number, number] {
  const pad = (c: string) => c === '*' || c === '_' || c === '\u3000' || /\s/.test(c);
  let from = 0;
  let to = line.length;
  while (from < to && pad(line[from]!)) from++;
  while (to > from && pad(line[to - 1]!)) to--;
  return [from, to];
}

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
    const excluded = excludedSpans(report);
    const spans: Span[] = [];
    // Whole paragraphs that are a snippet's placeholder (leading full-width indent and emphasis allowed).
    const p = skeletonPlaceholders(template);
    const paragraphs = new Set([p.overview, ...p.subsections, p.problems]);
    const longest = Math.max(...[...paragraphs].map((s) => s.length));
    for (let line = 0; line < index.lineCount; line++) {
      const start = index.lineStarts[line]!;
      const raw = text.slice(start, index.lineEnd(line));
      if (raw.length > longest + 16) continue;
      const [from, to] = trimmedRange(raw);
      const trimmed = raw.slice(from, to);
      if (!paragraphs.has(trimmed)) continue;
      const at = start + from;
      if (!inside(excluded, at)) spans.push({ start: at, end: at + trimmed.length });
    }
    for (const m of text.matchAll(FILL_NOTE)) {
      if (!inside(excluded, m.index)) spans.push({ start: m.index, end: m.index + m[0].length });
    }
    for (let at = text.indexOf(BODY_PLACEHOLDER); at >= 0; at = text.indexOf(BODY_PLACEHOLDER, at + BODY_PLACEHOLDER.length)) {
      if (!inside(excluded, at)) spans.push({ start: at, end: at + BODY_PLACEHOLDER.length });
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
