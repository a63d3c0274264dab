// Word reports in the Problems panel and the results view: the server publishes a .docx's findings
// under its draft URI (nianbao-word:), and this read-only document shows the text the checker read
// from the file (paragraphs as lines, Word tables one row a line), so opening a finding selects the
// paragraph or table cell it is about. "Open as draft" (its editor's title bar) writes an editable
// Markdown draft beside the Word file instead.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { WORD_DRAFT_REQUEST, WORD_DRAFT_SCHEME, wordDraftUri } from '../../protocol/src/protocol.js';

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
  return [
    changed,
    watcher,
    watcher.onDidChange((file) => changed.fire(draftOf(file))),
    vscode.workspace.registerTextDocumentContentProvider(WORD_DRAFT_SCHEME, provider),
  ];
}
