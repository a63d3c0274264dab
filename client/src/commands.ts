// The client's own commands: fix all auto-fixable problems of the active report (the server's
// source.fixAll.nianbao action), saying what was fixed and what is left for a person, and show the
// output channel. nianbao.lintWorkspace is the server's.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FIX_ALL_KIND, SHOW_RANGE_COMMAND } from '../../protocol/src/protocol.js';
import { l10n } from './clientText.js';
import type { ReportStatus } from './reportStatus.js';

/** How long Fix All waits for the server's diagnostics of the fixed text before summing up. */
const RELINT_WAIT_MS = 10_000;

/** Applies the server's fix-all action to a document; resolves whether anything was changed. */
async function fixAllInDocument(document: vscode.TextDocument): Promise<boolean> {
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider', document.uri, whole, FIX_ALL_KIND);
  const fixAll = (actions ?? []).find((a) => a.kind?.value === FIX_ALL_KIND && a.edit);
  return fixAll?.edit ? vscode.workspace.applyEdit(fixAll.edit) : false;
}

function nianbaoDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'nianbao');
}

function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? '');
}

// nianbao's diagnostics after the server's next lint of a URI (its status notification follows the
// diagnostics; other extensions' diagnostics changes, e.g. Markdown's, do not count), or undefined
// if no lint came within the wait.
function nextDiagnostics(uri: vscode.Uri, status: ReportStatus): Promise<vscode.Diagnostic[] | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => { listener.dispose(); resolve(undefined); }, RELINT_WAIT_MS);
    const listener = status.onDidReceive((s) => {
      if (s.uri !== uri.toString()) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(nianbaoDiagnostics(uri));
    });
  });
}

// One sentence on a Fix All: how many problems it fixed (by rule) and how many are left for a person
// (undefined `after`: the server has not re-checked yet, e.g. with nianbao.run set to onSave).
function fixSummary(before: vscode.Diagnostic[], after: vscode.Diagnostic[] | undefined): string {
  if (!after) return l10n.t('Nianbao: fixed what could be fixed automatically; the file is checked again when saved.');
  const count = (ds: vscode.Diagnostic[]) => ds.reduce((m, d) => m.set(ruleOf(d), (m.get(ruleOf(d)) ?? 0) + 1), new Map<string, number>());
  const was = count(before);
  const now = count(after);
  const fixed = [...was].map(([rule, n]) => [rule, n - (now.get(rule) ?? 0)] as const).filter(([, n]) => n > 0);
  const total = fixed.reduce((s, [, n]) => s + n, 0);
  const which = fixed.map(([rule, n]) => `${rule} × ${n}`).join(l10n.t(', '));
  return after.length === 0
    ? l10n.t('Nianbao: fixed {0} problems ({1}); no problems left.', total, which)
    : l10n.t('Nianbao: fixed {0} problems ({1}); {2} left for you to check in Problems.', total, which, after.length);
}

/** What the extension told the user (the last few messages; for tests). */
export const shownMessages: string[] = [];

function tell(message: string, problemsButton: boolean): void {
  shownMessages.push(message);
  if (shownMessages.length > 20) shownMessages.shift();
  const show = l10n.t('Show Problems');
  void vscode.window.showInformationMessage(message, ...(problemsButton ? [show] : [])).then((choice) => {
    if (choice === show) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
}

// Registers nianbao.fixAll and nianbao.showOutput; returns their disposables.
export function registerCommands(client: LanguageClient, output: vscode.LogOutputChannel, status: ReportStatus): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('nianbao.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return false;
      await client.start(); // no-op once running; waits if it is still starting
      const uri = editor.document.uri;
      const before = nianbaoDiagnostics(uri);
      const relinted = nextDiagnostics(uri, status);
      const changed = await fixAllInDocument(editor.document);
      if (!changed) {
        tell(before.length === 0
          ? l10n.t('Nianbao: nothing to fix automatically')
          : l10n.t('Nianbao: nothing to fix automatically; {0} problems need a person (see Problems).', before.length), before.length > 0);
        return false;
      }
      const after = await relinted;
      tell(fixSummary(before, after), (after?.length ?? 0) > 0);
      return true;
    }),
    vscode.commands.registerCommand('nianbao.showOutput', () => output.show(true)),
    // The "go to the table cell" code action: select an LSP range of a document (opened if need be).
    vscode.commands.registerCommand(SHOW_RANGE_COMMAND, async (uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }) => {
      const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
      await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection });
    }),
  ];
}
