// The "rewrite as the standard table" refactoring of the server's code actions on in-memory documents:
// offered on the table the range touches, its edit gives the standard table; refused (disabled, with
// the values it could not place) when something would be lost, and left out for clients that cannot
// show a disabled action.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CodeActionKind, type CodeAction, type Range, type TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, type Locale } from '../../core/src/index.js';
import { codeActions } from '../../server/src/codeActions.js';
import { formatTables } from '../../server/src/formatting.js';
import { findingToDiagnostic } from '../../server/src/toDiagnostics.js';
import { fixture, replaceOnce } from '../core/fixtures.js';

const uri = 'file:///work/report.txt';
const tsv = fixture('shapes', 'clean-tsv.txt');

function actionsAt(text: string, range: Range, options: { only?: string[]; disabledSupport?: boolean; locale?: Locale } = {}): { doc: TextDocument; actions: CodeAction[] } {
  const doc = TextDocument.create(uri, 'plaintext', 1, text);
  const result = lint(text);
  const locale = options.locale ?? 'zh-cn';
  // As VS Code asks: with the diagnostics on the requested lines.
  const diagnostics = result.findings
    .map((f) => findingToDiagnostic(f, result.index, { uri, locale, docsBaseUrl: 'https://example.org/docs/', version: 1 }))
    .filter((d) => d.range.start.line <= range.end.line && d.range.end.line >= range.start.line);
  const actions = codeActions({
    uri, version: 1, text, findings: result.findings, index: result.index, eol: result.report.eol, diagnostics, only: options.only, options: {}, locale,
    documentChanges: true, range, report: result.report, template: result.template, disabledSupport: options.disabledSupport ?? true,
  });
  return { doc, actions };
}

/** A range on one line of the text (the first line holding `needle`). */
function lineOf(text: string, needle: string): Range {
  const line = text.split('\n').findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, needle);
  return { start: { line, character: 0 }, end: { line, character: 0 } };
}

function applied(doc: TextDocument, action: CodeAction): string {
  const change = action.edit!.documentChanges![0] as { edits: TextEdit[] };
  return TextDocument.applyEdits(doc, change.edits);
}

describe('rewrite as the standard table (code action)', () => {
  it('on a row of 表四 in tabs: one refactoring whose edit writes the standard pipe table and nothing else', () => {
    const { doc, actions } = actionsAt(tsv, lineOf(tsv, '结果维持\t结果纠正'));
    assert.deepEqual(actions.map((a) => [a.title, a.kind, a.disabled]), [['改写为标准表四（Markdown 表格，数字保留在各自的格子里）', CodeActionKind.RefactorRewrite, undefined]]);
    const from = ['行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t', '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t', '\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计', '1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0'].join('\n');
    const to = [
      '| 行政复议 |  |  |  |  | 行政诉讼 |  |  |  |  |  |  |  |  |  |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      '|  |  |  |  |  | 未经复议直接起诉 |  |  |  |  | 复议后起诉 |  |  |  |  |',
      '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
      '| 1 | 0 | 0 | 1 | 2 | 0 | 1 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |',
    ].join('\n');
    assert.equal(applied(doc, actions[0]!), replaceOnce(tsv, from, to));
  });

  it('not offered outside the tables, nor on a table already standard, nor when only other kinds are asked for', () => {
    assert.deepEqual(actionsAt(tsv, lineOf(tsv, '一、总体情况')).actions, []);
    const pipe = fixture('shapes', 'clean-pipe.md');
    assert.deepEqual(actionsAt(pipe, lineOf(pipe, '| 行政许可 |')).actions, []);
    // Aligned by Format Document it is still the standard table.
    const lines = pipe.split('\n');
    const edits = formatTables(pipe);
    assert.ok(edits.length > 10);
    for (const e of edits) lines[e.line] = e.text;
    const aligned = lines.join('\n');
    assert.deepEqual(actionsAt(aligned, lineOf(aligned, '行政许可')).actions, []);
    assert.deepEqual(actionsAt(tsv, lineOf(tsv, '结果维持\t结果纠正'), { only: [CodeActionKind.QuickFix] }).actions, []);
    assert.deepEqual(actionsAt(tsv, lineOf(tsv, '结果维持\t结果纠正'), { only: [CodeActionKind.Refactor] }).actions.map((a) => a.kind), [CodeActionKind.RefactorRewrite]);
  });

  it('refused with the values it cannot place (disabled, with the reason); left out where the client cannot show that', () => {
    const text = replaceOnce(tsv, '行政事业性收费\t1.25\n', '行政事业性收费\t1.25\n合计\t12\n');
    const at = lineOf(text, '行政许可');
    assert.deepEqual(actionsAt(text, at).actions, [
      { title: '改写为标准表二（Markdown 表格，数字保留在各自的格子里）', kind: CodeActionKind.RefactorRewrite, disabled: { reason: '不能改写为标准表二：第 46 行“合计 12” 在标准表格里没有位置，改写会丢掉它们' } },
    ]);
    assert.deepEqual(actionsAt(text, at, { locale: 'en' }).actions.map((a) => a.disabled?.reason), ['Cannot rewrite as the standard 表二: line 46 “合计 12” has no place in the standard table and would be lost']);
    assert.deepEqual(actionsAt(text, at, { disabledSupport: false }).actions, []);
  });
});
