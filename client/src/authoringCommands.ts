// The writing commands: "new annual report" (asks the body and the year, opens the skeleton the
// server writes) and "open a Word report as a Markdown draft" (the server converts, the client writes
// the draft beside the .docx — never over an existing file — and opens it).

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { l10n } from './clientText.js';
import { WORD_DRAFT_SCHEME, wordFileUri } from '../../protocol/src/protocol.js';

/** Request names and shapes: server/src/authoring.ts (kept as literals so the client bundles no server code). */
const NEW_REPORT = 'nianbao/newReport';
const CONVERT_WORD = 'nianbao/convertWord';
type ConvertWordAnswer = { ok: true; markdown: string; unplaced: { place: string; text: string }[] } | { ok: false; message: string };

/** What the last convert wrote (for the extension's tests). */
interface ConvertOutcome {
  target: vscode.Uri;
  unplaced: number;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Beside the Word file: report.md, else report.converted.md, else report.converted-2.md … */
async function freeTarget(source: vscode.Uri): Promise<vscode.Uri> {
  const stem = source.path.replace(/\.docx$/i, '');
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '.md' : n === 2 ? '.converted.md' : `.converted-${n - 1}.md`;
    const candidate = source.with({ path: stem + suffix });
    if (!(await exists(candidate))) return candidate;
  }
}

// Registers nianbao.newReport and nianbao.convertWord.
export function registerAuthoringCommands(client: LanguageClient): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('nianbao.newReport', async (given?: { body?: string; year?: number }) => {
      const body =
        given?.body ??
        (await vscode.window.showInputBox({ title: l10n.t('New annual report'), prompt: l10n.t('Name of the body (e.g. the bureau) the report is for'), ignoreFocusOut: true }));
      if (!body?.trim()) return undefined;
      const lastYear = new Date().getFullYear() - 1;
      const yearText =
        given?.year !== undefined
          ? String(given.year)
          : await vscode.window.showInputBox({
              title: l10n.t('New annual report'),
              prompt: l10n.t('Year the report covers'),
              value: String(lastYear),
              ignoreFocusOut: true,
              validateInput: (v) => (/^\s*(19|20)\d{2}\s*$/.test(v) ? undefined : l10n.t('Enter a four-digit year, e.g. {0}', lastYear)),
            });
      if (!yearText || !/^\s*(19|20)\d{2}\s*$/.test(yearText)) return undefined;
      const { text } = await client.sendRequest<{ text: string }>(NEW_REPORT, { body: body.trim(), year: Number(yearText) });
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
      await vscode.window.showTextDocument(doc);
      return doc;
    }),
    vscode.commands.registerCommand('nianbao.convertWord', async (uri?: vscode.Uri): Promise<ConvertOutcome | undefined> => {
      // From a Word file's draft document (wordDrafts.ts): its Word file.
      let source = uri instanceof vscode.Uri ? (uri.scheme === WORD_DRAFT_SCHEME ? vscode.Uri.parse(wordFileUri(uri.toString())) : uri) : undefined;
      if (!source) {
        const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { [l10n.t('Word document')]: ['docx'] }, title: l10n.t('Open a Word report as a Markdown draft') });
        source = picked?.[0];
      }
      if (!source) return undefined;
      const answer = await client.sendRequest<ConvertWordAnswer>(CONVERT_WORD, { uri: source.toString() });
      if (!answer.ok) {
        void vscode.window.showErrorMessage(answer.message);
        return undefined;
      }
      const target = await freeTarget(source);
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(answer.markdown));
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
      if (answer.unplaced.length > 0) {
        void vscode.window.showWarningMessage(l10n.t('{0} items could not be placed in a standard table; they are listed in a comment at the end of the draft.', answer.unplaced.length));
      }
      return { target, unplaced: answer.unplaced.length };
    }),
  ];
}
