// Protocol test: the workspace lint lints off the server's thread too. A folder holds a report the
// core hangs on (the NIANBAO_TEST_HANG_ON hook, as in lintTimeout.test.ts) and one with a wrong total:
// while nianbao.lintWorkspace runs, a hover on an open document is answered within 1 s; the hanging
// file is stopped at nianbao.lintTimeoutSeconds with the one timeout diagnostic and counted as
// stopped, and the other file gets its findings.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import type { LintWorkspaceResult } from '../../protocol/src/protocol.js';
import { deadline } from './deadline.js';
import { REPO, startServer, type TestClient } from './lspHarness.js';

const MARKER = 'nianbao-test-hang';
const PADDED = readFileSync(join(REPO, 'test', 'server', 'fixtures', 'padded-heading.md'), 'utf8');
const WRONG_TOTAL = readFileSync(join(REPO, 'test', 'server', 'fixtures', 'wrong-total.md'), 'utf8');
const TIMEOUT_SECONDS = 2;

describe('the workspace lint with a file the core hangs on', () => {
  let client: TestClient;
  let dir: string;
  const open = 'file:///virtual/open-wrong-total.md';

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-ws-hang-'));
    writeFileSync(join(dir, 'b-stuck.md'), `${PADDED}\n<!-- ${MARKER} -->\n`);
    // Files are linted in path order: the wrong total first, then the hanging file.
    writeFileSync(join(dir, 'a-wrong.md'), WRONG_TOTAL);
    client = await startServer({ workspaceFolders: [dir], env: { NIANBAO_TEST_HANG_ON: MARKER }, settings: { lintTimeoutSeconds: TIMEOUT_SECONDS } });
    await client.open(open, WRONG_TOTAL, 'markdown', 1);
    await client.waitForDiagnostics(open, (p) => p.version === 1);
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a hover while it runs, stops the hanging file at the limit and lints the other', async () => {
    const run = client.connection.sendRequest('workspace/executeCommand', { command: 'nianbao.lintWorkspace' }) as Promise<LintWorkspaceResult>;
    let finished = false;
    void run.then(() => (finished = true));
    // a-wrong.md's diagnostics are published: the run goes on to the hanging file, where it stays for
    // TIMEOUT_SECONDS. A hover sent now is answered at once.
    const wrongUri = pathToFileURL(join(dir, 'a-wrong.md')).href;
    await client.waitForDiagnostics(wrongUri, () => true, 10_000);
    const line = WRONG_TOTAL.split('\n').findIndex((l) => l.startsWith('(七) 总计'));
    const hover = (await deadline(
      client.connection.sendRequest('textDocument/hover', { textDocument: { uri: open }, position: { line, character: 1 } }),
      1000,
      () => 'a hover while the workspace lint waits on a hanging file',
    )) as Hover | null;
    assert.ok(hover, 'a hover');
    assert.match((hover.contents as MarkupContent).value, /表三的行“（七）总计”/);
    assert.equal(finished, false, 'the workspace lint was still running when the hover was answered');
    assert.equal(client.diagnostics.has(pathToFileURL(join(dir, 'b-stuck.md')).href), false, 'the hanging file was not done');

    const result = await run;
    const states = Object.fromEntries(result.reports!.map((r) => [r.file, { state: r.state, counts: r.counts }]));
    assert.deepEqual(states, {
      'b-stuck.md': { state: 'stopped', counts: { error: 0, warning: 0, info: 1 } },
      'a-wrong.md': { state: 'linted', counts: { error: 1, warning: 0, info: 0 } },
    });
    const stuck = client.diagnostics.get(pathToFileURL(join(dir, 'b-stuck.md')).href)!.diagnostics;
    assert.deepEqual(stuck.map((d) => ({ message: d.message, severity: d.severity })), [{
      message: `检查超时：${TIMEOUT_SECONDS} 秒内未查完（设置 nianbao.lintTimeoutSeconds），已停止检查此文件。请看看文件里是否有异常长的行或大段粘贴的内容；修改后会重新检查。`,
      severity: 3,
    }]);
    const wrong = client.diagnostics.get(wrongUri)!.diagnostics;
    assert.deepEqual(wrong.map((d) => d.code), ['sum-outcome-total']);
  });
});
