// A table whose rows ran together on one line: a web page's or a PDF's table copied without its line
// breaks, the rest of the draft being normal lines
// ("…其他一、本年新收政府信息公开申请数量21710000218二、上年结转政府信息公开申请数量0000000三、本年度办理结果…").
// Read as it is, the line is one field (or a few) that no row label matches, and the table is
// "missing". Here the line is cut where a row label of the format starts, so that each row is read
// as if it had a line of its own; digits that ran together are left to table-cells-merged.
//
// A cut is made only where the text from there on is exactly a row label of the format (its
// numbering included, as the label classifier reads labels), and the line is cut only when it holds
// at least MIN_LABELS such labels of one table, at least MIN_CUTS of them where no field begins. A line
// of prose (a sentence mark) is never cut.

/** The table of a text that is exactly a row label of the format (numbering, aliases as the reader reads them). */
export type RowLabelTable = (text: string) => string | undefined;

/** Labels of one table a line must hold to be read as a table run together… */
const MIN_LABELS = 3;
/** …and how many of them must start inside a field (not after a tab, two spaces or at the line's start). */
const MIN_CUTS = 2;
/** Shorter lines cannot hold three row labels. */
const MIN_LENGTH = 12;
/**
 * A line with more places a label could start is not a table run together (one has some 30 rows,
 * two or three starts each): it is left as it is, and costs one scan.
 */
const MAX_STARTS = 400;
/** No row label is longer (the longest has 40 characters): a start's text is looked for no further, so a line costs linear time. */
const MAX_LABEL_LENGTH = 100;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** 一 … 十: the numerals of the format's 一、 and （一） numbering. */
const CN_NUMERALS = new Set([...'一二三四五六七八九十'].map((c) => c.charCodeAt(0)));
const isSpaceOrTab = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000;

/** Marks after which an unnumbered label cannot start (a number's decimal point, a list's comma). */
const NOT_AFTER_NUMBER = new Set([...'.,%．，、。'].map((c) => c.charCodeAt(0)));

/** Whether a row label may start at `i`: one of the format's numberings (1. （一） 一、), or text right after a number. */
function mayStartLabel(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  // (Asked of every character of the lines that get here: the commonest answers come first.)
  if (c >= 0x30 && c <= 0x39) {
    // 1. 1． 1、 (a single digit: the format numbers at most eight items; "1.5" is a number).
    const next = s.charCodeAt(i + 1);
    return c !== 0x30 && (next === 0x2e || next === 0xff0e || next === 0x3001) && !isDigit(s.charCodeAt(i + 2));
  }
  if (isSpaceOrTab(c)) return false;
  // （一） (一)
  if (c === 0xff08 || c === 0x28) {
    let j = i + 1;
    while (j < s.length && j - i <= 2 && CN_NUMERALS.has(s.charCodeAt(j))) j++;
    const close = s.charCodeAt(j);
    return j > i + 1 && (close === 0xff09 || close === 0x29);
  }
  // 一、 (not the end of a longer numeral)
  if (s.charCodeAt(i + 1) === 0x3001 && CN_NUMERALS.has(c)) return !CN_NUMERALS.has(s.charCodeAt(i - 1));
  // Unnumbered labels (规章, 行政许可): right after a number, spaces between or not.
  let j = i - 1;
  while (j >= 0 && isSpaceOrTab(s.charCodeAt(j))) j--;
  return j >= 0 && isDigit(s.charCodeAt(j)) && !NOT_AFTER_NUMBER.has(c);
}

/** Whether a field begins at `i` anyway: the line's start, after a tab, or after two spaces. */
function fieldStart(s: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (s.charCodeAt(j) === 0x20 || s.charCodeAt(j) === 0x3000)) j--;
  if (j < 0 || s.charCodeAt(j) === 0x09) return true;
  return i - 1 - j >= 2;
}

/** Where a row starts in a line run together: its label is line.slice(start, labelEnd). */
interface RowCut {
  start: number;
  labelEnd: number;
}

/**
 * Where to cut a plain line whose table rows ran together (in the line, ascending), or undefined
 * when it is not such a line (nearly every line: a sentence mark, no digit, or too few labels).
 */
export function runTogetherCuts(line: string, rowLabelTable: RowLabelTable): RowCut[] | undefined {
  // (A full stop first, by indexOf: it ends nearly every line of prose, and is found fastest so.)
  if (line.length < MIN_LENGTH || line.indexOf('。') >= 0 || /[！？；]/.test(line) || !/\d/.test(line)) return undefined;
  const starts: number[] = [];
  // Cuts are needed only where no field begins: a line with fewer such starts (every table row laid
  // out with tabs) is left before any label is looked up.
  let inner = 0;
  for (let i = 0; i < line.length; i++) {
    if (!mayStartLabel(line, i)) continue;
    if (starts.push(i) > MAX_STARTS) return undefined;
    if (!fieldStart(line, i)) inner++;
  }
  if (inner < MIN_CUTS) return undefined;
  // Each possible start's text: up to the next possible start, or the first digit or tab after its numbering.
  const found: { at: number; end: number; table: string; cut: boolean }[] = [];
  const firstText = line.search(/\S/);
  if (firstText >= 0 && !starts.includes(firstText)) starts.unshift(firstText);
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k]!;
    const limit = Math.min(line.length, at + MAX_LABEL_LENGTH);
    let end = at + 1;
    while (end < limit && !isDigit(line.charCodeAt(end)) && line.charCodeAt(end) !== 0x09) end++;
    // The numbering's own digit is not a value.
    if (end === at + 1 && isDigit(line.charCodeAt(at))) {
      end++;
      while (end < limit && !isDigit(line.charCodeAt(end)) && line.charCodeAt(end) !== 0x09) end++;
    }
    const next = starts[k + 1];
    const ends = next !== undefined && next < end ? [next, end] : [end];
    for (let e of ends) {
      const table = rowLabelTable(line.slice(at, e).trim());
      if (table === undefined) continue;
      while (e > at && isSpaceOrTab(line.charCodeAt(e - 1))) e--;
      found.push({ at, end: e, table, cut: !fieldStart(line, at) });
      break;
    }
  }
  const byTable = new Map<string, number>();
  for (const f of found) byTable.set(f.table, (byTable.get(f.table) ?? 0) + 1);
  let best: string | undefined;
  for (const [table, n] of byTable) if (n >= MIN_LABELS && (best === undefined || n > byTable.get(best)!)) best = table;
  if (best === undefined) return undefined;
  const cuts = found.filter((f) => f.cut && f.table === best).map((f) => ({ start: f.at, labelEnd: f.end }));
  return cuts.length >= MIN_CUTS ? cuts : undefined;
}
