// The outline reader and the section alignment: each heading shape a real draft uses, and for each
// one the case that must not become a section. Drafts are the clean reports with one change written in.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFixes, fixAll, formatMessage, lint } from '../../core/src/index.js';
import { fixture, replaceOnce } from './fixtures.js';

const pipe = fixture('shapes', 'clean-pipe.md');
const tsv = fixture('shapes', 'clean-tsv.txt');

/** Every finding as "rule line: message" (1-based lines), in order. */
function findings(text: string): string[] {
  const result = lint(text);
  return result.findings.map((f) => `${f.ruleId} ${result.index.positionAt(f.span.start).line + 1}: ${formatMessage(f.messageId, f.args, 'zh-cn')}`);
}

function sectionIds(text: string): (string | null)[] {
  return lint(text).report.sections.map((s) => (s.duplicate ? `dup:${s.sectionId}` : s.sectionId ?? null));
}

const ALL = ['overview', 'active', 'requests', 'review', 'problems', 'other'];

test('the clean reports: six sections, every subsection heading one level down', () => {
  for (const text of [pipe, tsv]) {
    const { report } = lint(text);
    assert.deepEqual(sectionIds(text), ALL);
    assert.deepEqual(report.sections[0].subsections.map((h) => h.title), ['主动公开', '依申请公开', '政府信息管理', '政府信息公开平台建设', '监督保障']);
    assert.ok(report.headings.every((h) => (h.level === 0) === report.sections.some((s) => s.heading === h)));
  }
});

test('#### 4.认真办理依申请公开 inside 一 is a child heading, never section 三 or its duplicate', () => {
  const text = replaceOnce(pipe, '## （二）依申请公开\n', '## （二）依申请公开\n\n#### 4.认真办理依申请公开\n');
  assert.deepEqual(findings(text), []);
  const h = lint(text).report.headings.find((x) => x.title === '认真办理依申请公开')!;
  assert.deepEqual([h.scheme, h.markdownLevel, h.level > 0], ['arabic', 4, true]);
});

test('1.加强平台建设 as a plain line inside 一 is a list item, not a section', () => {
  const text = replaceOnce(tsv, '（四）政府信息公开平台建设\n', '（四）政府信息公开平台建设\n1.加强平台建设\n2.收到和处理申请\n');
  assert.deepEqual(findings(text), []);
  assert.deepEqual(sectionIds(text), ALL);
});

test('a numbered list that starts again inside 五 (一、存在的问题 二、改进措施) is a child list; 六 after it is section 六', () => {
  const text = replaceOnce(tsv, '五、存在的主要问题及改进情况\n', '五、存在的主要问题及改进情况\n一、存在的问题\n公开内容不够全面。\n二、改进措施\n加强培训。\n');
  assert.deepEqual(findings(text), []);
  assert.deepEqual(sectionIds(text), ALL);
});

test('a numbered sentence in 一 (一、强化组织领导。成立了…) is no heading', () => {
  const text = replaceOnce(tsv, '（一）主动公开\n', '一、强化组织领导。成立了政务公开工作领导小组。\n二、主动公开政府信息情况较好，全年公开128条。\n（一）主动公开\n');
  assert.deepEqual(findings(text), []);
});

test('(一)主动公开政府信息的数量 under 二 names a section but is a subsection of 二', () => {
  const text = replaceOnce(pipe, '## 二、主动公开政府信息情况\n', '## 二、主动公开政府信息情况\n\n### (一)主动公开政府信息的数量\n\n### (二)收到和处理政府信息公开申请情况说明\n');
  assert.deepEqual(findings(text), []);
  assert.deepEqual(sectionIds(text), ALL);
});

test('headings in other words that keep the meaning are no finding; one that changes it is', () => {
  let text = replaceOnce(tsv, '五、存在的主要问题及改进情况', '五、存在的主要问题及改进措施');
  text = replaceOnce(text, '六、其他需要报告的事项', '六、其他需报告的事项');
  text = replaceOnce(text, '四、政府信息公开行政复议、行政诉讼情况', '四、政府信息公开行政复议与行政诉讼情况');
  assert.deepEqual(findings(text), []);
  assert.deepEqual(findings(replaceOnce(tsv, '五、存在的主要问题及改进情况', '五、存在的主要问题及明年工作计划')), []);
  assert.deepEqual(findings(replaceOnce(tsv, '四、政府信息公开行政复议、行政诉讼情况', '四、政府信息公开行政法复议、行政诉讼情况')), [
    'section-heading 78: 标题“政府信息公开行政法复议、行政诉讼情况”与格式不符、改变了原意：格式中的标题是“政府信息公开行政复议、行政诉讼情况”（缺少“行政复议”）。',
  ]);
});

test('一、概述 where 总体情况 stands is section 一 (no “section 一 missing”); 一、工作开展情况 is 一 with a wording finding', () => {
  assert.deepEqual(findings(replaceOnce(tsv, '一、总体情况', '一、概述')), []);
  assert.deepEqual(sectionIds(replaceOnce(tsv, '一、总体情况', '一、工作开展情况')), ALL);
  assert.deepEqual(findings(replaceOnce(tsv, '一、总体情况', '一、工作开展情况')), [
    'section-heading 6: 标题“工作开展情况”与格式不符、改变了原意：格式中的标题是“总体情况”（缺少“总体”）。',
  ]);
});

test('a draft numbered 第一部分…第六部分 is read with the same six sections', () => {
  let text = tsv;
  for (const [n, title] of [['一', '总体情况'], ['二', '主动公开政府信息情况'], ['三', '收到和处理政府信息公开申请情况'], ['四', '政府信息公开行政复议、行政诉讼情况'], ['五', '存在的主要问题及改进情况'], ['六', '其他需要报告的事项']]) {
    text = text.replace(`\n${n}、${title}\n`, `\n第${n}部分 ${title}\n`);
  }
  assert.deepEqual(sectionIds(text), ALL);
  assert.deepEqual(findings(text), []);
});

