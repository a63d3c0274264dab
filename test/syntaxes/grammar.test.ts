// The injected TextMate grammar (syntaxes/nianbao.injection.tmLanguage.json), tokenized by
// vscode-textmate + vscode-oniguruma as VS Code does: which scope each part of a draft line gets.
// Host grammars are small stand-ins (the real Markdown one is exercised in the VS Code suite). The
// colours each part gets in VS Code's default themes Light+ and Dark+ are resolved by vscode-textmate's
// own theme matching, from those themes' rules for the scopes in play.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { lint } from '../../core/src/index.js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import oniguruma from 'vscode-oniguruma';
import textmate, { type IGrammar } from 'vscode-textmate';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const grammarFile = join(root, 'syntaxes', 'nianbao.injection.tmLanguage.json');

// Like VS Code's Markdown grammar: a heading's text is re-tokenized by inline patterns (captures).
const markdownStandIn = {
  scopeName: 'text.html.markdown',
  patterns: [{
    match: '(?:^|\\G)[ ]{0,3}(#{1,6})\\s+(.*?)\\s*$',
    name: 'markup.heading.markdown',
    captures: {
      1: { name: 'punctuation.definition.heading.markdown' },
      2: { name: 'entity.name.section.markdown', patterns: [{ match: '\\*\\*', name: 'punctuation.definition.bold.markdown' }] },
    },
  }],
};
const grammars: Record<string, unknown> = {
  'text.html.markdown': markdownStandIn,
  'text.plain': JSON.parse(readFileSync(join(root, 'syntaxes', 'plaintext.tmLanguage.json'), 'utf8')),
  'nianbao.injection': JSON.parse(readFileSync(grammarFile, 'utf8')),
};

/**
 * The token rules of Light+ and Dark+ (VS Code's extensions/theme-defaults: light_vs.json with
 * light_plus.json, dark_vs.json with dark_plus.json) for the scope selectors the host grammars and
 * this grammar can meet, with the themes' colours: the alarming ones (red and maroon in Light+) and
 * the ones the grammar's scopes fall under.
 */
const THEMES: Record<'Light+' | 'Dark+', Array<[string, string]>> = {
  'Light+': [
    ['markup.heading', '#800000'], ['entity.name.tag', '#800000'], ['entity.other.attribute-name', '#ff0000'],
    ['support.type.property-name', '#ff0000'], ['string', '#a31515'], ['invalid', '#cd3131'], ['markup.inline.raw', '#800000'],
    ['punctuation.definition.tag', '#800000'], ['markup.bold', '#000080'], ['constant.numeric', '#09885a'],
    ['entity.name.function', '#795e26'], ['entity.name.type', '#267f99'], ['variable', '#001080'],
  ],
  'Dark+': [
    ['markup.heading', '#6796e6'], ['entity.name.tag', '#569cd6'], ['entity.other.attribute-name', '#9cdcfe'],
    ['support.type.property-name', '#9cdcfe'], ['string', '#ce9178'], ['invalid', '#f44747'], ['constant.numeric', '#b5cea8'],
    ['entity.name.function', '#dcdcaa'], ['entity.name.type', '#4ec9b0'], ['variable', '#9cdcfe'],
  ],
};
const DEFAULT_FOREGROUND = { 'Light+': '#000000', 'Dark+': '#d4d4d4' };

/** Whether a colour reads as red or maroon: a hue within 20° of red, clearly saturated. */
function alarming(hex: string): boolean {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max === 0 || (max - min) / max < 0.5) return false;
  const hue = max === r ? (60 * ((g - b) / (max - min)) + 360) % 360 : max === g ? 60 * ((b - r) / (max - min)) + 120 : 60 * ((r - g) / (max - min)) + 240;
  return hue <= 20 || hue >= 340;
}

let markdown: IGrammar;
let plain: IGrammar;
const themed: Record<string, { markdown: IGrammar; plain: IGrammar; colors: string[] }> = {};

async function loadRegistry(theme?: Array<[string, string]>, foreground?: string) {
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) =>
      grammars[scopeName] ? textmate.parseRawGrammar(JSON.stringify(grammars[scopeName]), `${scopeName}.json`) : null,
    getInjections: (scopeName: string) =>
      scopeName === 'text.html.markdown' || scopeName === 'text.plain' ? ['nianbao.injection'] : [],
    ...(theme ? { theme: { settings: [{ settings: { foreground } }, ...theme.map(([scope, color]) => ({ scope, settings: { foreground: color } }))] } } : {}),
  });
  return { registry, markdown: (await registry.loadGrammar('text.html.markdown'))!, plain: (await registry.loadGrammar('text.plain'))! };
}

before(async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  ({ markdown, plain } = await loadRegistry());
  for (const [name, rules] of Object.entries(THEMES)) {
    const loaded = await loadRegistry(rules, DEFAULT_FOREGROUND[name as keyof typeof THEMES]);
    themed[name] = { markdown: loaded.markdown, plain: loaded.plain, colors: loaded.registry.getColorMap() };
  }
});

