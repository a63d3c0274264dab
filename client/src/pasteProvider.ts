// Paste from Word, WPS or a web page: the clipboard's text/html as the report's Markdown (the
// conversion is word/src/pasteHtml.ts), offered as the paste option "Paste in the annual report template"
// beside plain paste. The document paste API is VS Code 1.97's; where VS Code is older (the manifest
// allows 1.91) nothing is registered and paste stays VS Code's own.

import * as vscode from 'vscode';
import { l10n, messageLanguage } from './clientText.js';
import { editorLibrary } from './editorLibrary.js';

/** The part of VS Code 1.97's API used here (not in @types/vscode 1.91). */
interface PasteEditKind {
  append(...parts: string[]): PasteEditKind;
}
interface PasteApi {
  DocumentPasteEdit: new (insertText: string, title: string, kind: PasteEditKind) => unknown;
  DocumentDropOrPasteEditKind: { Text: PasteEditKind };
  languages: {
    registerDocumentPasteEditProvider(
      selector: vscode.DocumentSelector,
      provider: {
        provideDocumentPasteEdits(document: vscode.TextDocument, ranges: readonly vscode.Range[], dataTransfer: vscode.DataTransfer, context: unknown, token: vscode.CancellationToken): Promise<unknown[] | undefined>;
      },
      metadata: { providedPasteEditKinds: PasteEditKind[]; pasteMimeTypes: string[] },
    ): vscode.Disposable;
  };
}

/** VS Code's document paste API when this VS Code has it. */
function pasteApi(): PasteApi | undefined {
  const api = vscode as unknown as Partial<PasteApi> & { languages: Partial<PasteApi['languages']> };
  return api.DocumentPasteEdit && api.DocumentDropOrPasteEditKind && typeof api.languages.registerDocumentPasteEditProvider === 'function' ? (api as PasteApi) : undefined;
}

// Registers the provider for Markdown and plain-text drafts (none where the API is missing).
export function registerPasteProvider(): vscode.Disposable[] {
  const api = pasteApi();
  if (!api) return [];
  const kind = api.DocumentDropOrPasteEditKind.Text.append('nianbao', 'report');
  const provider = {
    async provideDocumentPasteEdits(document: vscode.TextDocument, _ranges: readonly vscode.Range[], dataTransfer: vscode.DataTransfer, _context: unknown, token: vscode.CancellationToken) {
      const html = await dataTransfer.get('text/html')?.asString();
      if (!html || token.isCancellationRequested) return undefined;
      const markdown = editorLibrary().pasteAsReport(document.getText(), html, messageLanguage());
      return markdown === undefined ? undefined : [new api.DocumentPasteEdit(markdown, l10n.t('Paste in the annual report template'), kind)];
    },
  };
  return [api.languages.registerDocumentPasteEditProvider([{ language: 'markdown' }, { language: 'plaintext' }], provider, { providedPasteEditKinds: [kind], pasteMimeTypes: ['text/html'] })];
}
