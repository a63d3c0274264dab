// Each rule: a draft where it fires (at the place the issue names) and the clean draft where it
// must not. Drafts are the clean pipe-table report with one defect written in.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFixes, fixAll, lint, renderBlankTable, templates } from '../../core/src/index.js';
import { fixture, lintSummary, replaceOnce } from './fixtures.js';

const clean = fixture('shapes', 'clean-pipe.md');
const cleanTsv = fixture('shapes', 'clean-tsv.txt');

function only(text: string, ruleId: string) {
  return lint(text).findings.filter((f) => f.ruleId === ruleId);
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

function lineContaining(text: string, needle: string): number {
  return lineOf(text, text.indexOf(needle));
}

test('the clean draft has no findings (every rule stays silent)', () => {
  assert.deepEqual(lintSummary(clean), []);
});

test('section-missing: 六 removed → reported at the end, fix inserts the heading', () => {
  const text = replaceOnce(clean, '## 六、其他需要报告的事项\n\n本机关2025年未收取信息处理费。\n', '');
  const [f] = only(text, 'section-missing');
  assert.equal(f.args.title, '其他需要报告的事项');
  assert.equal(f.severity, 'error');
  const fixed = applyFixes(text, [f.fix!]).text;
  assert.match(fixed, /## 六、其他需要报告的事项\n$/);
  assert.deepEqual(only(fixed, 'section-missing'), []);
});

test('section-missing: 三 removed → reported above its table, where it belongs', () => {
  const text = replaceOnce(clean, '## 三、收到和处理政府信息公开申请情况\n', '');
  const [f] = only(text, 'section-missing');
  assert.equal(f.args.numeral, '三');
  assert.equal(lineOf(text, f.span.start), lineContaining(text, '| 申请人情况 |'));
  const fixed = applyFixes(text, [f.fix!]).text;
  assert.deepEqual(lintSummary(fixed), []);
});

test('section-missing: 五 removed → reported at the 六 heading', () => {
  const text = replaceOnce(clean, '## 五、存在的主要问题及改进情况\n', '');
  const [f] = only(text, 'section-missing');
  assert.equal(lineOf(text, f.span.start), lineContaining(text, '## 六、'));
});

test('section-duplicate: a second 五 with text of its own is reported on itself; merging is offered to a person only', () => {
  const text = replaceOnce(clean, '## 六、其他需要报告的事项', '## 五、存在的主要问题及改进情况\n\n补充。\n\n## 六、其他需要报告的事项');
  const found = only(text, 'section-duplicate');
  assert.deepEqual(found.map((f) => [f.messageId, lineOf(text, f.span.start), f.fix?.safe]), [['section-duplicate.content', lineContaining(text, '补充。') - 2, false]]);
  const fixed = applyFixes(text, [found[0].fix!]).text;
  assert.equal(fixed, replaceOnce(text, '## 五、存在的主要问题及改进情况\n\n补充。', '\n补充。'));
  assert.deepEqual(only(fixed, 'section-duplicate'), []);
  assert.equal(fixAll(text).text, text, 'fix-all removes no heading that has text of its own');
});

test('section-duplicate: 一、总体情况 pasted twice is one finding on the empty copy; nothing under the second is missing', () => {
  const text = replaceOnce(clean, '## 一、总体情况\n', '## 一、总体情况\n\n## 一、总体情况\n');
  assert.deepEqual(lint(text).findings.map((f) => f.ruleId), ['section-duplicate']);
  const [f] = only(text, 'section-duplicate');
  assert.equal(lineOf(text, f.span.start), lineContaining(text, '## 一、总体情况'));
  assert.equal(f.args.otherLine, lineContaining(text, '## 一、总体情况') + 2);
  assert.equal(fixAll(text).text, clean);
});

test('section-order: 六 before 五 → one finding, on 六 (the longest run in order stays)', () => {
  const five = '## 五、存在的主要问题及改进情况\n\n一是公开内容与群众需求匹配度不够高；二是基层工作人员专业能力有待提升。下一步将开展需求调研，组织专题培训。\n\n';
  const six = '## 六、其他需要报告的事项\n\n本机关2025年未收取信息处理费。\n';
  const text = replaceOnce(clean, five + six, six + '\n' + five);
  const found = only(text, 'section-order');
  assert.equal(found.length, 1);
  assert.equal(lineOf(text, found[0].span.start), lineContaining(text, '## 六、'));
  assert.equal(found[0].args.afterTitle, '存在的主要问题及改进情况');
});

test('section-extra: 二、主要采取的措施 between 一 and 二 is reported on its heading', () => {
  const text = replaceOnce(clean, '## 二、主动公开政府信息情况', '## 二、主要采取的措施\n\n加强组织领导。\n\n## 二、主动公开政府信息情况');
  const found = only(text, 'section-extra');
  assert.equal(found.length, 1);
  assert.equal(found[0].args.heading, '二、主要采取的措施');
  assert.deepEqual(only(text, 'section-heading'), []);
});

test('section-heading: a wrong number is reported on the numeral and fixed; 行政法复议 changes the meaning', () => {
  let text = replaceOnce(clean, '## 五、存在的主要问题及改进情况', '## 七、存在的主要问题及改进情况');
  const [n] = only(text, 'section-heading');
  assert.equal(n.messageId, 'section-heading.number');
  assert.equal(text.slice(n.span.start, n.span.end), '七');
  assert.equal(applyFixes(text, [n.fix!]).text, clean);
  text = replaceOnce(clean, '四、政府信息公开行政复议、行政诉讼情况', '四、政府信息公开行政法复议、行政诉讼情况');
  const [w] = only(text, 'section-heading');
  assert.equal(w.messageId, 'section-heading.wording');
  assert.equal(w.args.missing, '行政复议');
});

test('section-heading: the longer official wording is accepted', () => {
  const text = replaceOnce(clean, '四、政府信息公开行政复议、行政诉讼情况', '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况');
  assert.deepEqual(lintSummary(text), []);
});

test('subsection-missing: 总体情况 without 平台建设 is reported on the 一 heading', () => {
  // The platforms are gone from 一: the heading, its paragraph, and the website the 主动公开 part names.
  const text = replaceOnce(replaceOnce(clean, '## （四）政府信息公开平台建设\n\n持续加强政府网站和政务新媒体建设。\n\n', ''), '通过政府门户网站主动公开', '主动公开');
  const found = only(text, 'subsection-missing');
  assert.deepEqual(found.map((f) => f.args.titles), ['政府信息公开平台建设']);
  assert.equal(lineOf(text, found[0].span.start), lineContaining(text, '## 一、总体情况'));
});

test('table-missing: no table 四 → reported on the 四 heading; the fix inserts a blank 2021 table that lints clean', () => {
  const start = clean.indexOf('| 行政复议 |');
  const end = clean.indexOf('## 五、');
  const text = clean.slice(0, start) + clean.slice(end);
  const [f] = only(text, 'table-missing');
  assert.equal(f.args.tableName, '表四');
  assert.equal(lineOf(text, f.span.start), lineContaining(text, '## 四、'));
  const fixed = applyFixes(text, [f.fix!]).text;
  assert.deepEqual(lintSummary(fixed), []);
});

test('table-row-missing: no 规章 row → reported on the table', () => {
  const text = replaceOnce(clean, '| 规章 | 0 | 0 | 0 |\n', '');
  const [f] = only(text, 'table-row-missing');
  assert.equal(f.args.label, '规章');
  assert.equal(f.severity, 'error');
});

test('table-row-unknown: 规范性文件 in a 2021 report is renamed by its fix', () => {
  const text = replaceOnce(clean, '| 行政规范性文件 |', '| 规范性文件 |');
  const [f] = only(text, 'table-row-unknown');
  assert.equal(f.messageId, 'table-row-unknown.foreign');
  assert.equal(text.slice(f.span.start, f.span.end), '规范性文件');
  assert.equal(applyFixes(text, [f.fix!]).text, clean);
  assert.deepEqual(only(text, 'table-row-missing'), []);
});

test('table-row-unknown: a label the format does not have, followed by numbers', () => {
  const text = replaceOnce(clean, '| 行政强制 | 0 |', '| 行政强制 | 0 |\n| 行政奖励 | 3 |');
  const [f] = only(text, 'table-row-unknown');
  assert.equal(f.messageId, 'table-row-unknown.unknown');
  assert.equal(f.args.actual, '行政奖励');
});

test('table-cell-count: a row with six values instead of seven is reported on its label', () => {
  const text = replaceOnce(cleanTsv, '\t2.重复申请\t1\t0\t0\t0\t0\t0\t1', '\t2.重复申请\t1\t0\t0\t0\t0\t1');
  const [f] = only(text, 'table-cell-count');
  assert.equal(text.slice(f.span.start, f.span.end), '2.重复申请');
  assert.equal(f.args.expected, 7);
  assert.equal(f.args.actual, 6);
});

for (const [value, messageId] of [['/', 'placeholder'], ['—', 'placeholder'], ['2笔', 'unit'], ['无数据', 'text'], ['-1', 'negative'], ['1.5', 'decimal']] as const) {
  test(`table-cell-invalid: "${value}" in a count cell → ${messageId}`, () => {
    const text = replaceOnce(clean, '| 行政处罚 | 4 |', `| 行政处罚 | ${value} |`);
    const [f] = only(text, 'table-cell-invalid');
    assert.equal(f.messageId, `table-cell-invalid.${messageId}`);
    assert.equal(text.slice(f.span.start, f.span.end), value);
  });
}

test('table-cell-invalid: a fee amount may have decimals; 本年增/减 may be negative in 2019', () => {
  assert.deepEqual(only(clean, 'table-cell-invalid'), []);
});

test('template-outdated: a citation of 60号 in a 2025 report, fix replaces it', () => {
  const text = replaceOnce(clean, '（国办公开办函〔2021〕30号）', '（国办公开办函〔2019〕60号）');
  const found = only(text, 'template-outdated');
  assert.equal(found.length, 1);
  assert.equal(text.slice(found[0].span.start, found[0].span.end), '国办公开办函〔2019〕60号');
  assert.equal(applyFixes(text, [found[0].fix!]).text, clean);
});

test('template-outdated: the 2019 表二 in a 2025 report is one finding on its first 2019 cell, not row findings', () => {
  const start = clean.indexOf('**第二十条第（一）项**');
  const end = clean.indexOf('## 三、');
  const old = renderBlankTable(templates['2019'].tables[0], 'markdown').join('\n');
  const text = clean.slice(0, start) + old + '\n\n' + clean.slice(end);
  const found = lint(text).findings;
  assert.deepEqual(found.map((f) => f.ruleId), ['template-outdated']);
  assert.equal(text.slice(found[0].span.start, found[0].span.end), '本年新制作数量');
});

/** The clean 2025 draft (2021 format) turned into a report for 2020: only its years changed. */
const as2020 = clean.replaceAll('2025', '2020');

test('template-too-new: a report for 2020 in the 2021 format is one finding on the 30号 citation, the tables as related signs', () => {
  const found = lint(as2020).findings;
  assert.equal(lint(as2020).templateId, '2019');
  assert.deepEqual(found.map((f) => [f.ruleId, f.messageId]), [['template-too-new', 'template-too-new.citation']]);
  const [f] = found;
  assert.equal(as2020.slice(f.span.start, f.span.end), '国办公开办函〔2021〕30号');
  assert.equal(f.args.year, 2020);
  assert.equal(f.fix, undefined, 'no fix: the year is more likely wrong than the format');
  const related = f.related.map((r) => as2020.slice(r.start, r.end));
  assert.deepEqual(related.slice(0, 1), ['本年制发件数']);
  assert.ok(related.some((r) => r.startsWith('1.申请人无正当理由逾期不补正')), '表三\'s 2021 items are a related sign');
  assert.ok(f.related.every((r) => r.messageId === 'related.newer'));
});

test('template-too-new: on the first 2021 header of 表二 when nothing is cited; its fix puts the blank 2019 表二 in', () => {
  const text = replaceOnce(as2020, '（国办公开办函〔2021〕30号）', '');
  const [f, ...rest] = lint(text).findings;
  assert.deepEqual([f?.ruleId, f?.messageId, rest.length], ['template-too-new', 'template-too-new.table', 0]);
  assert.equal(text.slice(f!.span.start, f!.span.end), '本年制发件数');
  assert.equal(f!.fix?.safe, false);
  const fixed = applyFixes(text, [f!.fix!]).text;
  assert.ok(fixed.includes(renderBlankTable(templates['2019'].tables[0], 'markdown').join('\n')));
  const after = lint(fixed).findings;
  assert.ok(!after.some((g) => g.ruleId !== 'template-too-new' && /^table-/.test(g.ruleId) && g.args.tableName === '表二'), 'the 2019 表二 is checked and fine');
  assert.equal(after[0]?.ruleId, 'template-too-new', '表三 is still in the 2021 shape');
  assert.equal(fixed.slice(after[0]!.span.start, after[0]!.span.end).startsWith('1.申请人无正当理由逾期不补正'), true);
});

test('template-too-new: silent on reports for 2019 and 2020 in their own format, and once the year is corrected', () => {
  for (const name of ['lijun-2020.txt']) {
    const text = fixture('seeds', name);
    assert.equal(lint(text).templateId, '2019');
    assert.deepEqual(only(text, 'template-too-new'), [], name);
  }
  const own2019 = [...Object.values(templates['2019'].tables)].map((t) => renderBlankTable(t, 'markdown').join('\n'));
  assert.ok(own2019.every((table) => !lint(`# 某局2020年政府信息公开工作年度报告\n\n${table}\n`).findings.some((f) => f.ruleId === 'template-too-new')));
  assert.deepEqual(lint(as2020.replaceAll('2020', '2025')).findings, [], 'the year put back: the 2021 format is right');
});

test('template-outdated: says so when the report names no year, and points at the setting when the 2021 format is forced', () => {
  const cited = replaceOnce(clean, '（国办公开办函〔2021〕30号）', '（国办公开办函〔2019〕60号）');
  const noYear = cited.replace('## 2025年政府信息公开工作年度报告', '## 政府信息公开工作年度报告').replace('本报告统计数据从2025年1月1日至2025年12月31日。', '');
  assert.equal(lint(noYear).templateId, '2021');
  assert.deepEqual(only(noYear, 'template-outdated').map((f) => f.messageId), ['template-outdated.citationNoYear']);
  const forced = lint(cited.replaceAll('2025', '2020'), { template: '2021' }).findings.filter((f) => f.ruleId === 'template-outdated');
  assert.deepEqual(forced.map((f) => [f.messageId, f.args.year]), [['template-outdated.citationForced', 2020]]);
  assert.deepEqual(only(cited, 'template-outdated').map((f) => f.messageId), ['template-outdated.citation']);
});

test('year-mismatch: period year, not a calendar year, and a narrative year that disagree with the title', () => {
  let text = replaceOnce(clean, '本报告统计数据从2025年1月1日', '本报告统计数据从2024年1月1日');
  let [f] = only(text, 'year-mismatch');
  assert.equal(f.messageId, 'year-mismatch.period');
  assert.equal(text.slice(f.span.start, f.span.end), '2024');
  assert.equal(applyFixes(text, [f.fix!]).text, clean);
  text = replaceOnce(clean, '至2025年12月31日', '至2025年6月30日');
  [f] = only(text, 'year-mismatch');
  assert.equal(f.messageId, 'year-mismatch.calendar');
  text = replaceOnce(clean, '2025年，某某镇', '2024年，某某镇');
  [f] = only(text, 'year-mismatch');
  assert.equal(f.messageId, 'year-mismatch.text');
});

test('year-mismatch: earlier years named in 五 or as comparisons are not findings', () => {
  const text = replaceOnce(clean, '一是公开内容', '较2024年有所进步，2024年存在的问题已整改。一是公开内容');
  assert.deepEqual(only(text, 'year-mismatch'), []);
});

test('fee-not-reported: 六 silent on 信息处理费 in 2021 → on the 六 heading; never in the 2019 format', () => {
  const text = replaceOnce(clean, '本机关2025年未收取信息处理费。', '无。');
  const [f] = only(text, 'fee-not-reported');
  assert.equal(lineOf(text, f.span.start), lineContaining(text, '## 六、'));
  assert.deepEqual(only(text, 'fee-not-reported').length, 1);
  assert.deepEqual(lint(text, { template: '2019' }).findings.filter((x) => x.ruleId === 'fee-not-reported'), []);
});

test('overview-too-long: 1,001 字 is information, 1,000 is not', () => {
  const overview = clean.slice(clean.indexOf('## 一、总体情况') + '## 一、总体情况'.length, clean.indexOf('## 二、'));
  const counted = [...overview].filter((c) => /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”]/u.test(c)).length + (overview.match(/[A-Za-z0-9]+/g)?.length ?? 0);
  const pad = (n: number) => replaceOnce(clean, '持续推进政府信息公开工作。', '持续推进政府信息公开工作。' + '公'.repeat(n));
  assert.deepEqual(only(pad(1000 - counted), 'overview-too-long'), []);
  const [f] = only(pad(1001 - counted), 'overview-too-long');
  assert.equal(f.severity, 'info');
  assert.equal(f.args.count, 1001);
});

test('inline comments silence findings: next-line, line, and disable/enable blocks', () => {
  const bad = replaceOnce(clean, '| 行政处罚 | 4 |', '| 行政处罚 | / |');
  assert.equal(only(bad, 'table-cell-invalid').length, 1);
  // Inside a pipe table a comment line would end the table: the comment goes at the end of the row.
  const line = replaceOnce(bad, '| 行政处罚 | / |', '| 行政处罚 | / | <!-- nianbao-disable-line table-cell-invalid -->');
  assert.equal(only(line, 'table-cell-invalid').length, 0);
  assert.deepEqual(lint(line).findings, []);
  const badTsv = replaceOnce(cleanTsv, '行政处罚\t4', '行政处罚\t/');
  assert.equal(only(badTsv, 'table-cell-invalid').length, 1);
  const next = replaceOnce(badTsv, '行政处罚\t/', '<!-- nianbao-disable-next-line table-cell-invalid -->\n行政处罚\t/');
  assert.equal(only(next, 'table-cell-invalid').length, 0);
  const other = replaceOnce(badTsv, '行政处罚\t/', '<!-- nianbao-disable-next-line sum-row-total -->\n行政处罚\t/');
  assert.equal(only(other, 'table-cell-invalid').length, 1);
  const block = replaceOnce(bad, '**第二十条第（一）项**', '<!-- nianbao-disable -->\n\n**第二十条第（一）项**');
  assert.equal(only(block, 'table-cell-invalid').length, 0);
  const reenabled = replaceOnce(block, '**第二十条第（六）项**', '<!-- nianbao-enable -->\n\n**第二十条第（六）项**');
  assert.equal(only(reenabled, 'table-cell-invalid').length, 1);
});

test('options: a rule can be turned off or given another severity; the format can be forced', () => {
  const bad = replaceOnce(clean, '| 行政处罚 | 4 |', '| 行政处罚 | / |');
  assert.equal(lint(bad, { rules: { 'table-cell-invalid': 'off' } }).findings.length, 0);
  assert.equal(lint(bad, { rules: { 'table-cell-invalid': 'error' } }).findings[0].severity, 'error');
  const forced = lint(clean, { template: '2019' });
  assert.equal(forced.templateId, '2019');
  // The 2021 tables are not checked row by row against the 2019 format: one finding says why.
  assert.deepEqual(forced.findings.map((f) => [f.ruleId, f.messageId]), [['template-too-new', 'template-too-new.citationForced']]);
  assert.ok(lint(clean, { template: '2021' }).findings.length === 0);
});

test('fix all converges and is idempotent on a draft with many defects', () => {
  let text = replaceOnce(clean, '| 行政规范性文件 |', '| 规范性文件 |');
  // One wrong cell (its sums explain it: fix all writes it); two in one row would be left to a person.
  text = replaceOnce(text, '| （七）总计 | 19 | 2 |', '| （七）总计 | 18 | 2 |');
  text = replaceOnce(text, '| 2 | 0 | 1 | 0 | 0 | 1 |', '| 2 | 0 | 1 | 0 | 0 | 9 |');
  text = replaceOnce(text, '## 六、其他需要报告的事项\n\n本机关2025年未收取信息处理费。\n', '');
  text = replaceOnce(text, '本报告统计数据从2025年', '本报告统计数据从2024年');
  const once = fixAll(text);
  assert.ok(once.passes >= 1 && once.passes < 10);
  const left = lint(once.text).findings;
  assert.deepEqual(left.filter((f) => f.fix?.safe), []);
  assert.deepEqual(left.map((f) => f.ruleId), ['fee-not-reported']);
  assert.equal(fixAll(once.text).text, once.text);
});

test('text-table-mismatch: the text restates 表三 and 表四 wrongly; the clean text agrees', () => {
  assert.deepEqual(only(clean, 'text-table-mismatch'), []);
  let text = replaceOnce(clean, '全年共收到政府信息公开申请25件', '全年共收到政府信息公开申请30件');
  let [f] = only(text, 'text-table-mismatch');
  assert.equal(text.slice(f.span.start, f.span.end), '30');
  assert.equal(f.args.value, 25);
  text = replaceOnce(clean, '全年共收到政府信息公开申请25件，上年结转2件，办结23件，结转下年度继续办理4件。', '全年未收到政府信息公开申请。');
  [f] = only(text, 'text-table-mismatch');
  assert.equal(f.args.stated, 0);
  assert.equal(f.args.value, 25);
  text = replaceOnce(clean, '全年未发生责任追究情况。', '全年未发生责任追究情况，未发生因政府信息公开引起的行政复议、行政诉讼。');
  const review = only(text, 'text-table-mismatch');
  assert.deepEqual(review.map((x) => x.args.value), [2, 1]);
});

test('text-table-mismatch: a stated total and its listed parts (共37条，其中35条、1条、1条)', () => {
  const ok = replaceOnce(clean, '主动公开政府信息128条。', '主动公开政府信息共37条，其中扶贫救灾公示35\n\n条，政府信息公开年报1条，法治政府工作报告1条。');
  assert.deepEqual(only(ok, 'text-table-mismatch'), []);
  const bad = replaceOnce(clean, '主动公开政府信息128条。', '主动公开政府信息共38条，其中扶贫救灾公示35条，政府信息公开年报1条，法治政府工作报告1条。');
  const [f] = only(bad, 'text-table-mismatch');
  assert.equal(f.messageId, 'text-table-mismatch.parts');
  assert.equal(f.args.sum, 37);
});

test('table-cell-count: cells run together when copied from a web page ("规章000") are reported, not guessed', () => {
  const text = replaceOnce(cleanTsv, '规章\t0\t0\t0', '规章000');
  const [f] = only(text, 'table-cell-count');
  assert.equal(text.slice(f.span.start, f.span.end), '规章');
  assert.equal(f.args.actual, 1);
  assert.equal(f.args.expected, 3);
});
