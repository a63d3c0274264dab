// The edit behind "disable this rule for this line": the core's inline comment for a finding's line.
// Above the line (keeping its indentation) as `nianbao-disable-next-line`; at the end of a pipe-table
// row as `nianbao-disable-line`, because a comment line inside a pipe table would cut the table in two.
// When the line already has such a comment, the rule is added to it.

import type { Edit, LineIndex } from '../../core/src/index.js';

const NEXT_LINE = /^([ \t]*)<!--\s*nianbao-disable-next-line\b([^>]*?)\s*-->\s*$/;
const SAME_LINE = /<!--\s*nianbao-disable-line\b([^>]*?)\s*-->\s*$/;

function listsRule(list: string, ruleId: string): boolean {
  return list.split(/[\s,]+/).includes(ruleId);
}

/** Offset just after the rule list of the comment that ends `lineText` (before its closing `-->`). */
function afterList(lineStart: number, lineText: string): number {
  let at = lineText.lastIndexOf('-->');
  while (at > 0 && /\s/.test(lineText[at - 1]!)) at--;
  return lineStart + at;
}

// The edit that silences `ruleId` on `line`, or undefined when a comment already silences it there.
export function disableRuleEdit(index: LineIndex, line: number, ruleId: string, eol: string): Edit | undefined {
  const text = index.lineText(line);
  const start = index.lineStarts[line];
  if (/^\s*\|/.test(text)) {
    const same = SAME_LINE.exec(text);
    if (same) {
      if (listsRule(same[1]!, ruleId)) return undefined;
      const at = afterList(start, text);
      return { start: at, end: at, text: ` ${ruleId}` };
    }
    const end = index.lineEnd(line);
    return { start: end, end, text: ` <!-- nianbao-disable-line ${ruleId} -->` };
  }
  if (line > 0) {
    const previous = NEXT_LINE.exec(index.lineText(line - 1));
    if (previous) {
      if (listsRule(previous[2]!, ruleId)) return undefined;
      const at = afterList(index.lineStarts[line - 1], index.lineText(line - 1));
      return { start: at, end: at, text: ` ${ruleId}` };
    }
  }
  const indent = /^[ \t]*/.exec(text)![0];
  return { start, end: start, text: `${indent}<!-- nianbao-disable-next-line ${ruleId} -->${eol}` };
}
