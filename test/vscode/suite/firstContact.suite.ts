// What a new user meets first: a pasted Untitled draft stays checked whatever language VS Code
// guesses for it; messages in Chinese on an English VS Code (nianbao.messageLanguage, default zh-cn)
// and in English when asked; the status-bar item (format, problem count, ✓ when clean, opens Problems).

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { formatMessage, lint } from '../../../core/src/index.js';
import type { StatusParams } from '../../../server/src/protocol.js';
import { api, closeAllEditors, fileUri, ruleOf, waitForDiagnostics, waitForRule, waitForStatus } from './helpers.js';

const WRONG_ROW = '| （一）予以公开 | 5 | 1 | 0 | 0 | 0 | 0 | 7 |';
const RIGHT_ROW = '| （一）予以公开 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |';

async function draftText(): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(fileUri('pasted.md')));
}

async function setLanguage(value: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('nianbao').update('messageLanguage', value, vscode.ConfigurationTarget.Global);
}

/** The message the core gives for the draft's wrong row total, in a language. */
function expectedMessage(text: string, locale: 'zh-cn' | 'en'): string {
  const f = lint(text).findings.find((x) => x.ruleId === 'sum-row-total');
  assert.ok(f);
  return formatMessage(f.messageId, f.args, locale);
}

// Registers the suite (called after Mocha has defined its tdd globals).
export function registerFirstContactTests(): void {
  suite('first contact', () => {
    teardown(async () => {
      await setLanguage(undefined);
      await closeAllEditors();
    });

    test('a pasted Untitled draft stays checked when VS Code decides it is "Ini", and the status bar says so', async () => {
      const text = await draftText();
      const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: text });
      await vscode.window.showTextDocument(doc);
      await waitForRule(doc.uri, 'sum-row-total');
      // What language detection does about a second after the paste (the same call VS Code makes):
      // the document is closed and reopened as Ini; the server must lint it again after that.
      const { status: reportStatus } = await api();
      const relinted = new Promise<StatusParams>((resolve) => {
        const listener = reportStatus.onDidReceive((s) => {
          if (s.uri === doc.uri.toString()) { listener.dispose(); resolve(s); }
        });
      });
      const renamed = await vscode.languages.setTextDocumentLanguage(doc, 'ini');
      assert.equal(renamed.languageId, 'ini');
      const status = await relinted;
      assert.equal(status.state, 'linted');
      assert.deepEqual(status.counts, { error: 1, warning: 0, info: 0 });
      const ds = await waitForRule(renamed.uri, 'sum-row-total');
      assert.deepEqual(ds.map(ruleOf), ['sum-row-total']);
      const shown = (await api()).status.shown;
      assert.equal(shown.bar, '$(error) 年报 2021 格式 · 1 个问题');
      assert.equal(shown.barCommand, 'workbench.actions.view.problems');
    });

    test('an Untitled document in another language that is not a report is left alone, with no status', async () => {
      const doc = await vscode.workspace.openTextDocument({ language: 'ini', content: '[section]\nkey = value\n' });
      await vscode.window.showTextDocument(doc);
      const status = await waitForStatus(doc.uri, () => true);
      assert.equal(status.state, 'notReport');
      assert.deepEqual(vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'nianbao'), []);
      assert.equal((await api()).status.shown.bar, undefined, 'no status-bar item for a document that is not a report');
    });

    test('messageLanguage: Chinese by default on an English VS Code, English when set to en; the status bar follows', async () => {
      assert.equal(vscode.env.language, 'en', 'code-server runs with an English display language');
      const text = await draftText();
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
      await vscode.window.showTextDocument(doc);
      const [zh] = (await waitForRule(doc.uri, 'sum-row-total')).filter((d) => ruleOf(d) === 'sum-row-total');
      assert.equal(zh.message, expectedMessage(text, 'zh-cn'));
      await setLanguage('en');
      const english = expectedMessage(text, 'en');
      await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => d.message === english), 'the English message');
      await waitForStatus(doc.uri, (s) => s.state === 'linted');
      assert.equal((await api()).status.shown.bar, '$(error) Report · 2021 format · 1 problems');
      await setLanguage('zh-cn');
      await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => d.message === zh.message), 'the Chinese message again');
    });

    test('a clean report: ✓ in the status bar', async () => {
      const text = (await draftText()).replace(WRONG_ROW, RIGHT_ROW);
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
      await vscode.window.showTextDocument(doc);
      await waitForStatus(doc.uri, (s) => s.state === 'linted' && s.counts.error + s.counts.warning + s.counts.info === 0);
      assert.equal((await api()).status.shown.bar, '$(check) 年报 2021 格式');
    });
  });
}
