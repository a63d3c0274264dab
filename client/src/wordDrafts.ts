// Word reports in the Problems panel and the results view: the server publishes a .docx's findings
// under its draft URI (nianbao-word:), and this read-only document shows the Markdown draft that
// "Open as draft" would write (the server converts the file on request; nothing is written to disk),
// with each finding's range on the paragraph words or standard table cell it is about. It is shown
// as Markdown. "Open as draft" (its editor's title bar) writes that draft beside the Word file, to edit.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { WORD_DRAFT_REQUEST, WORD_DRAFT_SCHEME, wordDraftUri } from '../../protocol/src/protocol.js';

/** Shows a Word file's draft document as Markdown (VS Code names a `.docx` path's language plain text). */
function asMarkdown(doc: vscode.TextDocument): void {
  if (doc.uri.scheme !== WORD_DRAFT_SCHEME || doc.languageId === 'markdown') return;
  // Refused when the document was closed meanwhile: it is set again when it opens again.
  vscode.languages.setTextDocumentLanguage(doc, 'markdown').then(undefined, () => undefined);
}

// Registers the draft documents' content provider; a Word file changed on disk shows its new text.
export function registerWordDrafts(client: LanguageClient): vscode.Disposable[] {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
      const answer = await client.sendRequest<{ text: string }>(WORD_DRAFT_REQUEST, { uri: uri.toString() });
      return answer.text;
    },
  };
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{docx,doc,wps}', true, false, true);
  const draftOf = (file: vscode.Uri) => vscode.Uri.parse(wordDraftUri(file.toString()));
  vscode.workspace.textDocuments.forEach(asMarkdown);
  return [
    changed,
    watcher,
    watcher.onDidChange((file) => changed.fire(draftOf(file))),
    vscode.workspace.registerTextDocumentContentProvider(WORD_DRAFT_SCHEME, provider),
    vscode.workspace.onDidOpenTextDocument(asMarkdown),
  ];
}
