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

/** The preview plugin, reading the template and the message language from the settings at each render. */
function extendMarkdownIt(md: MarkdownItInstance): MarkdownItInstance {
  return md.use(editorLibrary().officialLayoutPlugin, {
    template: () => vscode.workspace.getConfiguration('nianbao').get<'auto' | '2021' | '2019'>('template', 'auto'),
    locale: messageLanguage,
  });
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
