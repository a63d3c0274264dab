// The workspace suppressions file over stdio (the built server): "在工作区中忽略此问题" is an edit of
// .nianbao-suppressions.json (created in the workspace folder), never of the draft; once the file is
// written the finding is no longer published but counted in the status and the log; an edit elsewhere
// keeps it ignored, a changed cell is reported again. In a plain-text draft no comment is offered.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { emptySuppressions, lint, serializeSuppressions, withSuppressed } from '../../core/src/index.js';
import type { StatusParams } from '../../protocol/src/protocol.js';
import { REPO, fileUri, startServer, type TestClient } from './lspHarness.js';

const tsv = readFileSync(join(REPO, 'test', 'fixtures', 'shapes', 'clean-tsv.txt'), 'utf8');
const pipe = readFileSync(join(REPO, 'test', 'fixtures', 'shapes', 'clean-pipe.md'), 'utf8');
const slashTsv = tsv.replace('行政处罚\t4', '行政处罚\t/');
const slashPipe = pipe.replace('| 行政处罚 | 4 |', '| 行政处罚 | / |');
const TITLE = '在工作区中忽略此问题（记入 .nianbao-suppressions.json）';

describe('workspace suppressions over stdio', () => {
  let client: TestClient;
  let root: string;
  let file: string;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'nianbao-suppress-'));
    mkdirSync(join(root, 'reports'));
    writeFileSync(join(root, 'reports', 'a.txt'), slashTsv);
    writeFileSync(join(root, 'reports', 'b.md'), slashPipe);
    file = join(root, '.nianbao-suppressions.json');
    client = await startServer({ workspaceFolders: [root] });
  });
  after(async () => {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  });

  function actionsFor(uri: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    return client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0]!.range, context: { diagnostics } }) as Promise<CodeAction[]>;
  }
  const lastStatus = (uri: string) => client.notifications.filter((n) => n.method === 'nianbao/status' && (n.params as StatusParams).uri === uri).at(-1)?.params as StatusParams | undefined;

  it('a plain-text draft: the only quick fix is the suppressions file\'s, which creates it with the finding\'s entry', async () => {
    const uri = fileUri(join(root, 'reports', 'a.txt'));
    await client.open(uri, slashTsv, 'plaintext', 1);
    const diagnostics = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [['table-cell-invalid', slashTsv.split('\n').indexOf('行政处罚\t/')]]);
    const actions = await actionsFor(uri, diagnostics);
    // No comment form in a plain-text draft; the table refactoring is offered on the table the range touches.
    assert.deepEqual(actions.map((a) => [a.title, a.kind]), [[TITLE, 'quickfix'], ['改写为标准表二（Markdown 表格，数字保留在各自的格子里）', 'refactor.rewrite']]);
    const finding = lint(slashTsv).findings[0]!;
    const content = serializeSuppressions(withSuppressed(emptySuppressions(), 'reports/a.txt', finding, [finding], slashTsv, 'zh-cn'));
    const target = fileUri(file);
    assert.deepEqual(actions[0]!.edit, { documentChanges: [
      { kind: 'create', uri: target, options: { ignoreIfExists: true } },
      { textDocument: { uri: target, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: content }] },
    ] });
    assert.deepEqual(actions[0]!.diagnostics, diagnostics);
    // The editor writes the file and its watcher says so: the finding is ignored, and counted.
    writeFileSync(file, content);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: target, type: 1 }] });
    assert.deepEqual(await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0), []);
    await client.waitFor('status with the ignored count', () => (lastStatus(uri)?.suppressed === 1 ? true : undefined));
    assert.deepEqual(lastStatus(uri), { uri, state: 'linted', counts: { error: 0, warning: 0, info: 0 }, templateId: '2021', suppressed: 1 });
    assert.ok(client.logs.some((l) => /^已检查 a\.txt：2021 年格式，0 个问题，另有 1 个按工作区的忽略记录未显示（用时 [\d.]+ 毫秒）。$/.test(l)), client.logs.join('\n'));
  });

  it('an edit elsewhere keeps the finding ignored; the cell changed is a new finding', async () => {
    const uri = fileUri(join(root, 'reports', 'a.txt'));
    const edited = slashTsv.replace('持续推进政府信息公开工作。', '持续推进政府信息公开工作。\n\n全年召开专题会议三次。');
    await client.replace(uri, edited, 2);
    assert.deepEqual(await client.waitForDiagnostics(uri, (p) => p.version === 2), []);
    const changed = edited.replace('行政处罚\t/', '行政处罚\t—');
    await client.replace(uri, changed, 3);
    const diagnostics = await client.waitForDiagnostics(uri, (p) => p.version === 3);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [['table-cell-invalid', changed.split('\n').indexOf('行政处罚\t—')]]);
    await client.waitFor('status without ignored findings', () => (lastStatus(uri)?.counts.warning === 1 ? true : undefined));
    assert.equal(lastStatus(uri)?.suppressed, undefined);
  });

  it('a Markdown draft: the suppressions file\'s action (adding to the existing file) and the comment form', async () => {
    const uri = fileUri(join(root, 'reports', 'b.md'));
    await client.open(uri, slashPipe, 'markdown', 1);
    const diagnostics = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    assert.deepEqual(diagnostics.map((d) => d.code), ['table-cell-invalid']);
    const actions = await actionsFor(uri, diagnostics);
    assert.deepEqual(actions.map((a) => a.title), [TITLE, '在这一行停用规则 table-cell-invalid']);
    const before = readFileSync(file, 'utf8');
    const finding = lint(slashPipe).findings[0]!;
    const parsed = JSON.parse(before) as Parameters<typeof serializeSuppressions>[0];
    const content = serializeSuppressions(withSuppressed(parsed, 'reports/b.md', finding, [finding], slashPipe, 'zh-cn'));
    const lines = before.split('\n');
    assert.deepEqual(actions[0]!.edit, { documentChanges: [{ textDocument: { uri: fileUri(file), version: null }, edits: [{
      range: { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines.at(-1)!.length } }, newText: content,
    }] }] });
    assert.deepEqual(Object.keys((JSON.parse(content) as { files: object }).files), ['reports/a.txt', 'reports/b.md']);
  });
});
