// Protocol tests: the server survives malformed and out-of-order messages, unknown methods, a
// failing handler (logged once), huge and binary documents (skipped with one message), and
// 10,000 rapid edits (memory stays flat); it still answers correctly afterwards.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { lint } from '../../core/src/index.js';
import { REPO, seed, startServer, type TestClient } from './lspHarness.js';

const WRONG_TOTAL = readFileSync(join(REPO, 'test', 'server', 'fixtures', 'wrong-total.md'), 'utf8');

/** Resident set size of a process in KB (Linux /proc), or undefined elsewhere. */
function rssKb(pid: number): number | undefined {
  const status = `/proc/${pid}/status`;
  if (!existsSync(status)) return undefined;
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(status, 'utf8'));
  return m ? Number(m[1]) : undefined;
}

describe('robustness over stdio', () => {
  let client: TestClient;
  before(async () => {
    client = await startServer();
  });
  after(async () => {
    await client.stop();
  });

  async function assertStillWorks(tag: string): Promise<void> {
    assert.equal(client.hasExited, false, `server alive after ${tag}`);
    const uri = `file:///virtual/alive-${tag}.md`;
    await client.open(uri, WRONG_TOTAL, 'markdown', 1);
    const diagnostics = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    assert.deepEqual(diagnostics.map((d) => d.code), lint(WRONG_TOTAL).findings.map((f) => f.ruleId));
  }

  it('answers an unknown request with MethodNotFound and ignores an unknown notification', async () => {
    await assert.rejects(client.connection.sendRequest('nianbao/noSuchMethod', {}), (e: { code?: number }) => e.code === -32601);
    await client.connection.sendNotification('nianbao/noSuchNotification', { x: 1 });
    await assertStillWorks('unknown');
  });

  it('survives out-of-order and malformed document messages', async () => {
    const ghost = 'file:///virtual/never-opened.md';
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: ghost, version: 5 }, contentChanges: [{ text: 'x' }] });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: ghost }, contentChanges: [{ text: 'x' }] });
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: ghost } });
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri: ghost } });
    await client.connection.sendNotification('textDocument/didOpen', {});
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///virtual/null.md', languageId: 'markdown', version: 1, text: null } });
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: 'not a uri', type: 2 }] });
    assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: ghost }, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: ghost }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }), []);
    await assertStillWorks('malformed');
  });

  it('logs a failing handler once and answers with an empty result', async () => {
    const uri = 'file:///virtual/failing.md';
    await client.open(uri, WRONG_TOTAL, 'markdown', 1);
    await client.waitForDiagnostics(uri);
    const bad = { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: null };
    assert.deepEqual(await client.connection.sendRequest('textDocument/codeAction', bad), []);
    assert.deepEqual(await client.connection.sendRequest('textDocument/codeAction', bad), []);
    await client.waitFor('the error in the log', () => (client.logs.some((l) => l.includes('codeAction failed')) ? true : undefined));
    assert.equal(client.logs.filter((l) => l.includes('codeAction failed')).length, 1, 'logged once');
    await assertStillWorks('failing');
  });

  it('skips a 3 MB report with one information diagnostic instead of parsing it', async () => {
    const base = seed('lijun-2025.md');
    const big = base.repeat(Math.ceil((3 * 1024 * 1024) / Buffer.byteLength(base)));
    assert.ok(Buffer.byteLength(big) > 3 * 1024 * 1024);
    const uri = 'file:///virtual/huge.md';
    await client.open(uri, big, 'markdown', 1);
    const diagnostics = await client.waitForDiagnostics(uri);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]!.severity, 3);
    assert.match(String(diagnostics[0]!.message), /超过.*2\.0 MB/);
    const status = await client.waitFor('status', () => client.notifications.find((n) => n.method === 'nianbao/status' && (n.params as { uri: string }).uri === uri));
    assert.equal((status.params as { state: string }).state, 'tooLarge');
    await assertStillWorks('huge');
  });

  it('skips a binary document with one information diagnostic', async () => {
    const uri = 'file:///virtual/binary.txt';
    await client.open(uri, `政府信息公开工作年度报告\u0000\u0000\u0001\u0002${'\u0000'.repeat(100)}`, 'plaintext', 1);
    const diagnostics = await client.waitForDiagnostics(uri);
    assert.equal(diagnostics.length, 1);
    assert.match(String(diagnostics[0]!.message), /二进制/);
    await assertStillWorks('binary');
  });

  it('publishes at most 1,000 diagnostics for a document with thousands of findings, with a note of how many there are', async () => {
    const uri = 'file:///virtual/many-rows.md';
    const rows = '| 行政许可 | 3 |\n'.repeat(5000);
    await client.open(uri, `# 某局2025年政府信息公开工作年度报告\n\n## 二、主动公开政府信息情况\n\n| 信息内容 | 本年处理决定数量 |\n| --- | --- |\n${rows}`, 'markdown', 1);
    const diagnostics = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    assert.equal(diagnostics.length, 1001);
    assert.equal(diagnostics[0]!.severity, 3);
    assert.match(String(diagnostics[0]!.message), /共有 (\d+) 个问题，这里只显示按位置排在前面的 1000 个/);
    const count = Number(/共有 (\d+) 个/.exec(String(diagnostics[0]!.message))![1]);
    assert.ok(count > 5000, `${count} findings`);
    const lines = diagnostics.slice(1).map((d) => d.range.start.line);
    assert.deepEqual(lines, [...lines].sort((a, b) => a - b), 'the first ones by position');
    await assertStillWorks('many findings');
  });

  it('keeps memory flat over bursts of 10,000 rapid edits and ends with the right diagnostics', async () => {
    const uri = 'file:///virtual/rapid-10k.md';
    const text = seed('lijun-2025.md');
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.startsWith('(七) 总计'));
    const character = lines[line]!.indexOf('\t0') + 1;
    await client.open(uri, text, 'markdown', 1);
    await client.waitForDiagnostics(uri, (p) => p.version === 1);
    const pid = client.child.pid!;
    const EDITS = 10_000;
    let version = 1;
    // Sends a burst of one-character edits and waits for the diagnostics of the last one.
    const burst = async () => {
      for (let i = 0; i < EDITS; i++) {
        version++;
        void client.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text: String(version % 10) }],
        });
      }
      const final = lines.slice();
      final[line] = final[line]!.slice(0, character) + String(version % 10) + final[line]!.slice(character + 1);
      const last = version;
      const diagnostics = await client.waitForDiagnostics(uri, (p) => p.version === last, 60_000);
      assert.deepEqual(diagnostics.map((d) => d.code), lint(final.join('\n')).findings.map((f) => f.ruleId));
    };
    const start = rssKb(pid);
    await burst(); // warm-up: the heap grows to its working size
    await burst();
    const warm = rssKb(pid);
    await burst();
    await burst();
    const end = rssKb(pid);
    if (start !== undefined && warm !== undefined && end !== undefined) {
      const mb = (kb: number) => Math.round(kb / 1024);
      console.log(`server RSS: start ${mb(start)} MB, after 20,000 edits ${mb(warm)} MB, after 40,000 edits ${mb(end)} MB`);
      // A leak of 1.6 KB per edit would add 32 MB over the last 20,000 edits.
      assert.ok(end - warm < 32 * 1024, `the last 20,000 edits grew RSS by ${mb(end - warm)} MB`);
    }
    await assertStillWorks('rapid');
  });
});
