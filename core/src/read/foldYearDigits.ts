// Years written other than in ASCII digits: full-width digits (２０２５年, from Word) and Chinese
// numerals (二〇二五年度, 二零二五年). The year readers work on a copy of the text where these are
// ASCII digits: the same length, so every offset found in the copy is an offset of the draft.

const FULL_WIDTH_DIGIT = /[\uff10-\uff19]/g;
const NUMERALS = '〇一二三四五六七八九';
/** What drafts write for zero in a Chinese-numeral year: 〇, ○, 零, or a mistyped Arabic 0. */
const ZEROS = '〇○零0';
/** A year of this century in Chinese numerals, before 年: 二〇二五 (〇, ○, 零 or, mistyped, 0 for zero). */
const CHINESE_YEAR = /二[〇○零0][〇○零0一二三四五六七八九]{2}(?=[ \t\u3000]*年)/g;

function numeralValue(ch: string): number {
  return ZEROS.includes(ch) ? 0 : NUMERALS.indexOf(ch);
}

const isFullWidthDigit = (c: number) => c >= 0xff10 && c <= 0xff19;
const isNumeral = (c: number) => NUMERALS.includes(String.fromCharCode(c)) || ZEROS.includes(String.fromCharCode(c));
const isPad = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000;

/** Whether some 年 has a full-width digit or a Chinese-numeral year (二〇…) right before it, or a full-width digit after it (2025年１月). */
function hasOtherYearDigits(text: string): boolean {
  for (let at = text.indexOf('年'); at >= 0; at = text.indexOf('年', at + 1)) {
    let next = at + 1;
    while (next < text.length && isPad(text.charCodeAt(next))) next++;
    if (next < text.length && isFullWidthDigit(text.charCodeAt(next))) return true;
    let end = at;
    while (end > 0 && isPad(text.charCodeAt(end - 1))) end--;
    if (end === 0) continue;
    const before = text.charCodeAt(end - 1);
    if (isFullWidthDigit(before)) return true;
    if (end >= 4 && isNumeral(before) && text[end - 4] === '二' && isNumeral(text.charCodeAt(end - 3)) && isNumeral(text.charCodeAt(end - 2))) return true;
  }
  return false;
}

/** The text with full-width digits and Chinese-numeral years as ASCII digits (the text itself when it has none). */
export function foldYearDigits(text: string): string {
  // Most drafts write 2025年: looking at what precedes each 年 is cheaper than a regex over the text.
  if (!hasOtherYearDigits(text)) return text;
  let out = text;
  if (/[\uff10-\uff19]/.test(out)) out = out.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/二[〇○零0]/.test(out)) out = out.replace(CHINESE_YEAR, (y) => [...y].map(numeralValue).join(''));
  return out;
}

/** `year` written the way `original` (a year of the draft) is written: ASCII, full-width or Chinese numerals. */
export function yearLike(original: string, year: number): string {
  const digits = String(year);
  if (/^[\uff10-\uff19]+$/.test(original)) return [...digits].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('');
  if (/^[〇○零0一二三四五六七八九]+$/.test(original) && /[一-龥〇○]/.test(original)) {
    const zero = [...original].find((c) => ZEROS.includes(c)) ?? '〇';
    return [...digits].map((d) => (d === '0' ? zero : NUMERALS[Number(d)])).join('');
  }
  return digits;
}