/** The foreground colour(s) the theme gives the characters of `part` in `line` (lower case). */
function colorsOf(theme: string, host: 'markdown' | 'plain', line: string, part: string): string[] {
  const { colors, ...grammar } = themed[theme];
  const at = line.indexOf(part);
  assert.ok(at >= 0, `"${part}" is in the line`);
  const { tokens } = grammar[host].tokenizeLine2(line, textmate.INITIAL);
  const found = new Set<string>();
  for (let i = 0; i < tokens.length; i += 2) {
    const start = tokens[i];
    const end = i + 2 < tokens.length ? tokens[i + 2] : line.length;
    // The foreground index sits in bits 15-23 of the token's metadata (vscode-textmate's EncodedTokenAttributes).
    if (start < at + part.length && end > at) found.add(colors[(tokens[i + 1] & 0x00ff8000) >>> 15].toLowerCase());
  }
  return [...found];
}

/** The scopes of the token(s) covering `part` in `line` (all tokens must agree on `scope`). */
function scopesOf(grammar: IGrammar, line: string, part: string): string[][] {
  const at = line.indexOf(part);
  assert.ok(at >= 0, `"${part}" is in the line`);
  const { tokens } = grammar.tokenizeLine(line, textmate.INITIAL);
  return tokens.filter((t) => t.startIndex < at + part.length && t.endIndex > at).map((t) => t.scopes);
}

function assertScope(grammar: IGrammar, line: string, part: string, scope: string): void {
  const scopes = scopesOf(grammar, line, part);
  assert.ok(scopes.length > 0 && scopes.every((s) => s.includes(scope)), `"${part}" in "${line}" is ${scope}: ${JSON.stringify(scopes)}`);
}

function assertNoScope(grammar: IGrammar, line: string, part: string, prefix: string): void {
  const scopes = scopesOf(grammar, line, part).flat();
  assert.ok(!scopes.some((s) => s.startsWith(prefix)), `"${part}" in "${line}" has no ${prefix}: ${JSON.stringify(scopes)}`);
}

test('a Markdown section heading keeps its Markdown scope and gets its number and title marked', () => {
  const line = '## 一、总体情况';
  assertScope(markdown, line, '一、', 'entity.name.type.section.number.nianbao');
  assertScope(markdown, line, '一、', 'markup.heading.markdown');
  assertScope(markdown, line, '总体情况', 'entity.name.type.section.title.nianbao');
});

test('bold and plain-text section headings, long official wording included', () => {
  assertScope(markdown, '**四、政府信息公开行政复议、行政诉讼情况**', '政府信息公开行政复议、行政诉讼情况', 'entity.name.type.section.nianbao');
  assertScope(plain, '六、其他需要报告的事项', '六、', 'entity.name.type.section.number.nianbao');
  assertScope(plain, '二、行政机关主动公开政府信息情况', '行政机关主动公开政府信息情况', 'entity.name.type.section.title.nianbao');
});

test('a numbered line that is not one of the six sections is not a heading', () => {
  assertNoScope(plain, '二、主要采取的措施', '主要采取的措施', 'entity.name.type.section');
  assertNoScope(plain, '我们做了三件事：一、总体规划', '一、', 'entity.name.type.section');
});

test('table 三 row labels in a pipe table, and the number cells beside them', () => {
  const line = '| 一、本年新收政府信息公开申请数量 | 0 | 12 | 3 |';
  assertScope(markdown, line, '一、本年新收政府信息公开申请数量', 'variable.other.row-label.nianbao');
  assertScope(markdown, line, '12', 'constant.numeric.cell.nianbao');
  assertNoScope(markdown, line, '一、本年新收', 'entity.name.type.section');
});

test('row labels in tab-separated rows pasted from Word, half-width brackets and spaces too', () => {
  const line = '三、本年度办理结果\t(一) 予以公开\t0\t7';
  assertScope(plain, line, '三、本年度办理结果', 'variable.other.row-label.nianbao');
  assertScope(plain, line, '(一) 予以公开', 'variable.other.row-label.nianbao');
  assertScope(plain, line, '7', 'constant.numeric.cell.nianbao');
  assertScope(plain, '\t2.申请人逾期未按收费通知要求缴纳费用, 行政机关不再处理其政府信息公开申请\t0', '2.申请人逾期', 'variable.other.row-label.nianbao');
});

test('a label alone on its line (one cell per line) is a row label, not a section heading', () => {
  assertScope(plain, '四、结转下年度继续办理', '四、结转下年度继续办理', 'variable.other.row-label.nianbao');
  assertNoScope(plain, '四、结转下年度继续办理', '四、', 'entity.name.type.section');
  assertScope(plain, '15', '15', 'constant.numeric.cell.nianbao');
});

