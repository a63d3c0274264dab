// What a new user meets first: a pasted Untitled draft stays checked whatever language VS Code
// guesses for it; messages in Chinese on an English VS Code (nianbao.messageLanguage, default zh-cn)
// and in English when asked; the status-bar item (template, problem count, ✓ when clean, opens Problems).

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { formatMessage, lint } from '../../../core/src/index.js';
import type { StatusParams } from '../../../protocol/src/protocol.js';
import { api, applyAction, closeAllEditors, codeActionsAt, diagnosticsOf, EXTENSION_ID, fileUri, openFile, openUntitled, ruleOf, waitForDiagnostics, waitForRule, waitForStatus } from './helpers.js';

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
      const { document: doc } = await openUntitled('plaintext', text);
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
      const { document: doc } = await openUntitled('ini', '[section]\nkey = value\n');
      // (An untitled name can be reused after an earlier test's document: wait for this one's status.)
      await waitForStatus(doc.uri, (s) => s.state === 'notReport');
      assert.deepEqual(vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'nianbao'), []);
      assert.equal((await api()).status.shown.bar, undefined, 'no status-bar item for a document that is not a report');
    });

    test('messageLanguage: Chinese by default on an English VS Code, English when set to en; the status bar follows', async () => {
      assert.equal(vscode.env.language, 'en', 'code-server runs with an English display language');
      const text = await draftText();
      const { document: doc } = await openUntitled('markdown', text);
      const [zh] = (await waitForRule(doc.uri, 'sum-row-total')).filter((d) => ruleOf(d) === 'sum-row-total');
      assert.equal(zh.message, expectedMessage(text, 'zh-cn'));
      await setLanguage('en');
      const english = expectedMessage(text, 'en');
      await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => d.message === english), 'the English message');
      await waitForStatus(doc.uri, (s) => s.state === 'linted');
      assert.equal((await api()).status.shown.bar, '$(error) Report · 2021 template · 1 problems');
      await setLanguage('zh-cn');
      await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => d.message === zh.message), 'the Chinese message again');
    });

    test('Fix All says what it fixed and what is left for a person', async () => {
      const text = (await draftText()).replace('依据《政府信息公开信息处理费管理办法》，2025年本机关未收取信息处理费。', '无。');
      const { document: doc } = await openUntitled('markdown', text);
      await waitForDiagnostics(doc.uri, (ds) => ds.map(ruleOf).sort().join() === 'fee-not-reported,sum-row-total', 'the wrong total and the missing fee');
      const { messages } = await api();
      assert.equal(await vscode.commands.executeCommand('nianbao.fixAll'), true);
      assert.equal(messages.at(-1), '年报：已自动修复 1 个问题（sum-row-total × 1）；还有 1 个问题需要人工处理，见“问题”面板。');
      assert.ok(doc.getText().includes(RIGHT_ROW));
      assert.equal(await vscode.commands.executeCommand('nianbao.fixAll'), false);
      assert.equal(messages.at(-1), '年报：没有可以自动修复的问题；1 个问题需要人工处理（见“问题”面板）。');
      // The writer's own fix for the fee (never applied by Fix All): the standard sentence in 六.
      const [fee] = diagnosticsOf(doc.uri).filter((x) => ruleOf(x) === 'fee-not-reported');
      const actions = await codeActionsAt(doc.uri, fee!.range, vscode.CodeActionKind.QuickFix.value);
      await applyAction(actions.find((a) => a.title === '写入“本年度未收取信息处理费。”（本年度没有收取信息处理费时）'), 'write the fee sentence');
      assert.ok(doc.getText().includes('无。\n\n本年度未收取信息处理费。'));
      await waitForDiagnostics(doc.uri, (ds) => ds.length === 0, 'a clean report');
    });

    test('the rule docs link opens the page bundled in the extension (no network needed)', async () => {
      const { document: doc } = await openUntitled('markdown', await draftText());
      const [d] = (await waitForRule(doc.uri, 'sum-row-total')).filter((x) => ruleOf(x) === 'sum-row-total');
      assert.ok(typeof d.code === 'object', 'the code carries a link');
      const target = d.code.target;
      const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
      assert.equal(target.scheme, 'file');
      assert.equal(target.fsPath, vscode.Uri.joinPath(ext.extensionUri, 'docs', 'rules', 'sum-row-total.md').fsPath);
      const page = await vscode.workspace.openTextDocument(target);
      assert.match(page.lineAt(0).text, /^# sum-row-total：/);
      // The page's examples are not findings: the bundled docs are never linted.
      await vscode.window.showTextDocument(page);
      await waitForStatus(page.uri, (s) => s.state === 'notReport');
      assert.deepEqual(vscode.languages.getDiagnostics(page.uri).filter((x) => x.source === 'nianbao'), []);
    });

    test('one outline in Markdown (the built-in one), nianbao\'s in plain text', async () => {
      assert.ok(vscode.extensions.getExtension('vscode.markdown-language-features'), 'the built-in Markdown extension is present');
      const { document: md } = await openUntitled('markdown', await draftText());
      await waitForRule(md.uri, 'sum-row-total');
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', md.uri);
      const names = (symbols ?? []).flatMap(function all(s: vscode.DocumentSymbol): string[] { return [s.name, ...s.children.flatMap(all)]; });
      const sections = names.filter((n) => /^#*\s*[一二三四五六]、/.test(n));
      assert.equal(sections.length, 6, `each section once: ${JSON.stringify(names)}`);
      const txt = await openFile('plain/某局2025年政府信息公开工作年度报告.txt');
      await waitForRule(txt.document.uri, 'sum-row-total');
      const plain = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', txt.document.uri);
      assert.ok((plain ?? []).length > 0, 'nianbao outlines a plain-text draft');
    });

    test('a clean report: ✓ in the status bar', async () => {
      const { document: doc } = await openFile('clean.md');
      await waitForStatus(doc.uri, (s) => s.state === 'linted' && s.counts.error + s.counts.warning + s.counts.info === 0);
      assert.equal((await api()).status.shown.bar, '$(check) 年报 2021 格式');
    });
  });
}
