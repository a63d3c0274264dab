// Counts 字数 the way the issue and Word's Chinese statistics define it: every CJK character or
// full-width punctuation mark is one, and every run of Latin letters or digits is one. Half-width
// punctuation, spaces and Markdown markup (#, **, >, |) are not counted.

import { CharClass, countIn } from './charClass.js';

/** Characters counted one each (counted in a loop: matching them with a /gu regex made an array of every one). */
const wide = new CharClass(/^[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2014\u2026\u00b7]$/u);
const latinRun = /[A-Za-z0-9]+/g;

export function countWords(text: string): number {
  const plain = text.includes('<!--') ? text.replace(/<!--[\s\S]*?-->/g, ' ') : text;
  return countIn(plain, wide) + (plain.match(latinRun)?.length ?? 0);
}
