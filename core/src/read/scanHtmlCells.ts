// A fast path for reading HTML tables: the cells of a plain table (what Word and pandoc write) are
// assembled from a token stream instead of parse5's tree builder, which cost five times the
// tokenizing. The tokens come from lexPlainHtml (character loops) or, when it gives up, parse5's own
// tokenizer. Anything the tree builder could restructure (implied end tags, misnesting, foster
// parenting, comments, raw-text elements, nested tables) makes it give up, and the caller parses
// that table with parse5's full parser as before, so the cells are the same.

import { Tokenizer, type Token } from 'parse5';
import { KnownTags, lexPlainHtml } from './lexPlainHtml.js';

/** A text run of a cell as the tree builder would make it: one text node, or a <br> read as ' '. */
export interface CellText {
  value: string;
  start: number;
  end: number;
}

/** A <td>/<th> read from the tokens: offsets relative to the table source. */
interface ScannedCell {
  /** End of the start tag (where the cell's content begins). */
  contentStart: number;
  /** Start of the end tag. */
  contentEnd: number;
  texts: CellText[];
}

/** Structure tags allowed outside cells (they never hold text of a cell). */
const STRUCTURE = new Set(['thead', 'tbody', 'tfoot', 'tr', 'colgroup', 'col']);
/** Phrasing tags allowed inside cells, properly nested; none of them closes or reparents another. */
const INLINE = new Set(['span', 'b', 'strong', 'i', 'em', 'u', 'font', 'sup', 'sub', 'small', 's', 'strike', 'o:p']);
/** Block tags allowed inside cells while no <p> is open (each would close an open <p>). */
const BLOCK = new Set(['p', 'div']);

/** Every tag a plain table may hold: the lexer matches these names in place. */
const TABLE_TAGS = new KnownTags(['table', 'td', 'th', 'br', ...STRUCTURE, ...INLINE, ...BLOCK]);

const GIVE_UP = new Error('not a plain table');

/** Assembles the cells of one plain table from its tags and text; throws GIVE_UP on anything else. */
class CellAssembler {
  readonly cells: ScannedCell[] = [];
  private cell: ScannedCell | undefined;
  private cellTag = '';
  private run: CellText | undefined;
  private readonly open: string[] = [];
  private tables = 0;

  startTag(name: string, selfClosing: boolean, start: number, end: number): void {
    this.run = undefined;
    const cell = this.cell;
    if (cell) {
      if (name === 'br') {
        cell.texts.push({ value: ' ', start, end });
        return;
      }
      if (selfClosing) throw GIVE_UP;
      if (INLINE.has(name) || (BLOCK.has(name) && !this.open.includes('p'))) {
        this.open.push(name);
        return;
      }
      throw GIVE_UP;
    }
    if (name === 'td' || name === 'th') {
      if (selfClosing) throw GIVE_UP;
      this.cell = { contentStart: end, contentEnd: end, texts: [] };
      this.cellTag = name;
      return;
    }
    if (name === 'table') {
      if (this.tables++ > 0) throw GIVE_UP;
      return;
    }
    if (STRUCTURE.has(name)) return;
    throw GIVE_UP;
  }

  endTag(name: string, start: number): void {
    this.run = undefined;
    const cell = this.cell;
    if (cell) {
      const open = this.open;
      if (open.length > 0 && open[open.length - 1] === name) {
        open.pop();
        return;
      }
      if (name === this.cellTag && open.length === 0) {
        cell.contentEnd = start;
        this.cells.push(cell);
        this.cell = undefined;
        return;
      }
      throw GIVE_UP;
    }
    if (name === 'table' || STRUCTURE.has(name)) return;
    throw GIVE_UP;
  }

  text(value: string, start: number, end: number, whitespace: boolean): void {
    const cell = this.cell;
    if (!cell) {
      if (whitespace) return;
      throw GIVE_UP; // text outside a cell is foster-parented
    }
    if (this.run) {
      this.run.value += value;
      this.run.end = end;
    } else {
      this.run = { value, start, end };
      cell.texts.push(this.run);
    }
  }

  keepsWhitespace(): boolean {
    return this.cell !== undefined;
  }

  /** The cells, or undefined when the source was not exactly one closed table. */
  result(): ScannedCell[] | undefined {
    return this.cell || this.tables !== 1 ? undefined : this.cells;
  }
}

/** The cells as lexPlainHtml reads the source, or undefined when it or the assembler gives up. */
function scanWithLexer(source: string): ScannedCell[] | undefined {
  const cells = new CellAssembler();
  try {
    if (!lexPlainHtml(source, cells, TABLE_TAGS)) return undefined;
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
  return cells.result();
}

/** The cells as parse5's tokenizer reads the source (with source locations). */
function scanWithParse5(source: string): ScannedCell[] | undefined {
  const cells = new CellAssembler();
  const characters = (token: Token.CharacterToken, whitespace: boolean) => {
    const loc = token.location!;
    cells.text(token.chars, loc.startOffset, loc.endOffset, whitespace);
  };
  const handler = {
    onStartTag(token: Token.TagToken) {
      cells.startTag(token.tagName, token.selfClosing, token.location!.startOffset, token.location!.endOffset);
    },
    onEndTag(token: Token.TagToken) {
      cells.endTag(token.tagName, token.location!.startOffset);
    },
    onCharacter: (token: Token.CharacterToken) => characters(token, false),
    onWhitespaceCharacter: (token: Token.CharacterToken) => characters(token, true),
    onNullCharacter() {
      throw GIVE_UP;
    },
    onComment() {
      throw GIVE_UP;
    },
    onDoctype() {
      throw GIVE_UP;
    },
    onEof() {},
  };
  try {
    new Tokenizer({ sourceCodeLocationInfo: true }, handler).write(source, true);
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
  return cells.result();
}

/** The cells of one `<table>…</table>` source, or undefined when it needs the full parser. */
export function scanHtmlCells(source: string): ScannedCell[] | undefined {
  return scanWithLexer(source) ?? scanWithParse5(source);
}

/** Each reading alone, for the tests that hold the lexer to parse5's tokenizer. */
export const scanHtmlCellsWith = { lexer: scanWithLexer, parse5: scanWithParse5 };
