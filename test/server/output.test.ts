// "Show Output" is not an empty pane: the server logs that it started, each open document it checked
// (template, problem count, time; once per change of result, not per keystroke), documents it left
// alone and why, and each workspace lint — in the message language.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { formatMessage, lint } from '../../core/src/index.js';
import { REPO, startServer, type TestClient } from './lspHarness.js';

const WRONG_TOTAL = readFileSync(join(REPO, 'test', 'server', 'fixtures', 'wrong-total.md'), 'utf8');

/** A pattern for a message with its `{ms}` hole accepting any time. */
function pattern(messageId: string, args: Record<string, string | number>): RegExp {
  const text = formatMessage(messageId, { ...args, ms: '\u0000' }, 'zh-cn');
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('\u0000', '\\d+(?:\\.\\d)?')}$`);
}

describe('the server log (Show Output)', () => {
  let client: TestClient;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-log-'));
    writeFileSync(join(dir, 'a.md'), WRONG_TOTAL);
    client = await startServer({ workspaceFolders: [dir] });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says it started, what it checked and how long it took, and what it left alone', async () => {
    await client.waitFor('the start line', () => client.logs.find((l) => l.startsWith('年报语言服务器')));
    const started = client.logs.find((l) => l.startsWith('年报语言服务器'))!;
    assert.match(started, new RegExp(`Node ${process.version.replace(/\./g, '\\.')}`));
    const count = lint(WRONG_TOTAL).findings.length;
    const uri = 'file:///virtual/%E6%8A%A5%E5%91%8A.md';
    await client.open(uri, WRONG_TOTAL, 'markdown', 1);
    const checked = pattern('server.log.linted', { file: '报告.md', template: '2021', count });
    await client.waitFor('the lint line', () => client.logs.find((l) => checked.test(l)));
    // Typing that does not change the result logs nothing more.
    await client.replace(uri, `${WRONG_TOTAL}\n`, 2);
    await client.waitForDiagnostics(uri, (p) => p.version === 2);
    assert.equal(client.logs.filter((l) => checked.test(l)).length, 1);
    await client.open('untitled:Untitled-1', '会议记录\n今天开会。\n', 'ini', 1);
    const left = formatMessage('server.log.notChecked', { file: 'Untitled-1', reason: formatMessage('server.log.reason.ignored', {}, 'zh-cn') }, 'zh-cn');
    await client.waitFor('the not-checked line', () => client.logs.find((l) => l === left));
  });

  it('sums up a workspace lint', async () => {
    await client.connection.sendRequest('workspace/executeCommand', { command: 'nianbao.lintWorkspace', arguments: [] });
    const summary = pattern('server.log.workspace', { files: 1, problems: lint(WRONG_TOTAL).findings.length });
    await client.waitFor('the workspace line', () => client.logs.find((l) => summary.test(l)));
  });
});
