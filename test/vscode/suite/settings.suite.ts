// A change of the nianbao.rules setting takes effect on open reports without reopening them.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openFile, ruleOf, waitForDiagnostics, waitForRule } from './helpers.js';

async function setRules(value: Record<string, string> | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('nianbao').update('rules', value, vscode.ConfigurationTarget.Global);
}

// Registers the suite (called after Mocha has defined its tdd globals).
export function registerSettingsTests(): void {
  suite('settings', () => {
    teardown(async () => {
      await setRules(undefined);
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
  });
}