test('one extra section shifts every later number: one finding on the first shifted heading, fixed only with the extra heading removed, by a person', () => {
  const text = replaceOnce(tsv, '二、主动公开政府信息情况', '二、主要采取的措施\n加强组织领导。\n三、主动公开政府信息情况')
    .replace('三、收到和处理政府信息公开申请情况', '四、收到和处理政府信息公开申请情况')
    .replace('\n四、政府信息公开行政复议、行政诉讼情况', '\n五、政府信息公开行政复议、行政诉讼情况')
    .replace('五、存在的主要问题及改进情况', '六、存在的主要问题及改进情况')
    .replace('六、其他需要报告的事项', '七、其他需要报告的事项');
  const result = lint(text);
  const heading = result.findings.filter((f) => f.ruleId === 'section-heading');
  assert.deepEqual(result.findings.map((f) => f.ruleId), ['section-extra', 'section-heading']);
  assert.equal(heading.length, 1);
  assert.equal(formatMessage(heading[0].messageId, heading[0].args, 'zh-cn'), '从第二部分“主动公开政府信息情况”起，后面 5 个部分的编号都多了 1：此处为“三、”，应为“二、”。');
  assert.deepEqual(heading[0].related!.map((r) => text.slice(r.start, r.end)), ['四', '五', '六', '七']);
  assert.equal(heading[0].fix!.safe, false, 'renumbering would leave two 二s unless the extra heading goes: a person decides');
  const fixed = applyFixes(text, [heading[0].fix!]).text;
  assert.equal(fixed, replaceOnce(tsv, '二、主动公开政府信息情况', '加强组织领导。\n二、主动公开政府信息情况'));
  assert.equal(fixAll(text).text, text, 'fix-all renumbers nothing here');
});

test('a missing section shifts the later numbers down: one finding, renumbered safely (every number once), the missing section still reported', () => {
  const start = tsv.indexOf('二、主动公开政府信息情况');
  const end = tsv.indexOf('三、收到和处理政府信息公开申请情况');
  const text = (tsv.slice(0, start) + tsv.slice(end))
    .replace('三、收到和处理政府信息公开申请情况', '二、收到和处理政府信息公开申请情况')
    .replace('\n四、政府信息公开行政复议、行政诉讼情况', '\n三、政府信息公开行政复议、行政诉讼情况')
    .replace('五、存在的主要问题及改进情况', '四、存在的主要问题及改进情况')
    .replace('六、其他需要报告的事项', '五、其他需要报告的事项');
  const result = lint(text);
  const heading = result.findings.find((f) => f.ruleId === 'section-heading')!;
  assert.equal(heading.messageId, 'section-heading.shiftedDown');
  assert.equal(heading.fix!.safe, true);
  const renumbered = applyFixes(text, [heading.fix!]).text;
  assert.deepEqual(lint(renumbered).report.sections.map((s) => s.heading.numeral?.text), ['一', '三', '四', '五', '六']);
  assert.deepEqual(lint(renumbered).findings.map((f) => f.ruleId).filter((r) => r.startsWith('section')), ['section-missing']);
});

test('a correct heading is never removed or renumbered because another line was misread', () => {
  // A plain line in 五 that looks like 三's heading, and a child list restarting at 一 inside 六.
  const text = replaceOnce(replaceOnce(tsv, '五、存在的主要问题及改进情况\n', '五、存在的主要问题及改进情况\n三、收到和处理申请的问题。答复不够及时。\n'),
    '六、其他需要报告的事项\n', '六、其他需要报告的事项\n一、工作要点落实情况\n二、建议提案办理情况\n');
  assert.deepEqual(findings(text), []);
  assert.equal(fixAll(text).text, text);
});

test('subsection-missing is one finding on the 一 heading naming every missing part', () => {
  let text = tsv;
  for (const part of ['（三）政府信息管理\n', '（五）监督保障\n']) text = replaceOnce(text, part, '');
  text = replaceOnce(replaceOnce(text, '严格执行信息发布审核制度，动态更新公开目录。', '做好相关工作。'), '将政务公开纳入年度绩效考核，全年未发生责任追究情况。', '工作有序开展。');
  assert.deepEqual(findings(text), [
    'subsection-missing 6: “总体情况”没有写到政府信息管理、监督保障：格式要求总体情况写明主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面。',
  ]);
});

test('a subsection heading names its part in fewer words than the text needs: （四）监督管理方面 is 监督保障', () => {
  let text = replaceOnce(tsv, '（五）监督保障', '（五）监督管理方面');
  text = replaceOnce(text, '将政务公开纳入年度绩效考核，全年未发生责任追究情况。', '工作有序开展。');
  assert.deepEqual(findings(text), []);
});

test('headings pasted as HTML (<p><strong>一、总体情况</strong></p>) are read like plain ones, bold, with the tags outside their span', () => {
  const text = tsv.split('\n').map((line) => (/^([一二三四五六]、|（[一二三四五]）)/.test(line) && !line.includes('\t') ? `<p><strong>${line}</strong></p>` : line)).join('\n');
  assert.deepEqual(findings(text), []);
  const { report } = lint(text);
  assert.deepEqual(sectionIds(text), ALL);
  assert.ok(report.sections.every((s) => s.heading.bold && !text.slice(s.heading.span.start, s.heading.span.end).includes('<')));
  assert.deepEqual(report.sections[0].subsections.map((h) => h.title), ['主动公开', '依申请公开', '政府信息管理', '政府信息公开平台建设', '监督保障']);
});
