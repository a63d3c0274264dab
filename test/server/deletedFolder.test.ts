// Protocol test: a folder of reports deleted (or moved away) on disk. VS Code reports a deleted folder
// for its own path only, never for the files that were in it, so the server watches deletions of any
// path, and on a deleted path it does not know as a file clears the results of every file under it
// and drops them from the workspace index (last year's report for carryover-mismatch). A deleted path
// with nothing under it changes nothing.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import picomatch from 'picomatch';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { digestReport, lint, readReport, relatedList } from '../../core/src/index.js';
import { REPO, fileUri, startServer, type TestClient } from './lspHarness.js';

const YEARS = join(REPO, 'test', 'fixtures', 'years');
const THIS_YEAR = readFileSync(join(YEARS, 'caizheng-2025.md'), 'utf8');
const LAST_YEAR = readFileSync(join(YEARS, 'caizheng-2024.md'), 'utf8');
const WRONG_TOTAL = readFileSync(join(REPO, 'test', 'server', 'fixtures', 'wrong-total.md'), 'utf8');

function write(path: string, content: string): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

/** The rule ids of a text linted alone (no other report to compare with). */
function codes(text: string): string[] {
  return lint(text).findings.map((f) => f.ruleId);
}

/** The rule ids of a text linted with another report in the workspace (the core's cross-report rules). */
function codesBeside(text: string, other: string, otherUri: string): string[] {
  const digest = digestReport(readReport(other), otherUri);
  assert.ok(digest);
  return lint(text, { related: relatedList([digest]) }).findings.map((f) => f.ruleId);
}

const DELETED = 3;
const CHANGED = 2;

