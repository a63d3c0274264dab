// Cells that are not plain numbers: a unit is removed only when it is the column's own (the number
// kept as written), a money unit of another size is a conversion offered to a person, blank cells of
// one row are one finding, and a row of blank cells is not a "wrong count".

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFixes, fixAll, formatMessage, lint } from '../../core/src/index.js';
import { fixture, replaceOnce } from './fixtures.js';

const clean = fixture('shapes', 'clean-pipe.md');
const cleanTsv = fixture('shapes', 'clean-tsv.txt');
const summary = (text: string) => lint(text).findings.map((f) => [f.ruleId, f.messageId, text.slice(f.span.start, f.span.end), f.fix ? applyFixes(text, [f.fix]).text === text ? 'no-op' : f.fix.safe : undefined]);

test('a unit that is the column\'s own is removed and nothing else: the number stays as written', () => {
  const fee = replaceOnce(clean, '| 行政事业性收费 | 1.25 |', '| 行政事业性收费 | 4.50万元 |');
  const [f] = lint(fee).findings;
  assert.deepEqual([f.messageId, f.args.number, f.fix?.safe], ['table-cell-invalid.unit', '4.50', true]);
  assert.equal(fixAll(fee).text, replaceOnce(clean, '| 行政事业性收费 | 1.25 |', '| 行政事业性收费 | 4.50 |'));
  const count = replaceOnce(clean, '| 行政处罚 | 4 |', '| 行政处罚 | 4件 |');
  assert.equal(fixAll(count).text, clean);
  // 2019's 采购总金额 is an amount whose unit the template leaves to the draft: 元 goes, the decimals stay.
  const procurement = fixture('seeds', 'lijun-2020.txt');
  const text = replaceOnce(procurement, '\t政府集中采购\n\t0\n\t0\n', '\t政府集中采购\n\t0\n\t73802895.90元\n');
  const unit = lint(text).findings.find((x) => x.messageId === 'table-cell-invalid.unit')!;
  assert.equal(unit.fix?.safe, true);
  assert.equal(applyFixes(text, [unit.fix!]).text, replaceOnce(procurement, '\t政府集中采购\n\t0\n\t0\n', '\t政府集中采购\n\t0\n\t73802895.90\n'));
});

test('5000元 in 本年收费金额（单位：万元） is 0.5 万元: a conversion offered to a person, never applied by fix all', () => {
  const text = replaceOnce(clean, '| 行政事业性收费 | 1.25 |', '| 行政事业性收费 | 5000元 |');
  const found = lint(text).findings;
  assert.deepEqual(found.map((f) => [f.messageId, f.args.number, f.args.columnUnit, f.fix?.safe]), [['table-cell-invalid.unitConvert', 0.5, '万元', false]]);
  assert.equal(formatMessage(found[0].fix!.messageId, found[0].fix!.args), '换算为 0.5（单位万元）');
  assert.equal(applyFixes(text, [found[0].fix!]).text, replaceOnce(clean, '| 行政事业性收费 | 1.25 |', '| 行政事业性收费 | 0.5 |'));
  assert.equal(fixAll(text).text, text);
});

test('a sum of money in a count column is not the column\'s unit: reported, not stripped', () => {
  const text = replaceOnce(clean, '| 行政处罚 | 4 |', '| 行政处罚 | 4元 |');
  assert.deepEqual(summary(text), [['table-cell-invalid', 'table-cell-invalid.unitWrong', '4元', undefined]]);
});

test('the blank cells of one row are one finding naming them', () => {
  const text = replaceOnce(clean, '| （三）不予公开 |', '| （三）不予公开 |').replace('| 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', '| 1.属于国家秘密 | 0 | 0 |  |  | 0 |  | 0 |');
  const found = lint(text).findings;
  assert.deepEqual(found.map((f) => [f.messageId, f.args.columns, f.args.count, f.related.length]), [['table-cell-invalid.blankCells', '科研机构、社会公益组织、其他', 3, 3]]);
  assert.equal(formatMessage(found[0].messageId, found[0].args), '表三“（三）不予公开 1.属于国家秘密”行有 3 栏是空的（科研机构、社会公益组织、其他）：没有发生的事项应填 0。');
});

