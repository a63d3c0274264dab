// A lexer for the HTML of plain tables (what Word and pandoc write): start tags, end tags and text,
// each with its source offsets, read with character loops. It reads exactly what
// parse5's tokenizer reads for such markup and gives up (returns false) on anything it could read
// differently: comments, doctypes, a '<' that opens no tag, an entity outside a small safe set, NUL,
// odd attribute syntax. The caller then falls back to parse5, whose tokenizer reports every
// character through callbacks (slow on an HTML draft; docs/PERFORMANCE.md).

interface HtmlLexHandler {
  /** A start tag: lower-case name, `<br/>`-style self-closing flag, offsets of '<' and after '>'. */
  startTag(name: string, selfClosing: boolean, start: number, end: number): void;
  endTag(name: string, start: number, end: number): void;
  /** A run of text between tags, entities decoded; `whitespace` when it is only HTML whitespace. */
  text(value: string, start: number, end: number, whitespace: boolean): void;
  /** Whether whitespace-only text would be kept now (inside a cell); outside, it is not reported. */
  keepsWhitespace(): boolean;
}

/**
 * The tag names a caller expects, matched in place so that no name string is cut out and
 * lower-cased for them; any other name is still read (cut out and lower-cased).
 */
export class KnownTags {
  /** The names by first character code (ASCII). */
  private readonly byFirst: string[][] = Array.from({ length: 128 }, () => []);

  constructor(names: Iterable<string>) {
    for (const name of names) if (name.charCodeAt(0) < 128) this.byFirst[name.charCodeAt(0)].push(name);
  }

  /** The tag name at s[start, end): a known lower-case name as the shared string, else lower-cased. */
  nameAt(s: string, start: number, end: number): string {
    const length = end - start;
    const first = s.charCodeAt(start);
    if (first < 128) {
      for (const name of this.byFirst[first]) if (name.length === length && sameAt(s, start, name)) return name;
    }
    return s.slice(start, end).toLowerCase();
  }
}

/** Whether `name` is written at s[start…], its first character already matched (startsWith cost more on short names). */
function sameAt(s: string, start: number, name: string): boolean {
  for (let k = 1; k < name.length; k++) if (s.charCodeAt(start + k) !== name.charCodeAt(k)) return false;
  return true;
}

/** Where the last tag read ends and whether it self-closes (module state: no object per tag). */
let tagEnd = 0;
let tagSelfClosing = false;

