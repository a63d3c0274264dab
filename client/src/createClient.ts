// Builds the LanguageClient for the bundled server (dist/server.cjs over Node IPC) and the
// documents it serves: Markdown and plain text, saved or untitled.

import * as vscode from 'vscode';
import { l10n } from './clientText.js';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { Commands, LANGUAGE_IDS, SHOW_RANGE_COMMAND, type InitializationOptions, type LintWorkspaceResult } from '../../protocol/src/protocol.js';

/** Markdown and plain-text documents, saved or untitled (where the language status item shows). */
export const LANGUAGE_SELECTOR = LANGUAGE_IDS.flatMap((language) =>
  ['file', 'untitled'].map((scheme) => ({ scheme, language })));

/**
 * The documents sent to the server, which then decides by their text (core looksLikeReport) which
 * are reports: Markdown and plain-text files, and every untitled document whatever its language, so
 * a pasted draft stays checked when VS Code's language detection calls it "Ini" or "Log".
 */
export const DOCUMENT_SELECTOR = [...LANGUAGE_IDS.map((language) => ({ scheme: 'file', language })), { scheme: 'untitled' }];

/** VS Code's built-in Markdown support (its own outline, preview and language server). */
const MARKDOWN_EXTENSION = 'vscode.markdown-language-features';

/** One line summing up a workspace lint, for the status bar. */
function workspaceSummary(result: LintWorkspaceResult): string {
  return result.cancelled
    ? l10n.t('Nianbao: cancelled after {0} files, {1} problems', result.files, result.problems)
    : l10n.t('Nianbao: {0} reports checked, {1} problems', result.files, result.problems);
}

// The client: the server module runs in its own Node process; settings are pulled by the server
// (workspace/configuration) and changes of the `nianbao` section are pushed to it.
export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, onWorkspaceResult: (result: LintWorkspaceResult) => void): LanguageClient {
  const module = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const initializationOptions: InitializationOptions = { locale: vscode.env.language, clientCommands: [SHOW_RANGE_COMMAND] };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    initializationOptions,
    outputChannel: output,
    diagnosticCollectionName: 'nianbao',
    synchronize: { configurationSection: 'nianbao' },
    middleware: {
      // One outline in Markdown: VS Code's built-in Markdown extension already gives the headings
      // (nianbao's symbols would be a second tree beside them); plain text has only nianbao's.
      provideDocumentSymbols: (document, token, next) =>
        document.languageId === 'markdown' && vscode.extensions.getExtension(MARKDOWN_EXTENSION) ? [] : next(document, token),
      // The server's own command (registered by the client from executeCommandProvider): the server
      // shows cancellable progress; afterwards one line in the status bar says what was found, and
      // the results view shows every report.
      executeCommand: async (command, args, next) => {
        const result: unknown = await next(command, args);
        if (command === Commands.lintWorkspace && result && typeof result === 'object') {
          vscode.window.setStatusBarMessage(workspaceSummary(result as LintWorkspaceResult), 10_000);
          onWorkspaceResult(result as LintWorkspaceResult);
        }
        return result;
      },
    },
  };
  return new LanguageClient('nianbao', l10n.t('Nianbao Language Server'), serverOptions, clientOptions);
}
