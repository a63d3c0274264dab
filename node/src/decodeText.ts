// Turning a report file's bytes into text (and back, for --fix), without guessing wildly.
// Handles UTF-8 (with or without BOM), UTF-16 with or without BOM and GBK; refuses binary content.

import { isUtf8, transcode } from 'node:buffer';

/** The encodings decodeBytes recognises; encodeText writes the same one back. */
type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'utf-16le-nobom' | 'utf-16be-nobom' | 'gbk';

type DecodeResult =
  | { text: string; encoding: TextEncodingName }
  | { error: 'binary' | 'undecodable'; detail: string };

/** How many leading bytes are inspected for signs of binary content. */
const SNIFF_BYTES = 64 * 1024;

// Decodes a file's bytes: BOMs first, then strict UTF-8, then strict GBK; binary data is reported, not decoded.
// Strict (fatal) decoders are used so that a wrong guess fails instead of yielding mojibake.
export function decodeBytes(buf: Uint8Array): DecodeResult {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    const text = strictDecode('utf-8', buf.subarray(3));
    return text === null
      ? { error: 'undecodable', detail: `UTF-8 BOM, but invalid UTF-8 at byte ${firstInvalidUtf8(buf, 3)}` }
      : checkDecodedText(text, 'utf-8-bom');
  }
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    const encoding = buf[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const body = buf.subarray(2);
    const text = body.length % 2 === 0 ? strictDecode(encoding, body) : null;
    return text === null
      ? { error: 'undecodable', detail: `${encoding.toUpperCase()} BOM, but the content is not valid ${encoding.toUpperCase()}` }
      : checkDecodedText(text, encoding);
  }
  const binary = sniffBinary(buf);
  if (binary) {
    // Zero bytes in every other place are how UTF-16 without a BOM looks (Notepad's "Unicode" saved by some tools).
    const utf16 = decodeUtf16WithoutBom(buf);
    return utf16 ?? { error: 'binary', detail: binary };
  }
  const utf8 = strictDecode('utf-8', buf);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const gbk = looksLikeGbk(buf) ? strictDecode('gbk', buf) : null;
  if (gbk !== null) return { text: gbk, encoding: 'gbk' };
  return {
    error: 'undecodable',
    detail: `neither UTF-8 (invalid byte sequence at byte ${firstInvalidUtf8(buf, 0)}) nor GBK`,
  };
}

// Encodes text back into the encoding it was read in, so --fix never silently converts a GBK file to UTF-8.
// Returns an error when a character has no GBK form (the file is then left as it was).
export function encodeText(text: string, encoding: TextEncodingName): Uint8Array | { error: string } {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return concat(Uint8Array.of(0xef, 0xbb, 0xbf), new TextEncoder().encode(text));
    case 'utf-16le':
    case 'utf-16be':
    case 'utf-16le-nobom':
    case 'utf-16be-nobom': {
      const bom = encoding === 'utf-16le' || encoding === 'utf-16be' ? 2 : 0;
      const out = new Uint8Array(bom + text.length * 2);
      const le = encoding.startsWith('utf-16le');
      if (bom) {
        out[0] = le ? 0xff : 0xfe;
        out[1] = le ? 0xfe : 0xff;
      }
      for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        out[bom + 2 * i + (le ? 0 : 1)] = unit & 0xff;
        out[bom + 2 * i + (le ? 1 : 0)] = unit >> 8;
      }
      return out;
    }
    case 'gbk':
      return encodeGbk(text);
  }
}

/** Whether this Node build can decode GBK (it needs full ICU, which official builds have). */
export function gbkSupported(): boolean {
  try {
    new TextDecoder('gbk', { fatal: true });
    return true;
  } catch {
    return false;
  }
}

/** One strict decoder per encoding, reused (a decode() that does not stream starts afresh); null when missing. */
const decoders = new Map<string, TextDecoder | null>();

function strictDecoder(encoding: string): TextDecoder | null {
  let decoder = decoders.get(encoding);
  if (decoder === undefined) {
    try {
      decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    } catch {
      decoder = null; // this Node build lacks the decoder (small-ICU builds have no GBK)
    }
    decoders.set(encoding, decoder);
  }
  return decoder;
}

