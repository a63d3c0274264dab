// The language status item ("{…} 格式 · N 个问题") for the active document, fed by the server's
// nianbao/status notification after every lint of an open document.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { STATUS_NOTIFICATION, type StatusParams } from '../../server/src/protocol.js';
import { DOCUMENT_SELECTOR } from './createClient.js';

/** Text, detail and severity of the item for one status (undefined: nothing known yet). */
export function describeStatus(status: StatusParams | undefined): Pick<vscode.LanguageStatusItem, 'text' | 'detail' | 'severity'> {
  if (!status) return { text: vscode.l10n.t('Checking…'), detail: '', severity: vscode.LanguageStatusSeverity.Information };
  const { error, warning, info } = status.counts;
  switch (status.state) {
    case 'linted':
      return {
        text: vscode.l10n.t('{0} format · {1} problems', status.templateId ?? '', error + warning + info),
        detail: vscode.l10n.t('{0} errors, {1} warnings, {2} infos', error, warning, info),
        severity: error > 0 ? vscode.LanguageStatusSeverity.Error : warning > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information,
      };
    case 'notReport':
      return { text: vscode.l10n.t('Not a report'), detail: vscode.l10n.t('not checked'), severity: vscode.LanguageStatusSeverity.Information };
    case 'tooLarge':
      return { text: vscode.l10n.t('Too large'), detail: vscode.l10n.t('not checked (see nianbao.maxFileSizeMB)'), severity: vscode.LanguageStatusSeverity.Warning };
    case 'binary':
      return { text: vscode.l10n.t('Not text'), detail: vscode.l10n.t('not checked'), severity: vscode.LanguageStatusSeverity.Warning };
  }
}

export class ReportStatus implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('nianbao.status', DOCUMENT_SELECTOR);
  private readonly byUri = new Map<string, StatusParams>();
  private readonly received = new vscode.EventEmitter<StatusParams>();
  private readonly disposables: vscode.Disposable[] = [this.received];
  /** Fires after each nianbao/status notification has been taken in. */
  readonly onDidReceive = this.received.event;

  // Listens to the server (the handler is kept across server restarts by the client) and to the
  // active editor, and forgets closed documents.
  constructor(client: LanguageClient) {
    this.item.name = vscode.l10n.t('Nianbao');
    this.item.command = { title: vscode.l10n.t('Show Problems'), command: 'workbench.actions.view.problems' };
    this.disposables.push(
      client.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => {
        this.byUri.set(params.uri, params);
        this.refresh();
        this.received.fire(params);
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidCloseTextDocument((d) => this.byUri.delete(d.uri.toString())),
    );
    this.refresh();
  }

  /** The last status the server sent for a document URI. */
  statusOf(uri: string): StatusParams | undefined {
    return this.byUri.get(uri);
  }

  /** What the item shows right now (for tests). */
  get shown(): { text: string; detail?: string } {
    return { text: this.item.text, detail: this.item.detail };
  }

  /** Shows the active document's status. */
  private refresh(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    Object.assign(this.item, describeStatus(uri ? this.byUri.get(uri) : undefined));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.item.dispose();
  }
}
