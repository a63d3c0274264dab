// A table whose rows ran together on one line: a web page's or a PDF's table copied without its line
// breaks, the rest of the draft being normal lines
// ("…其他一、本年新收政府信息公开申请数量21710000218二、上年结转政府信息公开申请数量0000000三、本年度办理结果…").
// Read as it is, the line is one field (or a few) that no row label matches, and the table is
// "missing". Here the line is cut where a row label of the template starts, so that each row is read
// as if it had a line of its own; digits that ran together are left to table-cells-merged.
//
// Two ways to find the cuts, the first that holds is taken:
// - Header words and labels (tables 二 and 四, and 三 with its header): the line names a table by its
//   label title or anchor (信息内容, 申请人情况, 行政复议), and each text between its numbers is
//   exactly header words of the template (第二十条第（五）项, 信息内容, 本年处理决定数量, 结果维持…)
//   followed by row labels (行政许可), only the text before the first number may start with something
//   else (表二, a title). Table 二's labels carry no numbering and follow header words, not numbers;
//   table 四 is header words and one row of numbers without a label. The line is cut at each word
//   and label when it holds at least MIN_HEADER_WORDS header words of one table and enough of its
//   labels (MIN_LABELS_WITH_HEADER; none for table 四), MIN_CUTS of them where no field begins.
// - Labels after numbers (table 三's rows without their header): a cut is made only where the text
//   from there on is exactly a row label of the template (its numbering included, as the label
//   classifier reads labels), and the line is cut only when it holds at least MIN_LABELS such labels
//   of one table, at least MIN_CUTS of them where no field begins.
// A line of prose (a sentence mark) is never cut, nor by the first way one with a comma or another
// mark of prose between its pieces. A line that names a table and holds MIN_UNREAD_WORDS of its
// header words in a row, but is cut neither way, is told to the caller: the table is there, run
// together so that its rows cannot be read (table-cells-merged says so once). So is such a line the
// second way would cut while the table's header words come between its rows (表二's blocks): cut at
// the labels alone, the header words would be read as the rows' cells.

import type { Template } from '../templates/templateTypes.js';
import { CharClass } from '../text/charClass.js';
import { toNFKC } from '../text/nfkc.js';
import { labelKey } from '../text/normalizeLabel.js';

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
  /** The numbers after the label, each a cell (the first way, where no tab lays out the cells); else the text up to the next cut is split as a line's fields. */
  values?: { start: number; end: number }[];
}

