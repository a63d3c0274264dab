// The reviewer's results view (its own activity-bar container): every report of the last workspace
// lint with body, year, template, counts and whether its sums hold, ✓ for clean ones; grouped by file
// or by rule; a finding opens the file at its place. Re-run, cancel and export from the title bar;
// Problems opens when a run ends.

import { writeFile } from 'node:fs/promises';
import { sep } from 'node:path';
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { Commands, type LintWorkspaceResult, type ReportSummary, type RuleSummary, type SummaryMessage } from '../../protocol/src/protocol.js';
import { l10n } from './clientText.js';
import { exportResults, type ExportFormat, type ExportWords } from './resultsExport.js';

const RESULTS_VIEW = 'nianbao.results';
const RUNNING_CONTEXT = 'nianbao.results.running';
const GROUP_CONTEXT = 'nianbao.results.groupBy';

type Node =
  | { kind: 'report'; report: ReportSummary }
  | { kind: 'finding'; report: ReportSummary; message: SummaryMessage; withFile: boolean }
  | { kind: 'rule'; rule: string; findings: { report: ReportSummary; message: SummaryMessage }[] }
  | { kind: 'clean'; reports: ReportSummary[] };

const SEVERITY_ICON = { error: 'error', warning: 'warning', info: 'info' } as const;

function severityName(severity: 'error' | 'warning' | 'info'): string {
  return severity === 'error' ? l10n.t('error') : severity === 'warning' ? l10n.t('warning') : l10n.t('info');
}

/** One report's line: body, year, template, counts, sums. */
function reportDescription(r: ReportSummary): string {
  if (r.state !== 'linted') return r.messages[0]?.message ?? '';
  const parts = [r.body, r.year === undefined ? undefined : l10n.t('year {0}', r.year), r.templateId ? l10n.t('{0} template', r.templateId) : undefined];
  const { error, warning, info } = r.counts;
  if (error + warning + info === 0) parts.push(l10n.t('no problems'));
  else parts.push(l10n.t('{0} errors, {1} warnings, {2} infos', error, warning, info));
  parts.push(r.sumsHold ? l10n.t('sums hold') : l10n.t('sums do not hold'));
  return parts.filter((p): p is string => Boolean(p)).join(' · ');
}

