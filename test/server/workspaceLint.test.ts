// Protocol tests: the nianbao.lintWorkspace command over a temp folder: unopened reports get their
// diagnostics, node_modules/.git/links out of the folder are skipped, binary and GBK files handled,
// progress begins and ends, results follow file changes, and cancellation leaves consistent results.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { lint } from '../../core/src/index.js';
import { encodeText } from '../../node/src/decodeText.js';
import { REPO, fileUri, seed, startServer, type TestClient } from './lspHarness.js';

const WRONG_TOTAL = readFileSync(join(REPO, 'test', 'server', 'fixtures', 'wrong-total.md'), 'utf8');

function write(path: string, content: string | Uint8Array): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

function codes(text: string): string[] {
  return lint(text).findings.map((f) => f.ruleId);
}

describe('workspace lint over stdio', () => {
  let dir: string;
  let outside: string;
  let client: TestClient;
  const files: Record<string, string> = {};
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-ws-'));
    outside = mkdtempSync(join(tmpdir(), 'nianbao-outside-'));
    files.wrong = write(join(dir, 'a', 'wrong-total.md'), WRONG_TOTAL);
    files.lijun2020 = write(join(dir, 'b', 'lijun-2020.txt'), seed('lijun-2020.txt'));
    files.jiatang = write(join(dir, 'c', 'jiatang-2024.txt'), seed('jiatang-2024.txt'));
    const gbk = encodeText(WRONG_TOTAL, 'gbk');
    assert.ok(gbk instanceof Uint8Array);
    files.gbk = write(join(dir, 'c', 'gbk-report.txt'), gbk);
    files.binary = write(join(dir, 'scan.txt'), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(64, 0), Buffer.from('政府信息公开工作年度报告')]));
    files.notes = write(join(dir, 'notes.md'), '# Notes\n\nnothing to see\n');
    files.nodeModules = write(join(dir, 'node_modules', 'pkg', 'report.md'), WRONG_TOTAL);
    files.git = write(join(dir, '.git', 'report.md'), WRONG_TOTAL);
    const away = write(join(outside, 'away.md'), WRONG_TOTAL);
    symlinkSync(away, join(dir, 'linked-away.md'));
    client = await startServer({ workspaceFolders: [dir] });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('publishes diagnostics for unopened reports, reports binary files, and shows progress', async () => {
    const result = (await client.connection.sendRequest('workspace/executeCommand', { command: 'nianbao.lintWorkspace' })) as { files: number; problems: number; cancelled: boolean };
    assert.equal(result.cancelled, false);
    assert.equal(result.files, 5, 'three seeds, the GBK report and the binary file');
    const diag = (path: string) => client.diagnostics.get(fileUri(path))?.diagnostics;
    assert.deepEqual(diag(files.wrong!)?.map((d) => d.code), codes(WRONG_TOTAL));
    assert.deepEqual(diag(files.lijun2020!)?.map((d) => d.code), codes(seed('lijun-2020.txt')));
    assert.deepEqual(diag(files.jiatang!)?.map((d) => d.code), codes(seed('jiatang-2024.txt')));
    assert.deepEqual(diag(files.gbk!)?.map((d) => d.code), codes(WRONG_TOTAL), 'GBK decoded and linted');
    const binary = diag(files.binary!);
    assert.equal(binary?.length, 1);
    assert.equal(binary[0]!.severity, 3);
    assert.match(String(binary[0]!.message), /二进制/);
    for (const skipped of [files.notes!, files.nodeModules!, files.git!, join(dir, 'linked-away.md')]) {
      assert.equal(diag(skipped), undefined, `${skipped} is left alone`);
    }
    const total = [files.wrong, files.lijun2020, files.jiatang, files.gbk, files.binary].reduce((n, f) => n + (diag(f!)?.length ?? 0), 0);
    assert.equal(result.problems, total);
    const kinds = client.progress.map((p) => p.value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds.at(-1), 'end');
    assert.equal(client.progress[0]!.value.cancellable, true);
  });

  it('keeps results right as files change on disk, open, close and go', async () => {
    const wrongUri = fileUri(files.wrong!);
    writeFileSync(files.wrong!, seed('lijun-2025.md'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: wrongUri, type: 2 }] });
    await client.waitForDiagnostics(wrongUri, (p) => p.diagnostics.length === 0);

    await client.open(wrongUri, WRONG_TOTAL, 'markdown', 3);
    const live = await client.waitForDiagnostics(wrongUri, (p) => p.version === 3);
    assert.deepEqual(live.map((d) => d.code), codes(WRONG_TOTAL), 'the open document is linted live');
    const onDisk = WRONG_TOTAL.replace('(七) 总计\t5\t0', '(七) 总计\t5\t4');
    writeFileSync(files.wrong!, onDisk);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: wrongUri } });
    const closed = await client.waitForDiagnostics(wrongUri, (p) => p.version == null && p.diagnostics.length > 0);
    assert.deepEqual(closed.map((d) => d.code), codes(onDisk), 'after closing, the file on disk counts again');
    assert.equal(closed.length, 2);

    const jiatangUri = fileUri(files.jiatang!);
    unlinkSync(files.jiatang!);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: jiatangUri, type: 3 }] });
    await client.waitForDiagnostics(jiatangUri, (p) => p.diagnostics.length === 0);

    const created = write(join(dir, 'd', 'new-report.md'), WRONG_TOTAL);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(created), type: 1 }] });
    const fresh = await client.waitForDiagnostics(fileUri(created));
    assert.deepEqual(fresh.map((d) => d.code), codes(WRONG_TOTAL), 'a new file after a workspace lint is linted');
  });
});

