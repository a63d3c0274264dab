// The snippets as VS Code's completion offers them (client/src/snippetCompletion.ts; there is no
// contributed snippet file): every one at an empty line with its description in the language
// nianbao.messageLanguage picks; after a typed prefix (Chinese or pinyin) the ones it matches; none
// in a table row. Each accepted under its section heading of a report with that table missing
// (2021 and 2019 templates) inserts what the snippet says and lints clean; the whole skeleton's only
// findings are its placeholders. And the insert commands, which insert the same bodies.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { expandSnippet } from '../../snippets/expandSnippet.js';
import { fill, reportText, snippetsOf, TABLE_SNIPPETS, withoutTable, type Skeleton, type SnippetFile } from '../../snippets/hostReports.js';
import { closeAllEditors, EXTENSION_ID, openUntitled, waitForClean, waitForOnly, waitForRule, waitForStatus } from './helpers.js';

/** The skeleton's placeholders (the body's name, 一's paragraph and its five subsections', 五's): placeholder-left findings until written in. */
const PLACEHOLDERS = 8;

function extensionFile<T>(...path: string[]): T {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext);
  return JSON.parse(readFileSync(join(ext.extensionPath, ...path), 'utf8')) as T;
}

const skeletonFile = () => extensionFile<Skeleton>('snippets', 'skeleton.json');
const snippetFile = (): SnippetFile => snippetsOf(skeletonFile());

/** The year a report written today is about (the year placeholder's default when inserted). */
const lastYear = () => new Date().getFullYear() - 1;

/** A body as the editor inserts it as a snippet: lines joined, the year placeholder's default last year. */
function snippetText(body: string[], defaultYear: number): string {
  return body.join('\n').split(`\${1:${defaultYear}}`).join(`\${1:${lastYear()}}`);
}

async function setLanguage(value: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('nianbao').update('messageLanguage', value, vscode.ConfigurationTarget.Global);
}

interface Offered {
  label: string;
  description: string | undefined;
  detail: string | undefined;
  kind: vscode.CompletionItemKind | undefined;
  insertText: string;
}

/**
 * What VS Code's completion offers at a position that is one of the snippets' prefixes (other
 * providers' items, e.g. words of the document or the Markdown extension's own snippets, left out);
 * with the items themselves, to accept one.
 */
async function snippetsOffered(uri: vscode.Uri, at: vscode.Position): Promise<{ offered: Offered[]; items: vscode.CompletionItem[] }> {
  const prefixes = new Set(skeletonFile().snippets.flatMap((s) => s.prefixes));
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, at);
  const label = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
  // In VS Code's order (it sorts them); compared in the snippets' own order.
  const order = [...prefixes];
  const items = list.items.filter((i) => prefixes.has(label(i))).sort((a, b) => order.indexOf(label(a)) - order.indexOf(label(b)));
  return {
    items,
    offered: items.map((i) => ({
      label: label(i),
      description: typeof i.label === 'string' ? undefined : i.label.description,
      detail: i.detail,
      kind: i.kind,
      insertText: i.insertText instanceof vscode.SnippetString ? i.insertText.value : String(i.insertText),
    })),
  };
}

/** What is offered for each prefix in `labels`: the snippet's description (a bundle key) in `words`, its body in the document's shape. */
function expectedOffers(labels: string[], markdown: boolean, words: Record<string, string> | undefined): Offered[] {
  const skeleton = skeletonFile();
  const snippets = snippetsOf(skeleton);
  return skeleton.snippets.flatMap((s) =>
    s.prefixes.filter((p) => labels.includes(p)).map((p) => {
      const description = words ? words[s.description] : s.description;
      const snippet = snippets[s.prefixes[0]!]!;
      return { label: p, description, detail: description, kind: vscode.CompletionItemKind.Snippet, insertText: snippetText(markdown ? snippet.body : snippet.text, skeleton.defaultYear) };
    }));
}

/** Types `text` at the cursor, as a user does. */
async function typeText(text: string): Promise<void> {
  await vscode.commands.executeCommand('type', { text });
}

