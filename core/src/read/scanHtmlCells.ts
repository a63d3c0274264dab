// A fast path for reading HTML tables: parse5's tokenizer alone (with source locations) instead of
// its tree builder, for the plain tables Word and pandoc write. Building the tree with locations
// cost five times the tokenizing. Anything the tree builder could restructure (implied end tags,
// misnesting, foster parenting, comments, raw-text elements, nested tables) makes it give up, and
// the caller parses that table with parse5's full parser as before, so the cells are the same.

import { Tokenizer, type Token } from 'parse5';

/** A text run of a cell as the tree builder would make it: one text node, or a <br> read as ' '. */
export interface CellText {
  value: string;
  start: number;
  end: number;
}

/** A <td>/<th> read from the tokens: offsets relative to the table source. */
export interface ScannedCell {
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

const GIVE_UP = new Error('not a plain table');

/** The cells of one `<table>…</table>` source, or undefined when it needs the full parser. */
export function scanHtmlCells(source: string): ScannedCell[] | undefined {
  const cells: ScannedCell[] = [];
  let cell: ScannedCell | undefined;
  let cellTag = '';
  let run: CellText | undefined;
  const open: string[] = [];
  let tables = 0;
  const characters = (token: Token.CharacterToken, whitespace: boolean) => {
    const loc = token.location!;
    if (!cell) {
      if (whitespace) return;
      throw GIVE_UP; // text outside a cell is foster-parented
    }
    if (run) {
      run.value += token.chars;
      run.end = loc.endOffset;
    } else {
      run = { value: token.chars, start: loc.startOffset, end: loc.endOffset };
      cell.texts.push(run);
    }
  };
  const handler = {
    onStartTag(token: Token.TagToken) {
      run = undefined;
      const name = token.tagName;
      const loc = token.location!;
      if (cell) {
        if (name === 'br') {
          cell.texts.push({ value: ' ', start: loc.startOffset, end: loc.endOffset });
          return;
        }
        if (token.selfClosing) throw GIVE_UP;
        if (INLINE.has(name) || (BLOCK.has(name) && !open.includes('p'))) {
          open.push(name);
          return;
        }
        throw GIVE_UP;
      }
      if (name === 'td' || name === 'th') {
        if (token.selfClosing) throw GIVE_UP;
        cell = { contentStart: loc.endOffset, contentEnd: loc.endOffset, texts: [] };
        cellTag = name;
        return;
      }
      if (name === 'table') {
        if (tables++ > 0) throw GIVE_UP;
        return;
      }
      if (STRUCTURE.has(name)) return;
      throw GIVE_UP;
    },
    onEndTag(token: Token.TagToken) {
      run = undefined;
      const name = token.tagName;
      if (cell) {
        if (open.length > 0 && open[open.length - 1] === name) {
          open.pop();
          return;
        }
        if (name === cellTag && open.length === 0) {
          cell.contentEnd = token.location!.startOffset;
          cells.push(cell);
          cell = undefined;
          return;
        }
        throw GIVE_UP;
      }
      if (name === 'table' || STRUCTURE.has(name)) return;
      throw GIVE_UP;
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
  return cell || tables !== 1 ? undefined : cells;
}
