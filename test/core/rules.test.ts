// Each rule: a draft where it fires (at the place the issue names) and the clean draft where it
// must not. Drafts are the clean pipe-table report with one defect written in; each case states
// every finding of the draft (not only the rule's own) and the text after fixing (ruleTester.ts).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFixes, fixAll, lint, renderBlankTable, renderReportSkeleton, skeletonPlaceholders, templates } from '../../core/src/index.js';
import { fixture, replaceOnce } from './fixtures.js';
import { checkRuleCase } from './ruleTester.js';

/** The findings of one rule (for the tests that follow one fix through). */
function only(text: string, ruleId: string) {
  return lint(text).findings.filter((f) => f.ruleId === ruleId);
}

const clean = fixture('shapes', 'clean-pipe.md');
const cleanTsv = fixture('shapes', 'clean-tsv.txt');

test('the clean draft has no findings (every rule stays silent)', () => {
  checkRuleCase({ text: clean, findings: [] });
});

test('section-missing: 六 removed → reported at the end (it is where the fee is reported), fix inserts the heading', () => {
  const text = replaceOnce(clean, '## 六、其他需要报告的事项\n\n本机关2025年未收取信息处理费。\n', '');
  checkRuleCase({ text, findings: [
    { rule: 'section-missing', messageId: 'section-missing.fee', line: 106, at: '', args: { numeral: '六', title: '其他需要报告的事项' }, fix: 'safe' },
  ], fixed: replaceOnce(clean, '\n\n本机关2025年未收取信息处理费。\n', '\n'), suggested: replaceOnce(clean, '\n\n本机关2025年未收取信息处理费。\n', '\n') });
});

test('section-missing: 三 removed → reported above its table, where it belongs', () => {
  const text = replaceOnce(clean, '## 三、收到和处理政府信息公开申请情况\n', '');
  checkRuleCase({ text, findings: [
    { rule: 'section-missing', messageId: 'section-missing', line: 60, at: '| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |', args: { numeral: '三', title: '收到和处理政府信息公开申请情况' }, fix: 'safe' },
  ], fixed: replaceOnce(clean, '\n## 三、', '\n\n## 三、'), suggested: replaceOnce(clean, '\n## 三、', '\n\n## 三、') });
});

test('section-missing: 五 removed → reported at the 六 heading; the fix inserts the heading there (its text stays under 四)', () => {
  const text = replaceOnce(clean, '## 五、存在的主要问题及改进情况\n', '');
  const withHeading = replaceOnce(text, '## 六、其他需要报告的事项', '## 五、存在的主要问题及改进情况\n\n## 六、其他需要报告的事项');
  checkRuleCase({ text, findings: [
    { rule: 'section-missing', messageId: 'section-missing', line: 105, at: '## 六、其他需要报告的事项', args: { numeral: '五', title: '存在的主要问题及改进情况' }, fix: 'safe' },
  ], fixed: withHeading, suggested: withHeading });
});

test('section-duplicate: a second 五 with text of its own is reported on itself; merging is offered to a person only', () => {
  const text = replaceOnce(clean, '## 六、其他需要报告的事项', '## 五、存在的主要问题及改进情况\n\n补充。\n\n## 六、其他需要报告的事项');
  // fix all removes no heading that has text of its own
  checkRuleCase({ text, findings: [
    { rule: 'section-duplicate', messageId: 'section-duplicate.content', line: 106, at: '五、存在的主要问题及改进情况', args: { title: '存在的主要问题及改进情况', numeral: '五', otherLine: 102 }, fix: 'suggestion', related: ['五、存在的主要问题及改进情况'] },
  ], suggested: replaceOnce(text, '## 五、存在的主要问题及改进情况\n\n补充。', '\n补充。') });
});

test('section-duplicate: 一、总体情况 pasted twice is one finding on the empty copy; nothing under the second is missing', () => {
  const text = replaceOnce(clean, '## 一、总体情况\n', '## 一、总体情况\n\n## 一、总体情况\n');
  checkRuleCase({ text, findings: [
    { rule: 'section-duplicate', messageId: 'section-duplicate', line: 7, at: '一、总体情况', args: { title: '总体情况', numeral: '一', otherLine: 9 }, fix: 'safe', related: ['一、总体情况'] },
  ], fixed: clean, suggested: clean });
});