test('第二十条第（X）项 references and subsection numbers', () => {
  assertScope(markdown, '**第二十条第（一）项**', '第二十条第（一）项', 'entity.name.function.reference.nianbao');
  assertScope(markdown, '### （三）政府信息管理', '（三）', 'entity.name.type.subsection.nianbao');
  assertNoScope(markdown, '**第二十条第（一）项**', '（一）', 'entity.name.type.subsection');
});

test('numbers and labels inside prose are left alone', () => {
  const line = '本年度主动公开政府信息共 37 条，其中规章 0 件。';
  assertNoScope(markdown, line, '37', 'constant.numeric');
  assertNoScope(markdown, line, '规章', 'variable.other.row-label');
});

test('in Light+ and Dark+ no heading, row label, reference or cell is painted red or maroon (Markdown\'s own heading colour is overridden)', () => {
  // [host, line, part]: every kind of mark the grammar makes, in both hosts.
  const parts: Array<['markdown' | 'plain', string, string]> = [
    ['markdown', '## 一、总体情况', '一、'],
    ['markdown', '## 一、总体情况', '总体情况'],
    ['markdown', '### （三）政府信息管理', '（三）'],
    ['markdown', '| 一、本年新收政府信息公开申请数量 | 0 | 12 | 3 |', '一、本年新收政府信息公开申请数量'],
    ['markdown', '| 一、本年新收政府信息公开申请数量 | 0 | 12 | 3 |', '12'],
    ['markdown', '**第二十条第（一）项**', '第二十条第（一）项'],
    ['plain', '六、其他需要报告的事项', '六、'],
    ['plain', '六、其他需要报告的事项', '其他需要报告的事项'],
    ['plain', '（一）主动公开', '（一）'],
    ['plain', '三、本年度办理结果\t(一) 予以公开\t0\t7', '(一) 予以公开'],
    ['plain', '三、本年度办理结果\t(一) 予以公开\t0\t7', '7'],
  ];
  const got = Object.fromEntries(Object.keys(THEMES).map((theme) => [theme, parts.map(([host, line, part]) => `${part}: ${colorsOf(theme, host, line, part).join(' ')}`)]));
  const expected = (heading: string, label: string, reference: string, number: string) => [
    `一、: ${heading}`, `总体情况: ${heading}`, `（三）: ${heading}`, `一、本年新收政府信息公开申请数量: ${label}`, `12: ${number}`,
    `第二十条第（一）项: ${reference}`, `六、: ${heading}`, `其他需要报告的事项: ${heading}`, `（一）: ${heading}`, `(一) 予以公开: ${label}`, `7: ${number}`,
  ];
  assert.deepEqual(got, {
    'Light+': expected('#267f99', '#001080', '#795e26', '#09885a'),
    'Dark+': expected('#4ec9b0', '#9cdcfe', '#dcdcaa', '#b5cea8'),
  });
  for (const lines of Object.values(got)) for (const l of lines) assert.ok(!alarming(l.slice(-7)), l);
  // The check bites: Markdown's heading colour and the old scopes (attribute-name, tag) are alarming in Light+.
  assert.deepEqual(['#800000', '#ff0000', '#a31515', '#cd3131', '#267f99', '#001080', '#795e26', '#09885a'].map(alarming), [true, true, true, true, false, false, false, false]);
  assert.deepEqual(colorsOf('Light+', 'markdown', '## 二、主要采取的措施', '主要采取的措施'), ['#800000'], 'a heading the grammar does not mark keeps Markdown\'s colour');
});

test('every number cell the checker reads in the plain-text drafts of the fixtures is highlighted as a number', () => {
  const dirs = ['real', 'seeds', 'shapes', 'years'].map((d) => join(root, 'test', 'fixtures', d));
  const tally: Array<[string, number, number]> = [];
  for (const dir of dirs) {
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(dir, name), 'utf8');
      const numeric = new Set<number>();
      let state = textmate.INITIAL;
      let offset = 0;
      for (const raw of text.split('\n')) {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        const result = plain.tokenizeLine(line, state);
        state = result.ruleStack;
        for (const t of result.tokens) if (t.scopes.includes('constant.numeric.cell.nianbao')) numeric.add(offset + t.startIndex);
        offset += raw.length + 1;
      }
      const cells = lint(text).report.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.filter((c) => c.value !== null)));
      const starts = cells.map((c) => c.token.span.start + (c.token.text.length - c.token.text.trimStart().length));
      tally.push([name, starts.filter((s) => numeric.has(s)).length, cells.length]);
      assert.ok(cells.length > 100, `${name}: the tables are read`);
    }
  }
  assert.deepEqual(tally, tally.map(([name, , cells]) => [name, cells, cells]), 'highlighted / read, per file');
});

test('the grammar file is what scripts/generate-grammar.mjs makes from the core templates', () => {
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'generate-grammar.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});
