// Every kind of quick fix, run the way VS Code's lightbulb runs them (executeCodeActionProvider +
// applyEdit): the finding's own fix, fix all of one rule, source.fixAll.nianbao, disable for a line.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { formatMessage } from '../../../core/src/index.js';
import { applyAction, closeAllEditors, codeActionsAt, fileUri, openFile, ruleOf, waitForClean, waitForDiagnostics, waitForRule } from './helpers.js';

const QUICK_FIX = vscode.CodeActionKind.QuickFix.value;

// Registers the suite (called after Mocha has defined its tdd globals).
export function registerCodeActionTests(): void {
  suite('code actions', () => {
    teardown(closeAllEditors);

    test('the sum fix replaces the wrong total with the sum', async () => {
      const editor = await openFile('quickfix.md');
      const doc = editor.document;
      const d = (await waitForRule(doc.uri, 'sum-row-total')).find((x) => ruleOf(x) === 'sum-row-total')!;
      const line = d.range.start.line;
      const actions = await codeActionsAt(doc.uri, d.range, QUICK_FIX);
      // (executeCodeActionProvider does not hand back an action's diagnostics: match on what it shows.)
      const fix = actions.find((a) => a.isPreferred && /\b6\b/.test(a.title));
      await applyAction(fix, 'fix the total');
      assert.equal(doc.lineAt(line).text, '| （一）予以公开 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |');
      await waitForClean(doc.uri);
    });

    test('"fix all sum-review-total problems" fixes every wrong group total of 表四 at once', async () => {
      // Two wrong totals in one column of 表三 are left to a person (which one is wrong?); two group
      // totals of 表四 are independent, each explained by its own cell.
      const editor = await openFile('fix-rule.md');
      const doc = editor.document;
      const ds = await waitForRule(doc.uri, 'sum-review-total', 2);
      const actions = await codeActionsAt(doc.uri, ds[0].range, QUICK_FIX);
      // Titles are in nianbao.messageLanguage (Chinese by default, whatever VS Code's language).
      const all = actions.find((a) => a.title === formatMessage('action.fixAllRule', { rule: 'sum-review-total', count: 2 }, 'zh-cn'));
      await applyAction(all, 'fix all sum-review-total problems');
      assert.ok(doc.getText().includes('| 1 | 0 | 0 | 1 | 2 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |'), 'both group totals fixed');
      await waitForClean(doc.uri);
    });

    test('source.fixAll.nianbao (the nianbao.fixAll command) fixes every safe problem of the file', async () => {
      const editor = await openFile('fix-all.md');
      const doc = editor.document;
      const ds = await waitForRule(doc.uri, 'section-heading');
      assert.deepEqual([...new Set(ds.map(ruleOf))].sort(), ['section-heading', 'sum-row-total', 'table-row-unknown']);
      const offered = await codeActionsAt(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), 'source.fixAll');
      assert.ok(offered.some((a) => a.kind?.value === 'source.fixAll.nianbao'), 'offered under source.fixAll');
      assert.equal(await vscode.commands.executeCommand('nianbao.fixAll'), true);
      const text = doc.getText();
      assert.match(text, /^\| 行政规范性文件 \| 0 \| 0 \| 0 \|$/m);
      assert.match(text, /^## 五、存在的主要问题及改进情况$/m);
      assert.ok(text.includes('| （一）予以公开 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |'));
      await waitForClean(doc.uri);
      assert.equal(await vscode.commands.executeCommand('nianbao.fixAll'), false, 'nothing left to fix');
    });

    test('"ignore in the workspace" records the finding in .nianbao-suppressions.json and leaves the draft as it is', async () => {
      const draft = fileUri('suppress-me.md');
      const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(fileUri('quickfix.md')));
      await vscode.workspace.fs.writeFile(draft, new TextEncoder().encode(original));
      const record = fileUri('.nianbao-suppressions.json');
      try {
        const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(draft));
        const doc = editor.document;
        const d = (await waitForRule(doc.uri, 'sum-row-total')).find((x) => ruleOf(x) === 'sum-row-total')!;
        const actions = await codeActionsAt(doc.uri, d.range, QUICK_FIX);
        const ignore = actions.find((a) => a.title === formatMessage('action.suppress', { file: '.nianbao-suppressions.json' }, 'zh-cn'));
        await applyAction(ignore, 'ignore the finding in the workspace');
        assert.equal(await vscode.workspace.saveAll(false), true, 'the record is saved');
        await waitForDiagnostics(doc.uri, (ds) => !ds.some((x) => ruleOf(x) === 'sum-row-total'), 'the ignored finding gone');
        assert.equal(doc.getText(), original, 'the draft is not changed');
        const saved = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(record))) as { suppressions?: unknown };
        assert.match(JSON.stringify(saved), /sum-row-total/, 'the record names the rule');
      } finally {
        await closeAllEditors();
        await vscode.workspace.fs.delete(draft).then(undefined, () => undefined);
        await vscode.workspace.fs.delete(record).then(undefined, () => undefined);
      }
    });

    test('"go to the table cell" of a figure the text restates wrongly selects the cell, and changes nothing', async () => {
      const draft = fileUri('claim.md');
      const clean = new TextDecoder().decode(await vscode.workspace.fs.readFile(fileUri('clean.md')));
      const text = clean.replace('收到政府信息公开申请13件', '收到政府信息公开申请15件');
      assert.notEqual(text, clean);
      await vscode.workspace.fs.writeFile(draft, new TextEncoder().encode(text));
      try {
        const doc = await vscode.workspace.openTextDocument(draft);
        await vscode.window.showTextDocument(doc);
        const d = (await waitForRule(doc.uri, 'text-table-mismatch')).find((x) => ruleOf(x) === 'text-table-mismatch')!;
        const actions = await codeActionsAt(doc.uri, d.range, QUICK_FIX);
        const goTo = actions.find((a) => a.title.startsWith('转到表三中的这一格'));
        assert.ok(goTo?.command, 'a "go to the table cell" action with a command');
        assert.equal(goTo.edit, undefined, 'no edit');
        await vscode.commands.executeCommand(goTo.command.command, ...(goTo.command.arguments ?? []));
        const editor = vscode.window.activeTextEditor!;
        assert.equal(editor.document.uri.toString(), doc.uri.toString());
        const row = doc.lineAt(editor.selection.start.line).text;
        assert.ok(row.startsWith('| 一、本年新收政府信息公开申请数量'), row);
        assert.equal(doc.getText(editor.selection), '13');
        assert.equal(doc.getText(), text, 'the draft is not changed');
      } finally {
        await closeAllEditors();
        await vscode.workspace.fs.delete(draft).then(undefined, () => undefined);
      }
    });

    test('in a pandoc grid table "disable" wraps the table, and the sum fix keeps the pipes in line', async () => {
      const editor = await openFile('grid.md');
      const doc = editor.document;
      const d = (await waitForRule(doc.uri, 'sum-row-total')).find((x) => ruleOf(x) === 'sum-row-total')!;
      const line = d.range.start.line;
      const before = doc.lineAt(line).text;
      assert.ok(before.endsWith('| 19   |'), before);
      const actions = await codeActionsAt(doc.uri, d.range, QUICK_FIX);
      const disable = actions.find((a) => a.title.includes('sum-row-total') && /表格|table/.test(a.title));
      assert.ok(disable, `a disable-for-the-table action among: ${actions.map((a) => a.title).join(' | ')}`);
      const original = doc.getText();
      await applyAction(disable, 'disable the rule for the table');
      const text = doc.getText();
      assert.match(text, /<!-- nianbao-disable sum-row-total -->\n\n\+-+/);
      assert.match(text, /-\+\n\n<!-- nianbao-enable sum-row-total -->/);
      await waitForClean(doc.uri);
      // Back to the draft as it was (an edit, not the focus-dependent undo command).
      const restore = new vscode.WorkspaceEdit();
      restore.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
      assert.ok(await vscode.workspace.applyEdit(restore));
      await waitForRule(doc.uri, 'sum-row-total');
      const again = await codeActionsAt(doc.uri, d.range, QUICK_FIX);
      await applyAction(again.find((a) => a.isPreferred && /\b9\b/.test(a.title)), 'fix the total');
      assert.equal(doc.lineAt(line).text, before.replace('| 19   |', '| 9    |'));
      assert.equal(doc.lineAt(line).text.length, before.length, 'the cell keeps its width');
      await waitForClean(doc.uri);
    });

    test('"disable fee-not-reported for this line" inserts the inline comment and silences it', async () => {
      const editor = await openFile('disable-line.md');
      const doc = editor.document;
      const d = (await waitForRule(doc.uri, 'fee-not-reported'))[0];
      const line = d.range.start.line;
      const headingLine = doc.lineAt(line).text;
      const actions = await codeActionsAt(doc.uri, d.range, QUICK_FIX);
      await applyAction(actions.find((a) => a.title.includes('fee-not-reported')), 'disable the rule');
      assert.equal(doc.lineAt(line).text, '<!-- nianbao-disable-next-line fee-not-reported -->');
      assert.equal(doc.lineAt(line + 1).text, headingLine);
      await waitForClean(doc.uri);
    });
  });
}
