// NFKC normalisation of the text drafts are made of, without ICU for the common case: CJK
// ideographs, CJK punctuation and ASCII are already normal, full-width ASCII (，（）：１２) and the
// ideographic space map one to one, and none of them composes with a neighbour. Anything else goes
// to String.prototype.normalize. On long prose lines ICU's normalize was the largest cost left.

/** Characters that NFKC leaves as they are and that never compose with a neighbour. */
function isStable(c: number): boolean {
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
  let out: string | undefined;
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isStable(c)) continue;
    let mapped: number;
    if (c >= 0xff01 && c <= 0xff5e) mapped = c - 0xfee0; // full-width ASCII
    else if (c === 0x3000) mapped = 0x20; // ideographic space
    else return text.normalize('NFKC');
    out = (out ?? '') + text.slice(copied, i) + String.fromCharCode(mapped);
    copied = i + 1;
  }
  return out === undefined ? text : out + text.slice(copied);
}
