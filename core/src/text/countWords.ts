// Counts 字数 the way the issue and Word's Chinese statistics define it: every CJK character or
// full-width punctuation mark is one, and every run of Latin letters or digits is one. Half-width
// punctuation, spaces and Markdown markup (#, **, >, |) are not counted.

const wide = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2014\u2026\u00b7]/gu;
const latinRun = /[A-Za-z0-9]+/g;

export function countWords(text: string): number {
  const plain = text.replace(/<!--[\s\S]*?-->/g, ' ');
  return (plain.match(wide)?.length ?? 0) + (plain.match(latinRun)?.length ?? 0);
}
