// NFKC normalisation without calling ICU when there is nothing to do: CJK ideographs, CJK
// punctuation and ASCII are already normal and never compose with a neighbour, so a text made only
// of them is returned as it is. Most table cells and labels are such text.

/** Characters that NFKC leaves as they are and that never compose with a neighbour. */
export function isStable(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
    (c >= 0x20 && c <= 0x7e) || // printable ASCII
    (c >= 0x3001 && c <= 0x3003) || // 、。〃
    (c >= 0x3008 && c <= 0x3011) || // 〈〉《》「」『』【】
    (c >= 0x3014 && c <= 0x301f) || // 〔〕〖〗〘〙〚〛〜〝〞〟
    (c >= 0x2018 && c <= 0x201d) || // ‘’‚‛“”
    c === 0x2014 || // —
    c === 0xb7 || // ·
    (c >= 0x3400 && c <= 0x4dbf) || // CJK extension A
    (c >= 0x09 && c <= 0x0d) // tab and line breaks
  );
}

/** The same string as text.normalize('NFKC'). */
export function toNFKC(text: string): string {
  // Text made only of characters NFKC keeps is already normal: no call into ICU (most cells and
  // labels). Otherwise ICU, which maps full-width punctuation faster than a JavaScript loop can.
  for (let i = 0; i < text.length; i++) if (!isStable(text.charCodeAt(i))) return text.normalize('NFKC');
  return text;
}

/**
 * Characters whose NFKC form is a single ASCII punctuation mark or space and that never compose: the
 * ideographic space and the full-width punctuation of U+FF01–FF5E (，→, ：→: ！→! …). Full-width
 * digits and letters are not among them.
 */
export function isFullWidthPunctuation(c: number): boolean {
  if (c === 0x3000) return true;
  if (c < 0xff01 || c > 0xff5e) return false;
  return !((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a));
}
