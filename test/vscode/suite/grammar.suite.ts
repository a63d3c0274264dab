// The injected grammar in VS Code's own tokenizer (with the real Markdown grammar, and the plain
// text host grammar): desktop VS Code's _workbench.captureSyntaxTokens gives each token's scopes.
// VS Code for the web (code-server) lacks that command: there the person test reads the scopes
// from the "Inspect Editor Tokens and Scopes" widget instead, and these tests are skipped.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, fileUri, openFile } from './helpers.js';

interface Token { c: string; t: string }

async function tokens(relative: string): Promise<Token[]> {
  await openFile(relative);
  const result = await vscode.commands.executeCommand<Token[]>('_workbench.captureSyntaxTokens', fileUri(relative));
  assert.ok(Array.isArray(result) && result.length > 0, 'tokens captured');
  return result;
}

function scopesOf(all: Token[], text: string): string {
  const token = all.find((t) => t.c.includes(text));
  assert.ok(token, `a token with "${text}": ${JSON.stringify(all.slice(0, 40))}`);
  return token.t;
}

// Registers the suite (called after Mocha has defined its tdd globals).
export function registerGrammarTests(): void {
  suite('grammar', () => {
    suiteSetup(async function () {
      if (!(await vscode.commands.getCommands(true)).includes('_workbench.captureSyntaxTokens')) this.skip();
    });
    teardown(closeAllEditors);

    test('Markdown: headings keep their Markdown scope, labels, references and cells are marked', async () => {
      const all = await tokens('typing.md');
      const heading = scopesOf(all, '一、');
      assert.match(heading, /markup\.heading\.markdown/);
      assert.match(heading, /entity\.name\.type\.section\.number\.nianbao/);
      assert.match(scopesOf(all, '第二十条第（一）项'), /entity\.name\.function\.reference\.nianbao/);
      assert.match(scopesOf(all, '本年新收政府信息公开申请数量'), /variable\.other\.row-label\.nianbao/);
      assert.match(scopesOf(all, '（三）'), /entity\.name\.type\.subsection\.nianbao/);
      assert.ok(all.some((t) => t.c === '13' && /constant\.numeric\.cell\.nianbao/.test(t.t)), 'a number cell');
    });

    test('plain text: the same marks in a .txt draft', async () => {
      const all = await tokens('plain/某局2025年政府信息公开工作年度报告.txt');
      assert.match(scopesOf(all, '二、'), /entity\.name\.type\.section\.number\.nianbao/);
      assert.match(scopesOf(all, '予以公开'), /row-label\.nianbao/);
      assert.ok(all.some((t) => t.c === '7' && /constant\.numeric\.cell\.nianbao/.test(t.t)), 'a number cell');
    });
  });
}
