// text-table-mismatch, claim by claim: each kind of claim fires on a contradiction (the whole list of
// findings of the draft, with its message, place, related cells and fix) and stays silent on text that
// agrees, vague phrases, partial lists, other years' figures and figures in other units or of others.
// Drafts are the clean pipe-table report (表二: 行政规范性文件 2 / 1 / 5, 行政许可 36, 行政处罚 4;
// 表三 row 一: 自然人 20, 商业企业 3, 社会公益组织 1, 法律服务机构 1, 总计 25) with one sentence changed.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFixes, fixAll, formatMessage, lint } from '../../core/src/index.js';
import { fixture, replaceOnce } from './fixtures.js';

const clean = fixture('shapes', 'clean-pipe.md');
const active = '全年通过政府门户网站主动公开政府信息128条。';
const requests = '全年共收到政府信息公开申请25件，上年结转2件，办结23件，结转下年度继续办理4件。';

/** Every finding of a draft, as a reader sees it: rule, the text it marks, the Chinese message. */
function seen(text: string) {
  return lint(text).findings.map((f) => ({ ruleId: f.ruleId, at: text.slice(f.span.start, f.span.end), message: formatMessage(f.messageId, f.args) }));
}

/** The related locations of a finding: the text each points at and what it says. */
function relatedOf(text: string, f: ReturnType<typeof lint>['findings'][number]) {
  return f.related.map((r) => ({ at: text.slice(r.start, r.end), message: formatMessage(r.messageId, r.args) }));
}

function withActive(sentence: string) {
  return replaceOnce(clean, active, sentence);
}

function withRequests(sentence: string) {
  return replaceOnce(clean, requests, sentence);
}

test('the clean draft states its figures in agreement: no finding', () => {
  assert.deepEqual(seen(clean), []);
});

test('parts: a breakdown with a catch-all part that does not add up to its total', () => {
  const text = withActive('全年共公开政府信息128条，其中政策文件25条、规划计划68条、其他类信息30条。');
  assert.deepEqual(seen(text), [{
    ruleId: 'text-table-mismatch', at: '128',
    message: '正文中的合计与分项不符：写的是共 128 条，但所列分项相加为 123（25 + 68 + 30）。',
  }]);
  const [f] = lint(text).findings;
  assert.deepEqual(relatedOf(text, f), [
    { at: '25', message: '所列分项：政策文件 25 条' },
    { at: '68', message: '所列分项：规划计划 68 条' },
    { at: '30', message: '所列分项：其他类信息 30 条' },
  ]);
  assert.equal(f.fix, undefined, 'which figure is wrong is for the writer to find: no fix');
  assert.equal(formatMessage(f.messageId, f.args, 'en'), 'A total in the text does not match its parts: it says 128 (条) in all, but the parts listed add up to 123 (25 + 68 + 30).');
});

test('parts: parts that already exceed the total, and a catch-all list across semicolons', () => {
  let text = withActive('全年共公开政府信息128条，其中政策文件100条，规划计划30条。');
  assert.deepEqual(seen(text), [{
    ruleId: 'text-table-mismatch', at: '128',
    message: '正文中的合计与分项不符：写的是共 128 条，但所列分项相加为 130（100 + 30）。',
  }]);
  text = withActive('全年共公开政府信息160条，其中规划2条；财政预算2条；其他应主动公开的政府信息7条；在专题专栏公开信息144条。');
  assert.deepEqual(seen(text).map((f) => f.message), ['正文中的合计与分项不符：写的是共 160 条，但所列分项相加为 155（2 + 2 + 7 + 144）。']);
});

test('parts: the classification by 公开属性 is complete by definition, in 条, 份 or 件', () => {
  const text = withActive('全年共制作政府信息（文件）617份，其中主动公开138份、依申请公开及不予公开431份。');
  assert.deepEqual(seen(text), [{
    ruleId: 'text-table-mismatch', at: '617',
    message: '正文中的合计与分项不符：写的是共 617 份，但所列分项相加为 569（138 + 431）。',
  }]);
  assert.deepEqual(relatedOf(text, lint(text).findings[0]), [
    { at: '138', message: '所列分项：主动公开 138 份' },
    { at: '431', message: '所列分项：依申请公开及不予公开 431 份' },
  ]);
  assert.deepEqual(seen(withActive('共制发政府信息316条，其中，主动公开政府信息121条、依申请公开128条、不予公开67条。')), []);
  assert.deepEqual(seen(withActive('共制发政府信息317条，其中，主动公开政府信息121条、依申请公开128条、不予公开67条。')).map((f) => f.message), [
    '正文中的合计与分项不符：写的是共 317 条，但所列分项相加为 316（121 + 128 + 67）。',
  ]);
  // Without all three 公开属性, a list of 份 or 件 is not held to its total (outcomes of requests need not add up).
  assert.deepEqual(seen(withActive('全年共制作文件617份，其中主动公开138份、依申请公开431份。')), []);
});

