// The inputs the reliability tests and `npm run fuzz` feed the core: arbitrary text, generated
// reports in every shape the reader knows, and mutations of real drafts (fast-check arbitraries).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { renderBlankTable } from '../../core/src/fix/renderBlankTable.js';
import { templates } from '../../core/src/templates/selectTemplate.js';
import type { TemplateId } from '../../core/src/templates/templateTypes.js';
import type { TemplateChoice } from '../../core/src/types.js';

/** The project root, found from this file whether it runs from test/ sources or from out/. */
export const projectRoot = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!readdirSafe(dir).includes('package.json')) dir = dirname(dir);
  return dir;
})();

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

interface NamedText {
  name: string;
  text: string;
}

/** The real drafts in test/fixtures/seeds (and examples/, when there are any). */
export function seedTexts(): NamedText[] {
  const out: NamedText[] = [];
  for (const folder of ['test/fixtures/seeds', 'examples']) {
    for (const name of readdirSafe(join(projectRoot, folder)).sort()) {
      if (/\.(md|txt)$/i.test(name)) out.push({ name: `${folder}/${name}`, text: readFileSync(join(projectRoot, folder, name), 'utf8') });
    }
  }
  return out;
}

/** The clean report in every input shape (test/fixtures/shapes: pipe, HTML, tabs, cells, grid, multiline). */
export function shapeTexts(): NamedText[] {
  const folder = 'test/fixtures/shapes';
  return readdirSafe(join(projectRoot, folder)).sort().filter((name) => /\.(md|txt)$/i.test(name))
    .map((name) => ({ name: `${folder}/${name}`, text: readFileSync(join(projectRoot, folder, name), 'utf8') }));
}

// ---------------------------------------------------------------------------------------------
// Arbitrary text

/** Characters the reader reacts to: numerals, brackets, separators, markup, line breaks. */
const DOMAIN_CHARS = [...'一二三四五六七八九十、．.（）()〔〕【】：:，。；总计年月日至号第条项0123456789０１２３\t|# *-_>\r\n<>/ ="\'\u3000\ufeff\u0000'];
const DOMAIN_WORDS = [
  '总体情况', '主动公开', '依申请公开', '政府信息管理', '平台建设', '监督保障', '主动公开政府信息情况',
  '收到和处理政府信息公开申请情况', '行政复议', '行政诉讼', '存在的主要问题及改进情况', '其他需要报告的事项',
  '信息处理费', '规范性文件', '行政规范性文件', '（七）总计', '四、结转下年度继续办理', '一、本年新收政府信息公开申请数量',
  '三、本年度办理结果', '3.其他', '自然人', '结果维持', '尚未审结', '2025年政府信息公开工作年度报告', '2019年1月1日至12月31日',
  '国办公开办函〔2019〕60号', '格式（试行）', '<table>', '<tr>', '<td rowspan="3">', '<td colspan="99999">', '</td>', '</table>',
  '| --- |', '| a | b |', '<!-- nianbao-disable -->', '<!-- nianbao-disable-next-line sum-row-total -->', '<!-- nianbao-enable',
  '```', '**', '# ', '## ', '\r\n', '\n\n', '\t\t', '/', '—', '-7', '2.5', '3笔', '99999999999999999999999', '1e9', '0x10',
];

/** One UTF-16 code unit of any value, lone surrogates and NUL included. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** A piece of text as a parser sees it: mostly domain characters and words, some anything. */
const textUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...DOMAIN_CHARS) },
  { weight: 3, arbitrary: fc.constantFrom(...DOMAIN_WORDS) },
  { weight: 1, arbitrary: anyCodeUnit },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);

/** Any string at all (code units of every value). */
export const anyString = (maxLength = 400) => fc.string({ unit: anyCodeUnit, maxLength });
/** Full-range Unicode (valid code points, astral planes included). */
export const anyUnicode = (maxLength = 400) => fc.string({ unit: 'binary', maxLength });
/** Text made of pieces the reader reacts to. */
export const domainText = (maxLength = 300) => fc.array(textUnit, { maxLength }).map((parts) => parts.join(''));

