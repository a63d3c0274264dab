// Counts 字数 the way the issue and Word's Chinese statistics define it: every CJK character or
// full-width punctuation mark is one, and every run of Latin letters or digits is one. Half-width
// punctuation, spaces and Markdown markup (#, **, >, |) are not counted.

import { CharClass, countIn } from './charClass.js';

/**
 * Characters counted one each (counted in a loop: matching them with a /gu regex made an array of
 * every one). The ideographic space U+3000 is a space, not a mark: a paragraph indented by two of
 * them (首行缩进, as Word pastes it) has no more 字 than one without.
 */
const wide = new CharClass(/^[\p{Script=Han}\u3001-\u303f\uff00-\uffef\u2018-\u201f\u2014\u2026\u00b7]$/u);
const latinRun = /[A-Za-z0-9]+/g;

/** The 字数 of a text, its closed HTML comments left out. */
export function countWords(text: string): number {
  const plain = text.includes('<!--') ? withoutComments(text) : text;
  return countIn(plain, wide) + (plain.match(latinRun)?.length ?? 0);
}

/**
 * Every closed <!-- … --> replaced by a space; an unclosed one stays text. A scan: the regex it
 * replaces (/<!--[\s\S]*?-->/g) searched to the end again from every unclosed "<!--" (quadratic).
 */
function withoutComments(text: string): string {
  let out = '';
  let kept = 0;
  for (;;) {
    const open = text.indexOf('<!--', kept);
    if (open < 0) break;
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    out += text.slice(kept, open) + ' ';
    kept = close + 3;
  }
  return out + text.slice(kept);
}
