// Settings: a change of nianbao.rules takes effect on open reports without reopening them;
// editor.codeActionsOnSave with source.fixAll.nianbao fixes a report when it is saved.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openFile, ruleOf, waitForClean, waitForDiagnostics, waitForRule } from './helpers.js';

async function setRules(value: Record<string, string> | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('nianbao').update('rules', value, vscode.ConfigurationTarget.Global);
}

// Registers the suite (called after Mocha has defined its tdd globals).
export function registerSettingsTests(): void {
  suite('settings', () => {
    teardown(async () => {
      await setRules(undefined);
      await vscode.workspace.getConfiguration('editor', { languageId: 'markdown' })
        .update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global, true);
      await closeAllEditors();
    });

    test('nianbao.rules: off removes a rule\'s findings, error raises their severity', async () => {
      const editor = await openFile('setting.md');
      const uri = editor.document.uri;
      const [d] = await waitForRule(uri, 'fee-not-reported');
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
      await setRules({ 'fee-not-reported': 'off' });
      await waitForDiagnostics(uri, (ds) => !ds.some((x) => ruleOf(x) === 'fee-not-reported'), 'fee-not-reported gone');
      await setRules({ 'fee-not-reported': 'error' });
      await waitForDiagnostics(uri, (ds) => ds.some((x) => ruleOf(x) === 'fee-not-reported' && x.severity === vscode.DiagnosticSeverity.Error), 'fee-not-reported as an error');
    });

    test('editor.codeActionsOnSave: { "source.fixAll.nianbao": "explicit" } fixes the report on save', async () => {
      await vscode.workspace.getConfiguration('editor', { languageId: 'markdown' })
        .update('codeActionsOnSave', { 'source.fixAll.nianbao': 'explicit' }, vscode.ConfigurationTarget.Global, true);
      const editor = await openFile('quickfix.md');
      const doc = editor.document;
      await waitForRule(doc.uri, 'sum-row-total');
      await editor.edit((b) => b.insert(new vscode.Position(doc.lineCount, 0), '\n'));
      assert.equal(await doc.save(), true);
      assert.ok(doc.getText().includes('| （一）予以公开 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |'), 'fixed before it was written');
      assert.equal(doc.isDirty, false);
      await waitForClean(doc.uri);
    });
  });
}
