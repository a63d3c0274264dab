// Reads what a line's heading marker says, once, for the outline: its Markdown level, its numbering
// scheme (一、 > （一） > 1. > （1）, and 第一部分 above them), whether it is bold, and its title.
// Written as scans (no regex over the line), so no input can make it slow.

import type { Heading, NumberingScheme } from '../model.js';
import { isSpace } from '../text/charClass.js';
import { chineseNumeralValue } from '../text/normalizeLabel.js';

/** How deep each numbering scheme sits in the official hierarchy (smaller is higher). */
export const schemeRank: Record<NumberingScheme, number> = { part: 0, cn: 1, 'paren-cn': 2, arabic: 3, 'paren-arabic': 4, none: 5 };

const HASH = 0x23;
const STAR = 0x2a;
const UNDERSCORE = 0x5f;

function isCnDigit(c: number): boolean {
  // 一二三四五六七八九十
  return c === 0x4e00 || c === 0x4e8c || c === 0x4e09 || c === 0x56db || c === 0x4e94 || c === 0x516d
    || c === 0x4e03 || c === 0x516b || c === 0x4e5d || c === 0x5341;
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isOpenParen(c: number): boolean {
  return c === 0x28 || c === 0xff08;
}
function isCloseParen(c: number): boolean {
  return c === 0x29 || c === 0xff09;
}
/** 、 . ． — what follows 一 or 1 in a numbered heading. */
function isNumberMark(c: number): boolean {
  return c === 0x3001 || c === 0x2e || c === 0xff0e;
}
/** Marks that end a heading's title: 。：:；;！？ */
function isTitleStop(c: number): boolean {
  return c === 0x3002 || c === 0xff1a || c === 0x3a || c === 0xff1b || c === 0x3b || c === 0xff01 || c === 0xff1f;
}

function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Characters the heading prefix may consume before a heading's numeral: spaces, #, * and _. */
function isPrefixChar(c: number): boolean {
  return c === HASH || c === STAR || c === UNDERSCORE || isSpace(c);
}

const LT = 0x3c;
const GT = 0x3e;
/** The longest HTML tag skipped around a heading (<p style="…">, <span class="…">). */
const MAX_TAG = 200;

/** End of an HTML tag (<p>, <strong>, </span>) starting at i, or i when there is none. */
function tagEnd(text: string, i: number, end: number): number {
  if (text.charCodeAt(i) !== LT) return i;
  const c = text.charCodeAt(i + 1);
  const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (!letter && c !== 0x2f) return i;
  const stop = Math.min(end, i + MAX_TAG);
  for (let j = i + 2; j < stop; j++) if (text.charCodeAt(j) === GT) return j + 1;
  return i;
}

/** Whether the tag at i..j is a bold one (<strong>, <b>). */
function isBoldTag(text: string, i: number, j: number): boolean {
  const name = text.slice(i + 1, j - 1).split(/[\s/]/, 1)[0].toLowerCase();
  return name === 'strong' || name === 'b';
}

/** Past spaces, Markdown marks and HTML tags (a draft pasted as HTML: <p><strong>一、总体情况</strong></p>). */
function skipPrefix(text: string, i: number, end: number): number {
  for (;;) {
    while (i < end && isPrefixChar(text.charCodeAt(i))) i++;
    const j = tagEnd(text, i, end);
    if (j === i) return i;
    i = j;
  }
}

/**
 * Whether a line may be a numbered heading: the first character past spaces, #, * and _ is a
 * numeral, a digit, 第 or an opening bracket. Most lines are prose and are ruled out here without
 * being copied; readHeadingMarker never finds a numbered heading in a line this rules out.
 */
export function mayBeNumberedHeading(text: string, start = 0, end = text.length): boolean {
  const i = skipPrefix(text, start, end);
  if (i >= end) return false;
  const c = text.charCodeAt(i);
  return isCnDigit(c) || isDigit(c) || isOpenParen(c) || c === 0x7b2c; // 第
}

interface Numbering {
  scheme: NumberingScheme;
  /** Where the numeral's text is, relative to the line. */
  at: number;
  text: string;
  value: number;
  /** Where the title starts, relative to the line. */
  end: number;
}

/** End of the run of accepted characters from i, or i when the run is longer than max. */
function runEnd(text: string, i: number, end: number, accept: (c: number) => boolean, max: number): number {
  let j = i;
  while (j < end && accept(text.charCodeAt(j))) j++;
  return j - i > max ? i : j;
}

function readNumbering(text: string, i: number, end: number): Numbering | undefined {
  const c = text.charCodeAt(i);
  if (c === 0x7b2c) {
    // 第一部分
    const j = runEnd(text, i + 1, end, isCnDigit, 3);
    if (j > i + 1 && text.startsWith('部分', j)) {
      const value = chineseNumeralValue(text.slice(i + 1, j));
      if (!Number.isNaN(value)) return { scheme: 'part', at: i + 1, text: text.slice(i + 1, j), value, end: j + 2 };
    }
    return undefined;
  }
  if (isCnDigit(c)) {
    const j = runEnd(text, i, end, isCnDigit, 3);
    const k = skipSpaces(text, j, end);
    if (j > i && k < end && isNumberMark(text.charCodeAt(k))) {
      const value = chineseNumeralValue(text.slice(i, j));
      if (!Number.isNaN(value)) return { scheme: 'cn', at: i, text: text.slice(i, j), value, end: k + 1 };
    }
    return undefined;
  }
  if (isDigit(c)) {
    const j = runEnd(text, i, end, isDigit, 2);
    const k = skipSpaces(text, j, end);
    // 1. or 1、 but not 1.5 (a decimal) or 2024. (a year).
    if (j > i && k < end && isNumberMark(text.charCodeAt(k)) && !(k + 1 < end && isDigit(text.charCodeAt(k + 1)))) {
      return { scheme: 'arabic', at: i, text: text.slice(i, j), value: Number(text.slice(i, j)), end: k + 1 };
    }
    return undefined;
  }
  if (isOpenParen(c)) {
    const s = skipSpaces(text, i + 1, end);
    const cn = s < end && isCnDigit(text.charCodeAt(s));
    const j = runEnd(text, s, end, cn ? isCnDigit : isDigit, cn ? 3 : 2);
    const k = skipSpaces(text, j, end);
    if (j > s && k < end && isCloseParen(text.charCodeAt(k))) {
      const numeral = text.slice(s, j);
      const value = cn ? chineseNumeralValue(numeral) : Number(numeral);
      if (!Number.isNaN(value)) return { scheme: cn ? 'paren-cn' : 'paren-arabic', at: s, text: numeral, value, end: k + 1 };
    }
  }
  return undefined;
}

/** The longest title a heading may have before its line is prose. */
const MAX_TITLE = 80;

/**
 * The heading candidate one line holds, with its marker read: Markdown level (`markdownLevel`, 0 for
 * a plain line), numbering scheme and numeral, bold, title. A plain line without numbering is no
 * candidate; a line whose title runs past 80 characters without a stop is prose.
 */
export function readHeadingMarker(lineText: string, lineStart: number, line: number, markdownLevel: number | undefined): Heading | undefined {
  const end = lineText.length;
  let i = skipSpaces(lineText, 0, end);
  let prefix = '';
  if (markdownLevel !== undefined) {
    const hashes = i;
    while (i < end && lineText.charCodeAt(i) === HASH) i++;
    i = skipSpaces(lineText, i, end);
    prefix = lineText.slice(hashes, i);
  }
  let bold = false;
  const b = lineText.charCodeAt(i);
  if ((b === STAR || b === UNDERSCORE) && lineText.charCodeAt(i + 1) === b) {
    bold = true;
    i = skipSpaces(lineText, i + 2, end);
  }
  for (let j = tagEnd(lineText, i, end); j > i; j = tagEnd(lineText, i, end)) {
    if (isBoldTag(lineText, i, j)) bold = true;
    i = skipSpaces(lineText, j, end);
  }
  const bodyStart = i;
  const numbering = bodyStart < end ? readNumbering(lineText, bodyStart, end) : undefined;
  if (!numbering && markdownLevel === undefined) return undefined;
  const titleStart = numbering ? skipSpaces(lineText, numbering.end, end) : bodyStart;
  let titleEnd = titleStart;
  while (titleEnd < end && titleEnd - titleStart <= MAX_TITLE) {
    const c = lineText.charCodeAt(titleEnd);
    if (isTitleStop(c)) break;
    if ((c === STAR || c === UNDERSCORE) && lineText.charCodeAt(titleEnd + 1) === c) break;
    if (c === LT && tagEnd(lineText, titleEnd, end) > titleEnd) break;
    titleEnd++;
  }
  if (titleEnd - titleStart > MAX_TITLE) return undefined;
  let trimmed = titleEnd;
  while (trimmed > titleStart && isSpace(lineText.charCodeAt(trimmed - 1))) trimmed--;
  let contentEnd = end;
  while (contentEnd > bodyStart && isSpace(lineText.charCodeAt(contentEnd - 1))) contentEnd--;
  // Closing HTML tags (</strong></p>) are not part of the heading's span.
  while (contentEnd > titleEnd && lineText.charCodeAt(contentEnd - 1) === GT) {
    const open = lineText.lastIndexOf('<', contentEnd - 1);
    if (open < titleEnd || tagEnd(lineText, open, contentEnd) !== contentEnd) break;
    contentEnd = open;
    while (contentEnd > bodyStart && isSpace(lineText.charCodeAt(contentEnd - 1))) contentEnd--;
  }
  const title = lineText.slice(titleStart, trimmed);
  // Past the title only closing marks may follow (**, #, spaces): otherwise a sentence runs on.
  const rest = skipPrefix(lineText, titleEnd, contentEnd);
  // A title with a comma that ends in 。 is a sentence ("二、主动公开情况较好，全年公开128条。").
  const sentence = rest === contentEnd - 1 && lineText.charCodeAt(rest) === 0x3002 && (title.includes('，') || title.includes(','));
  const ownLine = title.length <= 40 && !sentence && (rest >= contentEnd || (rest === contentEnd - 1 && isTitleStop(lineText.charCodeAt(rest))));
  return {
    kind: numbering && schemeRank[numbering.scheme] >= schemeRank['paren-cn'] ? 'subsection' : 'section',
    span: { start: lineStart + bodyStart, end: lineStart + Math.max(bodyStart, contentEnd) },
    numeral: numbering ? { text: numbering.text, value: numbering.value, span: { start: lineStart + numbering.at, end: lineStart + numbering.at + numbering.text.length } } : undefined,
    scheme: numbering?.scheme ?? 'none',
    markdownLevel: markdownLevel ?? 0,
    bold,
    ownLine,
    level: 0,
    title,
    titleSpan: { start: lineStart + titleStart, end: lineStart + titleStart + title.length },
    line,
    lineSpan: { start: lineStart, end: lineStart + lineText.length },
    prefix,
  };
}
