// Protocol tests: settings pulled with workspace/configuration (rule off, severity, forced template,
// include/exclude, run on save) and the nearest .nianbaorc.json, merged under the editor settings.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { lint } from '../../core/src/index.js';
import { REPO, fileUri, seed, startServer, type TestClient } from './lspHarness.js';

const WRONG_TOTAL = readFileSync(join(REPO, 'test', 'server', 'fixtures', 'wrong-total.md'), 'utf8');

describe('settings over stdio', () => {
  let client: TestClient;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-settings-'));
    client = await startServer({ workspaceFolders: [dir] });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Changes the settings the client answers with and waits for the re-published diagnostics of `uri`. */
  async function reconfigure(settings: Record<string, unknown>, uri: string): Promise<Diagnostic[]> {
    const before = client.history.get(uri)?.length ?? 0;
    client.settings = settings;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor('a new publish', () => ((client.history.get(uri)?.length ?? 0) > before ? true : undefined));
    return client.diagnostics.get(uri)!.diagnostics;
  }

  function lastStatus(uri: string): { templateId?: string } | undefined {
    const all = client.notifications.filter((n) => n.method === 'nianbao/status' && (n.params as { uri: string }).uri === uri);
    return all.at(-1)?.params as { templateId?: string } | undefined;
  }

  it('turns a rule off, changes its severity, and back', async () => {
    client.settings = {};
    const uri = 'file:///virtual/settings-rules.md';
    await client.open(uri, WRONG_TOTAL, 'markdown', 1);
    const codes = (await client.waitForDiagnostics(uri)).map((d) => d.code);
    assert.ok(codes.includes('sum-outcome-total'));
    const off = await reconfigure({ rules: { 'sum-outcome-total': 'off' } }, uri);
    assert.ok(!off.some((d) => d.code === 'sum-outcome-total'), 'rule off: finding gone');
    const warn = await reconfigure({ rules: { 'sum-outcome-total': 'warning' } }, uri);
    assert.equal(warn.find((d) => d.code === 'sum-outcome-total')?.severity, 2);
    const back = await reconfigure({ rules: { 'sum-outcome-total': 'nonsense' } }, uri);
    assert.equal(back.find((d) => d.code === 'sum-outcome-total')?.severity, 1, 'an invalid value falls back to the default');
  });

  it('forces the template', async () => {
    client.settings = {};
    const text = seed('lijun-2025.md');
    const uri = 'file:///virtual/settings-template.md';
    await client.open(uri, text, 'markdown', 1);
    await client.waitForDiagnostics(uri);
    await client.waitFor('status', () => (lastStatus(uri)?.templateId === '2021' ? true : undefined));
    const forced = await reconfigure({ template: '2019' }, uri);
    await client.waitFor('status 2019', () => (lastStatus(uri)?.templateId === '2019' ? true : undefined));
    const expected = lint(text, { template: '2019' }).findings.map((f) => f.ruleId);
    assert.ok(expected.length > 0, 'a 2025 report checked against the 2019 template has findings');
    assert.deepEqual(forced.map((d) => d.code), expected);
  });

  it('applies .nianbaorc.json under the editor settings, and follows changes to it', async () => {
    client.settings = {};
    const folder = join(dir, 'rc');
    mkdirSync(folder, { recursive: true });
    const rc = join(folder, '.nianbaorc.json');
    writeFileSync(rc, JSON.stringify({ rules: { 'sum-outcome-total': 'off' } }));
    const uri = fileUri(join(folder, 'report.md'));
    await client.open(uri, WRONG_TOTAL, 'markdown', 1);
    const first = await client.waitForDiagnostics(uri);
    assert.ok(!first.some((d) => d.code === 'sum-outcome-total'), 'the config file turns the rule off');
    const editorWins = await reconfigure({ rules: { 'sum-outcome-total': 'info' } }, uri);
    assert.equal(editorWins.find((d) => d.code === 'sum-outcome-total')?.severity, 3, 'the editor setting wins');

    client.settings = {};
    writeFileSync(rc, JSON.stringify({ template: '2019' }));
    const before = client.history.get(uri)!.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rc), type: 2 }] });
    await client.waitFor('re-lint after the config file changed', () => (client.history.get(uri)!.length > before ? true : undefined));
    await client.waitFor('status 2019', () => (lastStatus(uri)?.templateId === '2019' ? true : undefined));

    writeFileSync(rc, '{ "rules": { "no-such-rule": "off" } }');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rc), type: 2 }] });
    const problems = await client.waitForDiagnostics(fileUri(rc), (p) => p.diagnostics.length > 0);
    assert.match(String(problems[0]!.message), /no-such-rule/);
    assert.equal(problems[0]!.severity, 1);
  });

  it('leaves excluded files alone and checks included ones even if they do not look like reports', async () => {
    client.settings = { files: { exclude: ['drafts/old/**'], include: ['drafts/*.md'] } };
    const excluded = fileUri(join(dir, 'drafts', 'old', 'report.md'));
    await client.open(excluded, WRONG_TOTAL, 'markdown', 1);
    assert.deepEqual(await client.waitForDiagnostics(excluded), []);
    const included = fileUri(join(dir, 'drafts', 'notes.md'));
    await client.open(included, '# 随手记\n\n一、总体情况\n\n今年没有新情况。\n', 'markdown', 1);
    const diagnostics = await client.waitForDiagnostics(included);
    assert.ok(diagnostics.some((d) => d.code === 'section-missing'), 'an included file is checked as a report');
  });

  it('lints on save only when run is onSave', async () => {
    client.settings = { run: 'onSave', debounceMs: 0 };
    const uri = 'file:///virtual/settings-save.md';
    await client.open(uri, seed('lijun-2025.md'), 'markdown', 1);
    assert.deepEqual(await client.waitForDiagnostics(uri, (p) => p.version === 1), []);
    await client.replace(uri, WRONG_TOTAL, 2);
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    const saved = await client.waitForDiagnostics(uri, (p) => p.version === 2);
    assert.ok(saved.some((d) => d.code === 'sum-outcome-total'));
    const publishes = client.history.get(uri)!.map((p) => p.version);
    assert.deepEqual(publishes, [1, 2], 'one lint on open, one on save');
  });
});
