// The reviewer's results (nianbao.lintWorkspace's `reports`): every report with its body, year,
// template, counts and whether its sums hold; an open document counted as its current (unsaved) text
// and left to the live lint; clean reports listed too.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { formatMessage, lint } from '../../core/src/index.js';
import type { LintWorkspaceResult, ReportSummary } from '../../protocol/src/protocol.js';
import { fileUri, REPO, startServer, type TestClient } from './lspHarness.js';

const WRONG_TOTAL = readFileSync(join(REPO, 'test', 'server', 'fixtures', 'wrong-total.md'), 'utf8');
const CLEAN = readFileSync(join(REPO, 'examples', 'clean-2025.md'), 'utf8');

/** What the summary's messages must be for a text: every finding, by position, in Chinese. */
function messagesOf(text: string): ReportSummary['messages'] {
  const { findings, index } = lint(text);
  return [...findings].sort((a, b) => a.span.start - b.span.start).map((f) => {
    const s = index.positionAt(f.span.start);
    const e = index.positionAt(f.span.end);
    return { ruleId: f.ruleId, severity: f.severity, message: formatMessage(f.messageId, f.args, 'zh-cn'), line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
  });
}

describe('workspace lint results (the results view)', () => {
  let client: TestClient;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-results-'));
    writeFileSync(join(dir, 'wrong.md'), WRONG_TOTAL);
    writeFileSync(join(dir, 'clean.md'), CLEAN);
    writeFileSync(join(dir, 'notes.md'), '# 会议记录\n\n今天开会。\n');
    client = await startServer({ workspaceFolders: [dir] });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists every report, clean ones included, with body, year, template, counts and sums', async () => {
    const result = (await client.connection.sendRequest('workspace/executeCommand', { command: 'nianbao.lintWorkspace' })) as LintWorkspaceResult;
    const byFile = new Map(result.reports!.map((r) => [r.file, r]));
    assert.deepEqual([...byFile.keys()].sort(), ['clean.md', 'wrong.md'], 'the meeting notes are not a report');
    const wrong = lint(WRONG_TOTAL);
    assert.deepEqual(byFile.get('wrong.md'), {
      uri: fileUri(join(dir, 'wrong.md')), filePath: join(dir, 'wrong.md'), file: 'wrong.md', state: 'linted',
      templateId: wrong.templateId, counts: { error: 1, warning: 0, info: 0 }, sumsHold: false,
      messages: messagesOf(WRONG_TOTAL), year: 2025, body: '海原县李俊乡',
    } satisfies ReportSummary);
    const clean = byFile.get('clean.md')!;
    assert.deepEqual({ ...clean, body: undefined }, {
      uri: fileUri(join(dir, 'clean.md')), filePath: join(dir, 'clean.md'), file: 'clean.md', state: 'linted',
      templateId: '2021', counts: { error: 0, warning: 0, info: 0 }, sumsHold: true, messages: [], year: 2025, body: undefined,
    });
    assert.ok(clean.body && CLEAN.split('\n')[0]!.includes(clean.body), `the body is named in the title: ${clean.body}`);
    assert.equal(result.files, 2);
    assert.equal(result.problems, 1);
  });

  it('counts an open document as its current text, and does not publish over the live lint', async () => {
    const uri = fileUri(join(dir, 'clean.md'));
    const edited = CLEAN.replace('2025年政府信息公开工作年度报告', '2024年政府信息公开工作年度报告');
    assert.notEqual(edited, CLEAN);
    await client.open(uri, edited, 'markdown', 1);
    const live = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    const result = (await client.connection.sendRequest('workspace/executeCommand', { command: 'nianbao.lintWorkspace' })) as LintWorkspaceResult;
    const summary = result.reports!.find((r) => r.file === 'clean.md')!;
    assert.deepEqual(summary.messages, messagesOf(edited));
    assert.ok(summary.messages.length > 0, 'the unsaved edit is counted');
    assert.equal(result.problems, 1 + summary.messages.length);
    assert.deepEqual(client.diagnostics.get(uri)?.diagnostics, live, 'the live diagnostics stay');
  });
});