/** Accepts the offered item labelled `label`: VS Code inserts its snippet over the typed prefix. */
async function accept(editor: vscode.TextEditor, items: vscode.CompletionItem[], label: string): Promise<void> {
  const item = items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === label);
  assert.ok(item, `${label} is offered`);
  assert.ok(item.insertText instanceof vscode.SnippetString, 'a snippet');
  const range = item.range instanceof vscode.Range ? item.range : item.range?.replacing;
  assert.ok(range, 'over the typed prefix');
  // As VS Code accepts it: the item says whether the lines keep their leading whitespace (the tabs of a plain-text table).
  const options: { undoStopBefore: boolean; undoStopAfter: boolean; keepWhitespace?: boolean } = { undoStopBefore: true, undoStopAfter: true, keepWhitespace: item.keepWhitespace };
  assert.equal(await editor.insertSnippet(item.insertText, range, options), true);
}

// Registers the suite (called after Mocha has defined its tdd globals).
export function registerSnippetTests(): void {
  suite('snippets', () => {
    teardown(async () => {
      await setLanguage(undefined);
      await closeAllEditors();
    });

    test('every snippet at an empty line, once each: descriptions in Chinese by default, in English with nianbao.messageLanguage en, VS Code\'s language with auto', async () => {
      const zh = extensionFile<Record<string, string>>('l10n', 'bundle.l10n.zh-cn.json');
      const all = skeletonFile().snippets.flatMap((s) => s.prefixes);
      assert.equal(all.length, 14);
      for (const [language, markdown] of [['markdown', true], ['plaintext', false]] as const) {
        const editor = await openUntitled(language, '');
        const at = new vscode.Position(0, 0);
        assert.deepEqual((await snippetsOffered(editor.document.uri, at)).offered, expectedOffers(all, markdown, zh), language);
        await setLanguage('en');
        assert.deepEqual((await snippetsOffered(editor.document.uri, at)).offered, expectedOffers(all, markdown, undefined), `${language}, en`);
        await setLanguage('auto');
        const displayed = vscode.env.language.toLowerCase().startsWith('zh') ? zh : undefined;
        assert.deepEqual((await snippetsOffered(editor.document.uri, at)).offered, expectedOffers(all, markdown, displayed), `${language}, auto (${vscode.env.language})`);
        await setLanguage(undefined);
      }
    });

    for (const t of TABLE_SNIPPETS) {
      // The 2021 ones typed in Chinese (表三 also matches 表三2019), the 2019 ones in pinyin.
      const typed = t.templateId === '2021' ? t.name : `${{ 二: 'biaoer', 三: 'biaosan', 四: 'biaosi' }[t.numeral]}2019`;
      const matching = t.templateId === '2021' ? [t.name, `${t.name}2019`] : [typed];
      test(`${typed} typed under section ${t.numeral} of a ${t.templateId}-template report offers ${matching.join(', ')}; accepted, the table lints clean`, async () => {
        const snippets = snippetFile();
        const hole = withoutTable(reportText(snippets, t.templateId), t.numeral);
        const editor = await openUntitled('markdown', hole.text);
        await waitForRule(editor.document.uri, 'table-missing');
        const at = editor.document.positionAt(hole.offset);
        editor.selection = new vscode.Selection(at, at);
        await typeText(typed);
        const { offered, items } = await snippetsOffered(editor.document.uri, editor.selection.active);
        assert.deepEqual(offered, expectedOffers(matching, true, extensionFile('l10n', 'bundle.l10n.zh-cn.json')));
        await accept(editor, items, typed);
        assert.equal(editor.document.getText(), fill(hole, expandSnippet(snippets[t.name]!.body)));
        await waitForClean(editor.document.uri);
      });
    }

    test('nianbao typed in an empty .txt draft offers 年报 alone; accepted, the plain-text skeleton for last year, only its placeholders found', async () => {
      const skeleton = skeletonFile();
      const editor = await openUntitled('plaintext', '');
      await typeText('nianbao');
      const { offered, items } = await snippetsOffered(editor.document.uri, editor.selection.active);
      assert.deepEqual(offered, expectedOffers(['nianbao'], false, extensionFile('l10n', 'bundle.l10n.zh-cn.json')));
      await accept(editor, items, 'nianbao');
      const text = editor.document.getText();
      assert.equal(text, expandSnippet(snippetText(skeleton.report.text, skeleton.defaultYear)));
      assert.doesNotMatch(text, /[#|]|\*\*/, 'no Markdown marks in a plain-text draft');
      assert.match(text, new RegExp(`^XX县XX局${lastYear()}年政府信息公开工作年度报告$`, 'm'));
      await waitForOnly(editor.document.uri, 'placeholder-left', PLACEHOLDERS);
    });

    test('no snippet in a table row, after other text of the word or in an untitled file that is not a report; in a pasted report VS Code calls Ini, once it is checked', async () => {
      const snippets = snippetFile();
      const report = reportText(snippets, '2021');
      const editor = await openUntitled('markdown', report);
      await waitForClean(editor.document.uri);
      const row = report.split('\n').findIndex((l) => l.startsWith('| （一）予以公开'));
      assert.ok(row > 0);
      // In a cell: "| 表三" typed after the row's first pipe.
      await editor.edit((b) => b.insert(new vscode.Position(row, 1), ' 表三 |'));
      assert.deepEqual((await snippetsOffered(editor.document.uri, new vscode.Position(row, 4))).offered, [], 'in a table row');
      // "本年度表三": the word typed is not a prefix (VS Code matches from the word's start).
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), '本年度表三\n'));
      assert.deepEqual((await snippetsOffered(editor.document.uri, new vscode.Position(0, 5))).offered, [], 'inside a word');
      // An untitled draft whose language VS Code guessed as Ini: offered once the server checked it as a report, in the plain-text shape.
      const hole = withoutTable(report, '三');
      const ini = await openUntitled('ini', hole.text);
      await waitForRule(ini.document.uri, 'table-missing');
      const at = ini.document.positionAt(hole.offset);
      ini.selection = new vscode.Selection(at, at);
      await typeText('表三');
      assert.deepEqual((await snippetsOffered(ini.document.uri, ini.selection.active)).offered, expectedOffers(['表三', '表三2019'], false, extensionFile('l10n', 'bundle.l10n.zh-cn.json')));
      // An untitled JSON scratch file is not a report: nothing offered there.
      const json = await openUntitled('json', '{ "a": 1 }\n');
      await waitForStatus(json.document.uri, (st) => st.state === 'notReport');
      json.selection = new vscode.Selection(1, 0, 1, 0);
      await typeText('表三');
      assert.deepEqual((await snippetsOffered(json.document.uri, json.selection.active)).offered, [], 'not a report');
    });

    test('年报：插入年度报告框架 in an empty .txt draft: the plain-text skeleton for last year, only its placeholders found', async () => {
      const editor = await openUntitled('plaintext', '');
      assert.equal(await vscode.commands.executeCommand('nianbao.insertReport'), true);
      const year = lastYear();
      const text = editor.document.getText();
      const skeleton = skeletonFile();
      assert.equal(text, expandSnippet(snippetText(skeleton.report.text, skeleton.defaultYear)), 'the plain-text skeleton as generated, its tabs kept');
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
      assert.equal(editor.document.getText(), fill(hole, expandSnippet(snippets['表三']!.body)));
      await waitForClean(editor.document.uri);
      const menus = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.menus['editor/context'] as { command: string }[];
      for (const c of ['nianbao.insertReport', 'nianbao.insertTable2', 'nianbao.insertTable3', 'nianbao.insertTable4']) {
        assert.ok(menus.some((m) => m.command === c), `${c} is in the editor's context menu`);
      }
    });

    test('年报 typed in an empty Markdown draft and accepted, another year typed into its placeholder: only its placeholders found', async () => {
      const editor = await openUntitled('markdown', '');
      await typeText('年报');
      const { items } = await snippetsOffered(editor.document.uri, editor.selection.active);
      await accept(editor, items, '年报');
      // The first tab stop is the year: typing replaces it and all its mirrors.
      assert.equal(editor.document.getText(editor.selection), String(lastYear()));
      const year = lastYear() - 1;
      await typeText(String(year));
      const text = editor.document.getText();
      assert.equal(text, expandSnippet(snippetFile()['年报']!.body.map((l) => l.replace(`\${1:${skeletonFile().defaultYear}}`, `\${1:${year}}`))));
      assert.match(text, new RegExp(`^# XX县XX局${year}年政府信息公开工作年度报告$`, 'm'));
      assert.ok(text.includes(`${year}年1月1日至${year}年12月31日`));
      await waitForOnly(editor.document.uri, 'placeholder-left', PLACEHOLDERS);
    });
  });
}
