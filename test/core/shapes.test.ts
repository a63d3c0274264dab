// A clean report in every input shape (pipe, HTML with rowspan/colspan, tab-separated Word paste,
// pandoc grid and multiline tables with cells wrapped over lines,
// one cell per line) reads into the same numbers and yields no findings at all; also with CRLF.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../core/src/index.js';
import { fixture, lintSummary, shapes } from './fixtures.js';

function numbers(text: string): Record<string, (number | null)[]> {
  const out: Record<string, (number | null)[]> = {};
  for (const table of lint(text).report.tables) {
    for (const row of table.rows) if (row.rowId) out[`${table.tableId}.${row.rowId}`] = row.cells.map((c) => c.value);
  }
  return out;
}

const reference = numbers(fixture('shapes', 'clean-pipe.md'));

for (const shape of shapes) {
  test(`${shape}: no findings`, () => {
    assert.deepEqual(lintSummary(fixture('shapes', shape)), []);
  });
  test(`${shape}: same numbers as the pipe-table version`, () => {
    assert.deepEqual(numbers(fixture('shapes', shape)), reference);
  });
  test(`${shape}: CRLF and CR line breaks read the same`, () => {
    const text = fixture('shapes', shape);
    assert.deepEqual(lintSummary(text.replace(/\n/g, '\r\n')), []);
    assert.deepEqual(numbers(text.replace(/\n/g, '\r\n')), reference);
    assert.deepEqual(numbers(text.replace(/\n/g, '\r')), reference);
  });
}

test('the reference numbers are really read (not empty)', () => {
  assert.deepEqual(reference['requests.outcomeTotal'], [19, 2, 0, 1, 1, 0, 23]);
  assert.deepEqual(reference['review.review'], [1, 0, 0, 1, 2, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0]);
  assert.deepEqual(reference['active.fees'], [1.25]);
});

test('full-width digits and half-width brackets in labels are read', () => {
  const text = fixture('shapes', 'clean-pipe.md').replace('| （一）予以公开 | 8 |', '| (一) 予以公开 | ８ |');
  assert.deepEqual(lintSummary(text), []);
  assert.equal(numbers(text)['requests.open'][0], 8);
});

test('numbers after a label separated by single spaces (PDF paste) are read', () => {
  const text = fixture('shapes', 'clean-tsv.txt').replace(/^(一、本年新收政府信息公开申请数量)\t\t(.*)\t$/m, (_, label: string, vals: string) => `${label} ${vals.split('\t').join(' ')}`);
  assert.match(text, /一、本年新收政府信息公开申请数量 20 3 0 1 1 0 25/);
  assert.deepEqual(lintSummary(text), []);
});

test('labels and notes wrapped onto two lines inside a cell (one-cell-per-line paste) are read', () => {
  let text = fixture('shapes', 'clean-cells.txt');
  text = text.replace('\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '\t（二）部分公开（区分处理的，只计\n这一情形，不计其他情形）');
  text = text.replace('\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '\t1.申请人无正当理由逾期不补正、行政机关\n不再处理其政府信息公开申请');
  text = text.replace('\t本年收费金额（单位：万元）', '\t本年收费金额（单位：\n万元）');
  assert.match(text, /只计\n这一情形/);
  assert.match(text, /行政机关\n不再处理/);
  assert.deepEqual(lintSummary(text), []);
  assert.deepEqual(numbers(text), reference);
});

test('dashed lines (pandoc simple and multiline tables) are layout; a lone "-" in a cell is still a placeholder', () => {
  const multiline = fixture('shapes', 'clean-multiline.md');
  assert.match(multiline, /^ {2}-{16} -{14} /m);
  for (const placeholder of ['-', '---', '——']) {
    const cells = fixture('shapes', 'clean-cells.txt').replace('\t行政强制\n\t0\n', `\t行政强制\n\t${placeholder}\n`);
    assert.deepEqual(lintSummary(cells).map((f) => f.messageId), ['table-cell-invalid.placeholder'], placeholder);
  }
  const ruled = fixture('shapes', 'clean-tsv.txt').replace(/^(信息内容\t.*)$/m, '$1\n--------\t--------\t--------');
  assert.match(ruled, /\n--------\t--------/);
  assert.deepEqual(lintSummary(ruled), []);
});

test('Markdown backslash escapes in pipe and grid cells read as the text they show (1\\.属于… is 1.属于…)', () => {
  for (const shape of ['clean-pipe.md', 'clean-grid.md']) {
    const text = fixture('shapes', shape).replace(/\| ([1-8])\.(?=[\u4e00-\u9fff])/g, '| $1\\.').replace('| 规章 |', '| 规\\章 |');
    assert.match(text, /\| 1\\\.属于国家秘密/);
    assert.deepEqual(lintSummary(text), [], shape);
    assert.deepEqual(numbers(text), reference, shape);
  }
  // In a plain-text draft a backslash is just a character.
  const tsv = fixture('shapes', 'clean-tsv.txt').replace('\t1.属于国家秘密', '\t1\\.属于国家秘密');
  assert.deepEqual(lintSummary(tsv).map((f) => f.ruleId), ['table-row-unknown', 'table-row-missing']);
});

test('one piece of a label or of the header where a number belongs is a cell to report, not a PDF column layout', () => {
  const text = fixture('shapes', 'clean-cells.txt');
  const at = text.indexOf('\t1.属于国家秘密\n\t0\n') + '\t1.属于国家秘密\n\t'.length;
  assert.ok(at > 100);
  for (const piece of ['3.要求提供公', '结果维持 结果纠正']) {
    const changed = text.slice(0, at) + piece + text.slice(at + 1);
    const found = lintSummary(changed);
    assert.deepEqual(found.map((f) => [f.ruleId, f.messageId, f.line]), [['table-cell-invalid', 'table-cell-invalid.text', 134]], piece);
  }
});
