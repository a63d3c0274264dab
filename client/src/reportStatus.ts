// What the user sees of the active report's state: a status-bar item ("年报 2021 格式 · 3 个问题",
// ✓ when clean; click opens Problems) for every document the server checked as a report — also an
// untitled draft VS Code's language detection renamed — and the language status item of Markdown and
// plain-text documents. Both are fed by the server's nianbao/status notification after every lint.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { STATUS_NOTIFICATION, type StatusParams } from '../../protocol/src/protocol.js';
import { l10n } from './clientText.js';
import { LANGUAGE_SELECTOR } from './createClient.js';

/** Context key: the active editor shows a document the server checks as a report (for menus). */
const ACTIVE_REPORT_CONTEXT = 'nianbao.activeReport';
const PROBLEMS_COMMAND = 'workbench.actions.view.problems';

/** Text, detail and severity of the language status item for one status (undefined: nothing known yet). */
function describeStatus(status: StatusParams | undefined): Pick<vscode.LanguageStatusItem, 'text' | 'detail' | 'severity'> {
  if (!status) return { text: l10n.t('Checking…'), detail: '', severity: vscode.LanguageStatusSeverity.Information };
  const { error, warning, info } = status.counts;
  switch (status.state) {
    case 'linted':
      return {
        text: l10n.t('{0} template · {1} problems', status.templateId ?? '', error + warning + info) + ignoredNote(status),
        detail: l10n.t('{0} errors, {1} warnings, {2} infos', error, warning, info),
        severity: error > 0 ? vscode.LanguageStatusSeverity.Error : warning > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information,
      };
    case 'notReport':
      return { text: l10n.t('Not a report'), detail: l10n.t('not checked'), severity: vscode.LanguageStatusSeverity.Information };
    case 'tooLarge':
      return { text: l10n.t('Too large'), detail: l10n.t('not checked (see nianbao.maxFileSizeMB)'), severity: vscode.LanguageStatusSeverity.Warning };
    case 'binary':
      return { text: l10n.t('Not text'), detail: l10n.t('not checked'), severity: vscode.LanguageStatusSeverity.Warning };
    case 'stopped':
      return { text: l10n.t('Check stopped'), detail: l10n.t('not checked (see nianbao.lintTimeoutSeconds)'), severity: vscode.LanguageStatusSeverity.Warning };
  }
}

/** Text and tooltip of the status-bar item (undefined: hidden, the document is not a report). */
function statusBarText(status: StatusParams | undefined): { text: string; tooltip: string } | undefined {
  if (!status || status.state === 'notReport') return undefined;
  if (status.state !== 'linted') {
    const why = status.state === 'tooLarge' ? l10n.t('not checked (see nianbao.maxFileSizeMB)')
      : status.state === 'stopped' ? l10n.t('not checked (see nianbao.lintTimeoutSeconds)') : l10n.t('not checked');
    return { text: `$(circle-slash) ${l10n.t('Report')} · ${why}`, tooltip: why };
  }
  const { error, warning, info } = status.counts;
  const total = error + warning + info;
  const label = l10n.t('Report · {0} template', status.templateId ?? '');
  // Findings the workspace's suppressions file ignores are not lost from sight: counted here.
  const ignored = status.suppressed ? `\n${l10n.t('{0} more ignored in the workspace (.nianbao-suppressions.json)', status.suppressed)}` : '';
  const tooltip = `${l10n.t('{0} errors, {1} warnings, {2} infos', error, warning, info)}${ignored}\n${l10n.t('Click to open the Problems panel')}`;
  if (total === 0) return { text: `$(check) ${label}${ignoredNote(status)}`, tooltip: `${l10n.t('No problems found')}${ignored}\n${l10n.t('Click to open the Problems panel')}` };
  const icon = error > 0 ? '$(error)' : warning > 0 ? '$(warning)' : '$(info)';
  return { text: `${icon} ${label} · ${l10n.t('{0} problems', total)}${ignoredNote(status)}`, tooltip };
}

/** " · 2 ignored" when the suppressions file ignores findings of the document, else nothing. */
function ignoredNote(status: StatusParams): string {
  return status.suppressed ? ` · ${l10n.t('{0} ignored', status.suppressed)}` : '';
}

export class ReportStatus implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('nianbao.status', LANGUAGE_SELECTOR);
  private readonly bar = vscode.window.createStatusBarItem('nianbao.report', vscode.StatusBarAlignment.Left, 50);
  private readonly byUri = new Map<string, StatusParams>();
  private readonly received = new vscode.EventEmitter<StatusParams>();
  private readonly disposables: vscode.Disposable[] = [this.received];
  /** Fires after each nianbao/status notification has been taken in. */
  readonly onDidReceive = this.received.event;

  // Listens to the server (the handler is kept across server restarts by the client), to the active
  // editor and to the message language, and forgets closed documents.
  constructor(client: LanguageClient) {
    this.bar.name = l10n.t('Nianbao');
    this.bar.command = PROBLEMS_COMMAND;
    this.disposables.push(
      client.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => {
        this.byUri.set(params.uri, params);
        this.refresh();
        this.received.fire(params);
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidCloseTextDocument((d) => this.byUri.delete(d.uri.toString())),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('nianbao.messageLanguage')) this.refresh();
      }),
    );
    this.refresh();
  }

  /** The last status the server sent for a document URI. */
  statusOf(uri: string): StatusParams | undefined {
    return this.byUri.get(uri);
  }

  /** What the items show right now (for tests): the language status item and the status-bar item. */
  get shown(): { text: string; detail?: string; bar: string | undefined; barCommand: string | undefined } {
    const barShown = this.barVisible ? this.bar.text : undefined;
    return { text: this.item.text, detail: this.item.detail, bar: barShown, barCommand: typeof this.bar.command === 'string' ? this.bar.command : this.bar.command?.command };
  }

  private barVisible = false;

  /** Shows the active document's status. */
  private refresh(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const status = uri ? this.byUri.get(uri) : undefined;
    Object.assign(this.item, describeStatus(status));
    this.item.name = l10n.t('Nianbao');
    this.item.command = { title: l10n.t('Show Problems'), command: PROBLEMS_COMMAND };
    const bar = statusBarText(status);
    this.barVisible = bar !== undefined;
    if (bar) {
      this.bar.text = bar.text;
      this.bar.tooltip = bar.tooltip;
      this.bar.show();
    } else this.bar.hide();
    void vscode.commands.executeCommand('setContext', ACTIVE_REPORT_CONTEXT, status !== undefined && status.state !== 'notReport');
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.item.dispose();
    this.bar.dispose();
  }
}
