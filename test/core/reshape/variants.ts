// Test helper: every report re-written in the other shapes drafts arrive in (tables as pipe, tab-
// separated, HTML, one cell per line, grid; headings as ##/###, plain lines, bold lines, mixed
// Markdown levels; brackets of the numbering full- or half-width; CRLF; a leading source comment or
// not; a blank line inside 表三; a page-break repeat of 表三's group label). Every number and every
// heading's words and numbering are kept: only the shape changes.

import { readModel, type Block } from './model.js';
import { renderTable, type Table, type TableOptions, type TableShape } from './render.js';

type HeadingStyle = 'markdown' | 'markdown-h1' | 'markdown-bold' | 'plain' | 'bold' | 'mixed' | 'jumble' | 'asis';

interface Variant {
  name: string;
  tables: TableShape;
  headings: HeadingStyle;
  brackets?: boolean;
  crlf?: boolean;
  comment?: boolean;
  blankInTable?: boolean;
  repeatLabel?: boolean;
  /** Blank lines: 'double' after every line (a web page pasted), 'none' anywhere. */
  spacing?: 'double' | 'none';
  /** Every line of text indented with two ideographic spaces (a Word paste). */
  indent?: boolean;
  repeatHeader?: boolean;
}

/** The shapes each report is written in (each a combination a real draft may have). */
export const variants: Variant[] = [
  { name: 'pipe + ## headings', tables: 'pipe', headings: 'markdown' },
  { name: 'tsv + plain headings', tables: 'tsv', headings: 'plain' },
  { name: 'html + ## headings', tables: 'html', headings: 'markdown' },
  { name: 'cells + plain headings', tables: 'cells', headings: 'plain' },
  { name: 'grid + ## headings', tables: 'grid', headings: 'markdown' },
  { name: 'pipe + bold headings', tables: 'pipe', headings: 'bold' },
  { name: 'tsv + mixed levels', tables: 'tsv', headings: 'mixed' },
  { name: 'html + bold headings + CRLF', tables: 'html', headings: 'bold', crlf: true },
  { name: 'tsv + other brackets + source comment toggled', tables: 'tsv', headings: 'asis', brackets: true, comment: true },
  { name: 'tsv + blank line and repeated group label in 表三', tables: 'tsv', headings: 'asis', blankInTable: true, repeatLabel: true },
  { name: 'pipe + repeated group label in 表三 + CRLF', tables: 'pipe', headings: 'markdown', repeatLabel: true, crlf: true },
  { name: 'cells + other brackets', tables: 'cells', headings: 'plain', brackets: true },
  { name: 'grid + plain headings + source comment toggled', tables: 'grid', headings: 'plain', comment: true },
  { name: 'html + blank line in 表三 + mixed levels', tables: 'html', headings: 'mixed', blankInTable: true },
  { name: 'bare pipe + ## **bold** headings', tables: 'bare-pipe', headings: 'markdown-bold' },
  { name: 'tab-led cells + plain headings', tables: 'tab-cells', headings: 'plain' },
  { name: 'wrapped grid + ## headings', tables: 'wrapped-grid', headings: 'markdown' },
  { name: 'wrapped grid + bold headings', tables: 'wrapped-grid', headings: 'bold' },
  { name: 'pipe + blank line in 表三', tables: 'pipe', headings: 'markdown', blankInTable: true },
  { name: 'tab-led cells + repeated group label + CRLF', tables: 'tab-cells', headings: 'markdown', repeatLabel: true, crlf: true },
  { name: 'html on one line + # headings', tables: 'html-line', headings: 'markdown-h1' },
  { name: 'html with <th>, <p> and a cell a line + plain headings', tables: 'html-pretty', headings: 'plain' },
  { name: 'html with merged labels + ## headings', tables: 'html-merged', headings: 'markdown' },
  { name: 'tsv double-spaced + plain headings', tables: 'tsv', headings: 'plain', spacing: 'double' },
  { name: 'tsv without blank lines + plain headings', tables: 'tsv', headings: 'plain', spacing: 'none' },
  { name: 'html with merged labels + bold headings + other brackets', tables: 'html-merged', headings: 'bold', brackets: true },
  { name: 'pipe with <br> in labels + headings of every kind', tables: 'pipe-br', headings: 'jumble' },
  { name: 'tsv indented with ideographic spaces + plain headings', tables: 'tsv', headings: 'plain', indent: true },
  { name: 'tsv + 表三 header repeated at a page break', tables: 'tsv', headings: 'plain', repeatHeader: true },
  { name: 'pipe + 表三 header repeated at a page break', tables: 'pipe', headings: 'markdown', repeatHeader: true },
  { name: 'cells + headings of every kind + 表三 header repeated', tables: 'cells', headings: 'jumble', repeatHeader: true },
];

const TEXT_SHAPES = new Set(['tsv', 'cells', 'tab-cells']);
const SECTION = /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,2}、)/;
const SUB = /^[（(][一二三四五六七八九十]{1,2}[）)]/;
const isNumberLine = (line: string) => /^\s*-?[\d.,]+\s*$/.test(line);

