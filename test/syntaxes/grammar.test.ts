// The injected TextMate grammar (syntaxes/nianbao.injection.tmLanguage.json), tokenized by
// vscode-textmate + vscode-oniguruma as VS Code does: which scope each part of a draft line gets.
// Host grammars are small stand-ins (the real Markdown one is exercised in the VS Code suite).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

let markdown: IGrammar;
let plain: IGrammar;

before(async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) =>
      grammars[scopeName] ? textmate.parseRawGrammar(JSON.stringify(grammars[scopeName]), `${scopeName}.json`) : null,
    getInjections: (scopeName: string) =>
      scopeName === 'text.html.markdown' || scopeName === 'text.plain' ? ['nianbao.injection'] : [],
  });
  markdown = (await registry.loadGrammar('text.html.markdown'))!;
  plain = (await registry.loadGrammar('text.plain'))!;
});

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
  assertScope(markdown, line, '一、', 'punctuation.definition.heading.nianbao');
  assertScope(markdown, line, '一、', 'markup.heading.markdown');
  assertScope(markdown, line, '总体情况', 'entity.name.section.nianbao');
});

test('bold and plain-text section headings, long official wording included', () => {
  assertScope(markdown, '**四、政府信息公开行政复议、行政诉讼情况**', '政府信息公开行政复议、行政诉讼情况', 'markup.heading.section.nianbao');
  assertScope(plain, '六、其他需要报告的事项', '六、', 'punctuation.definition.heading.nianbao');
  assertScope(plain, '二、行政机关主动公开政府信息情况', '行政机关主动公开政府信息情况', 'entity.name.section.nianbao');
});

test('a numbered line that is not one of the six sections is not a heading', () => {
  assertNoScope(plain, '二、主要采取的措施', '主要采取的措施', 'markup.heading.section');
  assertNoScope(plain, '我们做了三件事：一、总体规划', '一、', 'markup.heading.section');
});

test('table 三 row labels in a pipe table, and the number cells beside them', () => {
  const line = '| 一、本年新收政府信息公开申请数量 | 0 | 12 | 3 |';
  assertScope(markdown, line, '一、本年新收政府信息公开申请数量', 'entity.other.attribute-name.row-label.nianbao');
  assertScope(markdown, line, '12', 'constant.numeric.cell.nianbao');
  assertNoScope(markdown, line, '一、本年新收', 'markup.heading.section');
});

test('row labels in tab-separated rows pasted from Word, half-width brackets and spaces too', () => {
  const line = '三、本年度办理结果\t(一) 予以公开\t0\t7';
  assertScope(plain, line, '三、本年度办理结果', 'entity.other.attribute-name.row-label.nianbao');
  assertScope(plain, line, '(一) 予以公开', 'entity.other.attribute-name.row-label.nianbao');
  assertScope(plain, line, '7', 'constant.numeric.cell.nianbao');
  assertScope(plain, '\t2.申请人逾期未按收费通知要求缴纳费用, 行政机关不再处理其政府信息公开申请\t0', '2.申请人逾期', 'entity.other.attribute-name.row-label.nianbao');
});

test('a label alone on its line (one cell per line) is a row label, not a section heading', () => {
  assertScope(plain, '四、结转下年度继续办理', '四、结转下年度继续办理', 'entity.other.attribute-name.row-label.nianbao');
  assertNoScope(plain, '四、结转下年度继续办理', '四、', 'markup.heading.section');
  assertScope(plain, '15', '15', 'constant.numeric.cell.nianbao');
});

test('第二十条第（X）项 references and subsection numbers', () => {
  assertScope(markdown, '**第二十条第（一）项**', '第二十条第（一）项', 'entity.name.tag.reference.nianbao');
  assertScope(markdown, '### （三）政府信息管理', '（三）', 'markup.heading.subsection.nianbao');
  assertNoScope(markdown, '**第二十条第（一）项**', '（一）', 'markup.heading.subsection');
});

test('numbers and labels inside prose are left alone', () => {
  const line = '本年度主动公开政府信息共 37 条，其中规章 0 件。';
  assertNoScope(markdown, line, '37', 'constant.numeric');
  assertNoScope(markdown, line, '规章', 'entity.other.attribute-name');
});

test('the grammar file is what scripts/generate-grammar.mjs makes from the core templates', () => {
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'generate-grammar.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});
