// Turns a label as written in a draft into a comparable key: full-width to half-width, numbering,
// parenthetical notes, markup, spaces and punctuation removed. Only CJK characters and digits stay.

import { withoutEnclosed } from './withoutNotes.js';
import { CharClass, keepOnly } from './charClass.js';
import { isFullWidthPunctuation, isStable, toNFKC } from './nfkc.js';

const numberingPattern =
  /^\s*(?:[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|[一二三四五六七八九十]+\s*[、.．,，]|\d+\s*[、.．,，)）])\s*/u;
/** What a key keeps: CJK characters and digits (a character class: cheaper than a Unicode-property regex replace). */
const keepChars = new CharClass(/^[\p{Script=Han}0-9]$/u);

/** Leading numbering such as 一、 （一） 1. 3、 — returns its length in the string, 0 if none. */
export function numberingLength(text: string): number {
  const m = numberingPattern.exec(text);
  return m ? m[0].length : 0;
}

/** Removes parenthetical notes: （区分处理的，…）, (单位：万元), [bookmark: …]. */
export function stripNotes(text: string): string {
  // Most text has no bracket at all: skip the three replacements (they would change nothing).
  if (!/[（(\[]/.test(text)) return text;
  // A note cut off by a line break inside a cell ("部分公开（区分处理的，只计") loses its open tail too.
  return withoutOpenTail(withoutEnclosed(withoutParenNotes(text), '[', ']', 0));
}

// The three steps of stripNotes, as scans (each character looked at once): the regexes they replace,
// /[（(][^（()）]*[)）]/g, /\[[^\]]*\]/g and /[（(][^（()）]*$/, restarted at every bracket of a long
// run of them and were quadratic (100 KB of "[" took 7 s).

/** Every innermost (…) or （…） removed, as text.replace(/[（(][^（()）]*[)）]/g, ''). */
function withoutParenNotes(text: string): string {
  let out = '';
  let kept = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isOpenParen(c)) open = i;
    else if (isCloseParen(c) && open >= 0) {
      out += text.slice(kept, open);
      kept = i + 1;
      open = -1;
    }
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/** A note left open at the end removed, as text.replace(/[（(][^（()）]*$/, ''): the last bracket, if it opens. */
function withoutOpenTail(text: string): string {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (isOpenParen(c)) return text.slice(0, i);
    if (isCloseParen(c)) return text;
  }
  return text;
}

/** The tail of a note whose opening bracket sat in the previous cell ("不计其他情形）"), of a text already in NFKC form. */
export function normalizedIsNoteTail(s: string): boolean {
  const close = s.indexOf(')');
  return close >= 0 && !s.slice(0, close).includes('(');
}

/** The comparable key of a label (see the file comment). */
export function labelKey(text: string): string {
  return normalizedLabelKey(toNFKC(text)).key;
}

/**
 * labelKey() and hasNumbering() of a text already in NFKC form, in one pass: the reader's hot path
 * normalises each cell once instead of once per question.
 */
export function normalizedLabelKey(nfkc: string): { key: string; numbered: boolean } {
  let s = nfkc.replace(/\*\*|__|`/g, '');
  const numbering = numberingLength(s);
  s = s.slice(numbering);
  s = stripNotes(s);
  return { key: keepOnly(s, keepChars), numbered: numbering > 0 };
}

// What rawLabelKeyLowerBound makes of each BMP code unit, learnt on first sight (0: not learnt yet).
/** Allowed, not a key character, not a parenthesis. */
const RAW_OTHER = 1;
/** Allowed and a key character (CJK, ASCII digit). */
const RAW_KEY = 2;
const RAW_OPEN = 3;
const RAW_CLOSE = 4;
/** Not allowed: NFKC may change it beyond full-width punctuation, or stripNotes or the markup removal react to it. */
const RAW_REFUSED = 5;
const rawClasses = new Uint8Array(65536);
const rawRefused = new Set([...'[]［］*＊_＿`｀'].map((c) => c.charCodeAt(0)));

/**
 * Allowed: what NFKC keeps or maps to one ASCII punctuation mark (see isFullWidthPunctuation), except
 * square brackets and markup characters in either width.
 */
function learnRawClass(c: number): number {
  let answer: number;
  if (rawRefused.has(c) || !(isStable(c) || isFullWidthPunctuation(c))) answer = RAW_REFUSED;
  else if (isOpenParen(c)) answer = RAW_OPEN;
  else if (isCloseParen(c)) answer = RAW_CLOSE;
  else answer = keepChars.has(c) ? RAW_KEY : RAW_OTHER;
  rawClasses[c] = answer;
  return answer;
}

/**
 * A length no longer than labelKey(text) (the key of its NFKC form), computed without normalising:
 * the key characters after the numbering and outside every parenthesis (stripNotes removes only text
 * inside one; exact when there is none). Undefined for a text whose NFKC form differs from it by more
 * than full-width punctuation (which becomes ASCII punctuation: never a key character, and read alike
 * by the numbering pattern), or that holds square brackets or markup. The reader uses it on prose.
 */
export function rawLabelKeyLowerBound(text: string): number | undefined {
  const from = numberingLength(text);
  let n = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = rawClasses[c] || learnRawClass(c);
    if (kind === RAW_REFUSED) return undefined;
    if (i < from) continue;
    if (kind === RAW_KEY) {
      if (depth === 0) n++;
    } else if (kind === RAW_OPEN) depth++;
    else if (kind === RAW_CLOSE && depth > 0) depth--;
  }
  return n;
}

/** normalizedIsNoteTail(toNFKC(text)) for a text rawLabelKeyLowerBound answers: a closing parenthesis before any opening one. */
export function rawIsNoteTail(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isOpenParen(c)) return false;
    if (isCloseParen(c)) return true;
  }
  return false;
}

/** ( or （. */
function isOpenParen(c: number): boolean {
  return c === 0x28 || c === 0xff08;
}

/** ) or ）. */
function isCloseParen(c: number): boolean {
  return c === 0x29 || c === 0xff09;
}

/** The key of free text without removing numbering (for header words and notes). */
export function textKey(text: string): string {
  return normalizedTextKey(toNFKC(text));
}

/** textKey() of a text already in NFKC form. */
export function normalizedTextKey(nfkc: string): string {
  return keepOnly(stripNotes(nfkc), keepChars);
}

const chineseDigits: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Value of a Chinese numeral from 一 to 九十九 (十, 十一, 二十三…); NaN if it is not one. */
export function chineseNumeralValue(text: string): number {
  if (/^[一二三四五六七八九]$/.test(text)) return chineseDigits[text];
  const m = /^([一二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(text);
  if (!m) return NaN;
  return (m[1] ? chineseDigits[m[1]] : 1) * 10 + (m[2] ? chineseDigits[m[2]] : 0);
}

const chineseNames = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Chinese numeral for 1..19 (enough for section and subsection numbers). */
export function chineseNumeral(n: number): string {
  if (n <= 10) return chineseNames[n] ?? String(n);
  if (n < 20) return '十' + chineseNames[n - 10];
  return String(n);
}

/** True when `key` contains every term of at least one alternative. */
export function matchesTerms(key: string, alternatives: string[][]): boolean {
  return alternatives.some((terms) => terms.every((t) => key.includes(t)));
}