/** Tokens written into number cells. */
const CELL_TOKENS = [
  '', ' ', '/', '—', '-', '－', '无', '0', '00', '-3', '2.5', '0.1', '3笔', '5件', '１２', '٣', '1e21', '99999999999999999999999',
  'NaN', 'Infinity', '1,234', '1 2', '（七）总计', '总计', '\t', '|', '<td>', '\u0000', '\ufeff', '\ud800', '😀', '12\r3',
];
const cellToken: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CELL_TOKENS) },
  { weight: 3, arbitrary: fc.nat(999).map(String) },
  { weight: 1, arbitrary: anyString(6) },
);

// ---------------------------------------------------------------------------------------------
// Generated reports

type TableShape = 'pipe' | 'tab' | 'html' | 'cell-per-line';
type HeadingStyle = 'markdown' | 'plain' | 'bold';
type SectionPresence = 'full' | 'no-heading' | 'absent';

interface ReportSpec {
  year: number;
  /** Tables drawn from this template (it may not be the one the year asks for). */
  template: TemplateId;
  headingStyle: HeadingStyle;
  tableShape: TableShape;
  eol: '\n' | '\r\n' | '\r';
  /** Values written into number cells, in order (cycled); an empty list writes zeros. */
  numbers: readonly string[];
  /** How each of the six sections is written: whole, without its heading (content only), or not at all. */
  sections: readonly SectionPresence[];
  /** Section 一 lists its five subsections. */
  subsections: boolean;
  /** Section 六 speaks of 信息处理费. */
  fee: boolean;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七'];

function heading(style: HeadingStyle, text: string, level: number): string {
  if (style === 'markdown') return `${'#'.repeat(level)} ${text}`;
  if (style === 'bold') return `**${text}**`;
  return text;
}

/** Turns template-rendered tab-separated lines into the requested shape. */
function shapeTable(lines: string[], shape: TableShape): string[] {
  const rows = lines.map((l) => l.split('\t'));
  if (shape === 'tab') return lines;
  if (shape === 'cell-per-line') return rows.flatMap((cells) => cells.filter((c) => c !== ''));
  if (shape === 'html') {
    return ['<table>', ...rows.filter((r) => r.some((c) => c !== '')).map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`), '</table>'];
  }
  const out: string[] = [];
  for (const cells of rows) {
    if (cells.every((c) => c === '')) {
      out.push('');
      continue;
    }
    out.push(`| ${cells.join(' | ')} |`);
    if (out.length === 1 || out[out.length - 2] === '') out.push(`|${' --- |'.repeat(cells.length)}`);
  }
  return out;
}

/** Writes a report in the official structure from a spec (sums hold only if the numbers make them). */
export function renderReport(spec: ReportSpec): string {
  const template = templates[spec.template];
  const lines: string[] = [];
  let n = 0;
  const nextNumber = () => (spec.numbers.length === 0 ? '0' : spec.numbers[n++ % spec.numbers.length]);
  lines.push(heading(spec.headingStyle, `某县某乡人民政府${spec.year}年政府信息公开工作年度报告`, 1), '');
  lines.push(`本报告由某乡人民政府编制，统计数据从${spec.year}年1月1日至${spec.year}年12月31日。`, '');
  template.sections.forEach((section, i) => {
    if (spec.sections[i] === 'absent') return;
    if (spec.sections[i] === 'full') lines.push(heading(spec.headingStyle, `${NUMERALS[i]}、${section.title}`, 2), '');
    if (section.id === 'overview') {
      lines.push(`${spec.year}年，本乡认真贯彻落实《中华人民共和国政府信息公开条例》。`, '');
      if (spec.subsections) {
        template.overviewSubsections.forEach((sub, k) => {
          lines.push(heading(spec.headingStyle, `（${NUMERALS[k]}）${sub.title}`, 3), '', `本年度${sub.title}工作有序开展，全年共办理${k + 3}件。`, '');
        });
      }
    }
    const table = template.tables.find((t) => t.id === section.tableId);
    if (table) {
      const rendered = renderBlankTable(table, 'text').map((l) => l.split('\t').map((c) => (c === '0' ? nextNumber() : c)).join('\t'));
      lines.push(...shapeTable(rendered, spec.tableShape), '');
    }
    if (section.id === 'problems') lines.push('一是公开内容不够全面；二是解读形式单一。下一步将加强培训。', '');
    if (section.id === 'other') lines.push(spec.fee ? '本年度未收取信息处理费。' : '无其他需要报告的事项。', '');
  });
  return lines.join(spec.eol);
}

const numberCell: fc.Arbitrary<string> = fc.oneof({ weight: 6, arbitrary: fc.nat(60).map(String) }, { weight: 1, arbitrary: cellToken });

export const reportSpec: fc.Arbitrary<ReportSpec> = fc
  .record({
    year: fc.integer({ min: 2017, max: 2027 }),
    templateMatchesYear: fc.boolean(),
    otherTemplate: fc.boolean(),
    headingStyle: fc.constantFrom<HeadingStyle>('markdown', 'plain', 'bold'),
    tableShape: fc.constantFrom<TableShape>('pipe', 'tab', 'html', 'cell-per-line'),
    eol: fc.constantFrom<'\n' | '\r\n' | '\r'>('\n', '\r\n', '\n', '\r\n', '\r'),
    numbers: fc.oneof(fc.constant<string[]>([]), fc.array(numberCell, { minLength: 1, maxLength: 60 })),
    sections: fc.oneof(
      { weight: 3, arbitrary: fc.constant<SectionPresence[]>(['full', 'full', 'full', 'full', 'full', 'full']) },
      { weight: 1, arbitrary: fc.array(fc.constantFrom<SectionPresence>('full', 'full', 'no-heading', 'absent'), { minLength: 6, maxLength: 6 }) },
    ),
    subsections: fc.boolean(),
    fee: fc.boolean(),
  })
  .map(({ templateMatchesYear, otherTemplate, year, ...rest }) => {
    const byYear: TemplateId = year <= 2020 ? '2019' : '2021';
    const template: TemplateId = templateMatchesYear || !otherTemplate ? byYear : byYear === '2021' ? '2019' : '2021';
    return { year, template, ...rest };
  });

export const generatedReport: fc.Arbitrary<string> = reportSpec.map(renderReport);

// ---------------------------------------------------------------------------------------------
// Mutations

type Mutation =
  | { kind: 'delete-line' | 'duplicate-line' | 'nul' | 'truncate'; at: number }
  | { kind: 'swap-lines'; at: number; other: number }
  | { kind: 'cut-lines'; at: number; count: number }
  | { kind: 'cell'; at: number; field: number; token: string }
  | { kind: 'number'; nth: number; token: string }
  | { kind: 'sum-cell'; nth: number; value: number }
  | { kind: 'line-breaks'; pattern: number }
  | { kind: 'bom' }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'long-line'; at: number; unit: string; repeat: number }
  | { kind: 'wide-row'; at: number; columns: number; pipe: boolean };

interface MutationLimits {
  /** Longest long line inserted (characters). */
  longLine: number;
  /** Most columns of an inserted wide row. */
  wideRow: number;
}

const SMALL_LIMITS: MutationLimits = { longLine: 20_000, wideRow: 10_000 };

function mutation(limits: MutationLimits = SMALL_LIMITS): fc.Arbitrary<Mutation> {
  const at = fc.nat();
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom<'delete-line' | 'duplicate-line' | 'nul' | 'truncate'>('delete-line', 'duplicate-line', 'nul', 'truncate'), at }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('swap-lines' as const), at, other: fc.nat() }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('cut-lines' as const), at, count: fc.integer({ min: 1, max: 40 }) }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('cell' as const), at, field: fc.nat(40), token: cellToken }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('number' as const), nth: fc.nat(), token: cellToken }) },
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('sum-cell' as const), nth: fc.nat(), value: fc.nat(200) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('line-breaks' as const), pattern: fc.nat() }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'bom' as const }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('insert' as const), at, text: fc.oneof(domainText(20), anyString(20), anyUnicode(10)) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('long-line' as const), at, unit: fc.constantFrom('a', '字', '0\t', '|', '1 ', '（', '\u0000'), repeat: fc.integer({ min: 1, max: limits.longLine }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('wide-row' as const), at, columns: fc.integer({ min: 1, max: limits.wideRow }), pipe: fc.boolean() }) },
  );
}

/** Lines with their own line breaks, so joining them gives the text back exactly. */
function splitLines(text: string): string[] {
  return text.match(/(?<![^\r\n])[^\r\n]*(?:\r\n|\r|\n)|(?<![^\r\n])[^\r\n]+$/g) ?? [];
}

function mod(n: number, length: number): number {
  return length === 0 ? 0 : n % length;
}

/** A table-row line of table 三 or 四: at least five numbers on it. */
const SUM_LINE = /(?<!\d)(?:\d+\D+){4}\d+/;

/** Applies one mutation; positions are taken modulo the text's size so every mutation applies. */
export function applyMutation(text: string, m: Mutation): string {
  const lines = splitLines(text);
  const join = () => lines.join('');
  switch (m.kind) {
    case 'delete-line':
      lines.splice(mod(m.at, lines.length), 1);
      return join();
    case 'duplicate-line': {
      const i = mod(m.at, lines.length);
      if (lines.length === 0) return text;
      const line = /[\r\n]$/.test(lines[i]) ? lines[i] : lines[i] + '\n';
      lines.splice(i, 0, line);
      return join();
    }
    case 'swap-lines': {
      if (lines.length < 2) return text;
      const a = mod(m.at, lines.length);
      const b = mod(m.other, lines.length);
      const eol = (s: string) => /\r\n$|\r$|\n$/.exec(s)?.[0] ?? '';
      const body = (s: string) => s.slice(0, s.length - eol(s).length);
      const [la, lb] = [lines[a], lines[b]];
      lines[a] = body(lb) + eol(la);
      lines[b] = body(la) + eol(lb);
      return join();
    }
    case 'cut-lines':
      lines.splice(mod(m.at, lines.length), m.count);
      return join();
    case 'cell': {
      if (lines.length === 0) return text;
      const i = mod(m.at, lines.length);
      const eol = /(\r\n|\r|\n)$/.exec(lines[i])?.[0] ?? '';
      const body = lines[i].slice(0, lines[i].length - eol.length);
      const sep = body.includes('\t') ? '\t' : body.includes('|') ? '|' : body.includes('<td') ? '</td>' : ' ';
      const fields = body.split(sep);
      fields[mod(m.field, fields.length)] = sep === '|' ? ` ${m.token} ` : sep === '</td>' ? `<td>${m.token}` : m.token;
      lines[i] = fields.join(sep) + eol;
      return join();
    }
    case 'number': {
      const runs = [...text.matchAll(/\d+/g)];
      if (runs.length === 0) return text;
      const r = runs[mod(m.nth, runs.length)];
      return text.slice(0, r.index) + m.token + text.slice(r.index! + r[0].length);
    }
    case 'sum-cell': {
      // A number cell of a table-三/四 row gets another value: the sums now fail (mostly).
      const cells: { start: number; end: number }[] = [];
      let offset = 0;
      for (const line of lines) {
        if (SUM_LINE.test(line)) for (const r of line.matchAll(/\d+/g)) cells.push({ start: offset + r.index!, end: offset + r.index! + r[0].length });
        offset += line.length;
      }
      // Cell-per-line tables have no such lines: any number will do there.
      if (cells.length === 0) for (const r of text.matchAll(/\d+/g)) cells.push({ start: r.index!, end: r.index! + r[0].length });
      if (cells.length === 0) return text;
      const c = cells[mod(m.nth, cells.length)];
      return text.slice(0, c.start) + String(m.value) + text.slice(c.end);
    }
    case 'line-breaks': {
      // Rewrites each line break as LF, CRLF or CR, by the bits of `pattern`.
      let k = 0;
      const breaks = ['\n', '\r\n', '\r'];
      return text.replace(/\r\n|\r|\n/g, () => breaks[Math.floor(m.pattern / 3 ** (k++ % 19)) % 3]);
    }
    case 'bom':
      return '\ufeff' + text;
    case 'nul': {
      const i = mod(m.at, text.length + 1);
      return text.slice(0, i) + '\u0000' + text.slice(i);
    }
    case 'truncate':
      return text.slice(0, mod(m.at, text.length + 1));
    case 'insert': {
      const i = mod(m.at, text.length + 1);
      return text.slice(0, i) + m.text + text.slice(i);
    }
    case 'long-line': {
      const i = mod(m.at, lines.length + 1);
      lines.splice(i, 0, m.unit.repeat(Math.ceil(m.repeat / m.unit.length)).slice(0, m.repeat) + '\n');
      return join();
    }
    case 'wide-row': {
      const i = mod(m.at, lines.length + 1);
      const cells = Array.from({ length: m.columns }, (_, k) => String(k % 10));
      lines.splice(i, 0, (m.pipe ? `| 四、结转下年度继续办理 | ${cells.join(' | ')} |` : `四、结转下年度继续办理\t${cells.join('\t')}`) + '\n');
      return join();
    }
  }
}

function applyMutations(text: string, ms: readonly Mutation[]): string {
  return ms.reduce(applyMutation, text);
}

/** A base document (a real draft or a generated report) and the mutations to apply to it. */
interface MutatedInput {
  base: string;
  mutations: Mutation[];
}

/** Mutations of the seeds and of generated reports; `maxMutations` bounds how far each strays. */
export function mutatedReport(seeds: readonly NamedText[], maxMutations = 6, limits: MutationLimits = SMALL_LIMITS): fc.Arbitrary<MutatedInput> {
  const base = seeds.length > 0
    ? fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...seeds.map((s) => s.text)) }, { weight: 1, arbitrary: generatedReport })
    : generatedReport;
  return fc.record({ base, mutations: fc.array(mutation(limits), { maxLength: maxMutations }) });
}

/** Mutations that break the sums of tables 三 and 四 (and only those), for the fix-safety tests. */
export function wrongSumReport(seeds: readonly NamedText[]): fc.Arbitrary<MutatedInput> {
  const base = fc.oneof(fc.constantFrom(...seeds.map((s) => s.text)), generatedReport);
  const sumCell = fc.record({ kind: fc.constant('sum-cell' as const), nth: fc.nat(), value: fc.nat(200) });
  return fc.record({ base, mutations: fc.array(sumCell, { minLength: 1, maxLength: 8 }) });
}

export const mutatedText = (input: MutatedInput): string => applyMutations(input.base, input.mutations);

/**
 * The inputs a long fuzz run once broke (test/reliability/found/*.json, exact text with lone
 * surrogates kept; the .txt beside each is for reading), replayed by the lint and fix-safety tests.
 */
export function foundInputs(): { text: string; template: TemplateChoice }[] {
  const folder = join(projectRoot, 'test/reliability/found');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')) as { text: string; template?: TemplateChoice })
    .map((r) => ({ text: r.text, template: r.template ?? 'auto' }));
}
