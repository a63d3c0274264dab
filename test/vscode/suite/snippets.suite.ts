// Each snippet inserted by VS Code's own snippet engine, under its section heading of a report with
// that table missing (2021 and 2019 templates): the text is what the snippet says and lints clean; the
// whole skeleton's only findings are its placeholders.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { expandSnippet } from '../../snippets/expandSnippet.js';
import { fill, reportText, TABLE_SNIPPETS, withoutTable, type SnippetFile } from '../../snippets/hostReports.js';
import { closeAllEditors, EXTENSION_ID, openUntitled, waitForClean, waitForOnly, waitForRule } from './helpers.js';

/** The skeleton's placeholders (the body's name, 一's paragraph and its five subsections', 五's): placeholder-left findings until written in. */
const PLACEHOLDERS = 8;

function snippetFile(): SnippetFile {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext);
  return JSON.parse(readFileSync(join(ext.extensionPath, 'snippets', 'nianbao.json'), 'utf8')) as SnippetFile;
}

/** Inserts a contributed snippet by name, as choosing it from the completion list does. */
async function insertByName(language: string, name: string): Promise<void> {
  await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: language, name });
}

// Registers the suite (called after Mocha has defined its tdd globals).
export function registerSnippetTests(): void {
  suite('snippets', () => {
    teardown(closeAllEditors);

    for (const t of TABLE_SNIPPETS) {
      test(`${t.name} under section ${t.numeral} of a ${t.templateId}-template report lints clean`, async () => {
        const snippets = snippetFile();
        const hole = withoutTable(reportText(snippets, t.templateId), t.numeral);
        const editor = await openUntitled('markdown', hole.text);
        await waitForRule(editor.document.uri, 'table-missing');
        const at = editor.document.positionAt(hole.offset);
        editor.selection = new vscode.Selection(at, at);
        await insertByName('markdown', t.name);
        assert.equal(editor.document.getText(), fill(hole, expandSnippet(snippets[t.name].body)));
        await waitForClean(editor.document.uri);
      });
    }

    test('年报 (by name, in a plain-text file) replaces a bare title with a whole report, only its placeholders found', async () => {
      const snippets = snippetFile();
      const editor = await openUntitled('plaintext', '2025年政府信息公开工作年度报告\n');
      await waitForRule(editor.document.uri, 'section-missing');
      await vscode.commands.executeCommand('editor.action.selectAll');
      await insertByName('plaintext', '年报');
      assert.equal(editor.document.getText(), expandSnippet(snippets['年报'].body));
      await waitForOnly(editor.document.uri, 'placeholder-left', PLACEHOLDERS);
    });

    test('年报：插入年度报告框架 in an empty .txt draft: the plain-text skeleton for last year, only its placeholders found', async () => {
      const editor = await openUntitled('plaintext', '');
      assert.equal(await vscode.commands.executeCommand('nianbao.insertReport'), true);
      const year = new Date().getFullYear() - 1;
      const text = editor.document.getText();
      assert.doesNotMatch(text, /[#|]|\*\*/, 'no Markdown marks in a plain-text draft');
      assert.match(text, new RegExp(`^XX县XX局${year}年政府信息公开工作年度报告$`, 'm'));
      assert.ok(text.includes(`${year}年1月1日至${year}年12月31日`));
      await waitForOnly(editor.document.uri, 'placeholder-left', PLACEHOLDERS);
    });

    test('年报：插入空白表三 under section 三 of a Markdown report with that table missing lints clean', async () => {
      const snippets = snippetFile();
      const hole = withoutTable(reportText(snippets, '2021'), '三');
      const editor = await openUntitled('markdown', hole.text);
      await waitForRule(editor.document.uri, 'table-missing');
      const at = editor.document.positionAt(hole.offset);
      editor.selection = new vscode.Selection(at, at);
      assert.equal(await vscode.commands.executeCommand('nianbao.insertTable3'), true);
      assert.equal(editor.document.getText(), fill(hole, expandSnippet(snippets['表三'].body)));
      await waitForClean(editor.document.uri);
      const menus = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.menus['editor/context'] as { command: string }[];
      for (const c of ['nianbao.insertReport', 'nianbao.insertTable2', 'nianbao.insertTable3', 'nianbao.insertTable4']) {
        assert.ok(menus.some((m) => m.command === c), `${c} is in the editor's context menu`);
      }
    });

    test('年报 (editor.insertSnippet) with another year typed into its placeholder: only its placeholders found', async () => {
      const snippets = snippetFile();
      const editor = await openUntitled('markdown', '# 2025年政府信息公开工作年度报告\n');
      await waitForRule(editor.document.uri, 'section-missing');
      const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
      assert.equal(await editor.insertSnippet(new vscode.SnippetString(snippets['年报'].body.join('\n')), whole), true);
      // The first tab stop is the year: typing replaces it and all its mirrors.
      assert.equal(editor.document.getText(editor.selection), '2025');
      await vscode.commands.executeCommand('type', { text: '2024' });
      const text = editor.document.getText();
      assert.ok(!text.includes('2025'), 'every year mirror follows the placeholder');
      assert.match(text, /2024年1月1日至2024年12月31日/);
      await waitForOnly(editor.document.uri, 'placeholder-left', PLACEHOLDERS);
    });
  });
}
