// What the suites share: the fixture workspace, the extension's API, and waiting for diagnostics
// or a status on VS Code's own events (bounded by a timeout, never a fixed sleep).

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { StatusParams } from '../../../protocol/src/protocol.js';
import type { NianbaoApi } from '../../../client/src/extension.js';

export const EXTENSION_ID = 'nianbao.nianbao';
const WAIT_MS = 30_000;

/** The activated extension's API (activating it if needed). */
export async function api(): Promise<NianbaoApi> {
  const ext = vscode.extensions.getExtension<NianbaoApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  return ext.activate();
}

/** A file of the opened workspace folder, by its path relative to the folder. */
export function fileUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

/** nianbao's diagnostics of a document. */
export function diagnosticsOf(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'nianbao');
}

/** The rule id of a diagnostic (its `code`, which carries the docs link as `target`). */
export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

function describe(uri: vscode.Uri): string {
  return JSON.stringify(diagnosticsOf(uri).map((d) => `${ruleOf(d)}@${d.range.start.line}: ${d.message}`));
}

/** Resolves with the diagnostics once `accept` holds for them (checked now and on every change). */
export function waitForDiagnostics(uri: vscode.Uri, accept: (ds: vscode.Diagnostic[]) => boolean, what: string, ms = WAIT_MS): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const ds = diagnosticsOf(uri);
      if (!accept(ds)) return false;
      cleanup();
      resolve(ds);
      return true;
    };
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    // The bound on the wait (the wait itself is on onDidChangeDiagnostics): fail clearly, never hang.
    const bound = AbortSignal.timeout(ms);
    const onTimeout = () => {
      cleanup();
      reject(new Error(`timed out after ${ms} ms waiting for ${what} on ${uri.path}; diagnostics: ${describe(uri)}`));
    };
    bound.addEventListener('abort', onTimeout, { once: true });
    const cleanup = () => { listener.dispose(); bound.removeEventListener('abort', onTimeout); };
    check();
  });
}

/** Waits until the diagnostics include one of `ruleId` (and `count` of them when given). */
export function waitForRule(uri: vscode.Uri, ruleId: string, count?: number): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, (ds) => {
    const n = ds.filter((d) => ruleOf(d) === ruleId).length;
    return count === undefined ? n > 0 : n === count;
  }, count === undefined ? ruleId : `${count} × ${ruleId}`);
}

/** Waits until the document's diagnostics are `count` of `ruleId` and nothing else. */
export function waitForOnly(uri: vscode.Uri, ruleId: string, count: number): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, (ds) => ds.length === count && ds.every((d) => ruleOf(d) === ruleId), `only ${count} × ${ruleId}`);
}

/** Waits until the document has no nianbao diagnostics. */
export function waitForClean(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, (ds) => ds.length === 0, 'no diagnostics');
}

/** Resolves with the server's status for a document once `accept` holds for it. */
export async function waitForStatus(uri: vscode.Uri, accept: (s: StatusParams) => boolean, ms = WAIT_MS): Promise<StatusParams> {
  const { status } = await api();
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    const check = (s: StatusParams | undefined): void => {
      if (!s || s.uri !== key || !accept(s)) return;
      cleanup();
      resolve(s);
    };
    const listener = status.onDidReceive(check);
    const bound = AbortSignal.timeout(ms);
    const onTimeout = () => {
      cleanup();
      reject(new Error(`timed out after ${ms} ms waiting for the status of ${uri.path}: ${JSON.stringify(status.statusOf(key))}`));
    };
    bound.addEventListener('abort', onTimeout, { once: true });
    const cleanup = () => { listener.dispose(); bound.removeEventListener('abort', onTimeout); };
    check(status.statusOf(key));
  });
}

/** Opens a workspace file in an editor. */
export async function openFile(relative: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fileUri(relative));
  return vscode.window.showTextDocument(doc);
}

let untitledCount = 0;

// Opens an untitled document with `content` in an editor, under a name of its own: VS Code reuses
// "Untitled-1" as soon as an editor closes, while the closed document may still be on its way out
// (its didClose can reach the server after the new one's didOpen), which made tests flaky.
export async function openUntitled(language: string, content: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `nianbao-suite-${++untitledCount}` });
  let doc = await vscode.workspace.openTextDocument(uri);
  if (doc.languageId !== language) doc = await vscode.languages.setTextDocumentLanguage(doc, language);
  const editor = await vscode.window.showTextDocument(doc);
  if (content) assert.equal(await editor.edit((b) => b.insert(new vscode.Position(0, 0), content)), true, 'the content is in');
  return editor;
}

/** Reverts and closes every editor (no save prompts), so each test starts from the files on disk. */
export async function closeAllEditors(): Promise<void> {
  for (let i = 0; i < 50 && vscode.window.visibleTextEditors.length > 0; i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The code actions VS Code collects for a range (optionally of one kind). */
export async function codeActionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind);
  return actions ?? [];
}

/** Applies a code action's edit; fails the test if VS Code refuses it. */
export async function applyAction(action: vscode.CodeAction | undefined, what: string): Promise<void> {
  assert.ok(action?.edit, `a code action to ${what}`);
  assert.equal(await vscode.workspace.applyEdit(action.edit), true, `VS Code applied the edit to ${what}`);
}
