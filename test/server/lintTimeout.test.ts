// Protocol test: a lint that never ends is stopped, and the server keeps answering meanwhile. The
// document is the padded heading that froze the server for 28 s before the heading regex was made
// linear (test/server/fixtures/padded-heading.md). Now that it lints in 80 ms, the test hook
// NIANBAO_TEST_HANG_ON makes the core hang on it for good (server/src/lintWorker.ts), as a core stuck
// on some other input would: the server must stop that lint after nianbao.lintTimeoutSeconds, say so
// in one diagnostic, and answer hover, code actions and other documents while it runs.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { deadline } from './deadline.js';
import { REPO, seed, startServer, type TestClient } from './lspHarness.js';

const MARKER = 'nianbao-test-hang';
const PADDED = readFileSync(join(REPO, 'test', 'server', 'fixtures', 'padded-heading.md'), 'utf8');
const WRONG_TOTAL = readFileSync(join(REPO, 'test', 'server', 'fixtures', 'wrong-total.md'), 'utf8');
const HANGING = `${PADDED}\n<!-- ${MARKER} -->\n`;
const TIMEOUT_SECONDS = 3;

describe('a lint past nianbao.lintTimeoutSeconds over stdio', () => {
  let client: TestClient;
  const stuck = 'file:///virtual/padded-heading.md';
  const other = 'file:///virtual/wrong-total.md';
  const later = 'file:///virtual/later.md';
  const reference = 'file:///virtual/padded-reference.md';

  before(async () => {
    client = await startServer({ env: { NIANBAO_TEST_HANG_ON: MARKER }, settings: { lintTimeoutSeconds: TIMEOUT_SECONDS } });
    await client.open(other, WRONG_TOTAL, 'markdown', 1);
    await client.waitForDiagnostics(other, (p) => p.version === 1);
  });
  after(async () => {
    await client.stop();
  });

  it('answers hover, code actions and another document while the lint runs, then publishes one timeout diagnostic', async (t) => {
    await client.open(stuck, HANGING, 'markdown', 1);
    const stuckPublished = () => client.history.get(stuck)?.length ?? 0;

    // Hover on the other document: answered within 1 s while the stuck lint is still running.
    const hoverStarted = performance.now();
    const line = WRONG_TOTAL.split('\n').findIndex((l) => l.startsWith('(七) 总计'));
    const hover = (await deadline(
      client.connection.sendRequest('textDocument/hover', { textDocument: { uri: other }, position: { line, character: 1 } }),
      1000,
      () => 'a hover on another document while a lint hangs',
    )) as Hover | null;
    const hoverMs = performance.now() - hoverStarted;
    assert.ok(hover, 'a hover');
    assert.match((hover.contents as MarkupContent).value, /表三的行“（七）总计”/);
    assert.equal(stuckPublished(), 0, 'the stuck lint had not finished when the hover was answered');

    // Code actions of the other document, and a third document opened meanwhile, are served too.
    const diagnostics = client.diagnostics.get(other)!.diagnostics;
    const actions = (await deadline(
      client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: other }, range: diagnostics[0]!.range, context: { diagnostics } }),
      1000,
      () => 'code actions while a lint hangs',
    )) as CodeAction[];
    assert.ok(actions.length > 0, 'code actions');
    await client.open(later, seed('lijun-2025.md'), 'markdown', 1);
    const laterDiagnostics = await client.waitForDiagnostics(later, (p) => p.version === 1);
    assert.equal(stuckPublished(), 0, 'the third document was linted while the stuck lint was still running');
    assert.deepEqual(laterDiagnostics, [], 'lijun-2025 is clean');

    // The stuck lint is stopped at the limit: one information diagnostic, in Chinese by default.
    const published = await client.waitForDiagnostics(stuck, (p) => p.version === 1, 10_000);
    assert.deepEqual(published.map((d: Diagnostic) => ({ message: d.message, severity: d.severity, range: d.range })), [{
      message: `检查超时：${TIMEOUT_SECONDS} 秒内未查完（设置 nianbao.lintTimeoutSeconds），已停止检查此文件。请看看文件里是否有异常长的行或大段粘贴的内容；修改后会重新检查。`,
      severity: 3,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    }]);
    // The status notification follows the diagnostics: the language status says the check was stopped.
    const state = await client.waitFor('the status of the stopped document', () => {
      const status = client.notifications.filter((n) => n.method === 'nianbao/status' && (n.params as { uri: string }).uri === stuck).at(-1);
      return (status?.params as { state: string } | undefined)?.state;
    });
    assert.equal(state, 'stopped');
    t.diagnostic(`hover on another document answered in ${hoverMs.toFixed(0)} ms while the lint hung`);
  });

  it('lints the document again, in a fresh worker, once the cause is edited away', async () => {
    await client.open(reference, PADDED, 'markdown', 1);
    const expected = await client.waitForDiagnostics(reference, (p) => p.version === 1);
    await client.replace(stuck, PADDED, 2);
    const published = await client.waitForDiagnostics(stuck, (p) => p.version === 2);
    assert.deepEqual(published.map((d) => [d.code, d.message, d.range]), expected.map((d) => [d.code, d.message, d.range]));
    assert.ok(!published.some((d) => String(d.message).startsWith('检查超时')));
  });

  it('says it in English when the messages are English', async () => {
    client.settings = { lintTimeoutSeconds: TIMEOUT_SECONDS, messageLanguage: 'en' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.replace(stuck, HANGING, 3);
    const published = await client.waitForDiagnostics(stuck, (p) => p.version === 3, 15_000);
    assert.deepEqual(published.map((d) => d.message), [
      `Check timed out: not finished within ${TIMEOUT_SECONDS} s (setting nianbao.lintTimeoutSeconds), so checking this file was stopped. Look for an unusually long line or a large pasted block; the file is checked again when you change it.`,
    ]);
  });
});