/**
 * Valid UTF-8 as a string, or null. Node's isUtf8 checks the bytes; ICU's transcoding to UTF-16 and a
 * copy then build the string four times faster than TextDecoder does from UTF-8 (13 KB of Chinese:
 * 13 µs against 54 µs). Undefined where this Node has no transcode (no ICU): TextDecoder then.
 */
function decodeUtf8(bytes: Uint8Array): string | null | undefined {
  if (!isUtf8(bytes)) return null;
  try {
    return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
  } catch {
    return undefined;
  }
}

function strictDecode(encoding: string, bytes: Uint8Array): string | null {
  if (encoding === 'utf-8') {
    const text = decodeUtf8(bytes);
    if (text !== undefined) return text;
  }
  const decoder = strictDecoder(encoding);
  if (!decoder) return null;
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** After a BOM-led decode, the text may still be binary junk; NULs or many control chars betray it. */
function checkDecodedText(text: string, encoding: TextEncodingName): DecodeResult {
  let controls = 0;
  const n = Math.min(text.length, SNIFF_BYTES);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return { error: 'binary', detail: `NUL character at offset ${i}` };
    if (isSuspectControl(c)) controls++;
  }
  if (n > 0 && controls / n > 0.1) return { error: 'binary', detail: `${controls} control characters in the first ${n}` };
  return { text, encoding };
}

/**
 * UTF-16 without a BOM, told by its bytes once a zero byte was seen: an even length, a strict decode
 * as LE and as BE, and text that reads: no NUL, few controls, and nearly all of its units (90 %) in
 * what a report is written with (ASCII, CJK and its punctuation, full-width forms, general
 * punctuation, Latin-1, number forms, enclosed numbers, shapes). The other byte order of the same
 * bytes reads at most half as well (a CJK unit swapped stays CJK a third of the time, ASCII swapped
 * lands on CJK for letters), and random binary about a third, so the winner must lead by 30 points,
 * or have the zero bytes in its places (ASCII's high byte) four times as often as in the others.
 */
function decodeUtf16WithoutBom(buf: Uint8Array): DecodeResult | null {
  // A few bytes are no evidence (" \0" is valid UTF-8 too): 16 bytes and 4 zero bytes at least.
  if (buf.length < 16 || buf.length % 2 !== 0 || zeroBytes(buf) < 4) return null;
  const candidates = (['utf-16le', 'utf-16be'] as const).map((encoding) => {
    const text = strictDecode(encoding, buf);
    const checked = text === null ? null : checkDecodedText(text, encoding === 'utf-16le' ? 'utf-16le-nobom' : 'utf-16be-nobom');
    return checked && !('error' in checked) ? { result: checked, score: reportTextShare(checked.text) } : { result: null, score: 0 };
  });
  const [le, be] = candidates as [(typeof candidates)[0], (typeof candidates)[0]];
  const best = le.score >= be.score ? le : be;
  const other = best === le ? be : le;
  // Mostly-ASCII text reads well both ways (swapped letters are CJK): there the zero bytes decide, at 4 to 1.
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < Math.min(buf.length, SNIFF_BYTES); i++) if (buf[i] === 0) i % 2 === 0 ? evenZeros++ : oddZeros++;
  const zerosSay = oddZeros > 4 * evenZeros ? le : evenZeros > 4 * oddZeros ? be : undefined;
  return best.result && best.score >= 0.9 && (best.score - other.score >= 0.3 || zerosSay === best) ? best.result : null;
}

function zeroBytes(buf: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < Math.min(buf.length, SNIFF_BYTES); i++) if (buf[i] === 0) n++;
  return n;
}

