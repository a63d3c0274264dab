// A Word report's findings shown in the Markdown draft converted from it (word/src/draftSpanMap.ts):
// each finding of the .docx (and each place it names) lands on the text it is about in the
// converted draft — the paragraph's words, the standard table's cell, the row's label, the entry of
// the list of what could not be placed — and what the converted draft does not hold is at its start.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { lint, type Span } from '../../core/src/index.js';
import { convertWordDraft, type ConvertedDraft } from '../../word/src/convertWordDraft.js';
import { readWordBytes } from '../../word/src/readWordBytes.js';
import { buildWordDraft, type WordDraft } from '../../word/src/wordDraft.js';
import { root } from '../core/fixtures.js';

const WORD = join(root, 'test', 'fixtures', 'word');

async function wordDraft(name: string): Promise<WordDraft> {
  const read = await readWordBytes(readFileSync(join(WORD, `${name}.docx`)), `${name}.docx`);
  assert.ok(read.ok, name);
  return buildWordDraft(read.html);
}

/** Where a span of the reader draft is shown: the text there and the head of its line (a table line's first cell). */
function shown(converted: ConvertedDraft, span: Span): [string, string] {
  const mapped = converted.map.span(span);
  assert.ok(mapped, `${span.start}-${span.end} has a place in the converted draft`);
  const { start } = converted.map.range(span);
  const line = converted.markdown.split('\n')[start.line]!;
  const head = line.startsWith('|') ? line.split(' | ')[0]!.slice(2) : [...line].slice(0, 10).join('');
  return [converted.markdown.slice(mapped.start, mapped.end), head];
}

// Per fixture: each finding's rule, then for the finding and each place it names, the text its range
// holds in the converted draft and the head of that line.
const EXPECTED: Record<string, [string, [string, string][]][]> = {
  'caizheng-2025': [['overview-too-long', [['一、总体情况', '## 一、总体情况']]]],
  'guanweihui-2019': [['table-cell-invalid', [['5419886元', '政府集中采购']]]],
  'guozi-2023': [['template-outdated', [['国办公开办函〔2019〕60号', '根据《中华人民共和国']]]],
  'jingfa-2022': [],
  'nongye-2024': [
    // 法人申请1件: the sentence's figure, then 表三 row 一's five 法人或其他组织 cells.
    ['text-table-mismatch', [['1', '（二）规范依申请公开'], ...Array.from({ length: 5 }, (): [string, string] => ['0', '一、本年新收政府信息公开申请数量'])]],
    ['text-table-mismatch', [['2', '（二）规范依申请公开'], ['3', '一、本年新收政府信息公开申请数量']]],
    // On the row the Word file calls 规范性文件 (2019's name): the standard table writes it under its 2021 label.
    ['table-row-missing', [['行政规范性文件', '行政规范性文件']]],
    ['table-row-unknown', [['行政规范性文件', '行政规范性文件']]],
    // Each 总计 cell that reads 0, the cell that makes the sum, the 总计 cell again.
    ['sum-row-total', [['0', '一、本年新收政府信息公开申请数量'], ['3', '一、本年新收政府信息公开申请数量'], ['0', '一、本年新收政府信息公开申请数量']]],
    ['sum-row-total', [['0', '（一）予以公开'], ['1', '（一）予以公开'], ['0', '（一）予以公开']]],
    ['sum-row-total', [['0', '4.保护第三方合法权益'], ['2', '4.保护第三方合法权益'], ['0', '4.保护第三方合法权益']]],
    ['sum-row-total', [['0', '（七）总计'], ['3', '（七）总计'], ['0', '（七）总计']]],
    // After the last words of the report, where section 六 belongs.
    ['section-missing', [['', '2024年我局政务公']]],
  ],
};

test("each .docx fixture's findings are on the text they are about in its converted draft", async () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    const draft = await wordDraft(name);
    const converted = convertWordDraft(draft, 'auto', 'zh-cn');
    const { findings } = lint(draft.text);
    assert.deepEqual(findings.map((f) => [f.ruleId, [f.span, ...f.related].map((s) => shown(converted, s))]), expected, name);
    // The text is the checker's own (the cell value, the paragraph's words), but for a row label the
    // standard table writes as the template's.
    for (const f of findings) {
      for (const s of [f.span, ...f.related]) {
        const [text] = shown(converted, s);
        const read = draft.text.slice(s.start, s.end);
        if (text !== read) assert.deepEqual([name, f.ruleId, read, text], [name, f.ruleId, '规范性文件', '行政规范性文件']);
      }
    }
    // The section-missing point of nongye is right after the text of its last paragraph.
    const end = findings.find((f) => f.ruleId === 'section-missing');
    if (end) {
      const last = converted.map.span(end.span)!.start;
      assert.ok(converted.markdown.slice(0, last).endsWith('提供有力保障。'), name);
    }
  }
});

