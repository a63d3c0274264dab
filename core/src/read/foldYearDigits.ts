// Years written other than in ASCII digits: full-width digits (２０２５年, from Word) and Chinese
// numerals (二〇二五年度, 二零二五年). The year readers work on a copy of the text where these are
// ASCII digits: the same length, so every offset found in the copy is an offset of the draft.

const FULL_WIDTH_DIGIT = /[\uff10-\uff19]/g;
const NUMERALS = '〇一二三四五六七八九';
/** A year of this century in Chinese numerals, before 年: 二〇二五 (〇, ○ or 零 for zero). */
const CHINESE_YEAR = /二[〇○零][〇○零一二三四五六七八九]{2}(?=[ \t\u3000]*年)/g;

function numeralValue(ch: string): number {
  return ch === '○' || ch === '零' ? 0 : NUMERALS.indexOf(ch);
}

/** The text with full-width digits and Chinese-numeral years as ASCII digits (the text itself when it has none). */
export function foldYearDigits(text: string): string {
  let out = text;
  if (/[\uff10-\uff19]/.test(out)) out = out.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/二[〇○零]/.test(out)) out = out.replace(CHINESE_YEAR, (y) => [...y].map(numeralValue).join(''));
  return out;
}

/** `year` written the way `original` (a year of the draft) is written: ASCII, full-width or Chinese numerals. */
export function yearLike(original: string, year: number): string {
  const digits = String(year);
  if (/^[\uff10-\uff19]+$/.test(original)) return [...digits].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('');
  if (/^[〇○零一二三四五六七八九]+$/.test(original)) {
    const zero = [...original].find((c) => c === '〇' || c === '○' || c === '零') ?? '〇';
    return [...digits].map((d) => (d === '0' ? zero : NUMERALS[Number(d)])).join('');
  }
  return digits;
}
