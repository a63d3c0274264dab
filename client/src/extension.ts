// The VS Code face of nianbao: starts the language server (which does all checking), and adds the
// commands, the language status item and the output channel around it. No checking happens here.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { MarkdownItInstance } from '../../protocol/src/editorLibrary.js';
import { editorLibrary } from './editorLibrary.js';
import { initClientText, l10n, messageLanguage } from './clientText.js';
import { registerCommands, shownMessages } from './commands.js';
import { registerAuthoringCommands } from './authoringCommands.js';
import { ReportStatus } from './reportStatus.js';
import { createClient } from './createClient.js';
import { ResultsView } from './resultsView.js';
import { registerPasteProvider } from './pasteProvider.js';
import { registerSkeletonCommands, skeletonLoader } from './skeleton.js';
import { registerSnippetCompletion } from './snippetCompletion.js';
import { registerSummaryCommand } from './summaryCommand.js';
import { registerWordDrafts } from './wordDrafts.js';

let client: LanguageClient | undefined;

/** What the extension exports (used by its tests): the running client and the report status. */
export interface NianbaoApi {
  client: LanguageClient;
  status: ReportStatus;
  /** The reviewer's results view. */
  results: ResultsView;
  /** The last information messages the extension showed (Fix All's summary…). */
  messages: readonly string[];
  /** VS Code's Markdown preview calls this (`markdown.markdownItPlugins`): the report's tables in the official layout. */
  extendMarkdownIt(md: MarkdownItInstance): MarkdownItInstance;
}

/**
 * The preview plugin. The template is the document's, as the server lints it (the setting for the
 * document, else its .nianbaorc.json): VS Code's preview passes the document's URI in markdown-it's
 * env (`currentDocument`) when it renders. The message language is read at each render too.
 */
function extendMarkdownIt(md: MarkdownItInstance): MarkdownItInstance {
  return md.use(editorLibrary().officialLayoutPlugin, { template: previewTemplate, locale: messageLanguage });
}

function previewTemplate(env: unknown): 'auto' | '2021' | '2019' {
  // The Markdown extension's own vscode.Uri: read by its fields, not by instanceof.
  const current = (env as { currentDocument?: { scheme?: unknown; fsPath?: unknown; toString(): string } } | undefined)?.currentDocument;
  const doc = current && typeof current.scheme === 'string' ? vscode.Uri.parse(current.toString()) : undefined;
  const setting = vscode.workspace.getConfiguration('nianbao', doc).get<'auto' | '2021' | '2019'>('template', 'auto');
  const roots = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath);
  return editorLibrary().previewTemplate(setting, doc?.scheme === 'file' ? doc.fsPath : undefined, roots);
}

// Activation: output channel, client (started before activate returns, so the server's commands,
// e.g. nianbao.lintWorkspace, are registered by the time a command that activated us runs).
export async function activate(context: vscode.ExtensionContext): Promise<NianbaoApi> {
  initClientText(context);
  const output = vscode.window.createOutputChannel(l10n.t('Nianbao'), { log: true });
  context.subscriptions.push(output);
  let results: ResultsView | undefined;
  client = createClient(context, output, (result) => results?.show(result));
  const status = new ReportStatus(client);
  results = new ResultsView(client);
  const skeleton = skeletonLoader(context);
  context.subscriptions.push(status, results, ...registerCommands(client, output, status), ...registerAuthoringCommands(client), ...registerSkeletonCommands(skeleton, status), registerSnippetCompletion(skeleton, status), registerSummaryCommand(client), ...registerPasteProvider(), ...registerWordDrafts(client));
  await client.start();
  return { client, status, results, messages: shownMessages, extendMarkdownIt };
}

/** Stops the server with the extension. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