test('a row of blank cells (tabs or empty pipe cells), whatever their number, is blank cells, not "有 0 个"', () => {
  for (const [text, label] of [
    [replaceOnce(cleanTsv, '三、本年度办理结果\t（一）予以公开\t8\t1\t0\t0\t0\t0\t9', '三、本年度办理结果\t（一）予以公开\t\t'), 'tsv'],
    [replaceOnce(clean, '| （一）予以公开 | 8 | 1 | 0 | 0 | 0 | 0 | 9 |', '| （一）予以公开 |  |'), 'pipe, one cell'],
    [replaceOnce(clean, '| （一）予以公开 | 8 | 1 | 0 | 0 | 0 | 0 | 9 |', '| （一）予以公开 |  |  |  |  |  |  |  |'), 'pipe, seven cells'],
  ] as const) {
    const found = lint(text).findings;
    assert.deepEqual(found.map((f) => [f.ruleId, f.messageId, f.args.label]), [['table-cell-invalid', 'table-cell-invalid.blankRow', '（一）予以公开']], label);
  }
});

test('fix all keeps a fix only when its finding goes and nothing new comes: a fix that would unbalance a sum is not applied', () => {
  // Two wrong cells in one column: each row-total fix alone would leave the column's （七）总计 failing.
  let text = replaceOnce(clean, '| （一）予以公开 | 8 |', '| （一）予以公开 | 9 |');
  text = replaceOnce(text, '| （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 3 |', '| （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 5 |');
  const result = fixAll(text, {}, () => true);
  assert.equal(result.text, text);
  assert.equal(result.applied, 0);
  // A wrong sum and a unit elsewhere: both fixed in one pass, the gate checks them together.
  const two = replaceOnce(replaceOnce(clean, '| （一）予以公开 | 8 |', '| （一）予以公开 | 9 |'), '| 行政处罚 | 4 |', '| 行政处罚 | 4件 |');
  const both = fixAll(two);
  assert.deepEqual([both.text === clean, both.applied, both.rejected, both.cycle], [true, 2, 0, false]);
});

test('a group label repeated at a page break with no numbers of its own is layout, not a finding', () => {
  const tsv = replaceOnce(cleanTsv, '（四）无法提供\t1.', '三、本年度办理结果\n（四）无法提供\t1.');
  assert.deepEqual(lint(tsv).findings, []);
  const pipe = replaceOnce(clean, '| （四）无法提供 |', '| 三、本年度办理结果 |  |  |  |  |  |  |  |\n| （四）无法提供 |');
  assert.deepEqual(lint(pipe).findings, []);
  // A data row repeated is still a finding.
  const row = replaceOnce(clean, '| （四）无法提供 |', '| 2.重复申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n| （四）无法提供 |');
  assert.deepEqual(lint(row).findings.map((f) => f.messageId), ['table-row-unknown.duplicate']);
});

test('a table pasted twice is one finding on the second copy, related to the first', () => {
  for (const [text, start] of [[clean, '| 申请人情况'], [cleanTsv, '\t\t申请人情况']] as const) {
    const from = text.indexOf(start);
    const to = text.indexOf('\n\n', text.indexOf('四、结转下年度继续办理', from));
    const twice = text.slice(0, to) + '\n\n' + text.slice(from, to) + text.slice(to);
    const found = lint(twice).findings;
    assert.deepEqual(found.map((f) => [f.ruleId, f.messageId, twice.slice(f.span.start, f.span.end)]), [['table-row-unknown', 'table-row-unknown.twice', '一、本年新收政府信息公开申请数量']]);
    assert.ok(found[0].span.start > to, 'on the second copy');
    assert.equal(twice.slice(found[0].related[0].start, found[0].related[0].end), '一、本年新收政府信息公开申请数量');
    assert.ok(found[0].related[0].start < to, 'related: the first copy');
  }
});
