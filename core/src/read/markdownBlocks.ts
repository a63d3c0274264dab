// markdown-it's block parser, as the reader runs it: CommonMark + HTML blocks + GFM tables, with
// block tokens built as plain objects. markdown-it 15's Token constructor defines every field
// through a transpiled `_defineProperty` helper; on a draft with pipe tables (three tokens a cell)
// that helper alone was a twelfth of the whole lint. The tokens are the same fields, same prototype.

import MarkdownIt from 'markdown-it';

type Token = InstanceType<typeof MarkdownIt.Token>;
type Nesting = -1 | 0 | 1;

/** A block token with markdown-it's fields, assigned directly (Token.prototype keeps its methods). */
function plainToken(type: string, tag: string, nesting: Nesting): Token {
  const token = Object.create(MarkdownIt.Token.prototype) as Token;
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

/** markdown-it's block state with `push` (StateBlock.push's exact steps) building plain tokens. */
class PlainTokenState extends MarkdownIt.StateBlock {
  override push(type: string, tag: string, nesting: Nesting): Token {
    const token = plainToken(type, tag, nesting);
    token.block = true;
    if (nesting < 0) this.level--;
    token.level = this.level;
    if (nesting > 0) this.level++;
    this.tokens.push(token);
    return token;
  }
}

const md = new MarkdownIt('commonmark', { html: true }).enable('table');
md.block.State = PlainTokenState;

/** The block tokens of a text (line breaks already normalised to \n). */
export function parseBlocks(text: string): Token[] {
  const tokens: Token[] = [];
  md.block.parse(text, md, {}, tokens);
  return tokens;
}
