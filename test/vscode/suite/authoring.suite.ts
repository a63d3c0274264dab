// Writing comfort in the real VS Code: Format Document and format-on-save align a report's pipe
// tables, completion offers row labels, "new annual report" opens the filled skeleton, and a Word
// report opens as a Markdown draft written beside it.

import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { renderReportSkeleton } from '../../../core/src/index.js';
import { formatTables } from '../../../server/src/formatting.js';
import { closeAllEditors, EXTENSION_ID, fileUri, openUntitled, waitForStatus } from './helpers.js';

const DRAFT = [
  '# 某局2025年政府信息公开工作年度报告',
  '',
  '## 二、主动公开政府信息情况',
  '',
  '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
  '|---|---|---|---|',
  '| 规章 | 12 | 0 | 0 |',
  '| 行政规范性文件 | 3 | 1 | 7 |',
  '',
].join('\n');

function formatted(text: string): string {
  const lines = text.split('\n');
  for (const e of formatTables(text)) lines[e.line] = e.text;
  return lines.join('\n');
}

/** Resolves when the document's text satisfies `accept` (checked now and on every change). */
function waitForText(doc: vscode.TextDocument, accept: (t: string) => boolean, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const bound = AbortSignal.timeout(30_000);
    const sub = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === doc && accept(doc.getText())) done();
    });
    const onTimeout = () => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}: ${JSON.stringify(doc.getText().slice(0, 400))}`));
    };
    const done = () => {
      sub.dispose();
      bound.removeEventListener('abort', onTimeout);
      resolve();
    };
    bound.addEventListener('abort', onTimeout, { once: true });
    if (accept(doc.getText())) done();
  });
}

// Registers the suite (called after Mocha has defined its tdd globals).
export function registerAuthoringTests(): void {
  suite('authoring', () => {
    teardown(closeAllEditors);

    test('Format Document aligns the pipe tables of a report and nothing else', async () => {
      const editor = await openUntitled('markdown', DRAFT);
      await waitForStatus(editor.document.uri, (s) => s.state === 'linted');
      await vscode.commands.executeCommand('editor.action.formatDocument');
      await waitForText(editor.document, (t) => t === formatted(DRAFT), 'the formatted table');
      assert.ok(editor.document.getText().includes('| 规章           |           12 |            0 |            0 |'));
    });

    test('format on save formats the tables when the file is saved', async () => {
      const uri = fileUri('format-on-save.md');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(DRAFT));
      const config = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
      await config.update('formatOnSave', true, vscode.ConfigurationTarget.Workspace, true);
      try {
        const doc = await vscode.workspace.openTextDocument(uri);
        const editor = await vscode.window.showTextDocument(doc);
        await waitForStatus(doc.uri, (s) => s.state === 'linted');
        await editor.edit((b) => b.insert(new vscode.Position(8, 0), '| 规章 | 1 | 1 | 1 |\n'));
        await doc.save();
        const expected = formatted(DRAFT + '| 规章 | 1 | 1 | 1 |\n');
        await waitForText(doc, (t) => t === expected, 'the table formatted on save');
        assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), expected);
      } finally {
        await config.update('formatOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
        await closeAllEditors();
        await vscode.workspace.fs.delete(uri);
      }
    });

    test('completion in a table\'s first cell offers the row labels of that table', async () => {
      const editor = await openUntitled('markdown', DRAFT + '| 行政 |\n');
      await waitForStatus(editor.document.uri, (s) => s.state === 'linted');
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(8, 4));
      const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      for (const label of ['行政规范性文件', '行政许可', '行政处罚', '行政强制', '行政事业性收费']) assert.ok(labels.includes(label), `${label} in ${labels.slice(0, 20).join(', ')}`);
    });

    test('"New annual report" opens the skeleton with the body and year filled in', async () => {
      const doc = await vscode.commands.executeCommand<vscode.TextDocument>('nianbao.newReport', { body: '某某县某某局', year: 2025 });
      assert.ok(doc);
      assert.equal(doc.getText(), renderReportSkeleton('某某县某某局', 2025));
      assert.equal(doc.languageId, 'markdown');
      assert.equal(vscode.window.activeTextEditor?.document, doc);
    });

    test('a Word report opens as a Markdown draft written beside it', async () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext);
      const source = fileUri('年报.docx');
      await vscode.workspace.fs.copy(vscode.Uri.file(join(ext.extensionPath, 'test', 'fixtures', 'word', 'nongye-2024.docx')), source, { overwrite: true });
      try {
        const outcome = await vscode.commands.executeCommand<{ target: vscode.Uri; unplaced: number }>('nianbao.convertWord', source);
        assert.ok(outcome);
        assert.equal(outcome.target.toString(), fileUri('年报.md').toString());
        assert.equal(outcome.unplaced, 1);
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(outcome.target));
        assert.ok(text.startsWith('# 平潭综合实验区农业农村局2024年政府信息公开工作年度报告\n\n'));
        assert.ok(text.includes('| 行政规范性文件 | 1 | 0 | 0 |'));
        assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), outcome.target.toString());
        // A second conversion never overwrites the first draft.
        const again = await vscode.commands.executeCommand<{ target: vscode.Uri }>('nianbao.convertWord', source);
        assert.equal(again?.target.toString(), fileUri('年报.converted.md').toString());
      } finally {
        await closeAllEditors();
        for (const name of ['年报.docx', '年报.md', '年报.converted.md']) await vscode.workspace.fs.delete(fileUri(name)).then(undefined, () => undefined);
      }
    });
  });
}
