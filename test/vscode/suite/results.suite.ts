// The reviewer's results view: every report of the workspace with body, year, template, counts and
// sums, ✓ for clean ones; open documents counted as their current text; grouped by file or by rule;
// a finding opens the file at its place; cancel; exports (CSV with BOM, JSON, SARIF, HTML).

import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { LintWorkspaceResult, ReportSummary } from '../../../protocol/src/protocol.js';
import { api, closeAllEditors, fileUri, openFile, waitForRule } from './helpers.js';

async function run(): Promise<LintWorkspaceResult> {
  const result = await vscode.commands.executeCommand<LintWorkspaceResult | undefined>('nianbao.results.run');
  assert.ok(result?.reports, 'the run returns the reports');
  return result;
}

function labelOf(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

// Registers the suite (called after Mocha has defined its tdd globals).
export function registerResultsTests(): void {
  suite('results view', () => {
    teardown(async () => {
      await vscode.commands.executeCommand('nianbao.results.groupByFile');
      await closeAllEditors();
    });

    test('every report with body, year, template, counts and sums; ✓ for clean ones; an open edit counts', async () => {
      const editor = await openFile('clean.md');
      // An unsaved edit in an open report: the run counts the text as it is in the editor.
      const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('| （一）予以公开 |'));
      await editor.edit((b) => b.replace(new vscode.Range(line, 0, line, editor.document.lineAt(line).text.length), '| （一）予以公开 | 5 | 1 | 0 | 0 | 0 | 0 | 9 |'));
      await waitForRule(editor.document.uri, 'sum-row-total');
      const result = await run();
      const { results } = await api();
      const items = results.getChildren().map((n) => ({ node: n, item: results.getTreeItem(n) }));
      const reports = result.reports!;
      assert.equal(items.length, reports.length, 'one item per report');
      assert.equal(result.files, reports.length);
      assert.equal(result.problems, reports.reduce((n, r) => n + r.messages.length, 0));
      const files = reports.map((r) => r.file).sort();
      assert.ok(files.includes('clean.md') && files.includes('pasted.md') && files.includes('plain/某局2025年政府信息公开工作年度报告.txt'), files.join());
      assert.ok(!files.some((f) => f.startsWith('excluded/') || f === 'reports/会议记录.md'), 'excluded files and non-reports are not listed');
      const cleanMd = reports.find((r) => r.file === 'clean.md')!;
      assert.deepEqual(cleanMd.messages.map((m) => m.ruleId), ['sum-row-total'], 'the unsaved edit is counted');
      assert.equal(cleanMd.sumsHold, false);
      const cleanOnes = reports.filter((r) => r.messages.length === 0);
      assert.ok(cleanOnes.length > 0, 'some reports are clean');
      for (const { node, item } of items) {
        const r = (node as { report: ReportSummary }).report;
        assert.equal(labelOf(item), r.messages.length === 0 ? `✓ ${r.file}` : r.file);
        if (r.state !== 'linted') continue;
        assert.ok(String(item.description).includes(r.sumsHold ? '勾稽关系成立' : '勾稽关系不成立'), String(item.description));
        assert.ok(String(item.description).includes(`${r.templateId} 年格式`), String(item.description));
        if (r.year) assert.ok(String(item.description).includes(`${r.year} 年度`));
      }
      const quick = reports.find((r) => r.file === 'pasted.md')!;
      assert.equal(quick.body, '某县某局');
      assert.match(results.tree.message ?? '', new RegExp(`已检查 ${reports.length} 份报告，发现 ${result.problems} 个问题，${cleanOnes.length} 份没有问题`));
    });

    test('a finding opens its file at its place; grouped by rule, clean reports in a group of their own', async () => {
      const result = await run();
      const { results } = await api();
      const quickNode = results.getChildren().find((n) => (n as { report?: ReportSummary }).report?.file === 'pasted.md')!;
      const [finding] = results.getChildren(quickNode);
      const item = results.getTreeItem(finding!);
      assert.ok(item.command);
      await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
      const editor = vscode.window.activeTextEditor!;
      assert.equal(editor.document.uri.toString(), fileUri('pasted.md').toString());
      const m = result.reports!.find((r) => r.file === 'pasted.md')!.messages[0]!;
      assert.equal(editor.selection.start.line, m.line - 1);
      assert.equal(editor.document.getText(editor.selection), '7', 'the wrong total is selected');
      await vscode.commands.executeCommand('nianbao.results.groupByRule');
      const groups = results.getChildren().map((n) => ({ node: n, item: results.getTreeItem(n) }));
      const byRule = new Map<string, number>();
      for (const r of result.reports!) for (const x of r.messages) byRule.set(x.ruleId ?? '', (byRule.get(x.ruleId ?? '') ?? 0) + 1);
      const clean = result.reports!.filter((r) => r.messages.length === 0).length;
      assert.deepEqual(groups.map((g) => labelOf(g.item)).sort(), [...[...byRule.keys()].map((k) => k || '未检查'), `没有问题的报告（${clean} 份）`].sort());
      const sum = groups.find((g) => labelOf(g.item) === 'sum-row-total')!;
      assert.equal(results.getChildren(sum.node).length, byRule.get('sum-row-total'));
      assert.match(String(sum.item.description), /表三每行的总计等于各类申请人之和 · \d+ 个问题/);
    });

    test('cancel stops a run between files', async () => {
      const running = vscode.commands.executeCommand<LintWorkspaceResult | undefined>('nianbao.results.run');
      await vscode.commands.executeCommand('nianbao.results.cancel');
      const result = await running;
      assert.equal(result?.cancelled, true);
      const { results } = await api();
      assert.match(results.tree.message ?? '', /^已取消/);
      const again = await run();
      assert.equal(again.cancelled, false, 'the next run is whole');
    });

    test('exports: CSV with a BOM, JSON, SARIF 2.1.0, one self-contained HTML page', async () => {
      const result = await run();
      const reports = result.reports!;
      const dir = mkdtempSync(join(tmpdir(), 'nianbao-export-'));
      const write = async (format: string) => {
        const target = vscode.Uri.file(join(dir, `results.${format}`));
        const written = await vscode.commands.executeCommand<vscode.Uri>('nianbao.results.export', format, target);
        assert.equal(written?.fsPath, target.fsPath);
        return readFileSync(target.fsPath, 'utf8');
      };
      const csv = await write('csv');
      assert.equal(csv.charCodeAt(0), 0xfeff, 'UTF-8 with BOM');
      const lines = csv.slice(1).trimEnd().split('\r\n');
      assert.equal(lines[0], '"文件","机关","年度","格式","级别","规则","行","列","问题"');
      const findings = reports.reduce((n, r) => n + r.messages.length, 0);
      const clean = reports.filter((r) => r.messages.length === 0).length;
      assert.equal(lines.length, 1 + findings + clean);
      assert.ok(lines.some((l) => l.startsWith('"pasted.md","某县某局","2025","2021","错误","sum-row-total",')), 'a finding row');
      const json = JSON.parse(await write('json')) as { reports: ReportSummary[] };
      assert.deepEqual(json.reports, reports);
      const sarif = JSON.parse(await write('sarif')) as { version: string; runs: { results: { ruleId: string }[] }[] };
      assert.equal(sarif.version, '2.1.0');
      assert.equal(sarif.runs[0]!.results.length, reports.reduce((n, r) => n + r.messages.filter((m) => m.ruleId !== null).length, 0));
      const html = await write('html');
      assert.match(html, /^<!DOCTYPE html>/);
      assert.ok(html.includes('<td>pasted.md</td><td>某县某局</td>'), 'the overview row');
      assert.doesNotMatch(html, /<script|<link|src=|url\(/, 'nothing to fetch: it opens offline from an e-mail');
    });
  });
}
