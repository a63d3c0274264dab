// Protocol test: a figure of the text that disagrees with the tables (text-table-mismatch) gets a
// "go to the table cell" quick fix for a client that runs nianbao.showRange itself (the VS Code
// client says so in initializationOptions.clientCommands): a command with the document and the
// cell's range, no edit. A client that does not (Neovim) is not offered it.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { REPO, startServer, type TestClient } from './lspHarness.js';

const CLEAN = readFileSync(join(REPO, 'test', 'vscode', 'workspace', 'clean.md'), 'utf8');
// The text says 15 applications; 表三's 本年新收 总计 says 13.
const CLAIM = CLEAN.replace('收到政府信息公开申请13件', '收到政府信息公开申请15件');

async function goToActions(client: TestClient, uri: string): Promise<{ actions: CodeAction[]; claim: Diagnostic }> {
  await client.open(uri, CLAIM, 'markdown', 1);
  const diagnostics = await client.waitForDiagnostics(uri, (p) => p.version === 1);
  const claim = diagnostics.find((d) => d.code === 'text-table-mismatch')!;
  assert.ok(claim, 'the text-table-mismatch finding');
  const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: claim.range, context: { diagnostics: [claim] } })) as CodeAction[];
  return { actions: actions.filter((a) => a.command !== undefined), claim };
}

describe('"go to the table cell" for a figure the text restates wrongly', () => {
  const clients: TestClient[] = [];
  after(async () => {
    for (const c of clients) await c.stop();
  });

  it('is a command with the cell of 表三 for a client that runs nianbao.showRange', async () => {
    const client = await startServer({ clientCommands: ['nianbao.showRange'] });
    clients.push(client);
    const uri = 'file:///virtual/claim.md';
    const { actions } = await goToActions(client, uri);
    const lines = CLAIM.split('\n');
    const line = lines.findIndex((l) => l.startsWith('| 一、本年新收政府信息公开申请数量'));
    const column = lines[line]!.lastIndexOf('13');
    const at = { start: { line, character: column }, end: { line, character: column + 2 } };
    assert.deepEqual(actions.map((a) => ({ title: a.title, kind: a.kind, edit: a.edit, command: a.command })), [{
      title: '转到表三中的这一格：“一、本年新收政府信息公开申请数量”（总计），为 13',
      kind: 'quickfix',
      edit: undefined,
      command: { title: '转到表三中的这一格：“一、本年新收政府信息公开申请数量”（总计），为 13', command: 'nianbao.showRange', arguments: [uri, at] },
    }]);
  });

  it('is not offered to a client that does not run it', async () => {
    const client = await startServer();
    clients.push(client);
    const { actions } = await goToActions(client, 'file:///virtual/claim-plain.md');
    assert.deepEqual(actions, []);
  });
});