test("a Word table's values, rows and whole table; what the standard table cannot hold, at its entry in the list; a header cell nowhere", () => {
  const html =
    '<h1>某某局2024年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>正文。</p><p>二、主动公开政府信息情况</p>' +
    '<table><tr><td colspan="4">第二十条第（一）项</td></tr><tr><td>信息内容</td><td>本年制发件数</td><td>本年新制作数量</td><td>现行有效件数</td></tr>' +
    '<tr><td>规章</td><td>2</td><td>0</td><td>1</td></tr><tr><td>行政规范性文件</td><td>3</td><td>1</td><td>7</td></tr>' +
    '<tr><td>其他文件</td><td>9</td><td>8</td><td>6</td></tr></table>' +
    '<p>三、收到和处理政府信息公开申请情况</p><table><tr><td>事项</td><td>甲|乙</td></tr><tr><td>丙</td><td>12</td></tr></table>';
  const draft = buildWordDraft(html);
  const converted = convertWordDraft(draft, 'auto', 'zh-cn');
  const rows = draft.blocks.filter((b) => b.kind === 'row');
  const cell = (table: number, row: number, column: number) => rows.find((r) => r.table === table && r.row === row)!.cells.find((c) => c.column === column)!;
  const text = (span: Span | undefined) => (span ? converted.markdown.slice(span.start, span.end) : undefined);
  const lineOf = (span: Span) => converted.markdown.split('\n')[converted.map.range(span).start.line];
  // Values at their cell of the standard table; part of a value, that part; a row at its line.
  assert.deepEqual([text(converted.map.span(cell(1, 4, 4))), lineOf(cell(1, 4, 4))], ['7', '| 行政规范性文件 | 3 | 1 | 7 |']);
  const three = cell(1, 3, 2);
  assert.equal(text(converted.map.span({ start: three.start, end: three.end })), '2');
  const row = rows.find((r) => r.table === 1 && r.row === 3)!;
  assert.equal(text(converted.map.span(row)), '| 规章 | 2 | 0 | 1 |');
  // The row of no template row and the header word of the 2019 template: each word at its entry.
  assert.equal(text(converted.map.span(cell(1, 5, 1))), '其他文件');
  assert.equal(text(converted.map.span(cell(1, 5, 3))), '8');
  assert.equal(lineOf(cell(1, 5, 3)), '- 表二第 5 行第 1 列（“其他文件”）：其他文件 9 8 6');
  assert.equal(lineOf(cell(1, 2, 3)), '- 表二第 2 行第 3 列（“信息内容”）：本年新制作数量');
  assert.equal(text(converted.map.span(cell(1, 2, 3))), '本年新制作数量');
  // A header word the standard table writes itself has no place: at the very start.
  assert.equal(converted.map.span(cell(1, 2, 2)), undefined);
  assert.deepEqual(converted.map.range(cell(1, 2, 2)), { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  // A Word table of no template table stays as written: its cell (the pipe escaped) and its row.
  assert.equal(text(converted.map.span(cell(2, 1, 2))), '甲\\|乙');
  assert.equal(text(converted.map.span(cell(2, 2, 2))), '12');
  // A whole Word table: all that was written for it; from a paragraph into a table: from those words to that cell.
  const table = draft.tables[0]!;
  assert.equal(text(converted.map.span(table)), converted.markdown.slice(converted.markdown.indexOf('**第二十条第（一）项**'), converted.markdown.indexOf('\n\n## 三')));
  const heading = draft.blocks.find((b) => b.kind === 'paragraph' && b.text === '二、主动公开政府信息情况')!;
  assert.equal(text(converted.map.span({ start: heading.start + 2, end: cell(1, 3, 2).end })), '主动公开政府信息情况\n\n**第二十条第（一）项**\n\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| --- | --- | --- | --- |\n| 规章 | 2');
});

test('a Word row holding two rows of the template (a merged heading cell) and blank cells: each on its own line and cells', async () => {
  const read = await readWordBytes(readFileSync(join(WORD, 'nongye-2024.docx')), 'nongye-2024.docx');
  assert.ok(read.ok);
  // Two cells of 4.保护第三方合法权益 (商业企业, 科研机构) left blank.
  const row4 = '<td><p>4.保护第三方合法权益</p></td><td><p>2</p></td><td><p>0</p></td><td><p>0</p></td>';
  assert.ok(read.html.includes(row4));
  const draft = buildWordDraft(read.html.replace(row4, '<td><p>4.保护第三方合法权益</p></td><td><p>2</p></td><td></td><td></td>'));
  const converted = convertWordDraft(draft, 'auto', 'zh-cn');
  const lines = converted.markdown.split('\n');
  const blank = lint(draft.text).findings.filter((f) => f.ruleId === 'table-cell-invalid' && f.args.columns !== undefined);
  assert.equal(blank.length, 1);
  const { start, end } = converted.map.range(blank[0]!.span);
  const line = '| 4.保护第三方合法权益 | 2 |  |  | 0 | 0 | 0 | 0 |';
  // The blank cells are written empty: the range runs from the first (right after "| 2 | ") to the second.
  assert.deepEqual([lines[start.line], end.line, start.character, line.slice(start.character, end.character)], [line, start.line, line.indexOf('| 2 | ') + 6, ' | '], 'from the first blank cell to the second');
  // Word's row 6 holds 三、本年度办理结果 (merged down) and （一）予以公开: a span over （一）'s words is on its own line.
  const row6 = draft.blocks.find((b) => b.kind === 'row' && b.table === 2 && b.row === 6);
  assert.ok(row6?.kind === 'row');
  const span = { start: row6.cells.find((c) => c.text === '（一）予以公开')!.start, end: row6.cells[row6.cells.length - 1]!.end };
  const mapped = converted.map.span(span);
  assert.equal(mapped && converted.markdown.slice(mapped.start, mapped.end), '（一）予以公开 | 1 | 0 | 0 | 0 | 0 | 0 | 0');
});
