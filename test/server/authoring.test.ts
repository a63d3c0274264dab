// Writing comfort: Format Document aligns pipe tables by display width (and nothing else), completion
// offers row labels and headings from the template, the new-report skeleton and the Word conversion
// requests — the pure parts directly, then each once over real LSP stdio.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it, test } from 'node:test';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-protocol';
import { completionsAt, formatMessage, lint, renderReportSkeleton } from '../../core/src/index.js';
import { formatTables } from '../../server/src/formatting.js';
import { applyTextEdits, fileUri, REPO, startServer, type TestClient } from './lspHarness.js';

function applyLineEdits(text: string): string {
  const lines = text.split('\n');
  for (const e of formatTables(text)) lines[e.line] = e.text;
  return lines.join('\n');
}

test('pipe tables are aligned by display width, numbers to the right, nothing outside them changes', () => {
  const text = [
    '# 某局2025年政府信息公开工作年度报告',
    '',
    '正文 | 这一行有竖线但不是表格',
    '',
    '| 信息内容 | 本年制发件数 |本年废止件数|',
    '|---|---|:-:|',
    '| 规章 | 12 | 0 | <!-- nianbao-disable-line table-cell-invalid -->',
    '|行政规范性文件|3|1|',
    '',
    '```',
    '| a | b |',
    '|---|---|',
    '```',
    '',
  ].join('\n');
  assert.equal(
    applyLineEdits(text),
    [
      '# 某局2025年政府信息公开工作年度报告',
      '',
      '正文 | 这一行有竖线但不是表格',
      '',
      '| 信息内容       | 本年制发件数 | 本年废止件数 |',
      '| -------------- | ------------ | :----------: |',
      '|规章           |           12 |      0       | <!-- nianbao-disable-line table-cell-invalid -->'.replace('|规章', '| 规章'),
      '| 行政规范性文件 |            3 |      1       |',
      '',
      '```',
      '| a | b |',
      '|---|---|',
      '```',
      '',
    ].join('\n'),
  );
});

test('formatting twice changes nothing, keeps each row\'s cells and escaped pipes, and leaves every finding as it was', () => {
  const dirs = [join(REPO, 'test', 'fixtures', 'seeds'), join(REPO, 'test', 'fixtures', 'shapes'), join(REPO, 'test', 'fixtures', 'word')];
  let formattedTables = 0;
  for (const dir of dirs) {
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(join(dir, name), 'utf8');
      const once = applyLineEdits(text);
      if (once !== text) formattedTables++;
      assert.deepEqual(formatTables(once), [], `${name}: a second format changes nothing`);
      const findings = (t: string) => lint(t).findings.map((f) => [f.ruleId, formatMessage(f.messageId, f.args, 'zh-cn')]);
      assert.deepEqual(findings(once), findings(text), `${name}: the same findings after formatting`);
    }
  }
  assert.ok(formattedTables >= 3, `${formattedTables} fixtures had tables to format`);
  assert.equal(applyLineEdits('| a\\|b | c |\n|---|---|\n| 1 |\n'), '| a\\|b | c   |\n| ---- | --- |\n|    1 |\n');
});

