// The snippets (表二 表三 表四, their 2019 forms, 年报; or their pinyin biaoer … nianbao) as
// completions, in place of a contributed snippet file: VS Code cannot localise a snippet file's
// descriptions, and these follow nianbao.messageLanguage. They are offered as VS Code offered the
// snippet file's (by the word typed so far; every one at an empty line or after a space), except in
// a Markdown table row, where a table would break the table it lands in. What they insert is what
// the insert commands insert (snippets/skeleton.json): the plain-text shape outside Markdown, the
// year defaulting to last year.

import * as vscode from 'vscode';
import { LANGUAGE_IDS } from '../../protocol/src/protocol.js';
import { l10n } from './clientText.js';
import { DOCUMENT_SELECTOR } from './createClient.js';
import type { ReportStatus } from './reportStatus.js';
import { reportYear, skeletonSnippet, type Skeleton } from './skeleton.js';

const REPORT_LANGUAGES: readonly string[] = LANGUAGE_IDS;

/** Whether the letters typed so far come in `prefix` in that order (case-insensitive), as VS Code matches snippet prefixes. */
function inOrder(typed: string, prefix: string): boolean {
  const word = prefix.toLowerCase();
  let at = 0;
  for (const ch of typed.toLowerCase()) {
    at = word.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

// Registers the provider for the documents the client sends the server: Markdown and plain text
// always (a snippet starts a report), an untitled document of another language once it is checked as a report.
export function registerSnippetCompletion(skeleton: () => Skeleton, status: ReportStatus): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider(DOCUMENT_SELECTOR, {
    provideCompletionItems(document, position) {
      if (!REPORT_LANGUAGES.includes(document.languageId) && status.statusOf(document.uri.toString())?.state !== 'linted') return undefined;
      const line = document.lineAt(position.line).text;
      if (/^\s*\|/.test(line)) return undefined;
      const word = document.getWordRangeAtPosition(position);
      const start = word && word.start.isBefore(position) ? word.start : position;
      const typed = document.getText(new vscode.Range(start, position));
      const before = line.slice(0, position.character);
      if (!typed && before.trim() !== '' && !/\s$/.test(before)) return undefined;
      const s = skeleton();
      const markdown = document.languageId === 'markdown';
      const range = new vscode.Range(start, position);
      const items: vscode.CompletionItem[] = [];
      for (const snippet of s.snippets) {
        const bodies = snippet.body === 'report' ? s.report : s.tables[snippet.body];
        if (!bodies) continue;
        const description = l10n.t(snippet.description);
        const text = skeletonSnippet(bodies, markdown, s.defaultYear, reportYear());
        for (const prefix of snippet.prefixes.filter((p) => inOrder(typed, p))) {
          const item = new vscode.CompletionItem({ label: prefix, description }, vscode.CompletionItemKind.Snippet);
          item.filterText = prefix;
          item.detail = description;
          item.insertText = new vscode.SnippetString(text);
          item.range = range;
          // The plain-text shape's cells are tab-separated: inserted as they are, not re-indented to the line's indentation.
          item.keepWhitespace = !markdown;
          items.push(item);
        }
      }
      return items;
    },
  });
}