export class ResultsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private result: LintWorkspaceResult | undefined;
  private groupBy: 'file' | 'rule' = 'file';
  private running = false;
  private runs = 0;
  private sent: Promise<void> = Promise.resolve();
  private markSent: () => void = () => undefined;
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly ended = new vscode.EventEmitter<LintWorkspaceResult>();
  /** Fires when a run's results are in the view. */
  readonly onDidShowResults = this.ended.event;
  private readonly disposables: vscode.Disposable[] = [this.changed, this.ended];
  readonly tree: vscode.TreeView<Node>;

  constructor(private readonly client: LanguageClient) {
    this.tree = vscode.window.createTreeView(RESULTS_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.tree,
      vscode.commands.registerCommand('nianbao.results.run', () => this.run()),
      vscode.commands.registerCommand('nianbao.results.cancel', () => this.cancel()),
      vscode.commands.registerCommand('nianbao.results.groupByRule', () => this.setGroup('rule')),
      vscode.commands.registerCommand('nianbao.results.groupByFile', () => this.setGroup('file')),
      vscode.commands.registerCommand('nianbao.results.export', (format?: ExportFormat, target?: vscode.Uri) => this.export(format, target)),
    );
    void vscode.commands.executeCommand('setContext', GROUP_CONTEXT, this.groupBy);
    // Reports deleted on disk leave the view: a deleted file, or every report under a deleted folder
    // (VS Code reports a deleted folder for its own path only, nothing for the files in it).
    const deletions = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
    this.disposables.push(deletions, deletions.onDidDelete((uri) => this.forget(uri.fsPath)));
  }

  /** The results shown (the last run's). */
  get current(): LintWorkspaceResult | undefined {
    return this.result;
  }

  // Runs the workspace lint (stopped by the view's ■ button or the progress notification's cancel,
  // after which the server returns what it did so far); shows its results and opens Problems.
  async run(): Promise<LintWorkspaceResult | undefined> {
    const run = ++this.runs;
    this.running = true;
    this.sent = new Promise((resolve) => { this.markSent = resolve; });
    await vscode.commands.executeCommand('setContext', RUNNING_CONTEXT, true);
    try {
      await this.client.start();
      const pending = this.client.sendRequest(ExecuteCommandRequest.type, { command: Commands.lintWorkspace, arguments: [] });
      this.markSent();
      const result = (await pending) as LintWorkspaceResult | null;
      if (result) this.show(result);
      return result ?? undefined;
    } finally {
      this.markSent();
      if (this.runs === run) {
        this.running = false;
        await vscode.commands.executeCommand('setContext', RUNNING_CONTEXT, false);
      }
    }
  }

  /** Stops the running workspace lint (the server stops between files). */
  async cancel(): Promise<void> {
    if (!this.running) return;
    await this.sent; // after the run's request, so the server has the run to stop
    await this.client.sendRequest(ExecuteCommandRequest.type, { command: Commands.cancelWorkspaceLint, arguments: [] });
  }

  /** Shows a run's results (also those of a run started from the command palette) and opens Problems. */
  show(result: LintWorkspaceResult): void {
    this.setResult(result);
    void vscode.commands.executeCommand('workbench.actions.view.problems');
    this.ended.fire(result);
  }

  private setResult(result: LintWorkspaceResult): void {
    this.result = result;
    const reports = result.reports ?? [];
    const clean = reports.filter((r) => r.state === 'linted' && r.messages.length === 0).length;
    this.tree.message = result.cancelled
      ? l10n.t('Cancelled after {0} reports: {1} problems', result.files, result.problems)
      : l10n.t('{0} reports checked, {1} problems, {2} clean', result.files, result.problems, clean);
    this.changed.fire(undefined);
  }

  /** A file or folder was deleted: the reports that were it or under it leave the results (and the counts). */
  private forget(deleted: string): void {
    const reports = this.result?.reports;
    if (!this.result || !reports) return;
    const under = deleted.endsWith(sep) ? deleted : deleted + sep;
    const kept = reports.filter((r) => r.filePath !== deleted && !r.filePath.startsWith(under));
    if (kept.length === reports.length) return;
    const problems = kept.reduce((n, r) => n + r.messages.length, 0);
    this.setResult({ ...this.result, reports: kept, files: kept.length, problems });
  }

  private setGroup(group: 'file' | 'rule'): void {
    this.groupBy = group;
    void vscode.commands.executeCommand('setContext', GROUP_CONTEXT, group);
    this.changed.fire(undefined);
  }

  private ruleName(id: string | null): string {
    return this.result?.rules?.find((r) => r.id === id)?.name ?? '';
  }

  getChildren(node?: Node): Node[] {
    const reports = this.result?.reports ?? [];
    if (!node) {
      if (this.groupBy === 'file') return reports.map((report) => ({ kind: 'report', report }));
      const byRule = new Map<string, { report: ReportSummary; message: SummaryMessage }[]>();
      for (const report of reports) {
        for (const message of report.messages) {
          const key = message.ruleId ?? '';
          byRule.set(key, [...(byRule.get(key) ?? []), { report, message }]);
        }
      }
      const rules: Node[] = [...byRule].sort((a, b) => b[1].length - a[1].length).map(([rule, findings]) => ({ kind: 'rule', rule, findings }));
      const clean = reports.filter((r) => r.messages.length === 0);
      return clean.length > 0 ? [...rules, { kind: 'clean', reports: clean }] : rules;
    }
    switch (node.kind) {
      case 'report': return node.report.messages.map((message) => ({ kind: 'finding', report: node.report, message, withFile: false }));
      case 'rule': return node.findings.map((f) => ({ kind: 'finding', ...f, withFile: true }));
      case 'clean': return node.reports.map((report) => ({ kind: 'report', report }));
      case 'finding': return [];
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'report': {
        const r = node.report;
        const clean = r.state === 'linted' && r.messages.length === 0;
        const item = new vscode.TreeItem(clean ? `✓ ${r.file}` : r.file, clean || r.state !== 'linted' ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Expanded);
        item.description = reportDescription(r);
        item.tooltip = `${r.filePath}\n${item.description}`;
        item.resourceUri = vscode.Uri.parse(r.uri);
        item.iconPath = new vscode.ThemeIcon(clean ? 'pass' : r.state !== 'linted' ? 'circle-slash' : r.counts.error > 0 ? 'error' : r.counts.warning > 0 ? 'warning' : 'info');
        item.contextValue = 'nianbao.report';
        if (clean || r.state !== 'linted') item.command = { title: l10n.t('Open'), command: 'vscode.open', arguments: [vscode.Uri.parse(r.uri)] };
        return item;
      }
      case 'finding': {
        const { message: m, report } = node;
        const item = new vscode.TreeItem(m.message, vscode.TreeItemCollapsibleState.None);
        const where = l10n.t('line {0}', m.line);
        item.description = [node.withFile ? report.file : undefined, where, node.withFile ? undefined : m.ruleId ?? undefined].filter(Boolean).join(' · ');
        item.tooltip = `${severityName(m.severity)} · ${m.ruleId ?? ''} ${this.ruleName(m.ruleId)}\n${report.file}:${m.line}:${m.column}\n${m.message}`;
        item.iconPath = new vscode.ThemeIcon(SEVERITY_ICON[m.severity]);
        const selection = new vscode.Range(m.line - 1, m.column - 1, m.endLine - 1, m.endColumn - 1);
        item.command = { title: l10n.t('Open'), command: 'vscode.open', arguments: [vscode.Uri.parse(report.uri), { selection } satisfies vscode.TextDocumentShowOptions] };
        return item;
      }
      case 'rule': {
        const item = new vscode.TreeItem(node.rule || l10n.t('not checked'), vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${this.ruleName(node.rule)} · ${l10n.t('{0} problems', node.findings.length)}`;
        item.iconPath = new vscode.ThemeIcon('symbol-ruler');
        return item;
      }
      case 'clean': {
        const item = new vscode.TreeItem(l10n.t('Reports with no problems ({0})', node.reports.length), vscode.TreeItemCollapsibleState.Collapsed);
        item.iconPath = new vscode.ThemeIcon('pass');
        return item;
      }
    }
  }

  private words(): ExportWords {
    return {
      file: l10n.t('File'), body: l10n.t('Body'), year: l10n.t('Year'), template: l10n.t('Template'), severity: l10n.t('Severity'),
      rule: l10n.t('Rule'), line: l10n.t('Line'), column: l10n.t('Column'), message: l10n.t('Problem'), sums: l10n.t('Sums'),
      sumsHold: l10n.t('sums hold'), sumsFail: l10n.t('sums do not hold'), noProblems: l10n.t('no problems'),
      severityName: { error: severityName('error'), warning: severityName('warning'), info: severityName('info') },
      title: l10n.t('Annual report check results'),
      summary: this.tree.message ?? '',
    };
  }

  // Writes the results in a format to a file (asked for when not given); resolves the file written.
  async export(format?: ExportFormat, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    if (!this.result?.reports) {
      void vscode.window.showInformationMessage(l10n.t('Nianbao: check all reports first (the ↻ button of the results view).'));
      return undefined;
    }
    const chosen = format ?? (await vscode.window.showQuickPick([
      { label: 'CSV', description: l10n.t('for Excel or WPS (UTF-8 with BOM)'), format: 'csv' as const },
      { label: 'HTML', description: l10n.t('one page to send by e-mail'), format: 'html' as const },
      { label: 'JSON', description: '', format: 'json' as const },
      { label: 'SARIF', description: l10n.t('for code-scanning tools'), format: 'sarif' as const },
    ], { placeHolder: l10n.t('Export the results as') }))?.format;
    if (!chosen) return undefined;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const file = target ?? (await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, `nianbao-results.${chosen === 'sarif' ? 'sarif' : chosen}`) : undefined,
      filters: { [chosen.toUpperCase()]: [chosen] },
    }));
    if (!file) return undefined;
    const ext = vscode.extensions.getExtension('nianbao.nianbao');
    const text = exportResults(chosen, {
      reports: this.result.reports,
      rules: this.result.rules ?? ([] as RuleSummary[]),
      words: this.words(),
      root: folder?.fsPath ?? '/',
      toolVersion: String((ext?.packageJSON as { version?: string } | undefined)?.version ?? ''),
      generated: new Date().toISOString(),
    });
    await writeFile(file.fsPath, text, 'utf8');
    return file;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
