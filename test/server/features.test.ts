// Protocol tests: hover on total cells and row labels, document symbols and folding ranges.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, FoldingRange, Hover, MarkupContent, Position } from 'vscode-languageserver-protocol';
import { REPO, seed, startServer, type TestClient } from './lspHarness.js';

const WRONG_TOTAL = readFileSync(join(REPO, 'test', 'server', 'fixtures', 'wrong-total.md'), 'utf8');

/** Position of the n-th tab-separated field of the first line starting with `lineStart`. */
function fieldPosition(text: string, lineStart: string, field: number): Position {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.startsWith(lineStart));
  assert.ok(line >= 0, lineStart);
  const fields = lines[line]!.split('\t');
  const character = fields.slice(0, field).reduce((n, f) => n + f.length + 1, 0);
  return { line, character };
}

describe('hover, symbols and folding over stdio', () => {
  let client: TestClient;
  const uri = 'file:///virtual/features.md';
  const cleanUri = 'file:///virtual/features-clean.md';
  before(async () => {
    client = await startServer();
    await client.open(uri, WRONG_TOTAL, 'markdown', 1);
    await client.open(cleanUri, seed('lijun-2025.md'), 'markdown', 1);
    await client.waitForDiagnostics(uri, (p) => p.version === 1);
  });
  after(async () => {
    await client.stop();
  });

  async function hover(at: Position, target = uri): Promise<string | undefined> {
    const result = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: target }, position: at })) as Hover | null;
    return result ? (result.contents as MarkupContent).value : undefined;
  }

  it('shows the formula of a wrong （七）总计 cell with each term and that it does not hold', async () => {
    const text = await hover(fieldPosition(WRONG_TOTAL, '(七) 总计', 1));
    assert.ok(text, 'a hover');
    // The verdict first, then the sum, each term once (all its terms are 0: named together).
    assert.equal(text.split('\n')[0], '✗ 不成立，应为 0（表中为 5）。');
    assert.match(text, /（七）总计等于各项办理结果之和/);
    assert.match(text, /总计 = 0\n/);
    assert.match(text, /其余各项为 0：予以公开、部分公开、属于国家秘密、/);
    for (const name of ['予以公开', '部分公开', '重复申请']) assert.equal(text.split(name).length, 2, `${name} once`);
  });

  it('shows that a row total holds', async () => {
    const text = await hover(fieldPosition(WRONG_TOTAL, '一、本年新收', 8));
    assert.ok(text);
    assert.match(text.split('\n')[0], /^✓ 成立/);
    assert.match(text, /本行的总计等于各类申请人之和/);
    assert.match(text, /其余各项为 0：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他。/);
  });

  it('on the wrong cell found where sums cross, shows each crossing sum, verdict first', async () => {
    const clean = WRONG_TOTAL.replace('(七) 总计\t5', '(七) 总计\t0');
    const text = clean.replace('一、本年新收政府信息公开申请数量\t\t0\t0', '一、本年新收政府信息公开申请数量\t\t0\t3');
    const other = 'file:///virtual/features-cell.md';
    await client.open(other, text, 'markdown', 1);
    await client.waitForDiagnostics(other, (p) => p.version === 1);
    const shown = await hover(fieldPosition(text, '一、本年新收', 3), other);
    assert.ok(shown);
    const blocks = shown.split('\n\n---\n\n');
    assert.deepEqual(blocks.map((b) => b.split('\n')[0]), ['✗ 不成立，应为 3（表中为 0）。', '✗ 不成立，应为 3（表中为 0）。']);
    assert.match(blocks[0]!, /本行的总计等于各类申请人之和/);
    assert.match(blocks[1]!, /第一项加第二项之和等于第三项加第四项之和/);
  });

  it('shows what the template says about a row label', async () => {
    const text = await hover(fieldPosition(WRONG_TOTAL, '行政许可', 0));
    assert.ok(text);
    assert.match(text, /表二的行“行政许可”/);
    assert.match(text, /国办公开办函〔2021〕30号/);
    assert.match(text, /应填 1 个数字：本年处理决定数量/);
  });

  it('has no hover on an ordinary number cell or on prose', async () => {
    assert.equal(await hover(fieldPosition(WRONG_TOTAL, '一、本年新收', 2)), undefined);
    assert.equal(await hover({ line: 0, character: 2 }), undefined);
  });

  it('lists the six sections with their subsections and tables', async () => {
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: cleanUri } })) as DocumentSymbol[];
    assert.equal(symbols.length, 6);
    assert.deepEqual(symbols.map((s) => s.name.slice(0, 2)), ['一、', '二、', '三、', '四、', '五、', '六、']);
    assert.equal(symbols[0]!.children?.length, 5, 'five subsections of 总体情况');
    assert.deepEqual(symbols[1]!.children?.map((c) => c.name), ['表二']);
    assert.deepEqual(symbols[2]!.children?.map((c) => c.name), ['表三']);
    assert.deepEqual(symbols[3]!.children?.map((c) => c.name), ['表四']);
    for (const s of symbols) {
      assert.ok(s.range.start.line <= s.selectionRange.start.line && s.selectionRange.end.line <= s.range.end.line);
      for (const c of s.children ?? []) assert.ok(s.range.start.line <= c.range.start.line && c.range.end.line <= s.range.end.line);
    }
    for (let i = 1; i < symbols.length; i++) assert.ok(symbols[i - 1]!.range.end.line < symbols[i]!.range.start.line);
  });

  it('folds by section', async () => {
    const ranges = (await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: cleanUri } })) as FoldingRange[];
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: cleanUri } })) as DocumentSymbol[];
    assert.ok(ranges.length >= 6);
    for (const s of symbols) {
      assert.ok(ranges.some((r) => r.startLine === s.range.start.line && r.endLine === s.range.end.line), `a fold for ${s.name}`);
    }
  });

  it('gives no symbols for a document that is not a report', async () => {
    const other = 'file:///virtual/notes.md';
    await client.open(other, '# Notes\n\n## A\n\ntext\n', 'markdown', 1);
    assert.equal(await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: other } }), null);
  });
});