test('parts: silent when the parts agree or are not clearly the whole breakdown', () => {
  const silent = [
    // agrees (also with a line break inside, as pasted from a PDF, and with a list going on after the total is reached)
    '全年共公开政府信息128条，其中政策文件25条、规划计划68条、其他类信息35条。',
    '全年主动公开政府信息共128条，其中扶贫救灾公示126\n\n条，政府信息公开年报1条，法治政府工作报告1条。',
    '全年共公开政府信息128条，其中政策文件28条、其他100条，发布政策解读12条。',
    // a few examples out of many: no catch-all, parts below the total
    '全年共公开政府信息128条，其中政策文件25条、规划计划68条。',
    '全年共公开政府信息128条，其中政策文件25条、规划计划68条、财政信息10条等。',
    // counted per channel (they overlap), or nested
    '全年共公开政府信息128条，其中政府网站100条，政务微信90条，其他渠道10条。',
    '全年共公开政府信息128条，其中政策文件100条，含政策解读30条，其他类信息10条。',
    // another year, a comparison
    '对照往年报告，2024年共公开政府信息128条，其中政策文件25条、其他类信息30条。',
    '全年共公开政府信息128条，其中政策文件25条，较上年增加110条。',
    // another unit among the parts, figures it cannot read exactly, another sentence
    '全年共公开政府信息128条，其中规范性文件5件、其他类信息100条。',
    '全年共公开政府信息1,128条，其中政策文件25条、其他类信息30条。',
    '全年共公开政府信息128条，其中政策文件两条、其他类信息100条。',
    '全年共公开政府信息128条。其中政策文件25条、其他类信息30条。',
    // requests broken down by outcome need not add up to what was received
    '全年共收到申请25件，其中予以公开9件、部分公开4件、其他处理1件。',
  ];
  for (const sentence of silent) assert.deepEqual(seen(withActive(sentence)), [], sentence);
});

test('表二 restated: 现行有效, 本年制发, 本年废止, 行政许可 and 行政处罚 against their cells', () => {
  const text = withActive('全年制发行政规范性文件3件，废止行政规范性文件1件，现行有效行政规范性文件6件。全年作出行政许可决定35件，作出行政处罚决定4起。');
  assert.deepEqual(seen(text), [
    { ruleId: 'text-table-mismatch', at: '3', message: '正文与表格不一致：正文写“制发行政规范性文件3件”，但表二中“行政规范性文件”（本年制发件数）为 2。请核对后改正其中一处。' },
    { ruleId: 'text-table-mismatch', at: '6', message: '正文与表格不一致：正文写“现行有效行政规范性文件6件”，但表二中“行政规范性文件”（现行有效件数）为 5。请核对后改正其中一处。' },
    { ruleId: 'text-table-mismatch', at: '35', message: '正文与表格不一致：正文写“作出行政许可决定35件”，但表二中“行政许可”（本年处理决定数量）为 36。请核对后改正其中一处。' },
  ]);
  const found = lint(text).findings;
  // The related location is the table cell; the fix writes the table's figure, for the writer only.
  assert.deepEqual(relatedOf(text, found[1]), [{ at: '5', message: '表二中的这一格：“行政规范性文件”（现行有效件数），为 5' }]);
  assert.ok(found[1].related[0].start > text.indexOf('| 行政规范性文件 |'));
  assert.deepEqual(found.map((f) => f.fix && { ...f.fix, title: formatMessage(f.fix.messageId, f.fix.args) }), [
    { messageId: 'fix.claimFromTable', args: { value: 2, tableName: '表二' }, edits: [{ start: found[0].span.start, end: found[0].span.end, text: '2' }], safe: false, title: '正文改为表中的数字 2（以表二为准）' },
    { messageId: 'fix.claimFromTable', args: { value: 5, tableName: '表二' }, edits: [{ start: found[1].span.start, end: found[1].span.end, text: '5' }], safe: false, title: '正文改为表中的数字 5（以表二为准）' },
    { messageId: 'fix.claimFromTable', args: { value: 36, tableName: '表二' }, edits: [{ start: found[2].span.start, end: found[2].span.end, text: '36' }], safe: false, title: '正文改为表中的数字 36（以表二为准）' },
  ]);
  const fixed = applyFixes(text, found.map((f) => f.fix!)).text;
  assert.equal(fixed, withActive('全年制发行政规范性文件2件，废止行政规范性文件1件，现行有效行政规范性文件5件。全年作出行政许可决定36件，作出行政处罚决定4起。'));
  assert.deepEqual(seen(fixed), []);
  assert.equal(fixAll(text).text, text, 'fix-all never rewrites the text to the table');
  assert.equal(
    formatMessage(found[1].messageId, found[1].args, 'en'),
    'The text and the table disagree: the text says “现行有效行政规范性文件6件”, but in 表二 “行政规范性文件”（现行有效件数） is 5. Check and correct one of them.',
  );
});