/** Labels after numbers: where to cut a line whose rows ran together, or undefined (see the file comment). */
function labelCuts(line: string, rowLabelTable: RowLabelTable): RowCut[] | undefined {
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

/** What a plain line is to the reader: cut into rows, a table it cannot read (its id), or neither (undefined). */
type RunTogether = { cuts: RowCut[] } | { unreadTable: string } | undefined;

/**
 * Where to cut a plain line whose table rows ran together (in the line, ascending), the table it
 * holds but cannot be read, or undefined when it is not such a line (nearly every line: a sentence
 * mark, no digit, or too few labels). `terms` (the template's header words) enables the first way.
 */
export function runTogetherCuts(line: string, rowLabelTable: RowLabelTable, terms?: RunTogetherTerms): RunTogether {
  // (A full stop first, by indexOf: it ends nearly every line of prose, and is found fastest so.)
  if (line.length < MIN_LENGTH || line.indexOf('。') >= 0 || /[！？；]/.test(line) || !/\d/.test(line)) return undefined;
  let unread: { table: string; betweenRows: boolean } | undefined;
  if (terms && line.length <= MAX_HEADER_LINE && namesTable(line, terms)) {
    const read = headerCuts(line, rowLabelTable, terms);
    if (read?.cuts) return { cuts: read.cuts };
    unread = read?.unread;
  }
  const cuts = labelCuts(line, rowLabelTable);
  // A table whose header words come between its rows (表二's blocks) cut at its labels alone would
  // glue header words to the numbers: it is the table the line holds unread.
  if (cuts && !(unread?.betweenRows && rowLabelTable(line.slice(cuts[0]!.start, cuts[0]!.labelEnd).trim()) === unread.table)) return { cuts };
  return unread ? { unreadTable: unread.table } : undefined;
}

/** Header words of one table a line must hold to be cut at them… */
const MIN_HEADER_WORDS = 2;
/** …and labels of that table, unless it has a row without a label (table 四)… */
const MIN_LABELS_WITH_HEADER = 2;
/** …and header words of a table without its labels (table 四's). */
const MIN_HEADER_WORDS_ALONE = 3;
/** Distinct header words of a table on a line that names it but cannot be cut: the table is there, unread. */
const MIN_UNREAD_WORDS = 3;
/** A line longer than this is not looked at for header words (table 三 with its header is some 1,500 characters). */
const MAX_HEADER_LINE = 6000;
/** Labels ending at the next pieces looked at (a group label followed by its first item: 三、本年度办理结果（一）予以公开). */
const LABEL_ENDS = 3;

interface TrieNode {
  next: Map<number, TrieNode>;
  /** The tables of the header word that ends here. */
  tables?: string[];
  /** The header word's key (for counting distinct words). */
  key?: string;
}

/** The template's header words and label starts, as the first way reads them (a fact of the template). */
export interface RunTogetherTerms {
  /** Header words by their characters (CJK characters and digits of their NFKC form, punctuation and notes kept in). */
  headers: TrieNode;
  /** What a line must contain to be looked at for header words, and the table it names: label titles and anchors. */
  names: { text: string; tableId: string }[];
  /** The first two characters (NFKC) a row label may start with, numbered (1. 1、 （一） 一、) or not: where a label is looked up. */
  labelStarts: Set<string>;
  /** Tables with a row without a label (table 四): header words and numbers are enough. */
  unlabelled: Set<string>;
}

/** The characters a header word is matched by (what a key keeps). */
const keyChar = new CharClass(/^[\p{Script=Han}0-9]$/u);

/** The header-word terms of a template (template.derived.of(runTogetherTerms)). */
export function runTogetherTerms(template: Template): RunTogetherTerms {
  const headers: TrieNode = { next: new Map() };
  const names: { text: string; tableId: string }[] = [];
  const labelStarts = new Set<string>();
  const unlabelled = new Set<string>();
  for (const table of template.tables) {
    if (table.unlabelledRow) unlabelled.add(table.id);
    for (const name of [table.labelTitle, ...(table.anchors ?? [])]) if (name) names.push({ text: name, tableId: table.id });
    const words = [
      ...table.headerWords,
      ...table.columns.flatMap((c) => [c.title, c.short ?? '']),
      ...(table.columnGroups ?? []).flatMap((g) => [g.title, g.subtitle ?? '']),
      ...(table.blocks ?? []).map((b) => b.title),
      table.labelTitle ?? '',
      ...(table.header ? [table.header.corner, table.header.title, ...table.header.groups.map((g) => g.title)] : []),
    ];
    for (const word of words) {
      const key = [...toNFKC(word)].filter((c) => keyChar.has(c.codePointAt(0)!)).join('');
      if (key.length < 2 || /\d/.test(key)) continue;
      let node = headers;
      for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i);
        let child = node.next.get(c);
        if (!child) node.next.set(c, (child = { next: new Map() }));
        node = child;
      }
      node.key = key;
      node.tables ??= [];
      if (!node.tables.includes(table.id)) node.tables.push(table.id);
    }
    for (const row of table.rows) {
      if (row.unlabelled) continue;
      for (const label of [row.label, ...(row.aliases ?? [])]) {
        const normal = toNFKC(label).trim();
        if (isDigit(normal.charCodeAt(0))) for (const mark of '.、') labelStarts.add(normal[0]! + mark);
        else labelStarts.add(normal.slice(0, 2));
        const key = labelKey(label);
        if (key) labelStarts.add(key.slice(0, 2));
      }
    }
  }
  return { headers, names, labelStarts, unlabelled };
}

