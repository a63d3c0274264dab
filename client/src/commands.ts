// The client's own commands: fix all auto-fixable problems of the active report (the server's
// source.fixAll.nianbao action) and show the output channel. nianbao.lintWorkspace is the server's.

import * as vscode from 'vscode';
import { l10n } from './clientText.js';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FIX_ALL_KIND } from '../../server/src/protocol.js';

/** Applies the server's fix-all action to a document; resolves whether anything was changed. */
export async function fixAllInDocument(document: vscode.TextDocument): Promise<boolean> {
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider', document.uri, whole, FIX_ALL_KIND);
  const fixAll = (actions ?? []).find((a) => a.kind?.value === FIX_ALL_KIND && a.edit);
  return fixAll?.edit ? vscode.workspace.applyEdit(fixAll.edit) : false;
}

// Registers nianbao.fixAll and nianbao.showOutput; returns their disposables.
export function registerCommands(client: LanguageClient, output: vscode.LogOutputChannel): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('nianbao.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return false;
      await client.start(); // no-op once running; waits if it is still starting
      const changed = await fixAllInDocument(editor.document);
      if (!changed) vscode.window.setStatusBarMessage(l10n.t('Nianbao: nothing to fix automatically'), 5_000);
      return changed;
    }),
    vscode.commands.registerCommand('nianbao.showOutput', () => output.show(true)),
  ];
}