test('section-order: 六 before 五 → one finding, on 六 (the longest run in order stays)', () => {
  const five = '## 五、存在的主要问题及改进情况\n\n一是公开内容与群众需求匹配度不够高；二是基层工作人员专业能力有待提升。下一步将开展需求调研，组织专题培训。\n\n';
  const six = '## 六、其他需要报告的事项\n\n本机关2025年未收取信息处理费。\n';
  checkRuleCase({ text: replaceOnce(clean, five + six, six + '\n' + five), findings: [
    { rule: 'section-order', messageId: 'section-order', line: 102, at: '六、其他需要报告的事项', args: { numeral: '六', title: '其他需要报告的事项', afterNumeral: '五', afterTitle: '存在的主要问题及改进情况' }, related: ['五、存在的主要问题及改进情况'] },
  ] });
});

test('section-extra: 二、主要采取的措施 between 一 and 二 is reported on its heading, and no number of a section is', () => {
  const text = replaceOnce(clean, '## 二、主动公开政府信息情况', '## 二、主要采取的措施\n\n加强组织领导。\n\n## 二、主动公开政府信息情况');
  checkRuleCase({ text, findings: [
    { rule: 'section-extra', messageId: 'section-extra', line: 31, at: '二、主要采取的措施', args: { heading: '二、主要采取的措施', list: '一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项' } },
  ] });
});

test('section-heading: a wrong number is reported on the numeral and fixed', () => {
  const text = replaceOnce(clean, '## 五、存在的主要问题及改进情况', '## 七、存在的主要问题及改进情况');
  checkRuleCase({ text, findings: [
    { rule: 'section-heading', messageId: 'section-heading.number', line: 102, at: '七', args: { title: '存在的主要问题及改进情况', expected: '五', actual: '七' }, fix: 'safe' },
  ], fixed: clean, suggested: clean });
});

test('section-heading: 行政法复议 changes the meaning: reported, the official wording offered to a person', () => {
  const text = replaceOnce(clean, '四、政府信息公开行政复议、行政诉讼情况', '四、政府信息公开行政法复议、行政诉讼情况');
  checkRuleCase({ text, findings: [
    { rule: 'section-heading', messageId: 'section-heading.wording', line: 94, at: '政府信息公开行政法复议、行政诉讼情况', args: { actual: '政府信息公开行政法复议、行政诉讼情况', expected: '政府信息公开行政复议、行政诉讼情况', missing: '行政复议' }, fix: 'suggestion' },
  ], suggested: clean });
});

test('section-heading: the longer official wording is accepted', () => {
  checkRuleCase({ text: replaceOnce(clean, '四、政府信息公开行政复议、行政诉讼情况', '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况'), findings: [] });
});

test('subsection-missing: 总体情况 without 平台建设 is reported on the 一 heading', () => {
  // The platforms are gone from 一: the heading, its paragraph, and the website the 主动公开 part names.
  const text = replaceOnce(replaceOnce(clean, '## （四）政府信息公开平台建设\n\n持续加强政府网站和政务新媒体建设。\n\n', ''), '通过政府门户网站主动公开', '主动公开');
  checkRuleCase({ text, findings: [
    { rule: 'subsection-missing', messageId: 'subsection-missing', line: 7, at: '一、总体情况', args: { titles: '政府信息公开平台建设', count: 1 } },
  ] });
});

test('table-missing: no table 四 → reported on the 四 heading; the fix inserts a blank 2021 table that lints clean', () => {
  const start = clean.indexOf('| 行政复议 |');
  const end = clean.indexOf('## 五、');
  const text = clean.slice(0, start) + clean.slice(end);
  const suggested = applyFixes(text, lint(text).findings.map((f) => f.fix!)).text;
  checkRuleCase({ text, findings: [
    { rule: 'table-missing', messageId: 'table-missing', line: 94, at: '四、政府信息公开行政复议、行政诉讼情况', args: { numeral: '四', title: '政府信息公开行政复议、行政诉讼情况', tableName: '表四', template: '2021' }, fix: 'suggestion' },
  ], suggested });
  checkRuleCase({ text: suggested, findings: [] });
});

test('table-row-missing: no 规章 row → reported on the table', () => {
  checkRuleCase({ text: replaceOnce(clean, '| 规章 | 0 | 0 | 0 |\n', ''), findings: [
    { rule: 'table-row-missing', messageId: 'table-row-missing', line: 37, at: '行政规范性文件', args: { tableName: '表二', label: '规章', count: 3 } },
  ] });
});