describe('a deleted folder over stdio', () => {
  let dir: string;
  let client: TestClient;
  const files: Record<string, string> = {};
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-deleted-'));
    files.thisYear = write(join(dir, 'caizheng-2025.md'), THIS_YEAR);
    files.lastYear = write(join(dir, 'drafts', 'caizheng-2024.md'), LAST_YEAR);
    files.nested = write(join(dir, 'drafts', 'sub', 'wrong-total.md'), WRONG_TOTAL);
    files.sibling = write(join(dir, 'drafts-old', 'wrong-total.md'), WRONG_TOTAL);
    files.unrelated = write(join(dir, 'draft', 'notes.log'), 'not a report\n');
    client = await startServer({ workspaceFolders: [dir] });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const uri = (name: string) => fileUri(files[name]!);
  const diag = (name: string) => client.diagnostics.get(uri(name))?.diagnostics.map((d) => d.code);
  /** Every publish since `mark` (a count per URI), by URI: the codes published, in order. */
  const since = (mark: Map<string, number>) => {
    const out: Record<string, unknown[][]> = {};
    for (const [u, list] of client.history) {
      const fresh = list.slice(mark.get(u) ?? 0);
      if (fresh.length > 0) out[u] = fresh.map((p: PublishDiagnosticsParams) => p.diagnostics.map((d) => d.code));
    }
    return out;
  };
  const markNow = () => new Map([...client.history].map(([u, list]) => [u, list.length]));

  it('registers a watcher for the deletion of any path (a folder too), and only its deletion', async () => {
    const registration = await client.waitFor('the watched files registered', () =>
      client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'));
    const watchers = (registration.registerOptions as { watchers: { globPattern: string; kind?: number }[] }).watchers;
    const folder = join(dir, 'drafts').replaceAll('\\', '/');
    const forFolder = watchers.filter((w) => picomatch(w.globPattern, { dot: true })(folder));
    assert.deepEqual(forFolder.map((w) => w.kind), [4], 'one watcher takes the folder, for its deletion only');
    // Every file the server reads is watched for creation and change, never twice for its deletion.
    for (const file of [files.thisYear!, files.lastYear!, join(dir, '.nianbaorc.json'), join(dir, 'a.docx'), join(dir, 'a.txt')]) {
      const kinds = watchers.filter((w) => picomatch(w.globPattern, { dot: true })(file.replaceAll('\\', '/'))).map((w) => w.kind ?? 7);
      assert.deepEqual(kinds.sort(), [3, 4], file);
    }
  });

  it('clears the results of every file under a deleted folder and forgets them as last year', async () => {
    const result = (await client.connection.sendRequest('workspace/executeCommand', { command: 'nianbao.lintWorkspace' })) as { files: number };
    assert.equal(result.files, 4);
    assert.deepEqual(diag('lastYear'), codes(LAST_YEAR));
    assert.deepEqual(diag('nested'), codes(WRONG_TOTAL));
    assert.deepEqual(diag('sibling'), codes(WRONG_TOTAL));
    const beside = codesBeside(THIS_YEAR, LAST_YEAR, uri('lastYear'));
    assert.ok(beside.includes('carryover-mismatch') && !codes(THIS_YEAR).includes('carryover-mismatch'), 'last year makes a difference');
    assert.deepEqual(diag('thisYear'), beside, 'compared with drafts/caizheng-2024.md');

    // A deleted path with nothing under it (`draft`, a prefix of `drafts` as a string): nothing is
    // published for it. The change event after it is the barrier: the server handles them in order.
    let mark = markNow();
    rmSync(join(dir, 'draft'), { recursive: true });
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(join(dir, 'draft')), type: DELETED }] });
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('sibling'), type: CHANGED }] });
    await client.waitFor('the sibling re-linted', () => ((client.history.get(uri('sibling'))?.length ?? 0) > (mark.get(uri('sibling')) ?? 0) ? true : undefined));
    assert.deepEqual(since(mark), { [uri('sibling')]: [codes(WRONG_TOTAL)] }, 'only the changed file is published again');

    // The folder deleted: one event, for the folder's path alone.
    mark = markNow();
    rmSync(join(dir, 'drafts'), { recursive: true });
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(join(dir, 'drafts')), type: DELETED }] });
    await client.waitForDiagnostics(uri('thisYear'), (p) => !p.diagnostics.some((d) => d.code === 'carryover-mismatch'));
    await client.waitForDiagnostics(uri('lastYear'), (p) => p.diagnostics.length === 0);
    await client.waitForDiagnostics(uri('nested'), (p) => p.diagnostics.length === 0);
    // The 2024 reports changed, so every 2025 report is linted again: the sibling (a 2025 report of
    // another body) too, with what it had.
    await client.waitFor('the 2025 reports re-linted', () => ((client.history.get(uri('sibling'))?.length ?? 0) > (mark.get(uri('sibling')) ?? 0) ? true : undefined));
    assert.deepEqual(since(mark), {
      [uri('lastYear')]: [[]],
      [uri('nested')]: [[]],
      [uri('thisYear')]: [codes(THIS_YEAR)],
      [uri('sibling')]: [codes(WRONG_TOTAL)],
    }, 'both files cleared; the 2025 report no longer has last year’s; the sibling folder keeps its results');

    // A folder moved away (VS Code: the old path deleted; nothing for its files, nothing for the new
    // folder, which no file glob matches).
    mark = markNow();
    renameSync(join(dir, 'drafts-old'), join(dir, 'moved'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(join(dir, 'drafts-old')), type: DELETED }] });
    await client.waitForDiagnostics(uri('sibling'), (p) => p.diagnostics.length === 0);
    assert.deepEqual(since(mark), { [uri('sibling')]: [[]] });

    // The next workspace lint finds only what is there.
    const again = (await client.connection.sendRequest('workspace/executeCommand', { command: 'nianbao.lintWorkspace' })) as { files: number; reports: { file: string }[] };
    assert.deepEqual(again.reports.map((r) => r.file).sort(), ['caizheng-2025.md', 'moved/wrong-total.md']);
    assert.deepEqual(diag('thisYear'), codes(THIS_YEAR));
  });

  it('a change event for a file already gone with its folder clears its results (no "cannot read" finding)', async () => {
    const path = write(join(dir, 'late', 'wrong-total.md'), WRONG_TOTAL);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path), type: 1 }] });
    await client.waitForDiagnostics(fileUri(path), (p) => p.diagnostics.length > 0);
    rmSync(join(dir, 'late'), { recursive: true });
    const mark = markNow();
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path), type: CHANGED }] });
    await client.waitForDiagnostics(fileUri(path), (p) => p.diagnostics.length === 0);
    assert.deepEqual(since(mark), { [fileUri(path)]: [[]] });
  });

  it('a folder deleted and written again in one batch keeps its new files', async () => {
    const path = write(join(dir, 'again', 'wrong-total.md'), WRONG_TOTAL);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path), type: 1 }] });
    await client.waitForDiagnostics(fileUri(path), (p) => p.diagnostics.length > 0);
    rmSync(join(dir, 'again'), { recursive: true });
    write(path, WRONG_TOTAL);
    const mark = markNow();
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: fileUri(join(dir, 'again')), type: DELETED }, { uri: fileUri(path), type: 1 }],
    });
    await client.waitFor('the new file linted', () => ((client.history.get(fileUri(path))?.length ?? 0) >= (mark.get(fileUri(path)) ?? 0) + 2 ? true : undefined));
    assert.deepEqual(since(mark), { [fileUri(path)]: [[], codes(WRONG_TOTAL)] }, 'cleared with its folder, then linted as the new file');
  });
});
