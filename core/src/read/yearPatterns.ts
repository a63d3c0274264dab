// The patterns that begin with a year ("2025年…"): the report naming itself, sentences that open with
// the year, the statistics period. A global regex such as /(\d{4})\s*年…/g is tried at every position
// of the draft; these find the same matches by trying the pattern only where a 年 has four digits
// before it, with the pattern itself (sticky) deciding each candidate.

import { isSpace } from '../text/charClass.js';

/** The report naming itself: "2025年度政府信息公开工作年度报告". */
export const selfNamePattern = /(\d{4})\s*年度?\s*(?:政府信息公开|政务公开)(?:工作)?年度?报告/g;
/** A sentence, line or numbered item that opens with a year: "。2025年，…", "（一）2025年…". */
export const narrativePattern = /(?:^|[。！？；\n]|[（(][一二三四五六七八九十]+[)）])[ \t\u3000*]*(\d{4})\s*年度?(?!\s*\d{1,2}\s*月)/g;
/** A date range: "2025年1月1日至2025年12月31日". */
export const periodPattern =
  /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:起\s*)?(?:至|到|—+|–|-|~|～)\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;

/** The same pattern, matching only where it is asked to start. */
function sticky(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
}
const selfNameAt = sticky(selfNamePattern);
const narrativeAt = sticky(narrativePattern);
const periodAt = sticky(periodPattern);

/** Where the four digits before the 年 at `at` start (across whitespace, as (\d{4})\s*年 reads), or -1. */
function digitsBefore(text: string, at: number): number {
  let end = at;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (end < 4) return -1;
  for (let i = end - 4; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
  }
  return end - 4;
}

/** The padding narrativePattern allows between its opener and the year: [ \t\u3000*]. */
function isPad(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0x2a;
}

const numeralChars = '一二三四五六七八九十';

/** Where narrativePattern would have to start to reach the year at `digits` (its opener), or -1. */
function narrativeStart(text: string, digits: number): number {
  let u = digits;
  while (u > 0 && isPad(text.charCodeAt(u - 1))) u--;
  if (u === 0) return 0;
  const c = text[u - 1];
  if (c === '。' || c === '！' || c === '？' || c === '；' || c === '\n') return u - 1;
  if (c === ')' || c === '）') {
    let b = u - 2;
    while (b >= 0 && numeralChars.includes(text[b])) b--;
    if (b < u - 2 && b >= 0 && (text[b] === '（' || text[b] === '(')) return b;
  }
  return -1;
}

/**
 * The matches of a pattern in `text`, as text.matchAll(pattern) gives them; `re` is its sticky form.
 * Each match holds its year's 年 and no earlier one; `startOf` says where a match reaching the year at
 * `digits` must begin.
 */
function matchesAtYears(text: string, re: RegExp, startOf: (text: string, digits: number) => number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let at = text.indexOf('年'); at >= 0; at = text.indexOf('年', from)) {
    from = at + 1;
    const digits = digitsBefore(text, at);
    if (digits < 0) continue;
    const start = startOf(text, digits);
    if (start < 0) continue;
    re.lastIndex = start;
    const m = re.exec(text);
    if (!m) continue;
    out.push(m);
    from = Math.max(from, start + m[0].length);
  }
  return out;
}

const atDigits = (_text: string, digits: number) => digits;

export function selfNameMatches(text: string): RegExpExecArray[] {
  return matchesAtYears(text, selfNameAt, atDigits);
}

export function narrativeMatches(text: string): RegExpExecArray[] {
  return matchesAtYears(text, narrativeAt, narrativeStart);
}

export function periodMatches(text: string): RegExpExecArray[] {
  return matchesAtYears(text, periodAt, atDigits);
}