/** Whether the line holds a label title or an anchor of a table (indexOf: most lines hold none). */
function namesTable(line: string, terms: RunTogetherTerms): boolean {
  for (const name of terms.names) if (line.indexOf(name.text) >= 0) return true;
  return false;
}

/** A piece of a line run together: a header word or a row label, line.slice(start, end). */
interface Piece {
  start: number;
  end: number;
  /** The label's table, or the header word's tables. */
  tables: string[];
  label: boolean;
  key?: string;
}

/** A digit that starts a value (not an item's numbering: 1. 1． 1、 before text), or a sign before one (本年增/减: +1). */
function startsValue(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c === 0x2b || c === 0x2d) return isDigit(s.charCodeAt(i + 1)) && startsValue(s, i + 1);
  if (!isDigit(c)) return false;
  if (c === 0x30) return true;
  const next = s.charCodeAt(i + 1);
  return !((next === 0x2e || next === 0xff0e || next === 0x3001) && !isDigit(s.charCodeAt(i + 2)));
}

/**
 * Units a cell may write after its number (the value characters of the classifier: 5419886元), taken
 * as the cell's only at the end of the line or before a space (prose writes "行政复议0件，行政诉讼…").
 */
const UNITS = new Set([...'件条个次笔起项元万人份篇宗'].map((c) => c.charCodeAt(0)));
/** What may come between two pieces: spaces, brackets (a note's), a slash; no comma or other mark of prose. */
const BETWEEN_PIECES = new Set([...' \t\u3000()[]【】〔〕/'].map((c) => c.charCodeAt(0)));

/**
 * Where the number starting at `i` ends: its sign, digits, a decimal point or a thousands comma
 * between digits (not into a numbering), and a unit after it.
 */
function numberEnd(s: string, i: number): number {
  let j = i;
  if (s.charCodeAt(j) === 0x2b || s.charCodeAt(j) === 0x2d) j++;
  const first = j;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (isDigit(c)) {
      if (j > first && !startsValue(s, j)) break;
      j++;
    } else if ((c === 0x2e || c === 0x2c) && isDigit(s.charCodeAt(j + 1)) && startsValue(s, j + 1)) j++;
    else break;
  }
  let k = j;
  while (k < s.length && UNITS.has(s.charCodeAt(k))) k++;
  return k > j && (k === s.length || isSpaceOrTab(s.charCodeAt(k))) ? k : j;
}

/**
 * The first way (header words and labels): the cuts, or the table the line holds and cannot be read,
 * or undefined. `line` is read in its NFKC form, which must keep its length (offsets stay the line's).
 */