test('completion in a table\'s first cell offers the rows of that section\'s table, missing rows first', () => {
  const text = ['# 某局2025年政府信息公开工作年度报告', '', '## 二、主动公开政府信息情况', '', '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '| --- | --- | --- | --- |', '| 规章 | 0 | 0 | 0 |', '| 行政 |  |  |  |', ''].join('\n');
  const offset = text.indexOf('| 行政 |') + '| 行政'.length;
  const items = completionsAt(text, offset);
  assert.deepEqual(
    [...items].sort((a, b) => (a.sortText < b.sortText ? -1 : 1)).map((i) => [i.label, i.detail]),
    [['行政规范性文件', '表二'], ['行政许可', '表二'], ['行政处罚', '表二'], ['行政强制', '表二'], ['行政事业性收费', '表二'], ['规章', '表二']],
  );
  // The typed words are replaced, the space before the next pipe stays.
  assert.deepEqual(items[0]!.replace, { start: text.indexOf('行政 |'), end: text.indexOf('行政 |') + 2 });
});

test('completion at the start of a line offers the section headings (missing first) and section 一\'s subsections', () => {
  const text = ['# 某局2025年政府信息公开工作年度报告', '', '## 一、总体情况', '', '### （一）主动公开', '', '正文。', '', '## '].join('\n');
  const items = completionsAt(text, text.length);
  const sorted = [...items].sort((a, b) => (a.sortText < b.sortText ? -1 : 1));
  assert.deepEqual(sorted.map((i) => i.insertText), [
    '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项',
    '（二）依申请公开', '（三）政府信息管理', '（四）政府信息公开平台建设', '（五）监督保障', '一、总体情况', '（一）主动公开',
  ]);
  // On an empty line of a Markdown draft the heading marks come with the heading.
  const blank = completionsAt(text + '\n\n', text.length + 2);
  assert.equal(blank.find((i) => i.kind === 'section' && i.label === '二、主动公开政府信息情况')?.insertText, '## 二、主动公开政府信息情况');
  // In prose, after other words, nothing is offered.
  assert.deepEqual(completionsAt(text.replace('正文。', '正文写到一半'), text.indexOf('正文。') + 3), []);
});

test('the new-report skeleton has the body and year everywhere, the template of that year, and no finding but its placeholders', () => {
  const text = renderReportSkeleton('某某县某某局', 2025);
  assert.ok(text.startsWith('# 某某县某某局2025年政府信息公开工作年度报告\n\n'));
  assert.ok(text.includes('本报告统计数据期限为2025年1月1日至2025年12月31日。'));
  assert.ok(text.includes('<!-- 表三“二、上年结转政府信息公开申请数量”应等于某某县某某局2024年度报告表三“四、结转下年度继续办理”的数字。 -->'));
  assert.ok(text.includes('国办公开办函〔2021〕30号'));
  // Every （在此填写…） note is a placeholder-left finding until the writer replaces it; nothing else is found.
  const notes = (t: string) => [...t.matchAll(/（在此填写[^）]*）/g)].map((m) => ['placeholder-left', m[0]]);
  const found = (t: string) => lint(t).findings.map((f) => [f.ruleId, t.slice(f.span.start, f.span.end)]);
  assert.equal(notes(text).length, 9);
  assert.deepEqual(found(text), notes(text));
  assert.deepEqual(found(text.replace(/（在此填写[^）]*）/g, '本年度工作已按要求写明。')), []);
  const old = renderReportSkeleton('某某县某某局', 2020);
  assert.ok(old.includes('国办公开办函〔2019〕60号'), 'a 2020 report gets the 2019 template');
  assert.equal(notes(old).length, 8, 'no fee note in the 2019 template');
  assert.deepEqual(found(old), notes(old));
});

describe('authoring over stdio', () => {
  let client: TestClient;
  const uri = 'file:///virtual/authoring.md';
  const text = ['# 某局2025年政府信息公开工作年度报告', '', '## 二、主动公开政府信息情况', '', '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '|---|---|---|---|', '| 规章 | 12 | 0 | 0 |', '| 行政 |'].join('\n');
  before(async () => {
    client = await startServer();
    await client.open(uri, text, 'markdown', 1);
  });
  after(async () => {
    await client.stop();
  });

  it('formats the document\'s tables', async () => {
    const edits = (await client.connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } })) as TextEdit[];
    assert.equal(
      applyTextEdits(text, edits),
      text
        .replace('| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |')
        .replace('|---|---|---|---|', '| -------- | ------------ | ------------ | ------------ |')
        .replace('| 规章 | 12 | 0 | 0 |', '| 规章     |           12 |            0 |            0 |')
        .replace('| 行政 |', '| 行政     |'),
    );
  });

  it('completes a row label in the first cell', async () => {
    const items = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 7, character: 4 } })) as CompletionItem[];
    assert.ok(items.some((i) => i.label === '行政规范性文件' && i.detail === '表二'));
    assert.equal(items.length, 6);
  });

  it('answers the new-report and convert-Word requests', async () => {
    const made = (await client.connection.sendRequest('nianbao/newReport', { body: '某某县某某局', year: 2025 })) as { text: string };
    assert.equal(made.text, renderReportSkeleton('某某县某某局', 2025));
    const converted = (await client.connection.sendRequest('nianbao/convertWord', { uri: fileUri(join(REPO, 'test', 'fixtures', 'word', 'guozi-2023.docx')) })) as { ok: boolean; markdown: string };
    assert.equal(converted.ok, true);
    assert.ok(converted.markdown.startsWith('# '));
    const refused = (await client.connection.sendRequest('nianbao/convertWord', { uri: fileUri(join(REPO, 'test', 'fixtures', 'word', 'jingfa-2022.doc')) })) as { ok: boolean; message: string };
    assert.deepEqual(refused, { ok: false, message: formatMessage('word.problem.doc', {}, 'zh-cn') });
  });
});