test('table-row-unknown: 规范性文件 in a 2021 report is renamed by its fix, and no row is missing', () => {
  const text = replaceOnce(clean, '| 行政规范性文件 |', '| 规范性文件 |');
  checkRuleCase({ text, findings: [
    { rule: 'table-row-unknown', messageId: 'table-row-unknown.otherTemplate', line: 38, at: '规范性文件', args: { tableName: '表二', actual: '规范性文件', expected: '行政规范性文件', template: '2021', otherTemplate: '2019' }, fix: 'safe' },
  ], fixed: clean, suggested: clean });
});

test('table-row-unknown: a label the template does not have, followed by numbers', () => {
  checkRuleCase({ text: replaceOnce(clean, '| 行政强制 | 0 |', '| 行政强制 | 0 |\n| 行政奖励 | 3 |'), findings: [
    { rule: 'table-row-unknown', messageId: 'table-row-unknown.unknown', line: 52, at: '行政奖励', args: { tableName: '表二', actual: '行政奖励' } },
  ] });
});

test('table-cell-count: a row with six values instead of seven is reported on its label', () => {
  checkRuleCase({ text: replaceOnce(cleanTsv, '\t2.重复申请\t1\t0\t0\t0\t0\t0\t1', '\t2.重复申请\t1\t0\t0\t0\t0\t1'), findings: [
    { rule: 'table-cell-count', messageId: 'table-cell-count', line: 68, at: '2.重复申请', args: { tableName: '表三', label: '（五）不予处理 2.重复申请', expected: 7, actual: 6 } },
  ] });
});

test('table-cell-count: cells run together when copied from a web page ("规章000") are reported, not guessed', () => {
  checkRuleCase({ text: replaceOnce(cleanTsv, '规章\t0\t0\t0', '规章000'), findings: [
    { rule: 'table-cell-count', messageId: 'table-cell-count', line: 34, at: '规章', args: { tableName: '表二', label: '规章', expected: 3, actual: 1 } },
  ] });
});

/** The args of a cell finding on 表二's 行政处罚 count. */
const punishment = (value: string, number: string | number) => ({ tableName: '表二', label: '行政处罚', column: '本年处理决定数量', value, number });

const cellCases = [['/', 'placeholder', ''], ['—', 'placeholder', ''], ['无数据', 'text', ''], ['-1', 'negative', -1], ['1.5', 'decimal', 1.5]] as const;
for (const [value, problem, number] of cellCases) {
  test(`table-cell-invalid: "${value}" in a count cell → ${problem}, no fix`, () => {
    const text = replaceOnce(clean, '| 行政处罚 | 4 |', `| 行政处罚 | ${value} |`);
    checkRuleCase({ text, findings: [{ rule: 'table-cell-invalid', messageId: `table-cell-invalid.${problem}`, line: 50, at: value, args: punishment(value, number) }] });
  });
}

test('table-cell-invalid: "2笔" in a count cell → unit; fix all removes the unit, the number kept as written', () => {
  const text = replaceOnce(clean, '| 行政处罚 | 4 |', '| 行政处罚 | 2笔 |');
  const fixed = replaceOnce(clean, '| 行政处罚 | 4 |', '| 行政处罚 | 2 |');
  checkRuleCase({ text, findings: [{ rule: 'table-cell-invalid', messageId: 'table-cell-invalid.unit', line: 50, at: '2笔', args: punishment('2笔', '2'), fix: 'safe' }], fixed, suggested: fixed });
});

test('template-outdated: a citation of 60号 in a 2025 report, fix (for a person) replaces it', () => {
  const text = replaceOnce(clean, '（国办公开办函〔2021〕30号）', '（国办公开办函〔2019〕60号）');
  checkRuleCase({ text, findings: [
    { rule: 'template-outdated', messageId: 'template-outdated.citation', line: 5, at: '国办公开办函〔2019〕60号', args: { text: '国办公开办函〔2019〕60号', year: 2025, citation: '国办公开办函〔2021〕30号' }, fix: 'suggestion' },
  ], suggested: clean });
});

