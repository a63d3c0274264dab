// Protocol test of the workspace index: an open 2025 report gets carryover-mismatch when its 2024
// report is created in the workspace (unopened, found through file events), with a related location
// in that file; the hover on a 上年结转 cell shows last year's value; the finding goes when last year's
// file is fixed on disk, and again when it is deleted.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver';
import { REPO, fileUri, startServer, type TestClient } from './lspHarness.js';

const YEARS = join(REPO, 'test', 'fixtures', 'years');
const THIS_YEAR = readFileSync(join(YEARS, 'caizheng-2025.md'), 'utf8');
const LAST_YEAR = readFileSync(join(YEARS, 'caizheng-2024.md'), 'utf8');
const CARRY_OUT = '| 四、结转下年度继续办理 |  |  | 1 | 0 | 0 | 0 | 0 | 0 | 1 |';

const carryCodes = (d: Diagnostic[]) => d.filter((x) => x.code === 'carryover-mismatch');

describe('workspace index over stdio', () => {
  let dir: string;
  let client: TestClient;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-index-'));
    writeFileSync(join(dir, 'caizheng-2025.md'), THIS_YEAR);
    client = await startServer({ workspaceFolders: [dir] });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds last year when its file is created, shows it on hover, and forgets it when fixed or deleted', async () => {
    const uri = fileUri(join(dir, 'caizheng-2025.md'));
    await client.open(uri, THIS_YEAR, 'markdown', 1);
    const first = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    assert.deepEqual(carryCodes(first), [], 'no 2024 report yet');

    const lastPath = join(dir, 'caizheng-2024.md');
    const lastUri = fileUri(lastPath);
    writeFileSync(lastPath, LAST_YEAR);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: lastUri, type: 1 }] });
    const found = carryCodes(await client.waitForDiagnostics(uri, (p) => carryCodes(p.diagnostics).length > 0));
    const carriedLine = THIS_YEAR.split('\n').findIndex((l) => l.startsWith('| 二、上年结转'));
    const lastLine = LAST_YEAR.split('\n').indexOf(CARRY_OUT);
    assert.deepEqual(found.map((d) => ({
      line: d.range.start.line, character: d.range.start.character, severity: d.severity,
      related: d.relatedInformation!.map((r) => [r.location.uri, r.location.range.start.line, r.message]),
    })), [
      { line: carriedLine, character: 27, severity: 1, related: [[lastUri, lastLine, '2024 年度报告的“四、结转下年度继续办理”：1']] },
      { line: carriedLine, character: 51, severity: 1, related: [[lastUri, lastLine, '2024 年度报告的“四、结转下年度继续办理”：1']] },
    ]);
    assert.match(String(found[0]!.message), /caizheng-2024\.md/);

    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: carriedLine, character: 27 } })) as { contents: { value: string } };
    assert.match(hover.contents.value, /2024 年度报告（caizheng-2024\.md）表三“四、结转下年度继续办理”的“自然人”栏：1/);

    // Last year's report corrected on disk (it carried nothing over after all): the finding goes.
    const fixed = LAST_YEAR.replace(CARRY_OUT, '| 四、结转下年度继续办理 |  |  | 0 | 0 | 0 | 0 | 0 | 0 | 0 |')
      .replace('| 一、本年新收政府信息公开申请数量 |  |  | 3 | 0 | 0 | 0 | 0 | 0 | 3 |', '| 一、本年新收政府信息公开申请数量 |  |  | 2 | 0 | 0 | 0 | 0 | 0 | 2 |');
    writeFileSync(lastPath, fixed);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: lastUri, type: 2 }] });
    await client.waitForDiagnostics(uri, (p) => carryCodes(p.diagnostics).length === 0);

    // Broken again, then deleted: back, then gone.
    writeFileSync(lastPath, LAST_YEAR);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: lastUri, type: 2 }] });
    await client.waitForDiagnostics(uri, (p) => carryCodes(p.diagnostics).length === 2);
    unlinkSync(lastPath);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: lastUri, type: 3 }] });
    await client.waitForDiagnostics(uri, (p) => carryCodes(p.diagnostics).length === 0);
  });

  it('an open last-year document counts with its live text', async () => {
    const uri = fileUri(join(dir, 'caizheng-2025.md'));
    const lastUri = fileUri(join(dir, 'caizheng-2024.md'));
    await client.open(lastUri, LAST_YEAR, 'markdown', 1);
    await client.waitForDiagnostics(uri, (p) => carryCodes(p.diagnostics).length === 2);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: lastUri } });
    // Closed, and there is no such file on disk: the index forgets it.
    await client.waitForDiagnostics(uri, (p) => carryCodes(p.diagnostics).length === 0);
  });
});
