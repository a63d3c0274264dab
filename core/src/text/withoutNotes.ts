// Labels without their explanatory notes: the template prints long （…） notes after some labels
// (（二）部分公开（区分处理的，…）); messages name the row without them.

/** A label without its long explanatory note (（二）部分公开（区分处理的，…）→ （二）部分公开). */
export function withoutNotes(label: string): string {
  return withoutBracketed(label, 6);
}

/**
 * `text` without its （…） notes of at least `minInner` characters, as text.replace(/（[^）]{min,}）/g, '').
 * A scan: that regex searched to the end again from every （ of a long unclosed run.
 */
export function withoutBracketed(text: string, minInner: number): string {
  return withoutEnclosed(text, '（', '）', minInner);
}

/**
 * `text` without every `open`…`close` pair whose inside is at least `minInner` characters long, the
 * first `close` after each `open` ending it (as text.replace(/\[[^\]]*\]/g, '') for '[', ']' and 0).
 */
export function withoutEnclosed(text: string, openMark: string, closeMark: string, minInner: number): string {
  let out = '';
  let kept = 0;
  let from = 0;
  for (;;) {
    const open = text.indexOf(openMark, from);
    if (open < 0) break;
    const close = text.indexOf(closeMark, open + 1);
    if (close < 0) break;
    if (close - open - 1 >= minInner) {
      out += text.slice(kept, open);
      kept = close + 1;
    }
    from = close + 1;
  }
  return out + text.slice(kept);
}