test('template-outdated: the 2019 表二 in a 2025 report is one finding on its first 2019 cell, not row findings', () => {
  const start = clean.indexOf('**第二十条第（一）项**');
  const end = clean.indexOf('## 三、');
  const old = renderBlankTable(templates['2019'].tables[0], 'markdown').join('\n');
  const text = clean.slice(0, start) + old + '\n\n' + clean.slice(end);
  checkRuleCase({ text, findings: [
    { rule: 'template-outdated', messageId: 'template-outdated.table', line: 35, at: '本年新制作数量', args: { tableName: '表二', text: '本年新制作数量', year: 2025, citation: '国办公开办函〔2021〕30号' }, fix: 'suggestion' },
  ], suggested: replaceOnce(text, old, renderBlankTable(templates['2021'].tables[0], 'markdown').join('\n')) });
});

/** The clean 2025 draft (2021 template) turned into a report for 2020: only its years changed. */
const as2020 = clean.replaceAll('2025', '2020');

test('template-too-new: a report for 2020 in the 2021 template is one finding on the 30号 citation, the tables as related signs, no fix', () => {
  // No fix: the year is more likely wrong than the template.
  assert.equal(checkRuleCase({ text: as2020, findings: [
    { rule: 'template-too-new', messageId: 'template-too-new.citation', line: 5, at: '国办公开办函〔2021〕30号', args: { text: '国办公开办函〔2021〕30号', year: 2020, citation: '国办公开办函〔2019〕60号' }, related: ['本年制发件数', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'] },
  ] }).templateId, '2019');
});

test('template-too-new: on the first 2021 header of 表二 when nothing is cited; its fix puts the blank 2019 表二 in', () => {
  const text = replaceOnce(as2020, '（国办公开办函〔2021〕30号）', '');
  const fixed = applyFixes(text, [lint(text).findings[0].fix!]).text;
  assert.ok(fixed.includes(renderBlankTable(templates['2019'].tables[0], 'markdown').join('\n')));
  checkRuleCase({ text, findings: [
    { rule: 'template-too-new', messageId: 'template-too-new.table', line: 35, at: '本年制发件数', args: { tableName: '表二', text: '本年制发件数', year: 2020, citation: '国办公开办函〔2019〕60号' }, fix: 'suggestion', related: ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'] },
  ], suggested: fixed });
  // The 2019 表二 is checked and fine; 表三 is still in the 2021 shape.
  const requests = fixed.slice(fixed.indexOf('| 申请人情况 |'), fixed.indexOf('## 四、'));
  const blank2019Requests = renderBlankTable(templates['2019'].tables[1], 'markdown').join('\n') + '\n\n';
  checkRuleCase({ text: fixed, findings: [
    { rule: 'template-too-new', messageId: 'template-too-new.table', line: 95, at: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', args: { tableName: '表三', text: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', year: 2020, citation: '国办公开办函〔2019〕60号' }, fix: 'suggestion' },
  ], suggested: replaceOnce(fixed, requests, blank2019Requests) });
});

/** A report for 2020 written to the 2019 template: its six sections, 一 naming its parts, its three blank tables. */
function blank2019Report(): string {
  const template2019 = templates['2019'];
  const numerals = ['', '一', '二', '三', '四', '五', '六'];
  const parts = ['# 某局2020年政府信息公开工作年度报告', ''];
  for (const section of template2019.sections) {
    parts.push(`## ${numerals[section.number]}、${section.title}`, '');
    if (section.id === 'overview') parts.push('2020年，本局依法做好主动公开、依申请公开、政府信息管理、政府信息公开平台建设和监督保障工作。', '');
    for (const table of template2019.tables.filter((t) => t.sectionId === section.id)) parts.push(renderBlankTable(table, 'markdown').join('\n'), '');
  }
  return parts.join('\n');
}

test('template-too-new: silent on a report for 2020 in its own template, and once the year is corrected', () => {
  const lijun = fixture('seeds', 'lijun-2020.txt');
  assert.equal(lint(lijun).templateId, '2019');
  assert.deepEqual(lint(lijun).findings.filter((f) => f.ruleId === 'template-too-new'), []);
  assert.equal(checkRuleCase({ text: blank2019Report(), findings: [] }).templateId, '2019');
  checkRuleCase({ text: as2020.replaceAll('2020', '2025'), findings: [] });
});

test('template-outdated: says so when the report names no year, and points at the setting when the 2021 template is forced', () => {
  const cited = replaceOnce(clean, '（国办公开办函〔2021〕30号）', '（国办公开办函〔2019〕60号）');
  const noYear = cited.replace('## 2025年政府信息公开工作年度报告', '## 政府信息公开工作年度报告').replace('本报告统计数据从2025年1月1日至2025年12月31日。', '');
  assert.equal(checkRuleCase({ text: noYear, findings: [
    { rule: 'template-outdated', messageId: 'template-outdated.citationNoYear', line: 5, at: '国办公开办函〔2019〕60号', args: { text: '国办公开办函〔2019〕60号', year: '', citation: '国办公开办函〔2021〕30号' }, fix: 'suggestion' },
  ], suggested: replaceOnce(noYear, '国办公开办函〔2019〕60号', '国办公开办函〔2021〕30号') }).templateId, '2021');
  const forced = cited.replaceAll('2025', '2020');
  checkRuleCase({ text: forced, options: { template: '2021' }, findings: [
    { rule: 'template-outdated', messageId: 'template-outdated.citationForced', line: 5, at: '国办公开办函〔2019〕60号', args: { text: '国办公开办函〔2019〕60号', year: 2020, citation: '国办公开办函〔2021〕30号' }, fix: 'suggestion' },
  ], suggested: replaceOnce(forced, '国办公开办函〔2019〕60号', '国办公开办函〔2021〕30号') });
});

test('year-mismatch: a period year that disagrees with the title is fixed', () => {
  const text = replaceOnce(clean, '本报告统计数据从2025年1月1日', '本报告统计数据从2024年1月1日');
  checkRuleCase({ text, findings: [
    { rule: 'year-mismatch', messageId: 'year-mismatch.period', line: 5, at: '2024', args: { expected: 2025, actual: 2024 }, fix: 'safe' },
  ], fixed: clean, suggested: clean });
});

test('year-mismatch: a period that is not a calendar year', () => {
  checkRuleCase({ text: replaceOnce(clean, '至2025年12月31日', '至2025年6月30日'), findings: [
    { rule: 'year-mismatch', messageId: 'year-mismatch.calendar', line: 5, at: '2025年1月1日至2025年6月30日', args: { text: '2025年1月1日至2025年6月30日', year: 2025 } },
  ] });
});

test('year-mismatch: a narrative year that disagrees with the title', () => {
  const text = replaceOnce(clean, '2025年，某某镇', '2024年，某某镇');
  checkRuleCase({ text, findings: [
    { rule: 'year-mismatch', messageId: 'year-mismatch.text', line: 9, at: '2024', args: { expected: 2025, actual: 2024 }, fix: 'suggestion' },
  ], suggested: clean });
});

test('year-mismatch: earlier years named in 五 or as comparisons are not findings', () => {
  checkRuleCase({ text: replaceOnce(clean, '一是公开内容', '较2024年有所进步，2024年存在的问题已整改。一是公开内容'), findings: [] });
});

test('fee-not-reported: 六 silent on 信息处理费 in 2021 → on the 六 heading; never in the 2019 template', () => {
  const text = replaceOnce(clean, '本机关2025年未收取信息处理费。', '无。');
  checkRuleCase({ text, findings: [
    { rule: 'fee-not-reported', messageId: 'fee-not-reported', line: 106, at: '六、其他需要报告的事项', args: {}, fix: 'suggestion' },
  ], suggested: replaceOnce(clean, '本机关2025年未收取信息处理费。', '无。\n\n本年度未收取信息处理费。') });
  checkRuleCase({ text, options: { template: '2019' }, findings: [
    { rule: 'template-too-new', messageId: 'template-too-new.citationForced', line: 5, at: '国办公开办函〔2021〕30号', args: { text: '国办公开办函〔2021〕30号', year: 2025, citation: '国办公开办函〔2019〕60号' }, related: ['本年制发件数', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'] },
  ] });
});

test('fee-not-reported: its fix (for the writer only, never in fix all) writes the standard sentence at the end of 六', () => {
  const text = replaceOnce(clean, '本机关2025年未收取信息处理费。', '无。');
  const [f] = only(text, 'fee-not-reported');
  assert.equal(f.fix?.safe, false, 'not a safe fix: only the writer knows whether fees were collected');
  assert.deepEqual(f.fix?.args, { sentence: '本年度未收取信息处理费。' });
  const fixed = applyFixes(text, [f.fix!]).text;
  assert.equal(fixed, replaceOnce(clean, '本机关2025年未收取信息处理费。', '无。\n\n本年度未收取信息处理费。'));
  assert.deepEqual(only(fixed, 'fee-not-reported'), []);
  assert.equal(fixAll(text).text.includes('本年度未收取信息处理费。'), false, 'fix all leaves it to the writer');
  // An empty 六 at the end of the file: the sentence goes under the heading.
  const empty = replaceOnce(clean, '\n本机关2025年未收取信息处理费。', '');
  const [g] = only(empty, 'fee-not-reported');
  const filled = applyFixes(empty, [g.fix!]).text;
  assert.ok(filled.includes('## 六、其他需要报告的事项\n\n本年度未收取信息处理费。'), filled.slice(-80));
  assert.deepEqual(only(filled, 'fee-not-reported'), []);
});

test('overview-too-long: 1,001 字 is information, 1,000 is not', () => {
  const overview = clean.slice(clean.indexOf('## 一、总体情况') + '## 一、总体情况'.length, clean.indexOf('## 二、'));
  const counted = [...overview].filter((c) => /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”]/u.test(c)).length + (overview.match(/[A-Za-z0-9]+/g)?.length ?? 0);
  const pad = (n: number) => replaceOnce(clean, '持续推进政府信息公开工作。', '持续推进政府信息公开工作。' + '公'.repeat(n));
  checkRuleCase({ text: pad(1000 - counted), findings: [] });
  const result = checkRuleCase({ text: pad(1001 - counted), findings: [
    { rule: 'overview-too-long', messageId: 'overview-too-long', line: 7, at: '一、总体情况', args: { count: 1001, limit: 1000 } },
  ] });
  assert.equal(result.findings[0].severity, 'info');
});

test('inline comments silence findings: next-line, line, and disable/enable blocks', () => {
  const placeholder = (line: number) => [{ rule: 'table-cell-invalid', messageId: 'table-cell-invalid.placeholder', line, at: '/', args: punishment('/', '') }];
  const bad = replaceOnce(clean, '| 行政处罚 | 4 |', '| 行政处罚 | / |');
  const badLine = bad.split('\n').indexOf('| 行政处罚 | / |') + 1;
  checkRuleCase({ text: bad, findings: placeholder(badLine) });
  // Inside a pipe table a comment line would end the table: the comment goes at the end of the row.
  checkRuleCase({ text: replaceOnce(bad, '| 行政处罚 | / |', '| 行政处罚 | / | <!-- nianbao-disable-line table-cell-invalid -->'), findings: [] });
  const badTsv = replaceOnce(cleanTsv, '行政处罚\t4', '行政处罚\t/');
  const tsvLine = badTsv.split('\n').indexOf('行政处罚\t/') + 1;
  checkRuleCase({ text: badTsv, findings: placeholder(tsvLine) });
  checkRuleCase({ text: replaceOnce(badTsv, '行政处罚\t/', '<!-- nianbao-disable-next-line table-cell-invalid -->\n行政处罚\t/'), findings: [] });
  checkRuleCase({ text: replaceOnce(badTsv, '行政处罚\t/', '<!-- nianbao-disable-next-line sum-row-total -->\n行政处罚\t/'), findings: placeholder(tsvLine + 1) });
  const block = replaceOnce(bad, '**第二十条第（一）项**', '<!-- nianbao-disable -->\n\n**第二十条第（一）项**');
  checkRuleCase({ text: block, findings: [] });
  checkRuleCase({ text: replaceOnce(block, '**第二十条第（六）项**', '<!-- nianbao-enable -->\n\n**第二十条第（六）项**'), findings: placeholder(badLine + 4) });
});

test('options: a rule can be turned off or given another severity; the template can be forced', () => {
  const bad = replaceOnce(clean, '| 行政处罚 | 4 |', '| 行政处罚 | / |');
  checkRuleCase({ text: bad, options: { rules: { 'table-cell-invalid': 'off' } }, findings: [] });
  assert.deepEqual(lint(bad, { rules: { 'table-cell-invalid': 'error' } }).findings.map((f) => [f.ruleId, f.severity]), [['table-cell-invalid', 'error']]);
  // The 2021 tables are not checked row by row against the 2019 template: one finding says why.
  assert.equal(checkRuleCase({ text: clean, options: { template: '2019' }, findings: [
    { rule: 'template-too-new', messageId: 'template-too-new.citationForced', line: 5, at: '国办公开办函〔2021〕30号', args: { text: '国办公开办函〔2021〕30号', year: 2025, citation: '国办公开办函〔2019〕60号' }, related: ['本年制发件数', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'] },
  ] }).templateId, '2019');
  checkRuleCase({ text: clean, options: { template: '2021' }, findings: [] });
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
  // Left for the writer: whether fees were collected (its fix is a suggestion, which fix-all never applies).
  const [fee] = lint(once.text).findings;
  checkRuleCase({ text: once.text, findings: [
    { rule: 'fee-not-reported', messageId: 'fee-not-reported', line: 106, at: '六、其他需要报告的事项', args: {}, fix: 'suggestion' },
  ], suggested: applyFixes(once.text, [fee.fix!]).text });
  assert.ok(applyFixes(once.text, [fee.fix!]).text.endsWith('本年度未收取信息处理费。\n'));
});

test('text-table-mismatch: the clean text agrees with 表三 and 表四', () => {
  checkRuleCase({ text: clean, findings: [] });
});

test('text-table-mismatch: a stated number of requests that is not 表三\'s', () => {
  checkRuleCase({ text: replaceOnce(clean, '全年共收到政府信息公开申请25件', '全年共收到政府信息公开申请30件'), findings: [
    { rule: 'text-table-mismatch', messageId: 'text-table-mismatch', line: 17, at: '30', args: { text: '收到政府信息公开申请30件', stated: 30, tableName: '表三', label: '“一、本年新收政府信息公开申请数量”（总计）', value: 25 }, related: ['25'], fix: 'suggestion' },
  ], suggested: clean });
});

test('text-table-mismatch: "no requests" against 表三\'s 25', () => {
  checkRuleCase({ text: replaceOnce(clean, '全年共收到政府信息公开申请25件，上年结转2件，办结23件，结转下年度继续办理4件。', '全年未收到政府信息公开申请。'), findings: [
    { rule: 'text-table-mismatch', messageId: 'text-table-mismatch.none', line: 17, at: '未收到政府信息公开申请', args: { text: '未收到政府信息公开申请', stated: 0, tableName: '表三', label: '“一、本年新收政府信息公开申请数量”（总计）', value: 25 }, related: ['25'] },
  ] });
});

test('text-table-mismatch: "no 行政复议 or 行政诉讼" against 表四', () => {
  checkRuleCase({ text: replaceOnce(clean, '全年未发生责任追究情况。', '全年未发生责任追究情况，未发生因政府信息公开引起的行政复议、行政诉讼。'), findings: [
    { rule: 'text-table-mismatch', messageId: 'text-table-mismatch.none', line: 29, at: '未发生责任追究情况，未发生因政府信息公开引起的行政复议', args: { text: '未发生责任追究情况，未发生因政府信息公开引起的行政复议', stated: 0, tableName: '表四', label: '“行政复议总计”', value: 2 }, related: ['2'] },
    { rule: 'text-table-mismatch', messageId: 'text-table-mismatch.none', line: 29, at: '未发生责任追究情况，未发生因政府信息公开引起的行政复议、行政诉讼', args: { text: '未发生责任追究情况，未发生因政府信息公开引起的行政复议、行政诉讼', stated: 0, tableName: '表四', label: '“行政诉讼（未经复议直接起诉）总计” + “行政诉讼（复议后起诉）总计”', value: 1 }, related: ['1', '0'] },
  ] });
});

test('text-table-mismatch: a stated total and its listed parts (共37条，其中35条、1条、其他1条)', () => {
  checkRuleCase({ text: replaceOnce(clean, '主动公开政府信息128条。', '主动公开政府信息共37条，其中扶贫救灾公示35\n\n条，政府信息公开年报1条，法治政府工作报告1条。'), findings: [] });
  // Only a list that means to be complete (here: a catch-all part) is held to its total; without one, silence.
  checkRuleCase({ text: replaceOnce(clean, '主动公开政府信息128条。', '主动公开政府信息共38条，其中扶贫救灾公示35条，政府信息公开年报1条，法治政府工作报告1条。'), findings: [] });
  const bad = replaceOnce(clean, '主动公开政府信息128条。', '主动公开政府信息共38条，其中扶贫救灾公示35条，政府信息公开年报1条，其他信息1条。');
  const found = lint(bad).findings;
  assert.deepEqual(found.map((f) => [f.ruleId, f.messageId, bad.slice(f.span.start, f.span.end), f.args.stated, f.args.sum]), [['text-table-mismatch', 'text-table-mismatch.parts', '38', 38, 37]]);
});

test('placeholder-left: a skeleton paragraph, a 在此填写 note and XX in the title are each reported, naming their place', () => {
  let text = replaceOnce(clean, '# 某某县某某镇人民政府', '# XX县XX镇人民政府');
  text = replaceOnce(text, '全年通过政府门户网站主动公开政府信息128条。', '主动公开情况。');
  text = replaceOnce(text, '下一步将开展需求调研，组织专题培训。', '下一步将开展需求调研，组织专题培训。（在此填写：存在的主要问题及改进情况。）');
  checkRuleCase({ text, findings: [
    { rule: 'placeholder-left', messageId: 'placeholder-left.title', line: 1, at: 'XX县XX', args: { text: 'XX县XX' } },
    { rule: 'placeholder-left', messageId: 'placeholder-left', line: 13, at: '主动公开情况。', args: { text: '主动公开情况。', heading: '（一）主动公开' } },
    { rule: 'placeholder-left', messageId: 'placeholder-left', line: 104, at: '（在此填写：存在的主要问题及改进情况。）', args: { text: '（在此填写：存在的主要问题及改进情况。）', heading: '五、存在的主要问题及改进情况' } },
  ] });
});

test('placeholder-left: in a plain-text draft too; a 此处填写 note, an indented paragraph', () => {
  let text = replaceOnce(cleanTsv, '持续加强政府网站和政务新媒体建设。', '\u3000\u3000政府信息公开平台建设情况。');
  text = replaceOnce(text, '将政务公开纳入年度绩效考核，全年未发生责任追究情况。', '（此处填写监督保障工作）');
  checkRuleCase({ text, findings: [
    { rule: 'placeholder-left', messageId: 'placeholder-left', line: 24, at: '政府信息公开平台建设情况。', args: { text: '政府信息公开平台建设情况。', heading: '（四）政府信息公开平台建设' } },
    { rule: 'placeholder-left', messageId: 'placeholder-left', line: 28, at: '（此处填写监督保障工作）', args: { text: '（此处填写监督保障工作）', heading: '（五）监督保障' } },
  ] });
});

test('placeholder-left: text that only resembles a placeholder is not one (a longer sentence, a comment, lowercase xx)', () => {
  let text = replaceOnce(clean, '全年通过政府门户网站主动公开政府信息128条。', '主动公开情况。全年通过政府门户网站主动公开政府信息128条。');
  text = replaceOnce(text, '## 五、存在的主要问题及改进情况', '<!-- （在此填写：存在的主要问题及改进情况。） -->\n\n## 五、存在的主要问题及改进情况');
  text = replaceOnce(text, '# 某某县某某镇人民政府', '# 某某县某某镇人民政府（xxgk）');
  checkRuleCase({ text, findings: [] });
});

test('placeholder-left: every placeholder of the new-report skeleton and of the snippets\' skeleton is found', () => {
  // The snippets' placeholders are the core's: the 2019 template has the same ones under its sections.
  for (const template of [templates['2021'], templates['2019']]) {
    const p = skeletonPlaceholders(template);
    assert.deepEqual([p.overview, ...p.subsections, p.problems], ['总体情况概述。', '主动公开情况。', '依申请公开情况。', '政府信息管理情况。', '政府信息公开平台建设情况。', '监督保障情况。', '存在的主要问题及改进情况。'], template.id);
  }
  const skeleton = renderReportSkeleton('某某县某某局', 2025);
  const notes = [...skeleton.matchAll(/（在此填写[^）]*）/g)].map((m) => m[0]);
  assert.equal(notes.length, 9, 'the skeleton\'s notes');
  const found = lint(skeleton).findings;
  assert.deepEqual(found.map((f) => [f.ruleId, skeleton.slice(f.span.start, f.span.end)]), notes.map((n) => ['placeholder-left', n]));
  assert.deepEqual(found.map((f) => f.args.heading), ['一、总体情况', '（一）主动公开', '（二）依申请公开', '（三）政府信息管理', '（四）政府信息公开平台建设', '（五）监督保障', '五、存在的主要问题及改进情况', '六、其他需要报告的事项', '六、其他需要报告的事项']);
});
