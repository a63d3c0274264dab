'use strict';
// Throwaway extension for the harness self-test: one command that answers from the
// extension host, so the suite proves the extension under development was activated.
const vscode = require('vscode');

function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('nianbaoHarnessSelftest.echo', (text) => ({
      echoed: String(text),
      vscodeVersion: vscode.version,
    })),
  );
}

function deactivate() {}

module.exports = { activate, deactivate };
