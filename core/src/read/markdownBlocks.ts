// markdown-it's block parser, as the reader runs it: CommonMark + HTML blocks + GFM tables, keeping
// only the heading and table tokens the reader looks at, built as plain objects. markdown-it 15's
// Token constructor defines its fields through a transpiled `_defineProperty` helper; on a draft
// with pipe tables (three tokens a cell) that helper alone was a twelfth of the whole lint.

import MarkdownIt from 'markdown-it';

type Token = InstanceType<typeof MarkdownIt.Token>;
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

const md = new MarkdownIt('commonmark', { html: true }).enable('table');
md.block.State = PlainTokenState;

/** The heading_open and table_open block tokens of a text (line breaks already normalised to \n). */
export function parseBlocks(text: string): Token[] {
  const tokens: Token[] = [];
  md.block.parse(text, md, {}, tokens);
  return tokens;
}