describe('workspace lint and workspace folders', () => {
  let kept: string;
  let removed: string;
  let client: TestClient;
  before(async () => {
    kept = mkdtempSync(join(tmpdir(), 'nianbao-ws-kept-'));
    removed = mkdtempSync(join(tmpdir(), 'nianbao-ws-removed-'));
    write(join(kept, 'kept.md'), WRONG_TOTAL);
    write(join(removed, 'gone.md'), WRONG_TOTAL);
    write(join(removed, 'sub', 'open.md'), WRONG_TOTAL);
    client = await startServer({ workspaceFolders: [kept, removed] });
  });
  after(async () => {
    await client.stop();
    rmSync(kept, { recursive: true, force: true });
    rmSync(removed, { recursive: true, force: true });
  });

  it('clears the results of a removed folder\'s unopened files, and keeps the rest', async () => {
    const result = (await client.connection.sendRequest('workspace/executeCommand', { command: 'nianbao.lintWorkspace' })) as { files: number };
    assert.equal(result.files, 3);
    const keptUri = fileUri(join(kept, 'kept.md'));
    const goneUri = fileUri(join(removed, 'gone.md'));
    const openUri = fileUri(join(removed, 'sub', 'open.md'));
    await client.open(openUri, WRONG_TOTAL, 'markdown', 7);
    await client.waitForDiagnostics(openUri, (p) => p.version === 7);
    assert.ok(client.diagnostics.get(goneUri)!.diagnostics.length > 0);

    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
      event: { added: [], removed: [{ uri: fileUri(removed), name: 'folder1' }] },
    });
    await client.waitForDiagnostics(goneUri, (p) => p.diagnostics.length === 0);
    assert.deepEqual(client.diagnostics.get(keptUri)!.diagnostics.map((d) => d.code), codes(WRONG_TOTAL), 'the other folder keeps its results');
    assert.deepEqual(client.diagnostics.get(openUri)!.diagnostics.map((d) => d.code), codes(WRONG_TOTAL), 'an open document stays with the live lint');
  });
});

describe('workspace lint cancellation', () => {
  let dir: string;
  let client: TestClient;
  const COUNT = 300;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-ws-cancel-'));
    for (let i = 0; i < COUNT; i++) write(join(dir, `r${String(i).padStart(3, '0')}.md`), WRONG_TOTAL);
    client = await startServer({ workspaceFolders: [dir] });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stops when the progress is cancelled, and every file done keeps its diagnostics', async () => {
    const pending = client.connection.sendRequest('workspace/executeCommand', { command: 'nianbao.lintWorkspace' }) as Promise<{ files: number; cancelled: boolean }>;
    const first = await client.waitFor('first progress report', () => client.progress.find((p) => p.value.kind === 'report'));
    await client.connection.sendNotification('window/workDoneProgress/cancel', { token: first.token });
    const result = await pending;
    assert.equal(result.cancelled, true);
    console.log(`cancelled after ${result.files} of ${COUNT} files`);
    assert.ok(result.files > 0 && result.files < COUNT, `stopped part-way: ${result.files} of ${COUNT}`);
    const published = [...client.diagnostics.keys()].filter((u) => u.startsWith(fileUri(dir)));
    assert.equal(published.length, result.files, 'exactly the files done have diagnostics');
    for (const uri of published) assert.deepEqual(client.diagnostics.get(uri)!.diagnostics.map((d) => d.code), codes(WRONG_TOTAL));
    assert.equal(client.progress.at(-1)!.value.kind, 'end');
  });
});
