// The workspace lint: every report in the folder, unopened files included, honouring
// nianbao.files.exclude (.vscode/settings.json of the fixture); its results follow edits on disk.
// A Word report's findings are in Problems under its draft URI and open its read-only converted Markdown draft.

import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { wordDraftUri, type LintWorkspaceResult, type ReportSummary } from '../../../protocol/src/protocol.js';
import { EXTENSION_ID, api, closeAllEditors, diagnosticsOf, fileUri, ruleOf, waitForClean, waitForDiagnostics, waitForRule } from './helpers.js';
import type { ResultsView } from '../../../client/src/resultsView.js';

/** The files the results view lists (relative to the workspace folder). */
function listed(results: ResultsView): string[] {
  return (results.current?.reports ?? []).map((r) => r.file);
}

/** Resolves once `accept` holds for the results view (checked now and whenever its tree changes). */
function waitForResults(results: ResultsView, accept: (files: string[]) => boolean, what: string, ms = 30_000): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!accept(listed(results))) return;
      cleanup();
      resolve(listed(results));
    };
    const listener = results.onDidChangeTreeData(check);
    const bound = AbortSignal.timeout(ms);
    const onTimeout = () => {
      cleanup();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}; listed: ${listed(results).join(', ')}`));
    };
    bound.addEventListener('abort', onTimeout, { once: true });
    const cleanup = () => { listener.dispose(); bound.removeEventListener('abort', onTimeout); };
    check();
  });
}

/** Resolves once the document of `uri` is Markdown (checked now and as documents open: a language change reopens it). */
function shownAsMarkdown(uri: vscode.Uri, ms = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const isMarkdown = () => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.languageId === 'markdown');
    const cleanup = () => { listener.dispose(); clearTimeout(timer); };
    const listener = vscode.workspace.onDidOpenTextDocument(() => {
      if (isMarkdown()) { cleanup(); resolve(); }
    });
    const timer = setTimeout(() => { cleanup(); reject(new Error(`${uri.toString()} was not shown as Markdown within ${ms} ms`)); }, ms);
    if (isMarkdown()) { cleanup(); resolve(); }
  });
}

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

    test('a .docx in the workspace: its findings are listed, and open its converted Markdown draft at the table cell', async () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext);
      // Copied in for this test only (other suites count the workspace's reports), and removed after.
      const file = fileUri('word-check/农业农村局2024年报.docx');
      await vscode.workspace.fs.copy(vscode.Uri.file(join(ext.extensionPath, 'test', 'fixtures', 'word', 'nongye-2024.docx')), file, { overwrite: true });
      const draft = vscode.Uri.parse(wordDraftUri(file.toString()));
      try {
        const result = await vscode.commands.executeCommand<LintWorkspaceResult>('nianbao.lintWorkspace');
        const report = result.reports?.find((r) => r.file === 'word-check/农业农村局2024年报.docx');
        assert.ok(report, 'the .docx is in the results');
        assert.equal(vscode.Uri.parse(report.uri).toString(), draft.toString());
        // The findings of test/cli/word.test.ts's nongye-2024.docx (the CLI's), in Problems.
        const ds = await waitForRule(draft, 'sum-row-total', 4);
        assert.deepEqual(ds.map(ruleOf), ['text-table-mismatch', 'text-table-mismatch', 'table-row-missing', 'table-row-unknown', 'sum-row-total', 'sum-row-total', 'sum-row-total', 'sum-row-total', 'section-missing']);
        assert.deepEqual(report.messages.map((m) => m.message).sort(), ds.map((d) => d.message).sort(), 'the results view lists the same');
        assert.deepEqual(diagnosticsOf(file), [], 'nothing under the .docx itself');
        const total = ds[4]!;
        assert.match(total.message, /^表三第 4 行第 10 列（“一、本年新收政府信息公开…”）：/);
        const totalRow = '| 一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 0 |';
        // Opening the entry as Problems does: the converted Markdown draft, the 总计 cell of 表三's standard row selected.
        await vscode.commands.executeCommand('vscode.open', draft, { selection: total.range } satisfies vscode.TextDocumentShowOptions);
        // Shown as Markdown (the language is set once it opens), the selection kept.
        await shownAsMarkdown(draft);
        const editor = vscode.window.activeTextEditor;
        assert.ok(editor);
        assert.equal(editor.document.uri.toString(), draft.toString());
        assert.equal(editor.document.languageId, 'markdown');
        const text = editor.document.getText();
        assert.ok(text.startsWith('# 平潭综合实验区农业农村局2024年政府信息公开工作年度报告\n\n') && text.includes('\n\n## 一、总体情况\n\n'), 'the title and headings as Markdown');
        assert.ok(text.includes('\n| 规章 |  |  |  |\n| 行政规范性文件 | 1 | 0 | 0 |\n') && !text.includes('<tr>'), 'standard Markdown tables, not the Word rows');
        assert.ok(text.endsWith('- 表二第 2 行第 3 列（“信息内容”）：本年废止件\n-->\n'), 'what could not be placed, listed at the end');
        assert.equal(editor.document.lineAt(total.range.start.line).text, totalRow);
        assert.deepEqual([editor.selection.start.character, editor.document.getText(editor.selection)], [totalRow.length - 3, '0'], 'the 总计 cell that should read 3');
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
        // The results view's entry opens the same place.
        const { results } = await api();
        type Node = Parameters<ResultsView['getChildren']>[0];
        const walk = (node: Node): vscode.TreeItem[] => results.getChildren(node).flatMap((n) => (n.kind === 'finding' ? [results.getTreeItem(n)] : walk(n)));
        const entry = walk(undefined).find((item) => item.label === total.message);
        assert.ok(entry?.command, 'the finding is in the results view');
        await vscode.commands.executeCommand(entry.command.command, ...(entry.command.arguments ?? []));
        const opened = vscode.window.activeTextEditor;
        assert.equal(opened?.document.uri.toString(), draft.toString());
        assert.deepEqual([opened.selection.start, opened.selection.end], [total.range.start, total.range.end]);
      } finally {
        await closeAllEditors();
        // Its folder, and with it the file (VS Code reports the folder's path only).
        await vscode.workspace.fs.delete(fileUri('word-check'), { recursive: true });
      }
      await waitForClean(draft);
    });

    test('a deleted folder takes its reports out of Problems and the results view', async () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext);
      const { results } = await api();
      // Copied in for this test only (other suites count the workspace's reports), and removed by it.
      const folder = fileUri('gone-folder');
      const names = ['gone-folder/甲乡2025年报.md', 'gone-folder/sub/乙乡2025年报.md'];
      const source = vscode.Uri.file(join(ext.extensionPath, 'test', 'server', 'fixtures', 'wrong-total.md'));
      for (const name of names) await vscode.workspace.fs.copy(source, fileUri(name), { overwrite: true });
      try {
        const result = await vscode.commands.executeCommand<LintWorkspaceResult | undefined>('nianbao.results.run');
        assert.ok(result?.reports);
        for (const name of names) {
          const report: ReportSummary | undefined = result.reports.find((r) => r.file === name);
          assert.ok(report && report.messages.length > 0, `${name} is in the results with its findings`);
          const ds = await waitForDiagnostics(fileUri(name), (d) => d.length === report.messages.length, `the ${report.messages.length} findings of ${name}`);
          assert.deepEqual(ds.map((d) => d.message).sort(), report.messages.map((m) => m.message).sort());
        }
        assert.deepEqual(listed(results).filter((f) => f.startsWith('gone-folder/')).sort(), [...names].sort());
        const others = listed(results).filter((f) => !f.startsWith('gone-folder/'));

        await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
        for (const name of names) await waitForClean(fileUri(name));
        const left = await waitForResults(results, (files) => !files.some((f) => f.startsWith('gone-folder/')), 'the deleted reports to leave the results view');
        assert.deepEqual(left, others, 'the other reports stay');
        const now = results.current!;
        assert.equal(now.files, others.length);
        assert.equal(now.problems, now.reports!.reduce((n, r) => n + r.messages.length, 0));
        const clean = now.reports!.filter((r) => r.state === 'linted' && r.messages.length === 0).length;
        assert.match(results.tree.message ?? '', new RegExp(`已检查 ${now.files} 份报告，发现 ${now.problems} 个问题，${clean} 份没有问题`), 'the counts follow');
      } finally {
        await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false }).then(undefined, () => undefined);
      }
    });
  });
}
