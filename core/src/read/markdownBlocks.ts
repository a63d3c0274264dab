// markdown-it's block parser, as the reader runs it: CommonMark + HTML blocks + GFM tables, keeping
// only the heading and table tokens the reader looks at, built as plain objects. markdown-it 15's
// Token constructor defines its fields through a transpiled `_defineProperty` helper, costly on a
// draft with pipe tables (three tokens a cell). The GFM table rule is our own: it finds the same
// tables (where they start and end) without splitting every row into cells and tokens; the reader
// splits rows itself. The measurements behind both are in docs/PERFORMANCE.md.

import MarkdownIt from 'markdown-it';

type Token = InstanceType<typeof MarkdownIt.Token>;
type StateBlock = InstanceType<typeof MarkdownIt.StateBlock>;
type Nesting = -1 | 0 | 1;

/** A block token with markdown-it's fields, assigned directly (Token.prototype keeps its methods). */
function plainToken(type: string, tag: string, nesting: Nesting, into?: Token): Token {
  const token = into ?? (Object.create(MarkdownIt.Token.prototype) as Token);
  token.type = type;
  token.tag = tag;
  token.attrs = null;
  token.map = null;
  token.nesting = nesting;
  token.level = 0;
  token.children = null;
  token.content = '';
  token.markup = '';
  token.info = '';
  token.meta = null;
  token.block = false;
  token.hidden = false;
  return token;
}

/** The only tokens the reader looks at: ATX headings (their line and markup) and pipe tables (their lines). */
const KEPT = new Set(['heading_open', 'table_open']);

/**
 * markdown-it's block state with `push` (StateBlock.push's exact steps) building plain tokens, and
 * keeping only the tokens the reader uses. Every other token (paragraphs, list items, the three
 * tokens of every table cell) is written into one scratch token, reset at each push, and not kept:
 * the block rules only write to the tokens they push, and the one that reads earlier tokens back
 * (a tight list hiding its paragraphs) finds no paragraph to hide. The kept tokens are what the full
 * parser gives (a test holds them to it).
 */
class PlainTokenState extends MarkdownIt.StateBlock {
  private readonly scratch = plainToken('', '', 0);

  override push(type: string, tag: string, nesting: Nesting): Token {
    const kept = KEPT.has(type);
    const token = kept ? plainToken(type, tag, nesting) : plainToken(type, tag, nesting, this.scratch);
    token.block = true;
    if (nesting < 0) this.level--;
    token.level = this.level;
    if (nesting > 0) this.level++;
    if (kept) this.tokens.push(token);
    return token;
  }
}

/**
 * How many cells the rows of a table may lack, all together, before markdown-it ends the table
 * (its MAX_AUTOCOMPLETED_CELLS, a guard against quadratic output).
 */
const MAX_MISSING_CELLS = 0x10000;

const PIPE = 0x7c;
const BACKSLASH = 0x5c;

/** A line after its indentation, as the table rule reads it. */
function lineAt(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]);
}

/**
 * The cells of a trimmed table row as GFM counts them: split at every pipe not right after a
 * backslash, less the empty cell before a leading pipe and after a trailing one.
 */
function cellCount(row: string): number {
  let pipes = 0;
  let lastPipe = -1;
  for (let i = 0; i < row.length; i++) {
    if (row.charCodeAt(i) === PIPE && (i === 0 || row.charCodeAt(i - 1) !== BACKSLASH)) {
      pipes++;
      lastPipe = i;
    }
  }
  let cells = pipes + 1;
  if (row.charCodeAt(0) === PIPE) cells--;
  if (cells > 0 && lastPipe === row.length - 1) cells--;
  return cells;
}

/** The columns a delimiter row (|:---|---:|) declares, or -1 when it is not one. */
function delimiterColumns(state: StateBlock, line: number): number {
  let pos = state.bMarks[line] + state.tShift[line];
  const max = state.eMarks[line];
  if (pos + 1 >= max) return -1;
  // It opens with |, - or :, then one of those or a space (not "- ", a list item).
  const first = state.src.charCodeAt(pos);
  const second = state.src.charCodeAt(pos + 1);
  const isMark = (c: number) => c === PIPE || c === 0x2d || c === 0x3a;
  const isBlank = (c: number) => c === 0x20 || c === 0x09;
  if (!isMark(first) || !(isMark(second) || isBlank(second)) || (first === 0x2d && isBlank(second))) return -1;
  for (pos += 2; pos < max; pos++) {
    const c = state.src.charCodeAt(pos);
    if (!isMark(c) && !isBlank(c)) return -1;
  }
  const parts = lineAt(state, line).split('|');
  let columns = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i].trim();
    if (part === '') {
      // Only the outer parts may be empty (a row's leading and trailing pipes).
      if (i === 0 || i === parts.length - 1) continue;
      return -1;
    }
    if (!/^:?-+:?$/.test(part)) return -1;
    columns++;
  }
  return columns;
}

/**
 * The GFM table rule: a header row and a delimiter row with as many columns, then body rows until a
 * blank line, a less indented or code-indented line, or a block that ends a blockquote. Pushes the
 * table's open and close tokens only (the reader keeps table_open and its lines).
 */
function pipeTable(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (startLine + 2 > endLine) return false;
  const delimiter = startLine + 1;
  if (state.sCount[delimiter] < state.blkIndent || state.sCount[delimiter] - state.blkIndent >= 4) return false;
  const columns = delimiterColumns(state, delimiter);
  if (columns < 0) return false;
  const header = lineAt(state, startLine).trim();
  if (!header.includes('|') || state.sCount[startLine] - state.blkIndent >= 4) return false;
  const headerCells = cellCount(header);
  if (headerCells === 0 || headerCells !== columns) return false;
  if (silent) return true;

  const parentType = state.parentType;
  state.parentType = 'table';
  const terminators = state.md.block.ruler.getRules('blockquote');
  let missing = 0;
  let line = startLine + 2;
  for (; line < endLine; line++) {
    if (state.sCount[line] < state.blkIndent) break;
    if (terminators.some((rule) => rule(state, line, endLine, true))) break;
    const row = lineAt(state, line).trim();
    if (row === '' || state.sCount[line] - state.blkIndent >= 4) break;
    missing += columns - cellCount(row);
    if (missing > MAX_MISSING_CELLS) break;
  }
  const open = state.push('table_open', 'table', 1);
  open.map = [startLine, line];
  state.push('table_close', 'table', -1);
  state.parentType = parentType;
  state.line = line;
  return true;
}

const md = new MarkdownIt('commonmark', { html: true }).enable('table');
md.block.State = PlainTokenState;
// The table rule interrupts paragraphs and reference definitions, as markdown-it registers its own.
md.block.ruler.at('table', pipeTable as Parameters<typeof md.block.ruler.at>[1], { alt: ['paragraph', 'reference'] });

/** The heading_open and table_open block tokens of a text (line breaks already normalised to \n). */
export function parseBlocks(text: string): Token[] {
  const tokens: Token[] = [];
  md.block.parse(text, md, {}, tokens);
  return tokens;
}