// A line's heading: its words without Markdown marks, and whether it is a section or a subsection.
function headingOf(lines: string[], i: number): { words: string; level: 1 | 2 } | undefined {
  const line = lines[i];
  const markdown = /^#{1,6}[ \t](.*)$/.exec(line);
  let words = (markdown ? markdown[1] : line).trim();
  const bold = /^\*\*(.+)\*\*$/.exec(words);
  if (bold) words = bold[1].trim();
  if (!markdown && (line !== line.trimStart() || words.length > 40 || /[。；;：:，,]$/.test(words))) return undefined;
  // A row label of a table written one cell per line is followed by numbers: not a heading.
  if (lines.slice(i + 1, i + 4).some(isNumberLine)) return undefined;
  if (SECTION.test(words)) return { words, level: 1 };
  if (SUB.test(words)) return { words, level: 2 };
  return undefined;
}

function styleHeading(words: string, level: 1 | 2, style: HeadingStyle, ordinal: number): string {
  switch (style) {
    case 'markdown': return `${level === 1 ? '##' : '###'} ${words}`;
    case 'markdown-h1': return `${level === 1 ? '#' : '##'} ${words}`;
    case 'markdown-bold': return `${level === 1 ? '##' : '###'} **${words}**`;
    case 'plain': return words;
    case 'bold': return `**${words}**`;
    case 'mixed': return level === 1 ? `${ordinal % 2 === 0 ? '##' : '###'} ${words}` : `#### ${words}`;
    case 'jumble': return [`${level === 1 ? '##' : '###'} ${words}`, `**${words}**`, words][ordinal % 3];
    case 'asis': return words;
  }
}

// The numbering's brackets the other width: （一） ⇄ (一), at the start of a heading or a table label.
function swapBracketsOnce(text: string): string {
  const full = /^((?:#{1,6}[ \t]+)?(?:\*\*)?)（([一二三四五六七八九十]{1,2})）/;
  const half = /^((?:#{1,6}[ \t]+)?(?:\*\*)?)\(([一二三四五六七八九十]{1,2})\)/;
  if (full.test(text)) return text.replace(full, '$1($2)');
  if (half.test(text)) return text.replace(half, '$1（$2）');
  return text;
}

const isRequestsTable = (t: Table) => t.rows.some((r) => r.some((c) => c.text.startsWith('三、本年度办理结果')));

function requestsOptions(table: Table, variant: Variant): TableOptions {
  if (!isRequestsTable(table)) return {};
  const grid = table.rows;
  const at = (prefix: RegExp) => grid.findIndex((r) => r.some((c) => prefix.test(c.text)));
  const options: TableOptions = {};
  if (variant.blankInTable) options.blankAfter = at(/^[（(]三[）)]不予公开|^1\.属于国家秘密/) + 2;
  if (variant.repeatHeader) options.repeatHeader = at(/^[（(]四[）)]/);
  if (variant.repeatLabel) options.repeatLabel = { before: at(/^[（(]四[）)]/), label: '三、本年度办理结果' };
  return options;
}

/** The report written in one variant's shape. */
export function reshape(text: string, variant: Variant): string {
  const blocks: Block[] = readModel(text);
  const lines = blocks.map((b) => (b.kind === 'line' ? b.text : ''));
  const out: string[] = [];
  let ordinal = 0;
  blocks.forEach((block, i) => {
    if (block.kind === 'table') {
      let rendered = renderTable(variant.brackets ? { ...block, rows: block.rows.map((r) => r.map((c) => ({ ...c, text: swapBracketsOnce(c.text) }))) } : block, variant.tables, requestsOptions(block, variant));
      // A table written as text needs a line of its own before and after (Markdown blocks).
      if (out.length > 0 && out[out.length - 1] !== '' && !TEXT_SHAPES.has(variant.tables)) rendered = ['', ...rendered];
      if (blocks[i + 1]?.kind === 'line' && (blocks[i + 1] as { text: string }).text !== '' && !TEXT_SHAPES.has(variant.tables)) rendered = [...rendered, ''];
      out.push(...rendered);
      return;
    }
    const heading = headingOf(lines, i);
    let line = block.text;
    if (heading && variant.headings !== 'asis') {
      if (heading.level === 1) ordinal++;
      line = styleHeading(heading.words, heading.level, variant.headings, ordinal + (heading.level === 2 ? i : 0));
    } else if (ordinal === 0 && /^#{1,6}[ \t]/.test(line) && ['plain', 'bold', 'jumble'].includes(variant.headings)) {
      // The title (a Markdown heading before the sections) as a plain or bold line.
      const words = line.replace(/^#+/, '').trim();
      line = variant.headings === 'bold' ? `**${words}**` : words;
    }
    if (variant.indent && line.trim() !== '') line = `\u3000\u3000${line}`;
    if (variant.brackets && heading) line = swapBracketsOnce(line);
    out.push(line);
  });
  const spaced = variant.spacing === 'none' ? out.filter((l) => l.trim() !== '') : variant.spacing === 'double' ? out.filter((l) => l.trim() !== '').flatMap((l) => [l, '']) : out;
  let result = spaced.join('\n');
  if (variant.comment) {
    result = /^<!--[^\n]*-->\n/.test(result) ? result.replace(/^<!--[^\n]*-->\n\n?/, '') : `<!-- source: https://www.example.gov.cn/zfxxgk/report.htm -->\n\n${result}`;
  }
  if (variant.crlf) result = result.replace(/\n/g, '\r\n');
  return result;
}