test('表二 restated: silent on agreement, vague phrases, other years, other units and other bodies', () => {
  const silent = [
    '全年共制发行政规范性文件2件，现行有效的规范性文件5件，作出行政处罚决定4起，作出行政许可决定36件。',
    '全年制发了一批行政规范性文件，主动公开行政许可、行政处罚等各类政府信息80条。',
    '2024年制发行政规范性文件3件。',
    '与去年相比，现行有效行政规范性文件6件。',
    '在信用平台公示行政许可信息1323条，行政许可事项32项。',
    '审核各部门制发行政规范性文件8件，全区现行有效规范性文件440件。',
    '加强备案审查，全年清理并废止行政规范性文件9件。',
  ];
  for (const sentence of silent) assert.deepEqual(seen(withActive(sentence)), [], sentence);
});

test('applicants by type against 表三 row 一: 自然人, 法人或其他组织 (five columns), one organisation column', () => {
  const text = withRequests('全年共收到政府信息公开申请25件，其中自然人申请21件、法人或其他组织申请4件，商业企业3件。');
  assert.deepEqual(seen(text), [
    { ruleId: 'text-table-mismatch', at: '21', message: '正文与表格不一致：正文写“自然人申请21件”，但表三中“一、本年新收政府信息公开申请数量”（自然人）为 20。请核对后改正其中一处。' },
    {
      ruleId: 'text-table-mismatch', at: '4',
      message: '正文与表格不一致：正文写“法人或其他组织申请4件”，但表三中“一、本年新收政府信息公开申请数量”（法人或其他组织：商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他）为 5。请核对后改正其中一处。',
    },
  ]);
  const [, organisations] = lint(text).findings;
  assert.deepEqual(relatedOf(text, organisations).map((r) => r.message), [
    '表三中的这一格：“一、本年新收政府信息公开申请数量”（商业企业），为 3',
    '表三中的这一格：“一、本年新收政府信息公开申请数量”（科研机构），为 0',
    '表三中的这一格：“一、本年新收政府信息公开申请数量”（社会公益组织），为 1',
    '表三中的这一格：“一、本年新收政府信息公开申请数量”（法律服务机构），为 1',
    '表三中的这一格：“一、本年新收政府信息公开申请数量”（其他），为 0',
  ]);
  assert.equal(applyFixes(text, [organisations.fix!]).text, withRequests('全年共收到政府信息公开申请25件，其中自然人申请21件、法人或其他组织申请5件，商业企业3件。'));
  // 法人 alone is the whole group.
  assert.deepEqual(seen(withRequests('全年共收到政府信息公开申请25件，其中法人申请6件、自然人申请20件。')), [{
    ruleId: 'text-table-mismatch', at: '6',
    message: '正文与表格不一致：正文写“法人申请6件”，但表三中“一、本年新收政府信息公开申请数量”（法人或其他组织：商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他）为 5。请核对后改正其中一处。',
  }]);
});

test('applicants by type: silent on agreement, other rows, other years, 复议 and phrases naming every applicant', () => {
  const silent = [
    '全年共收到政府信息公开申请25件，其中自然人申请20件、法人申请5件。',
    '全年共收到自然人、法人或其他组织提出的政府信息公开申请25件。',
    '全年办结政府信息公开申请23件，其中自然人18件。',
    '对照往年报告，2024年收到政府信息公开申请20件，其中自然人申请15件。',
    '全年被申请行政复议2起，其中自然人申请1件。',
    // 法人 beside 其他组织 named apart is only part of the group
    '全年共收到政府信息公开申请25件，其中法人申请3件、其他组织申请2件。',
  ];
  for (const sentence of silent) assert.deepEqual(seen(withRequests(sentence + '上年结转2件，办结23件，结转下年度继续办理4件。')), [], sentence);
});

test('other years\' figures of the older claims are not compared: "2024年收到…", "去年…"', () => {
  for (const sentence of ['对照往年报告，2024年共收到政府信息公开申请30件。', '去年收到政府信息公开申请30件，今年有所下降。']) {
    assert.deepEqual(seen(withRequests(sentence)), [], sentence);
  }
  // …while this year's, named by its year, is.
  assert.deepEqual(seen(withRequests('2025年共收到政府信息公开申请30件。')).map((f) => f.at), ['30']);
});