function headerCuts(line: string, rowLabelTable: RowLabelTable, terms: RunTogetherTerms): { cuts?: RowCut[]; unread?: { table: string; betweenRows: boolean } } | undefined {
  const nfkc = toNFKC(line);
  if (nfkc.length !== line.length) return undefined;
  // The texts between the numbers.
  const segments: { start: number; end: number }[] = [];
  const numbers: { start: number; end: number }[] = [];
  let sawNumber = false;
  let firstAfterNumber = false;
  for (let i = 0; i < nfkc.length;) {
    if (startsValue(nfkc, i)) {
      const end = numberEnd(nfkc, i);
      numbers.push({ start: i, end });
      i = end;
      sawNumber = true;
      continue;
    }
    let j = i + 1;
    while (j < nfkc.length && !startsValue(nfkc, j)) j++;
    let a = i;
    let b = j;
    while (a < b && isSpaceOrTab(nfkc.charCodeAt(a))) a++;
    while (b > a && isSpaceOrTab(nfkc.charCodeAt(b - 1))) b--;
    if (a < b) {
      if (segments.length === 0) firstAfterNumber = sawNumber;
      segments.push({ start: a, end: b });
    }
    i = j;
  }
  if (segments.length === 0) return undefined;
  const pieces: Piece[] = [];
  let parsed = true;
  segments.forEach((segment, k) => {
    const { chain, whole } = parseSegment(line, nfkc, segment, rowLabelTable, terms);
    // Only the text before the first number may start with something else (表二, a title).
    const free = k === 0 && !firstAfterNumber;
    if (chain.length === 0 || (!free && !whole)) {
      parsed = false;
      return;
    }
    pieces.push(...chain);
  });
  // The table the pieces are of: the one with most of them.
  const count = new Map<string, { headers: number; labels: number }>();
  for (const piece of pieces) {
    for (const t of piece.tables) {
      const c = count.get(t) ?? { headers: 0, labels: 0 };
      if (piece.label) c.labels++;
      else c.headers++;
      count.set(t, c);
    }
  }
  let best: string | undefined;
  let bestN = 0;
  for (const [t, c] of count) if (c.headers + c.labels > bestN) [best, bestN] = [t, c.headers + c.labels];
  const unread = (): { unread: { table: string; betweenRows: boolean } } | undefined => {
    const runs = headerRuns(nfkc, segments, terms, firstAfterNumber);
    for (const name of terms.names) {
      const run = runs.get(name.tableId);
      if (line.indexOf(name.text) >= 0 && run && run.longest >= MIN_UNREAD_WORDS) return { unread: { table: name.tableId, betweenRows: run.betweenRows } };
    }
    return undefined;
  };
  if (!parsed || best === undefined) return unread();
  // Pieces of another table before the first of this one's (in the text before the first number) are that text's.
  let first = 0;
  while (first < pieces.length && !pieces[first]!.tables.includes(best)) first++;
  const own = pieces.slice(first);
  if (own.some((p) => !p.tables.includes(best!))) return unread();
  const { headers, labels } = own.reduce((n, p) => (p.label ? { ...n, labels: n.labels + 1 } : { ...n, headers: n.headers + 1 }), { headers: 0, labels: 0 });
  // Without labels (表四), the header comes first and the numbers after it, nothing between them.
  const enough = labels === 0
    ? terms.unlabelled.has(best) && headers >= MIN_HEADER_WORDS_ALONE && segments.length === 1 && !firstAfterNumber
    : headers >= MIN_HEADER_WORDS && labels >= MIN_LABELS_WITH_HEADER;
  const inner = own.filter((p) => !fieldStart(line, p.start)).length;
  if (!enough || inner < MIN_CUTS) return unread();
  // Each number after a piece is a cell (5419886元 and 21 apart though one space is between them).
  let n = 0;
  const cuts = own.map((p, k): RowCut => {
    const next = own[k + 1]?.start ?? line.length;
    const values: { start: number; end: number }[] = [];
    while (n < numbers.length && numbers[n]!.start < p.end) n++;
    while (n < numbers.length && numbers[n]!.start < next) values.push(numbers[n++]!);
    return line.lastIndexOf('\t', next - 1) >= p.end ? { start: p.start, labelEnd: p.end } : { start: p.start, labelEnd: p.end, values };
  });
  return { cuts };
}

/**
 * A text between numbers read as header words and row labels to its end: the pieces from the
 * first place it can be so read ([] when nowhere), read right to left, and whether the whole text reads so.
 */
