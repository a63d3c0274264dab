// The workspace lint: every report in the folder, unopened files included, honouring
// nianbao.files.exclude (.vscode/settings.json of the fixture); its results follow edits on disk.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LintWorkspaceResult } from '../../../protocol/src/protocol.js';
import { diagnosticsOf, fileUri, ruleOf, waitForClean, waitForRule } from './helpers.js';

// Never opened by any suite (a document VS Code still holds after its editor closed stays the live
// lint's until VS Code reports it closed).
const UNOPENED = 'reports/某乡2025年政府信息公开工作年度报告.md';
const OTHER_UNOPENED = 'reports/另一乡2025年政府信息公开工作年度报告.md';

// Registers the suite (called after Mocha has defined its tdd globals).
export function registerWorkspaceTests(): void {
  suite('workspace lint', () => {
    test('nianbao.lintWorkspace puts the findings of unopened reports in Problems', async () => {
      const uri = fileUri(UNOPENED);
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'the file is not open');
      assert.deepEqual(diagnosticsOf(uri), [], 'nothing before the workspace lint');
      const result = await vscode.commands.executeCommand<LintWorkspaceResult>('nianbao.lintWorkspace');
      assert.equal(result.cancelled, false);
      assert.ok(result.files >= 1 && result.problems >= 1, JSON.stringify(result));
      const ds = await waitForRule(uri, 'sum-row-total');
      assert.deepEqual(ds.map(ruleOf), ['sum-row-total']);
      const lines = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)).split('\n');
      assert.match(lines[ds[0].range.start.line], /^\| （一）予以公开 \|.* 7 \|$/, 'on the row in the file');
      await waitForRule(fileUri(OTHER_UNOPENED), 'sum-row-total', 2);
      assert.deepEqual(diagnosticsOf(fileUri('reports/会议记录.md')), [], 'not a report');
      assert.deepEqual(diagnosticsOf(fileUri('excluded/草稿.md')), [], 'excluded by nianbao.files.exclude');
    });

    test('an unopened report fixed on disk loses its diagnostics', async () => {
      const uri = fileUri(UNOPENED);
      await waitForRule(uri, 'sum-row-total');
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const fixed = text.replace('| （一）予以公开 | 5 | 1 | 0 | 0 | 0 | 0 | 7 |', '| （一）予以公开 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |');
      assert.notEqual(fixed, text);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(fixed));
      await waitForClean(uri);
    });

    test('a deleted report loses its diagnostics', async () => {
      const uri = fileUri(OTHER_UNOPENED);
      await waitForRule(uri, 'sum-row-total', 2);
      const copy = fileUri(`${OTHER_UNOPENED}.bak`);
      await vscode.workspace.fs.copy(uri, copy, { overwrite: true });
      try {
        await vscode.workspace.fs.delete(uri);
        await waitForClean(uri);
      } finally {
        await vscode.workspace.fs.rename(copy, uri, { overwrite: true });
      }
    });
  });
}
