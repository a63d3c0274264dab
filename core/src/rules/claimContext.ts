// Where a figure in the text stands: the sentence and clause before it, and whether it speaks of
// this report's year at all ("2023年收到申请5件" in a 2024 report, "较上年…", "去年…" are other
// years' figures). Used by text-table-mismatch, which must stay silent on anything not clearly a
// restatement of this year's tables.

import type { Span } from '../types.js';

/** Sentence ends; a blank line also ends one (a heading or paragraph without a full stop). */
const sentenceEnd = /[。！？!?；;]|\n[ \t]*\n/g;
/** Clause ends: commas as well. */
const clauseEnd = /[。！？!?；;，,]|\n[ \t]*\n/g;
/** How far back a sentence is looked for (longer ones are cut: the guards only see less). */
const lookBack = 240;

function startBefore(text: string, at: number, ends: RegExp): number {
  const from = Math.max(0, at - lookBack);
  const window = text.slice(from, at);
  let start = 0;
  ends.lastIndex = 0;
  for (let m = ends.exec(window); m; m = ends.exec(window)) start = m.index + m[0].length;
  return from + start;
}

/** The text of the sentence before offset `at` (from just after the last sentence end). */
export function sentenceBefore(text: string, at: number): string {
  return text.slice(startBefore(text, at, sentenceEnd), at);
}

/** The text of the clause before offset `at` (from just after the last comma or sentence end). */
export function clauseBefore(text: string, at: number): string {
  return text.slice(startBefore(text, at, clauseEnd), at);
}

/** The sentence from offset `at` to its end (the end mark included when there is one). */
export function sentenceAfter(text: string, at: number): string {
  const window = text.slice(at, at + lookBack);
  sentenceEnd.lastIndex = 0;
  const m = sentenceEnd.exec(window);
  return m ? window.slice(0, m.index + m[0].length) : window;
}

/** Years written in the text: 2023年, ２０２３年, 二〇二三年. */
const yearWritten = /([0-9\uFF10-\uFF19]{4}|[〇○零一二三四五六七八九]{4})\s*年/g;
const chineseDigits = '〇一二三四五六七八九';

function yearValue(written: string): number {
  let out = '';
  for (const ch of written) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) out += String(code - 0xff10);
    else if (ch === '○' || ch === '零') out += '0';
    else out += chineseDigits.includes(ch) ? String(chineseDigits.indexOf(ch)) : ch;
  }
  return Number(out);
}

/** Words for a year before this one (上年结转 is this year's table row, not another year). */
const earlierYear = /去年|上一年|前年|往年|上年(?!度?结转)/;
/** A comparison right before the figure: "较上年收到申请5件", "比去年…", "同比…". */
const comparison = /(?:较|比|同比|去年|上一年|往年|上年(?!度?结转))[^，。；、]{0,6}$/;

/**
 * Whether the sentence before a figure speaks of another year than the report's (or, when the
 * report's year is unknown, of any year), or compares with one: then the figure is not a
 * restatement of this year's tables.
 */
export function otherYearBefore(sentence: string, reportYear: number | undefined): boolean {
  if (comparison.test(sentence.slice(-8)) || earlierYear.test(sentence)) return true;
  yearWritten.lastIndex = 0;
  for (let m = yearWritten.exec(sentence); m; m = yearWritten.exec(sentence)) {
    if (reportYear === undefined || yearValue(m[1]) !== reportYear) return true;
  }
  return false;
}

/** The prose of a report (the text outside its tables and outside given spans), for scanning. */
interface Prose {
  /** The prose pieces joined by blank lines (a blank line ends a sentence, so no claim spans two). */
  text: string;
  /** Each piece: where it starts in `text` and in the source. */
  pieces: { at: number; start: number; end: number }[];
}

/**
 * The prose outside `excluded` spans (the tables, section 五): the claims are looked for only there,
 * so their patterns scan a half or less of a report instead of the whole text.
 */
export function proseOutside(source: string, excluded: Span[]): Prose {
  const sorted = [...excluded].sort((a, b) => a.start - b.start);
  const pieces: Prose['pieces'] = [];
  const parts: string[] = [];
  let from = 0;
  let at = 0;
  const take = (end: number) => {
    if (end <= from) return;
    if (pieces.length > 0) {
      parts.push('\n\n');
      at += 2;
    }
    pieces.push({ at, start: from, end });
    parts.push(source.slice(from, end));
    at += end - from;
  };
  for (const span of sorted) {
    take(span.start);
    from = Math.max(from, span.end);
  }
  take(source.length);
  return { text: parts.join(''), pieces };
}

/** The source span of a match in the prose, or undefined when it runs across two pieces. */
export function sourceSpan(prose: Prose, start: number, end: number): Span | undefined {
  let lo = 0;
  let hi = prose.pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (prose.pieces[mid].at <= start) lo = mid;
    else hi = mid - 1;
  }
  const piece = prose.pieces[lo];
  if (!piece || start < piece.at || end > piece.at + (piece.end - piece.start)) return undefined;
  return { start: piece.start + (start - piece.at), end: piece.start + (end - piece.at) };
}
