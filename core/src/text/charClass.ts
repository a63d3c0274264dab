// Fast membership tests for Unicode character classes such as \p{Script=Han}, for loops over long
// text: the class regex answers once per BMP character and the answer is remembered. A global
// /[^\p{Script=Han}0-9]/gu replace and a /[\p{Script=Han}…]/gu match (which builds an array of every
// character) were the largest costs of keying prose lines and counting 字数.

export class CharClass {
  /** Per BMP code unit: 0 not asked yet, 1 in the class, 2 not in it. */
  readonly bmp = new Uint8Array(65536);

  /** `pattern` matches exactly one code point of the class, e.g. /^[\p{Script=Han}0-9]$/u. */
  constructor(private readonly pattern: RegExp) {}

  /** 1 or 2 for a BMP code unit, asking the regex the first time. */
  learn(unit: number): number {
    const answer = this.pattern.test(String.fromCharCode(unit)) ? 1 : 2;
    this.bmp[unit] = answer;
    return answer;
  }

  has(codePoint: number): boolean {
    if (codePoint < 65536) return (this.bmp[codePoint] || this.learn(codePoint)) === 1;
    return this.pattern.test(String.fromCodePoint(codePoint));
  }
}

/**
 * Width (1 or 2) and value of the code point at `i` as a /u regex reads it: a surrogate pair is one
 * code point, a lone surrogate is itself.
 */
function pairAt(s: string, i: number, c: number): number {
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** `s` without the code points outside `keep` (as s.replace(/[^class]/gu, '')). */
export function keepOnly(s: string, keep: CharClass): string {
  const bmp = keep.bmp;
  let out = '';
  let runStart = 0;
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    let width = 1;
    let inside: boolean;
    if (c >= 0xd800 && c <= 0xdbff) {
      const cp = pairAt(s, i, c);
      width = cp > 0xffff ? 2 : 1;
      inside = keep.has(cp);
    } else {
      inside = (bmp[c] || keep.learn(c)) === 1;
    }
    if (!inside) {
      if (i > runStart) out += s.slice(runStart, i);
      runStart = i + width;
    }
    i += width;
  }
  if (runStart === 0) return s;
  return runStart < s.length ? out + s.slice(runStart) : out;
}

/** How many code points of `s` are in `chars` (as s.match(/[class]/gu)?.length ?? 0). */
export function countIn(s: string, chars: CharClass): number {
  const bmp = chars.bmp;
  let n = 0;
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const cp = pairAt(s, i, c);
      if (chars.has(cp)) n++;
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    if ((bmp[c] || chars.learn(c)) === 1) n++;
    i++;
  }
  return n;
}

/** Whether a UTF-16 code unit is what /\s/ matches (a regex test per character cost more than the rest of the split). */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether a text is one or more ASCII digits and nothing else (as /^\d+$/, without the regex call). */
export function isAsciiDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
