// The report's tables in the real VS Code: the Markdown preview's engine (markdown.api.render, which
// runs the contributed markdown-it plugins) shows tables 二, 三 and 四 in the official layout, and the
// lightbulb's "rewrite as the standard table" turns a table pasted with tabs into the pipe table.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { api, applyAction, closeAllEditors, codeActionsAt, EXTENSION_ID, fileUri, openUntitled, waitForStatus } from './helpers.js';

function shape(name: string): string {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext);
  return readFileSync(join(ext.extensionPath, 'test', 'fixtures', 'shapes', name), 'utf8');
}

// Registers the suite (called after Mocha has defined its tdd globals).
export function registerLayoutTests(): void {
  suite('official layout', () => {
    teardown(closeAllEditors);

    test('the Markdown preview renders tables 二, 三 and 四 in the official layout', async () => {
      assert.equal(typeof (await api()).extendMarkdownIt, 'function', 'activate returns extendMarkdownIt');
      const html = await vscode.commands.executeCommand<string>('markdown.api.render', shape('clean-html.md'));
      assert.deepEqual([...html.matchAll(/data-nianbao-table="(\w+)"/g)].map((m) => m[1]), ['active', 'requests', 'review']);
      assert.ok(html.includes('<th colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>'), 'the note in 表三\'s corner');
      const other = await vscode.commands.executeCommand<string>('markdown.api.render', '# Notes\n\n| a | b |\n| - | - |\n| 1 | 2 |\n');
      assert.ok(!other.includes('nianbao-official'), 'other Markdown is left alone');
    });

    test('the preview reads a document in the template of its .nianbaorc.json', async () => {
      // A folder whose config says 2019, holding the 2021 draft: under excluded/ (nianbao.files.exclude),
      // so no lint lists it while VS Code keeps the document, and removed after this test.
      const folder = fileUri('excluded/preview-2019');
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, '.nianbaorc.json'), new TextEncoder().encode('{ "template": "2019" }\n'));
      const report = vscode.Uri.joinPath(folder, 'report.md');
      await vscode.workspace.fs.writeFile(report, new TextEncoder().encode(shape('clean-html.md')));
      try {
        const doc = await vscode.workspace.openTextDocument(report);
        // The preview's engine renders a document with its URI in markdown-it's env (currentDocument).
        const html = await vscode.commands.executeCommand<string>('markdown.api.render', doc);
        // As the 2019 template, the 2021 draft's 表二 and 表三 are not that template's tables: only 表四 is laid out.
        assert.deepEqual([...html.matchAll(/data-nianbao-table="(\w+)"/g)].map((m) => m[1]), ['review']);
        const asText = await vscode.commands.executeCommand<string>('markdown.api.render', doc.getText());
        assert.deepEqual([...asText.matchAll(/data-nianbao-table="(\w+)"/g)].map((m) => m[1]), ['active', 'requests', 'review'], 'no document: the setting (auto)');
      } finally {
        await vscode.workspace.fs.delete(folder, { recursive: true });
      }
    });

    test('"rewrite as the standard table" turns 表四 in tabs into the standard pipe table', async () => {
      const editor = await openUntitled('plaintext', shape('clean-tsv.txt'));
      const doc = editor.document;
      await waitForStatus(doc.uri, (s) => s.state === 'linted');
      const line = doc.getText().split('\n').findIndex((l) => l.startsWith('结果维持\t结果纠正'));
      const actions = await codeActionsAt(doc.uri, new vscode.Range(line, 0, line, 0), vscode.CodeActionKind.RefactorRewrite.value);
      await applyAction(actions.find((a) => a.title.startsWith('改写为标准表四')), 'rewrite 表四');
      assert.ok(doc.getText().includes('\n| 1 | 0 | 0 | 1 | 2 | 0 | 1 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |\n'), 'the values in the pipe row');
      assert.ok(!doc.getText().includes('1\t0\t0\t1\t2'), 'the tab row is gone');
    });
  });
}
