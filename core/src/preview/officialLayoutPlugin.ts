// A markdown-it plugin that shows the report's tables 二, 三 and 四 in the official layout, whatever
// shape the draft writes them in (pipe, tabs, one cell a line, grid, HTML): the blocks markdown-it
// made of a table's lines are replaced by one HTML table (officialTableHtml.ts). Everything else is
// left as markdown-it rendered it, and so is a table with anything the official layout would not show.
// The tables are replaced when the tokens are rendered, not when they are parsed: VS Code's preview
// parses with an empty env (and keeps the tokens per document version) and renders with
// `env.currentDocument`, the document's URI, from which the template is chosen (its .nianbaorc.json).

import type MarkdownIt from 'markdown-it';
import type { StateCore, Token } from 'markdown-it';

/** A markdown-it instance (the package types its default export as the constructor). */
export type MarkdownItInstance = InstanceType<typeof MarkdownIt>;
import { formatMessage } from '../l10n/formatMessage.js';
import { lint } from '../lint.js';
import { looksLikeReport } from '../looksLikeReport.js';
import { tableRegions } from '../fix/convertTable.js';
import { placeRows } from '../fix/standardTable.js';
import type { Locale, TemplateChoice } from '../types.js';
import { officialTableHtml, type PreviewCell } from './officialTableHtml.js';

export interface OfficialLayoutOptions {
  /**
   * The template to read the draft in, given the render's markdown-it env (in VS Code's preview it holds
   * `currentDocument`, the document's URI): the setting, else the nearest .nianbaorc.json; 'auto' by default.
   */
  template?: (env: unknown) => TemplateChoice;
  /** The language of the sum messages in the tooltips; zh-cn by default. */
  locale?: () => Locale;
}

/** A top-level block of markdown-it's tokens: [first token, last token] and the source lines [start, end). */
interface Block {
  first: number;
  last: number;
  lines: [number, number];
}

function topLevelBlocks(tokens: StateCore['tokens']): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.level !== 0 || t.nesting === -1) continue;
    let last = i;
    if (t.nesting === 1) {
      // Its closing token: the next one back at level 0.
      while (last + 1 < tokens.length && !(tokens[last + 1]!.level === 0 && tokens[last + 1]!.nesting === -1)) last++;
      last++;
    }
    if (t.map) blocks.push({ first: i, last: Math.min(last, tokens.length - 1), lines: [t.map[0], t.map[1]] });
    i = last;
  }
  return blocks;
}

/** What a token stream was parsed from: its source and markdown-it's Token class (recorded by the core rule). */
interface Parsed {
  src: string;
  Token: StateCore['Token'];
}

// The token stream with each table of the template replaced by its official layout (a new array: the
// parsed tokens, which VS Code keeps and renders again, are not changed). Unchanged when the tokens
// are not a parsed document's or the document is not a report.
function officialTokens(tokens: Token[], parsed: Parsed | undefined, template: TemplateChoice, locale: Locale): Token[] {
  if (!parsed) return tokens;
  const text = parsed.src;
  if (!looksLikeReport(text)) return tokens;
  const result = lint(text, { template });
  const sumRules = new Set(result.template.sums.map((s) => s.ruleId));
  const problems = new Map<number, string>();
  for (const f of result.findings) if (sumRules.has(f.ruleId)) problems.set(f.span.start, formatMessage(f.messageId, f.args, locale));
  const blocks = topLevelBlocks(tokens);
  const replacements: { first: number; last: number; html: string; lines: [number, number] }[] = [];
  for (const region of tableRegions(result.report, result.template, result.index)) {
    if (region.lost.length > 0) continue;
    const inside = blocks.filter((b) => b.lines[0] <= region.lines.last && b.lines[1] > region.lines.first);
    // A block running beyond the table's lines (a paragraph with text before the table) stays as it is.
    if (inside.length === 0 || inside.some((b) => b.lines[0] < region.lines.first || b.lines[1] > region.lines.last + 1)) continue;
    const { byRow } = placeRows(region.table);
    const cellsFor = (row: { id: string; columns: string[] }): PreviewCell[] => {
      const cells = byRow.get(row.id);
      return row.columns.map((_, i) => {
        const cell = cells?.[i];
        if (!cell) return { text: '' };
        const problem = problems.get(cell.token.span.start);
        return problem === undefined ? { text: cell.token.text.trim() } : { text: cell.token.text.trim(), problem };
      });
    };
    const section = result.template.sections.find((s) => s.id === region.spec.sectionId);
    const caption = section ? `${region.spec.name}　${section.title}` : region.spec.name;
    replacements.push({ first: inside[0]!.first, last: inside[inside.length - 1]!.last, html: officialTableHtml(region.spec, caption, cellsFor), lines: [region.lines.first, region.lines.last + 1] });
  }
  if (replacements.length === 0) return tokens;
  const out = [...tokens];
  // From the last to the first, so the earlier token indexes hold.
  for (const r of replacements.reverse()) {
    const token = new parsed.Token('html_block', '', 0);
    token.content = r.html;
    token.block = true;
    token.map = r.lines;
    // As VS Code's preview marks every block it parsed (its source map, for scrolling in step).
    const first = tokens[r.first]!;
    for (const name of ['data-line', 'class', 'dir']) {
      const value = first.attrGet(name);
      if (value !== null) token.attrSet(name, value);
    }
    out.splice(r.first, r.last - r.first + 1, token);
  }
  return out;
}

/** The parsed token streams of a markdown-it instance with the plugin: tokens → what they were parsed from. */
const parsedStreams = new WeakMap<Token[], Parsed>();
/** The last rendering of each parsed stream (VS Code renders a document's kept tokens again). */
const rendered = new WeakMap<Token[], { template: TemplateChoice; locale: Locale; tokens: Token[] }>();

/**
 * The tokens as the plugin renders them (for tests, which render blocks one by one): the tables of
 * the template in their official layout, read in `template`.
 */
export function officialLayoutTokens(tokens: Token[], template: TemplateChoice = 'auto', locale: Locale = 'zh-cn'): Token[] {
  try {
    return officialTokens(tokens, parsedStreams.get(tokens), template, locale);
  } catch {
    return tokens;
  }
}

// The plugin: md.use(officialLayoutPlugin, options). A draft the reader cannot read is shown as it is.
export function officialLayoutPlugin(md: MarkdownItInstance, options: OfficialLayoutOptions = {}): void {
  md.core.ruler.push('nianbao_official_tables', (state: StateCore) => {
    parsedStreams.set(state.tokens, { src: state.src, Token: state.Token });
    return true;
  });
  const render = md.renderer.render.bind(md.renderer);
  md.renderer.render = (tokens, renderOptions, env) => {
    let shown = tokens;
    try {
      const parsed = parsedStreams.get(tokens);
      // The preview must never break: on any error the tokens are rendered as markdown-it made them.
      if (parsed) {
        const template = options.template?.(env) ?? 'auto';
        const locale = options.locale?.() ?? 'zh-cn';
        const last = rendered.get(tokens);
        shown = last && last.template === template && last.locale === locale ? last.tokens : officialTokens(tokens, parsed, template, locale);
        rendered.set(tokens, { template, locale, tokens: shown });
      }
    } catch {
      shown = tokens;
    }
    return render(shown, renderOptions, env);
  };
}