/** Share of the first 32 K code units that a report's text is made of (see decodeUtf16WithoutBom). */
function reportTextShare(text: string): number {
  const units = Math.min(text.length, SNIFF_BYTES / 2);
  if (units === 0) return 0;
  let plausible = 0;
  for (let i = 0; i < units; i++) {
    const c = text.charCodeAt(i);
    if (
      c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) ||
      (c >= 0x2000 && c <= 0x206f) || (c >= 0x2150 && c <= 0x218f) || (c >= 0x2460 && c <= 0x24ff) || (c >= 0x25a0 && c <= 0x25ff) ||
      (c >= 0x3000 && c <= 0x303f) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef)
    ) plausible++;
  }
  return plausible / units;
}

/** Returns why the bytes look binary, or null when they look like text (no UTF-16 guess: for text an editor already decoded). */
export function sniffBinary(buf: Uint8Array): string | null {
  const n = Math.min(buf.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return `NUL byte at offset ${i}`;
    if (isSuspectControl(b)) controls++;
  }
  if (n > 0 && controls / n > 0.1) return `${controls} control bytes in the first ${n}`;
  return null;
}

/** C0 controls other than tab, line feed, vertical tab, form feed, carriage return and escape. */
function isSuspectControl(c: number): boolean {
  return c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b;
}

/**
 * Whether the bytes follow GBK/GB18030's structure. Needed because Node's ICU decoder, even with
 * fatal: true, silently drops some invalid bytes (e.g. 0xFF) instead of throwing.
 */
function looksLikeGbk(buf: Uint8Array): boolean {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    if (b <= 0x80) {
      i += 1; // ASCII, and 0x80 (the euro sign)
      continue;
    }
    if (b === 0xff) return false;
    const b2 = buf[i + 1];
    if (b2 === undefined) return false;
    if ((b2 >= 0x40 && b2 <= 0x7e) || (b2 >= 0x80 && b2 <= 0xfe)) {
      i += 2;
      continue;
    }
    const b3 = buf[i + 2];
    const b4 = buf[i + 3];
    const fourByte = b2 >= 0x30 && b2 <= 0x39 && b3 !== undefined && b3 >= 0x81 && b3 <= 0xfe && b4 !== undefined && b4 >= 0x30 && b4 <= 0x39;
    if (!fourByte) return false;
    i += 4;
  }
  return true;
}

/** Byte offset of the first invalid UTF-8 sequence at or after `from` (for error details). */
function firstInvalidUtf8(buf: Uint8Array, from: number): number {
  let i = from;
  while (i < buf.length) {
    const b = buf[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > buf.length) return i;
    for (let k = 1; k < len; k++) if ((buf[i + k]! & 0xc0) !== 0x80) return i;
    if (strictDecode('utf-8', buf.subarray(i, i + len)) === null) return i; // overlongs and surrogates
    i += len;
  }
  return i;
}

let gbkTable: Map<number, number> | null = null;

/** Reverse of the GBK decoder, built once by decoding every two-byte sequence. */
function gbkEncodeTable(): Map<number, number> {
  if (gbkTable) return gbkTable;
  const table = new Map<number, number>();
  const decoder = new TextDecoder('gbk', { fatal: true });
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      let s: string;
      try {
        s = decoder.decode(pair);
      } catch {
        continue;
      }
      if (s.length === 1 && !table.has(s.charCodeAt(0))) table.set(s.charCodeAt(0), (lead << 8) | trail);
    }
  }
  gbkTable = table;
  return table;
}

function encodeGbk(text: string): Uint8Array | { error: string } {
  if (!gbkSupported()) return { error: 'this Node build has no GBK support' };
  const table = gbkEncodeTable();
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      out.push(c);
      continue;
    }
    const code = table.get(c);
    if (code === undefined) {
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      return { error: `character ${JSON.stringify(ch)} (U+${text.codePointAt(i)!.toString(16).toUpperCase().padStart(4, '0')}) has no GBK encoding` };
    }
    out.push(code >> 8, code & 0xff);
  }
  const bytes = Uint8Array.from(out);
  // Round-trip check: if the decoder does not give the same text back, refuse rather than corrupt the file.
  if (strictDecode('gbk', bytes) !== text) return { error: 'text does not survive a GBK round trip' };
  return bytes;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
