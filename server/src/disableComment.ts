// The edit behind "disable this rule for this line": the core's inline comment for a finding's line.
// Above the line (keeping its indentation) as `nianbao-disable-next-line`; at the end of a pipe-table
// row as `nianbao-disable-line`, because a comment line inside a pipe table would cut the table in two;
// around a grid table as a `nianbao-disable` … `nianbao-enable` pair, because a grid takes no comment
// inside. When there already is such a comment, the rule is added to it.

import { gridTableAround, type Edit, type LineIndex } from '../../core/src/index.js';

const NEXT_LINE = /^([ \t]*)<!--\s*nianbao-disable-next-line\b([^>]*)-->\s*$/;
const SAME_LINE = /<!--\s*nianbao-disable-line\b([^>]*)-->\s*$/;

function listsRule(list: string, ruleId: string): boolean {
  return list.split(/[\s,]+/).includes(ruleId);
}

/** Offset just after the rule list of the comment that ends `lineText` (before its closing `-->`). */
function afterList(lineStart: number, lineText: string): number {
  let at = lineText.lastIndexOf('-->');
  while (at > 0 && /\s/.test(lineText[at - 1]!)) at--;
  return lineStart + at;
}

const BLOCK_DISABLE = /^[ \t]*<!--\s*nianbao-disable\b(?!-)([^>]+)-->\s*$/;
const BLOCK_ENABLE = /^[ \t]*<!--\s*nianbao-enable\b(?!-)([^>]+)-->\s*$/;

/** What silences `ruleId` on `line`: the edits, and whether they cover the whole table around it. */
interface DisableEdit {
  edits: Edit[];
  /** A grid table cannot take a comment inside it: the rule is silenced for the whole table. */
  wholeTable: boolean;
}

// The edits that silence `ruleId` on `line`, or undefined when a comment already silences it there.
export function disableRuleEdit(index: LineIndex, line: number, ruleId: string, eol: string): DisableEdit | undefined {
  const grid = /^[ \t]*\|/.test(index.lineText(line)) ? gridTableAround(index, line) : undefined;
  if (grid) return disableAroundGrid(index, grid, ruleId, eol);
  const edit = disableLineEdit(index, line, ruleId, eol);
  return edit ? { edits: [edit], wholeTable: false } : undefined;
}

// A comment line inside a grid table, or one at the end of its row, would break the grid: a
// nianbao-disable / nianbao-enable pair goes around the table instead (or gets the rule added).
function disableAroundGrid(index: LineIndex, grid: { first: number; last: number }, ruleId: string, eol: string): DisableEdit | undefined {
  // The comments stand a blank line away from the grid, so Markdown renderers still see the table.
  const blank = (l: number) => index.lineText(l).trim() === '';
  let up = grid.first - 1;
  while (up >= 0 && blank(up)) up--;
  let down = grid.last + 1;
  while (down < index.lineCount && blank(down)) down++;
  const above = up >= 0 ? BLOCK_DISABLE.exec(index.lineText(up)) : null;
  const below = down < index.lineCount ? BLOCK_ENABLE.exec(index.lineText(down)) : null;
  if (above && below) {
    if (listsRule(above[1]!, ruleId)) return undefined;
    const edits = [afterList(index.lineStarts[up], index.lineText(up)), afterList(index.lineStarts[down], index.lineText(down))]
      .map((at) => ({ start: at, end: at, text: ` ${ruleId}` }));
    return { edits, wholeTable: true };
  }
  const start = index.lineStarts[grid.first];
  const end = index.lineEnd(grid.last);
  return {
    edits: [
      { start, end: start, text: `<!-- nianbao-disable ${ruleId} -->${eol}${eol}` },
      { start: end, end, text: `${eol}${eol}<!-- nianbao-enable ${ruleId} -->` },
    ],
    wholeTable: true,
  };
}

function disableLineEdit(index: LineIndex, line: number, ruleId: string, eol: string): Edit | undefined {
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
