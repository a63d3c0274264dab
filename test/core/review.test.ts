// Behaviours found wrong in review (docs pass) and fixed: each pinned by a case that failed before.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFixes, fixAll, lint } from '../../core/src/index.js';
import { fixture, replaceOnce } from './fixtures.js';

const clean = fixture('shapes', 'clean-pipe.md');
const cleanTsv = fixture('shapes', 'clean-tsv.txt');
const rules = (text: string) => lint(text).findings.map((f) => f.ruleId);

test('numbered items in 五 ("一、总体情况方面：…。") are list items, not duplicate sections', () => {
  const text = replaceOnce(cleanTsv, '一是公开内容', '一、总体情况方面：工作统筹不够。\n二、主动公开方面：公开不够及时。\n三、依申请公开方面：答复不够规范。\n一是公开内容');
  assert.deepEqual(rules(text), []);
  assert.equal(fixAll(text).text, text);
});

test('a mistyped part shared by two totals is the one finding, on that cell, and "fix all" writes it back', () => {
  const text = replaceOnce(clean, '| （一）予以公开 | 8 |', '| （一）予以公开 | 9 |');
  const found = lint(text).findings;
  assert.deepEqual(found.map((f) => [f.ruleId, f.messageId, text.slice(f.span.start, f.span.end), f.args.expected, f.fix?.safe]), [['sum-row-total', 'sum-cell.2', '9', 8, true]]);
  assert.equal(fixAll(text).text, clean);
});

test('the year of a period that is not a calendar year is not "fixed" into an impossible period', () => {
  const text = replaceOnce(clean, '从2025年1月1日至2025年12月31日', '从2024年12月1日至2025年11月30日');
  const year = lint(text).findings.find((f) => f.messageId === 'year-mismatch.period')!;
  assert.equal(year.fix?.safe, false);
  assert.ok(rules(text).includes('year-mismatch'));
  assert.equal(fixAll(text).text, text);
});

test('template-outdated: replacing a 2019 pipe table leaves no stray cells; the 60号 fix is offered', () => {
  const text = replaceOnce(clean, '**第二十条第（一）项**\n\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
    '**第二十条第（一）项**\n\n| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |');
  const [f] = lint(text).findings;
  assert.equal(f.ruleId, 'template-outdated');
  const replaced = applyFixes(text, [f.fix!]).text;
  assert.deepEqual(rules(replaced), []);
  const cited = replaceOnce(clean, '〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）', '〈中华人民共和国政府信息公开工作年度报告格式（试行）〉的通知》（国办公开办函〔2019〕60号）');
  const [c] = lint(cited).findings;
  assert.equal(cited.slice(c.span.start, c.span.end), '格式（试行）');
  assert.equal(c.fix?.edits[0].text, '国办公开办函〔2021〕30号');
  assert.equal(c.related[0].messageId, 'related.outdated');
});

test('sum-balance: when 一 + 二 is smaller than （七）, it says so and offers no negative count', () => {
  const text = replaceOnce(clean, '| 一、本年新收政府信息公开申请数量 | 20 | 3 | 0 | 1 | 1 | 0 | 25 |', '| 一、本年新收政府信息公开申请数量 | 10 | 3 | 0 | 1 | 1 | 0 | 15 |');
  const balance = lint(text).findings.filter((f) => f.ruleId === 'sum-balance');
  assert.ok(balance.some((f) => f.messageId === 'sum-balance.negative' && f.fix === undefined));
});

test('a negative count is a cell finding and does not enter a sum', () => {
  const text = replaceOnce(clean, '| 2.重复申请 | 1 |', '| 2.重复申请 | -1 |');
  const found = lint(text).findings;
  assert.ok(found.some((f) => f.messageId === 'table-cell-invalid.negative'));
  assert.ok(!found.some((f) => f.ruleId.startsWith('sum-')));
});

test('table-row-missing: heading rows are not required; a missing data row is reported where it belongs', () => {
  let text = replaceOnce(clean, '| 三、本年度办理结果 |  |  |  |  |  |  |  |\n', '');
  text = replaceOnce(text, '| （三）不予公开 |  |  |  |  |  |  |  |\n', '');
  assert.deepEqual(rules(text), []);
  const missing = replaceOnce(clean, '| 3.要求提供公开出版物 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n', '');
  const [f] = lint(missing).findings.filter((x) => x.ruleId === 'table-row-missing');
  assert.equal(f.args.label, '3.要求提供公开出版物');
  assert.equal(missing.slice(f.span.start, f.span.end), '4.无正当理由大量反复申请');
});

test('year-mismatch: other years named at a sentence start for other things are not findings', () => {
  const text = replaceOnce(clean, '全年通过政府门户网站', '2024年度部门决算已按时公开。2024年以来，持续推进。2024年结转的申请已办结。全年通过政府门户网站');
  assert.deepEqual(rules(text), []);
});

test('text-table-mismatch: comparisons with last year, channel counts and partial lists are not restatements', () => {
  let text = replaceOnce(clean, '全年通过政府门户网站主动公开政府信息128条。', '较上年收到政府信息公开申请5件有所增加。全年主动公开政府信息共128条，其中政府网站100条，政务微信90条。');
  assert.deepEqual(rules(text), []);
  text = replaceOnce(clean, '全年通过政府门户网站主动公开政府信息128条。', '全年主动公开政府信息共128条，其中政策文件30条、财政信息20条等。');
  assert.deepEqual(rules(text), []);
});