/** Named character references decoded here; any other makes the lexer give up. */
const NAMED = new Map([['nbsp', '\u00a0'], ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"]]);

/** HTML whitespace: tab, LF, FF, CR, space. */
function isHtmlSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c;
}

function isAsciiAlpha(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** A code point a numeric reference may name unchanged (no replacement, no Windows-1252 remap). */
function isPlainCodePoint(cp: number): boolean {
  if (cp >= 0x20 && cp < 0x7f) return true;
  if (cp < 0xa0 || cp > 0x10ffff) return false;
  if (cp >= 0xd800 && cp <= 0xdfff) return false;
  if (cp >= 0xfdd0 && cp <= 0xfdef) return false;
  return (cp & 0xfffe) !== 0xfffe;
}

/** Decodes the references in a text run, or returns undefined when one is outside the safe set. */
function decodeText(raw: string): string | undefined {
  let out = '';
  let from = 0;
  for (let amp = raw.indexOf('&'); amp >= 0; amp = raw.indexOf('&', from)) {
    const semi = raw.indexOf(';', amp + 1);
    if (semi < 0 || semi - amp > 10) return undefined;
    const name = raw.slice(amp + 1, semi);
    let value: string | undefined;
    if (name.charCodeAt(0) === 0x23 /* # */) {
      const hex = name.charCodeAt(1) === 0x78 || name.charCodeAt(1) === 0x58;
      const digits = name.slice(hex ? 2 : 1);
      if (!(hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) return undefined;
      const cp = parseInt(digits, hex ? 16 : 10);
      if (!isPlainCodePoint(cp)) return undefined;
      value = String.fromCodePoint(cp);
    } else {
      value = NAMED.get(name);
      if (value === undefined) return undefined;
    }
    out += raw.slice(from, amp) + value;
    from = semi + 1;
  }
  return from === 0 ? raw : out + raw.slice(from);
}

/**
 * Reads the tag that starts at `lt` ('<'): its name, whether it self-closes and where it ends, or
 * undefined when its syntax is anything but plain (name="v", name='v', name=v, bare names).
 */
function readTag(s: string, lt: number, closing: boolean, known: KnownTags): string | undefined {
  let i = lt + (closing ? 2 : 1);
  if (!isAsciiAlpha(s.charCodeAt(i))) return undefined;
  const nameStart = i;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (isHtmlSpace(c) || c === 0x2f /* / */ || c === 0x3e /* > */) break;
    if (c === 0x3c /* < */ || c === 0 || c === 0x22 || c === 0x27 || c === 0x3d) return undefined;
    i++;
  }
  const name = known.nameAt(s, nameStart, i);
  for (;;) {
    while (i < s.length && isHtmlSpace(s.charCodeAt(i))) i++;
    if (i >= s.length) return undefined;
    const c = s.charCodeAt(i);
    if (c === 0x3e) {
      tagSelfClosing = false;
      tagEnd = i + 1;
      return name;
    }
    if (c === 0x2f) {
      if (s.charCodeAt(i + 1) === 0x3e) {
        tagSelfClosing = true;
        tagEnd = i + 2;
        return name;
      }
      return undefined;
    }
    if (closing) return undefined; // attributes on an end tag: leave it to parse5
    // An attribute name, then an optional value.
    const attrStart = i;
    while (i < s.length) {
      const d = s.charCodeAt(i);
      if (isHtmlSpace(d) || d === 0x2f || d === 0x3e || d === 0x3d) break;
      if (d === 0x22 || d === 0x27 || d === 0x3c || d === 0) return undefined;
      i++;
    }
    if (i === attrStart) return undefined;
    let j = i;
    while (j < s.length && isHtmlSpace(s.charCodeAt(j))) j++;
    if (s.charCodeAt(j) !== 0x3d) continue;
    j++;
    while (j < s.length && isHtmlSpace(s.charCodeAt(j))) j++;
    const q = s.charCodeAt(j);
    if (q === 0x22 || q === 0x27) {
      const close = s.indexOf(q === 0x22 ? '"' : "'", j + 1);
      if (close < 0 || s.slice(j + 1, close).includes('\0')) return undefined;
      i = close + 1;
      const after = s.charCodeAt(i);
      if (!(isHtmlSpace(after) || after === 0x3e || after === 0x2f)) return undefined;
    } else {
      const valueStart = j;
      while (j < s.length) {
        const d = s.charCodeAt(j);
        if (isHtmlSpace(d) || d === 0x3e) break;
        if (d === 0x22 || d === 0x27 || d === 0x3c || d === 0x3d || d === 0x60 || d === 0 || d === 0x2f || d === 0x26) return undefined;
        j++;
      }
      if (j === valueStart) return undefined;
      i = j;
    }
  }
}

/** Lexes `source` into the handler's calls; false (part of it may have been reported) when it gives up. */
export function lexPlainHtml(source: string, handler: HtmlLexHandler, known: KnownTags): boolean {
  let pos = 0;
  while (pos < source.length) {
    // The next '<', found with a character loop: the text between a table's tags is a few
    // characters, and indexOf's call cost more than the search.
    let lt = pos;
    while (lt < source.length && source.charCodeAt(lt) !== 0x3c) lt++;
    if (lt === source.length) lt = -1;
    const textEnd = lt < 0 ? source.length : lt;
    if (textEnd > pos) handler: {
      let whitespace = true;
      for (let k = pos; k < textEnd && whitespace; k++) whitespace = isHtmlSpace(source.charCodeAt(k));
      // The line breaks and indentation between a table's tags: nothing to cut out or report.
      if (whitespace && !handler.keepsWhitespace()) break handler;
      const raw = source.slice(pos, textEnd);
      if (raw.includes('\0')) return false;
      // parse5 reads \r\n and a lone \r as \n (HTML's input stream preprocessing).
      const newlines = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
      const value = newlines.includes('&') ? decodeText(newlines) : newlines;
      if (value === undefined) return false;
      handler.text(value, pos, textEnd, whitespace);
    }
    if (lt < 0) break;
    const closing = source.charCodeAt(lt + 1) === 0x2f;
    const name = readTag(source, lt, closing, known);
    if (name === undefined) return false;
    if (closing) {
      if (tagSelfClosing) return false;
      handler.endTag(name, lt, tagEnd);
    } else {
      handler.startTag(name, tagSelfClosing, lt, tagEnd);
    }
    pos = tagEnd;
  }
  return true;
}
