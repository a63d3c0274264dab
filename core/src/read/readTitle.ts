// Reads the report's title (the short lines before the first section, possibly wrapped), its year,
// the statistics period, and the other places that state the report's year.

import type { Period, Report, Section, YearMention } from '../model.js';
import type { LineIndex } from '../text/lineIndex.js';
import type { Span } from '../types.js';
import { isSpace } from '../text/charClass.js';
import { foldYearDigits } from './foldYearDigits.js';
import { narrativeMatches, periodMatches, selfNameMatches } from './yearPatterns.js';

/**
 * Whether an offset lies inside 《…》 on its line: a year there belongs to the title of a cited
 * document (《关于编制公布2021年政府信息公开工作年度报告有关事项的通知》), not to this report.
 */
function insideBookTitle(text: string, at: number): boolean {
  const stop = Math.max(0, at - 200);
  for (let i = at - 1; i >= stop; i--) {
    const c = text[i];
    if (c === '《') return true;
    if (c === '》' || c === '\n' || c === '\r') return false;
  }
  return false;
}

/** The title: consecutive short lines at the top, before the first prose line or section. */
export function readTitle(index: LineIndex, firstSectionLine: number): Report['title'] {
  let first = -1;
  let last = -1;
  const limit = Math.min(firstSectionLine, index.lineCount, 40);
  for (let line = 0; line < limit; line++) {
    const text = trimTitleLine(index.lineText(line));
    // A line that is only an HTML comment (where a copied page came from, a nianbao-disable) is not the title.
    if (text === '' || (text.startsWith('<!--') && text.endsWith('-->'))) continue;
    if (text.length > 45 || /[。；]/.test(text)) break;
    if (first < 0) first = line;
    last = line;
  }
  if (first < 0) return undefined;
  const parts: string[] = [];
  for (let l = first; l <= last; l++) {
    const t = trimTitleLine(index.lineText(l));
    if (t && !(t.startsWith('<!--') && t.endsWith('-->'))) parts.push(t);
  }
  const start = index.lineStarts[first] + (index.lineText(first).length - index.lineText(first).replace(/^[\s#*\u3000]+/, '').length);
  return { text: parts.join(''), span: { start, end: index.lineEnd(last) } };
}

/**
 * A title line without its leading spaces, hashes and asterisks and its trailing spaces and asterisks.
 * A scan: the trailing half of /^[\s#*]+|[\s*]+$/g restarted at every space of a long run (quadratic).
 */
export function trimTitleLine(line: string): string {
  let start = 0;
  while (start < line.length && (isSpace(line.charCodeAt(start)) || line[start] === '#' || line[start] === '*')) start++;
  let end = line.length;
  while (end > start && (isSpace(line.charCodeAt(end - 1)) || line[end - 1] === '*')) end--;
  return line.slice(start, end);
}

/** The statistics period: a date range near 统计/数据, else the first date range before section 一. */
export function readPeriod(text: string, preambleEnd: number): Period | undefined {
  let fallback: Period | undefined;
  for (const m of periodMatches(text)) {
    const at = m.index ?? 0;
    const period: Period = {
      span: { start: at, end: at + m[0].length },
      start: { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) },
      end: { year: m[4] ? Number(m[4]) : undefined, month: Number(m[5]), day: Number(m[6]) },
    };
    const before = text.slice(Math.max(0, at - 40), at);
    if (/统计|数据|期限/.test(before)) return period;
    if (!fallback && at < preambleEnd) fallback = period;
  }
  return fallback;
}

function yearSpan(text: string, from: number, year: string): Span {
  const at = text.indexOf(year, from);
  return { start: at, end: at + year.length };
}


/**
 * Whether what follows a sentence-opening year tells this year's story ("2025年，", "2025年我乡",
 * "2025年贾塘乡人民政府…") rather than naming another year's thing ("2024年度部门决算", "2024年以来").
 */
function opensYearNarrative(after: string, agency: string): boolean {
  if (/^[\s]*[，,、]/.test(after) || /^[我本全共该]/.test(after)) return true;
  return after.length === 2 && agency.includes(after);
}

/** Places that state the report's year: title, period, the report naming itself, narrative openings. */
export function readYearMentions(
  /** The draft, with its years in ASCII digits (foldYearDigits). */
  text: string,
  title: Report['title'],
  period: Period | undefined,
  sections: Section[],
  narrativeSectionIds: string[],
): YearMention[] {
  const out: YearMention[] = [];
  if (title) {
    const m = /(\d{4})\s*年/.exec(text.slice(title.span.start, title.span.end));
    if (m) out.push({ year: Number(m[1]), span: yearSpan(text, title.span.start + (m.index ?? 0), m[1]), kind: 'title' });
  }
  if (period) {
    const ps = period.span.start;
    if (period.start.year !== undefined) out.push({ year: period.start.year, span: yearSpan(text, ps, String(period.start.year)), kind: 'periodStart' });
    if (period.end.year !== undefined) {
      const afterStart = text.indexOf('日', ps) + 1;
      out.push({ year: period.end.year, span: yearSpan(text, afterStart, String(period.end.year)), kind: 'periodEnd' });
    }
  }
  // The report names itself in its preamble ("现将2025年度政府信息公开工作年度报告公布如下"); in the
  // sections, "针对2024年政府信息公开工作年度报告中指出的问题" names last year's report.
  const preambleEnd = sections[0]?.heading.lineSpan.start ?? text.length;
  for (const m of selfNameMatches(text.slice(0, preambleEnd))) {
    const at = m.index ?? 0;
    if (title && at >= title.span.start && at < title.span.end) continue;
    if (insideBookTitle(text, at)) continue;
    out.push({ year: Number(m[1]), span: yearSpan(text, at, m[1]), kind: 'selfName' });
  }
  const firstSection = sections[0]?.heading.lineSpan.start ?? text.length;
  // The body's name as the title gives it before the year (海原县贾塘乡人民政府), to recognise "2024年贾塘乡…".
  const agency = title ? foldYearDigits(title.text).replace(/\s/g, '').split(/\d{4}/)[0] : '';
  const regions: Span[] = [{ start: title?.span.end ?? 0, end: firstSection }];
  for (const s of sections) if (s.sectionId && narrativeSectionIds.includes(s.sectionId)) regions.push(s.body);
  // Where mentions already start (a set: scanning `out` for each match would be quadratic on long drafts).
  const starts = new Set(out.map((y) => y.span.start));
  for (const region of regions) {
    const slice = text.slice(region.start, region.end);
    for (const m of narrativeMatches(slice)) {
      const after = slice.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 2);
      if (!opensYearNarrative(after, agency)) continue;
      const at = region.start + (m.index ?? 0) + m[0].lastIndexOf(m[1], m[0].indexOf('年'));
      if (starts.has(at) || insideBookTitle(text, at)) continue;
      if (period && at >= period.span.start && at < period.span.end) continue;
      out.push({ year: Number(m[1]), span: { start: at, end: at + 4 }, kind: 'narrative' });
      starts.add(at);
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