function parseSegment(
  line: string, nfkc: string, { start, end }: { start: number; end: number }, rowLabelTable: RowLabelTable, terms: RunTogetherTerms,
): { chain: Piece[]; whole: boolean } {
  // at[p]: the piece starting at p (or null: a character skipped) when the text from p reads to the end; undefined when it does not.
  const at: (Piece | null | undefined)[] = new Array(end - start + 1);
  at[end - start] = null;
  const starts: number[] = [];
  for (let p = end - 1; p >= start; p--) {
    const c = nfkc.charCodeAt(p);
    let piece: Piece | null | undefined;
    if (terms.labelStarts.has(nfkc.slice(p, p + 2))) {
      // A label to one of the next pieces (the nearest first: 三、本年度办理结果 before （一）予以公开), or to the end.
      const ends = [...starts.slice(-LABEL_ENDS).reverse().filter((q) => q - p <= MAX_LABEL_LENGTH), end];
      for (const q of ends) {
        const text = line.slice(p, q).trim();
        const table = text.length <= MAX_LABEL_LENGTH ? rowLabelTable(text) : undefined;
        if (table === undefined) continue;
        let e = q;
        while (e > p && isSpaceOrTab(line.charCodeAt(e - 1))) e--;
        piece = { start: p, end: e, tables: [table], label: true };
        break;
      }
    }
    if (piece === undefined && keyChar.has(c)) {
      // The longest header word from p after which the text reads to the end.
      let node: TrieNode | undefined = terms.headers;
      for (let q = p; q < end && node; q++) {
        const d = nfkc.charCodeAt(q);
        if (d === 0x09) break;
        if (!keyChar.has(d)) {
          if (q === p) break;
          continue;
        }
        node = node.next.get(d);
        if (node?.tables) {
          // A note closed after the word is the word's (本年收费金额（单位：万元）).
          let e = q + 1;
          if (nfkc.charCodeAt(e) === 0x29 && nfkc.lastIndexOf('(', e) >= p) e++;
          if (at[e - start] !== undefined) piece = { start: p, end: e, tables: node.tables, label: false, key: node.key };
        }
      }
    }
    if (piece === undefined && BETWEEN_PIECES.has(c) && at[p + 1 - start] !== undefined) piece = null;
    at[p - start] = piece;
    if (piece) starts.push(p);
  }
  // From the first place the text reads to the end (a piece, not a skipped character).
  let p = start;
  while (p < end && !at[p - start]) p++;
  const chain: Piece[] = [];
  while (p < end) {
    const piece = at[p - start];
    if (piece === undefined) return { chain: [], whole: false };
    if (piece === null) {
      p++;
      continue;
    }
    chain.push(piece);
    p = piece.end;
  }
  return { chain, whole: at[0] !== undefined };
}

/**
 * Runs of header words of each table one after the other (only punctuation and spaces between), in
 * the texts between the numbers of a line that could not be cut: the longest run, and whether a run
 * of two or more starts right after a number (the header comes between the rows, as 表二's blocks do).
 */
function headerRuns(
  nfkc: string, segments: readonly { start: number; end: number }[], terms: RunTogetherTerms, firstAfterNumber: boolean,
): Map<string, { longest: number; betweenRows: boolean }> {
  const out = new Map<string, { longest: number; betweenRows: boolean }>();
  segments.forEach(({ start, end }, k) => {
    const afterNumber = k > 0 || firstAfterNumber;
    // The run going on, per table, and whether it began at the text's start.
    let run = new Map<string, { length: number; atStart: boolean }>();
    let p = start;
    while (p < end) {
      const c = nfkc.charCodeAt(p);
      if (!keyChar.has(c)) {
        p++;
        continue;
      }
      // The longest header word from p.
      let node: TrieNode | undefined = terms.headers;
      let word: { end: number; tables: string[] } | undefined;
      for (let q = p; q < end && node; q++) {
        const d = nfkc.charCodeAt(q);
        if (d === 0x09) break;
        if (!keyChar.has(d)) continue;
        node = node.next.get(d);
        if (node?.tables) word = { end: q + 1, tables: node.tables };
      }
      if (!word) {
        run = new Map();
        p++;
        continue;
      }
      const next = new Map<string, { length: number; atStart: boolean }>();
      for (const t of word.tables) {
        const going = run.get(t) ?? { length: 0, atStart: p === start };
        const now = { length: going.length + 1, atStart: going.atStart };
        next.set(t, now);
        const seen = out.get(t) ?? { longest: 0, betweenRows: false };
        seen.longest = Math.max(seen.longest, now.length);
        if (afterNumber && now.atStart && now.length >= 2) seen.betweenRows = true;
        out.set(t, seen);
      }
      run = next;
      p = word.end;
    }
  });
  return out;
}
