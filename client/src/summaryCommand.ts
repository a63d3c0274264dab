// nianbao.summarizeWorkspace: asks the server for the county roll-up of the workspace's reports
// (nianbao.workspaceSummary, which lints them with progress) and opens it as a new untitled
// Markdown document. The roll-up itself is the core's; nothing is computed here.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, type WorkspaceSummaryResult } from '../../protocol/src/protocol.js';

// Registers the command; it resolves to the opened document (undefined when there was nothing to do).
export function registerSummaryCommand(client: LanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand('nianbao.summarizeWorkspace', async () => {
    await client.start(); // no-op once running
    const result = await vscode.commands.executeCommand<WorkspaceSummaryResult | null>(Commands.workspaceSummary);
    if (!result || typeof result.markdown !== 'string') return undefined;
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.markdown });
    await vscode.window.showTextDocument(document, { preview: false });
    return document;
  });
}
