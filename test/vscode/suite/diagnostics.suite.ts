// Live diagnostics in Markdown and plain-text drafts: rule id, docs link, related cells, the
// language status; files that are not reports are left alone.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lint } from '../../../core/src/index.js';
import { api, closeAllEditors, fileUri, openFile, ruleOf, waitForRule, waitForStatus } from './helpers.js';

// Registers the suite (called after Mocha has defined its tdd globals).
export function registerDiagnosticsTests(): void {
  suite('diagnostics', () => {
    teardown(closeAllEditors);

    test('the extension activates and its commands exist', async () => {
      await api();
      const commands = await vscode.commands.getCommands(true);
      for (const c of ['nianbao.lintWorkspace', 'nianbao.fixAll', 'nianbao.showOutput']) assert.ok(commands.includes(c), c);
    });

    test('a wrong row total in a Markdown report: error on the total cell, docs link, summed cells, status', async () => {
      const editor = await openFile('quickfix.md');
      const uri = editor.document.uri;
      const [d] = (await waitForRule(uri, 'sum-row-total')).filter((x) => ruleOf(x) === 'sum-row-total');
      assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
      assert.equal(editor.document.getText(d.range), '7');
      assert.match(editor.document.lineAt(d.range.start.line).text, /^\| （一）予以公开 \|/);
      assert.match(d.message, /\b6\b/, 'the message gives the right total');
      assert.ok(typeof d.code === 'object' && String(d.code.target).endsWith('/docs/rules/sum-row-total.md'), 'docs link');
      const related = d.relatedInformation ?? [];
      assert.ok(related.length >= 2, 'the summed cells are related');
      assert.ok(related.every((r) => r.location.uri.toString() === uri.toString()));
      // The related cells are the core's (the terms that are not zero, and the total they agree on).
      const finding = lint(editor.document.getText()).findings.find((f) => f.ruleId === 'sum-row-total')!;
      assert.deepEqual(related.map((r) => editor.document.getText(r.location.range)), finding.related.map((r) => editor.document.getText().slice(r.start, r.end)));
      assert.ok(related.some((r) => editor.document.getText(r.location.range) === '5') && related.some((r) => editor.document.getText(r.location.range) === '1'), 'the parts 5 and 1');
      const status = await waitForStatus(uri, (s) => s.state === 'linted');
      assert.equal(status.templateId, '2021');
      assert.equal(status.counts.error, 1);
      assert.match((await api()).status.shown.text, /2021/);
    });

    test('a plain-text draft (.txt, tab-separated tables) is checked too', async () => {
      const editor = await openFile('plain/某局2025年政府信息公开工作年度报告.txt');
      assert.equal(editor.document.languageId, 'plaintext');
      const ds = await waitForRule(editor.document.uri, 'sum-row-total');
      assert.equal(editor.document.getText(ds.find((d) => ruleOf(d) === 'sum-row-total')!.range), '7');
    });

    test('a Markdown file that is not a report gets no diagnostics', async () => {
      const editor = await openFile('reports/会议记录.md');
      const status = await waitForStatus(editor.document.uri, () => true);
      assert.equal(status.state, 'notReport');
      assert.deepEqual(vscode.languages.getDiagnostics(fileUri('reports/会议记录.md')).filter((d) => d.source === 'nianbao'), []);
    });
  });
}
