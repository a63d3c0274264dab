// The server's features on in-memory documents (no process, no LSP transport): code actions, hover
// and symbols called with a TextDocument and the lint of its text, as documentFeatures.ts calls them,
// and their edits applied to the document. The stdio tests (features/codeActions.test.ts) cover the wire.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CodeActionKind, type CodeAction, type TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll, lint } from '../../core/src/index.js';
import { codeActions } from '../../server/src/codeActions.js';
import { hoverAt } from '../../server/src/hover.js';
import { FIX_ALL_KIND } from '../../protocol/src/protocol.js';
import { documentSymbols } from '../../server/src/symbols.js';
import { findingToDiagnostic } from '../../server/src/toDiagnostics.js';
import { fixture, replaceOnce } from '../core/fixtures.js';

const clean = fixture('shapes', 'clean-pipe.md');
const uri = 'file:///work/report.md';

function openDocument(text: string): TextDocument {
  return TextDocument.create(uri, 'markdown', 3, text);
}

/** The code actions the server gives for a document, as documentFeatures.codeAction asks for them. */
function actionsFor(doc: TextDocument, only?: string[]): CodeAction[] {
  const result = lint(doc.getText());
  const diagnostics = result.findings.map((f) => findingToDiagnostic(f, result.index, { uri, locale: 'zh-cn', docsBaseUrl: 'https://example.org/docs/', version: doc.version }));
  return codeActions({
    uri, version: doc.version, text: doc.getText(), findings: result.findings, index: result.index, eol: result.report.eol,
    diagnostics, only, options: {}, locale: 'zh-cn', documentChanges: true,
  });
}

/** The document after one action's edit (a versioned edit of this document only). */
function applyAction(doc: TextDocument, action: CodeAction): string {
  const changes = action.edit?.documentChanges ?? [];
  assert.equal(changes.length, 1);
  const change = changes[0] as { textDocument: { uri: string; version: number }; edits: TextEdit[] };
  assert.deepEqual(change.textDocument, { uri, version: doc.version });
  return TextDocument.applyEdits(doc, change.edits);
}

describe('server features on in-memory documents', () => {
  const wrongPeriod = replaceOnce(clean, '本报告统计数据从2025年1月1日', '本报告统计数据从2024年1月1日');

  it('code actions: the finding\'s fix (preferred, it is safe) and disabling the rule for the line; the fix gives the clean text', () => {
    const doc = openDocument(wrongPeriod);
    const actions = actionsFor(doc);
    assert.deepEqual(actions.map((a) => [a.title, a.kind, a.isPreferred ?? false]), [
      ['改为 2025', CodeActionKind.QuickFix, true],
      ['在这一行停用规则 year-mismatch', CodeActionKind.QuickFix, false],
    ]);
    assert.equal(applyAction(doc, actions[0]), clean);
    assert.equal(applyAction(doc, actions[1]), replaceOnce(wrongPeriod, '根据《中华人民共和国', '<!-- nianbao-disable-next-line year-mismatch -->\n根据《中华人民共和国'));
  });

  it('source.fixAll.nianbao: one edit that gives what fixAll gives, and none on a clean document', () => {
    const broken = replaceOnce(replaceOnce(wrongPeriod, '| 行政规范性文件 |', '| 规范性文件 |'), '| 行政处罚 | 4 |', '| 行政处罚 | 4件 |');
    const doc = openDocument(broken);
    const actions = actionsFor(doc, [FIX_ALL_KIND]);
    assert.deepEqual(actions.map((a) => [a.kind]), [[FIX_ALL_KIND]]);
    assert.equal(applyAction(doc, actions[0]), fixAll(broken).text);
    assert.equal(fixAll(broken).text, clean);
    assert.deepEqual(actionsFor(openDocument(clean), [FIX_ALL_KIND]), []);
  });

  it('hover: on a 总计 cell, the sums that total it; on a row label, what the template says of the row; nothing on prose', () => {
    const doc = openDocument(clean);
    const result = lint(doc.getText());
    const at = (needle: string, skip = 0) => doc.getText().indexOf(needle) + skip;
    const total = hoverAt(result, at('| 一、本年新收政府信息公开申请数量 | 20 | 3 | 0 | 1 | 1 | 0 | 25 |', '| 一、本年新收政府信息公开申请数量 | 20 | 3 | 0 | 1 | 1 | 0 | '.length), 'zh-cn');
    assert.equal(total && doc.getText().slice(total.span.start, total.span.end), '25');
    assert.equal(total?.markdown, '✓ 成立：应为 25，表中为 25。\n\n**本行的总计等于各类申请人之和**\n\n总计 = 自然人 20 + 商业企业 3 + 社会公益组织 1 + 法律服务机构 1\n\n其余各项为 0：科研机构、其他。');
    const label = hoverAt(result, at('| 行政处罚 |', 2), 'zh-cn');
    assert.equal(label?.markdown, '**表二的行“行政处罚”**\n\n2021 年格式（国办公开办函〔2021〕30号）\n\n应填 1 个数字：本年处理决定数量');
    assert.equal(hoverAt(result, at('持续推进政府信息公开工作'), 'zh-cn'), undefined);
  });

  it('symbols: the six sections with their subsections and tables, in document order', () => {
    const symbols = documentSymbols(lint(openDocument(clean).getText()));
    assert.deepEqual(symbols.map((s) => [s.name, s.children!.map((c) => c.name)]), [
      ['一、总体情况', ['（一）主动公开', '（二）依申请公开', '（三）政府信息管理', '（四）政府信息公开平台建设', '（五）监督保障']],
      ['二、主动公开政府信息情况', ['表二']],
      ['三、收到和处理政府信息公开申请情况', ['表三']],
      ['四、政府信息公开行政复议、行政诉讼情况', ['表四']],
      ['五、存在的主要问题及改进情况', []],
      ['六、其他需要报告的事项', []],
    ]);
  });
});
