// The server's transports: Node IPC (what the VS Code client can use) and stdio when started with no
// transport argument at all (the `nianbao-language-server` bin as editors run it).

import assert from 'node:assert/strict';
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { describe, it } from 'node:test';
import {
  createProtocolConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter,
  type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { lint } from '../../core/src/index.js';
import { SERVER, ensureServerBuilt, seed } from './lspHarness.js';
import { deadline } from './deadline.js';

// Initializes, opens a seed and resolves with its diagnostics' codes; then shuts the server down.
async function diagnosticsOverConnection(child: ChildProcess, connection: ProtocolConnection): Promise<string[]> {
  const uri = 'file:///virtual/transport.txt';
  const received = new Promise<PublishDiagnosticsParams>((resolve) => {
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      if (p.uri === uri) resolve(p);
    });
  });
  connection.listen();
  try {
    const init = (await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} })) as { serverInfo?: { name: string } };
    assert.equal(init.serverInfo?.name, 'nianbao-language-server');
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: seed('lijun-2020.txt') } });
    const params = await deadline(received, 10_000, () => 'diagnostics');
    return params.diagnostics.map((d) => String(d.code));
  } finally {
    connection.dispose();
    child.kill();
  }
}

describe('transports', () => {
  const expected = lint(seed('lijun-2020.txt')).findings.map((f) => f.ruleId);

  it('serves over Node IPC (--node-ipc)', async () => {
    ensureServerBuilt();
    const child = fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    assert.deepEqual(await diagnosticsOverConnection(child, connection), expected);
  });

  it('serves over stdio when started without a transport argument', async () => {
    ensureServerBuilt();
    const child = spawn(process.execPath, [SERVER], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    assert.deepEqual(await diagnosticsOverConnection(child, connection), expected);
  });
});