test('subsection-missing: 监督考核 and bracketed text count as coverage', () => {
  let text = replaceOnce(clean, '## （五）监督保障', '## （五）监督考核');
  assert.deepEqual(rules(text), []);
  text = replaceOnce(clean, '## （三）政府信息管理', '## （三）管理（政府信息管理）');
  assert.deepEqual(rules(text), []);
});

test('subsection-missing: a part whose name is broken by spaces, a line break or full-width forms still counts', () => {
  let text = replaceOnce(clean, '## （五）监督保障', '## （五）监督 保障');
  assert.deepEqual(rules(text), []);
  text = replaceOnce(clean, '## （三）政府信息管理', '## （三）政府信息\n管理');
  assert.deepEqual(rules(text).filter((r) => r === 'subsection-missing'), []);
  text = replaceOnce(replaceOnce(replaceOnce(clean, '## （四）政府信息公开平台建设', '## （四）建设'), '政府网站和政务新媒体', '各项'), '通过政府门户网站主动公开', '主动公开');
  assert.deepEqual(rules(text), ['subsection-missing']);
});

test('a plain-text 七、其他需要报告的事项 right after 五 is read as section 六 with a wrong number', () => {
  const text = replaceOnce(cleanTsv, '六、其他需要报告的事项', '七、其他需要报告的事项');
  const found = lint(text).findings;
  assert.deepEqual(found.map((f) => f.messageId), ['section-heading.number']);
  assert.equal(applyFixes(text, [found[0].fix!]).text, cleanTsv);
});

test('two wrong totals that no one cell explains are each reported, and neither is fixed automatically', () => {
  let text = replaceOnce(clean, '| （七）总计 | 19 | 2 | 0 | 1 | 1 | 0 | 23 |', '| （七）总计 | 19 | 2 | 0 | 1 | 1 | 0 | 25 |');
  text = replaceOnce(text, '| 四、结转下年度继续办理 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |', '| 四、结转下年度继续办理 | 3 | 1 | 0 | 0 | 0 | 0 | 5 |');
  const found = lint(text).findings;
  assert.deepEqual(found.map((f) => [f.ruleId, text.slice(f.span.start, f.span.end), f.fix?.safe]), [
    ['sum-row-total', '25', false],
    ['sum-row-total', '5', false],
  ]);
  assert.equal(fixAll(text).text, text);
});

test('section-missing above a pipe table whose header the reader does not know goes above the header', () => {
  let text = replaceOnce(clean, '## 三、收到和处理政府信息公开申请情况\n', '');
  text = replaceOnce(text, '| 申请人情况 | 自然人 |', '| 类别 | 自然人 |');
  const [f] = lint(text).findings.filter((x) => x.ruleId === 'section-missing');
  assert.equal(text.slice(f.span.start).split('\n')[0].startsWith('| 类别 |'), true);
  const fixed = applyFixes(text, [f.fix!]).text;
  assert.deepEqual(rules(fixed), []);
  assert.ok(fixed.includes('\n\n## 三、收到和处理政府信息公开申请情况\n\n| 类别 |'));
  assert.ok(f.fix!.edits[0].text.startsWith('## 三'), 'no blank line is added where there already is one');
});

test('text-table-mismatch: "上年结转" in a list does not hide the claims after it', () => {
  const text = replaceOnce(clean, '办结23件', '办结24件');
  const [f] = lint(text).findings.filter((x) => x.ruleId === 'text-table-mismatch');
  assert.equal(f.args.stated, 24);
  assert.equal(f.args.label, '“（七）总计”（总计）');
});

test('表四 with its header but no numbers: the missing numbers are named, not a missing table', () => {
  const text = replaceOnce(clean, '| 1 | 0 | 0 | 1 | 2 | 0 | 1 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |\n', '');
  const found = lint(text).findings;
  assert.deepEqual(found.map((f) => f.messageId), ['table-row-missing.values']);
  assert.equal(found[0].args.count, 15);
});

test('表四 cells are named by group and outcome; lawsuits by their two groups', () => {
  const text = replaceOnce(clean, '| 1 | 0 | 0 | 1 | 2 |', '| / | 0 | 0 | 1 | 2 |');
  const f = lint(text).findings.find((x) => x.ruleId === 'table-cell-invalid')!;
  assert.equal(f.args.label, '行政复议');
  assert.equal(f.args.column, '结果维持');
  const lawsuit = replaceOnce(clean, '全年未发生责任追究情况。', '全年行政诉讼3起。');
  const l = lint(lawsuit).findings.find((x) => x.ruleId === 'text-table-mismatch')!;
  assert.equal(l.args.label, '“行政诉讼（未经复议直接起诉）总计” + “行政诉讼（复议后起诉）总计”');
});

test('a rule that throws becomes one internal-error finding, and the other rules still report', async () => {
  const { rules: all } = await import('../../core/src/index.js');
  const rule = all.find((r) => r.id === 'fee-not-reported')!;
  const original = rule.check;
  rule.check = () => {
    throw new Error('boom');
  };
  try {
    const text = replaceOnce(clean, '| 行政处罚 | 4 |', '| 行政处罚 | / |');
    const found = lint(text).findings;
    assert.deepEqual(found.filter((f) => f.ruleId === 'internal-error').map((f) => f.args), [{ rule: 'fee-not-reported', detail: 'boom' }]);
    assert.ok(found.some((f) => f.ruleId === 'table-cell-invalid'));
  } finally {
    rule.check = original;
  }
});
