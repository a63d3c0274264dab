// repeated-text on consecutive-year pairs (test/fixtures/years/, README there): 一 and 五 copied
// (100 %), 五 lightly edited (81 %), 一 and 五 written anew (nothing); every finding of the draft stated
// (RuleTester form), with last year's heading as the related place in that file. Years and figures
// changed do not make copied text new; a section too short to judge, another body's report and a
// report without last year's are left alone.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { digestReport, lint, relatedList, templates, type LintOptions, type ReportDigest } from '../../core/src/index.js';
import { templateShingles, REPEATED_THRESHOLD, repeatedShare, shingles } from '../../core/src/rules/repeatedText.js';
import { normalisedText } from '../../core/src/related/sectionText.js';
import { fixture, replaceOnce } from './fixtures.js';
import { checkRuleCase } from './ruleTester.js';

function digestOf(name: string, text = fixture('years', name)): ReportDigest {
  const digest = digestReport(lint(text), name);
  assert.ok(digest, `${name} has a body and year in its title`);
  return digest;
}

function against(last: ReportDigest[], file: string, rules: LintOptions['rules'] = {}): LintOptions {
  return { related: relatedList(last), file, rules };
}

const caizheng = fixture('years', 'caizheng-2025.md');
const carriedRow = '| 二、上年结转政府信息公开申请数量 |  |  | 0 | 0 | 0 | 0 | 0 | 0 | 0 |';
const carryover = (column: string) => ({
  rule: 'carryover-mismatch', messageId: 'carryover-mismatch', line: 66, at: '0', fix: 'suggestion' as const, related: ['caizheng-2024.md'],
  args: { tableName: '表三', column, actual: '0', expected: 1, lastYear: 2024, file: 'caizheng-2024.md' },
});
const repeated = (line: number, numeral: string, title: string, percent: number, file: string) => ({
  rule: 'repeated-text', messageId: 'repeated-text', line, at: `${numeral}、${title}`, related: [file],
  args: { numeral, title, percent, lastYear: 2024, file, lastNumeral: numeral },
});

test('caizheng: 一 and 五 copied from 2024 → both 100 %, on their headings, related to 2024’s headings', () => {
  const result = checkRuleCase({
    text: caizheng, options: against([digestOf('caizheng-2024.md')], 'caizheng-2025.md'),
    findings: [
      { rule: 'overview-too-long', messageId: 'overview-too-long', line: 7, at: '一、总体情况', args: { count: 1167, limit: 1000 } },
      repeated(7, '一', '总体情况', 100, 'caizheng-2024.md'),
      carryover('自然人'), carryover('总计'),
      repeated(99, '五', '存在的主要问题及改进情况', 100, 'caizheng-2024.md'),
    ],
    suggested: replaceOnce(caizheng, carriedRow, '| 二、上年结转政府信息公开申请数量 |  |  | 1 | 0 | 0 | 0 | 0 | 0 | 1 |'),
  });
  const last = fixture('years', 'caizheng-2024.md').split('\n');
  const places = result.findings.filter((f) => f.ruleId === 'repeated-text').map((f) => {
    const r = f.related[0]!;
    return { related: r.messageId, args: r.args, heading: last[r.elsewhere!.start.line]!.slice(r.elsewhere!.start.character, r.elsewhere!.end.character) };
  });
  assert.deepEqual(places, [
    { related: 'related.lastYearSection', args: { year: 2024, numeral: '一' }, heading: '一、总体情况' },
    { related: 'related.lastYearSection', args: { year: 2024, numeral: '五' }, heading: '五、存在的主要问题及改进情况' },
  ]);
});

test('nongye: 一 as in 2024, 五 lightly edited → 100 % and 81 %', () => {
  const text = fixture('years', 'nongye-2025.md');
  // The draft's own defects (table 二, section 六, the text's 法人 figure) are the other tests' business.
  const rules = { 'table-row-missing': 'off', 'table-row-unknown': 'off', 'section-missing': 'off', 'text-table-mismatch': 'off' } as const;
  checkRuleCase({
    text, options: against([digestOf('nongye-2024.md')], 'nongye-2025.md', rules),
    findings: [
      repeated(7, '一', '总体情况', 100, 'nongye-2024.md'),
      {
        rule: 'carryover-mismatch', messageId: 'carryover-mismatch', line: 45, at: '1', fix: 'suggestion', related: ['nongye-2024.md'],
        args: { tableName: '表三', column: '自然人', actual: '1', expected: 0, lastYear: 2024, file: 'nongye-2024.md' },
      },
      {
        rule: 'carryover-mismatch', messageId: 'carryover-mismatch', line: 45, at: '1', related: ['nongye-2024.md'],
        args: { tableName: '表三', column: '总计', actual: '1', expected: 0, lastYear: 2024, file: 'nongye-2024.md' },
      },
      repeated(78, '五', '存在的主要问题及改进情况', 81, 'nongye-2024.md'),
    ],
    suggested: replaceOnce(text, '| 二、上年结转政府信息公开申请数量 |  |  | 1 | 0 | 0 | 0 | 0 | 0 | 1 |', '| 二、上年结转政府信息公开申请数量 |  |  | 0 | 0 | 0 | 0 | 0 | 0 | 1 |'),
  });
});

test('gongan: 一 and 五 written anew → no finding at all (the pair is consistent)', () => {
  checkRuleCase({ text: fixture('years', 'gongan-2025.txt'), options: against([digestOf('gongan-2024.txt')], 'gongan-2025.txt'), findings: [] });
});

test('the shares behind the findings: copied 100 %, lightly edited 81 %, new 0 %; another body’s report a few %', () => {
  const share = (a: string, b: string, id: string) => {
    const x = digestOf(a).sections.find((s) => s.sectionId === id)!;
    const y = digestOf(b).sections.find((s) => s.sectionId === id)!;
    return Math.floor(repeatedShare(shingles(y.text), shingles(x.text), templateShingles(templates['2021']))! * 100);
  };
  assert.deepEqual([
    share('caizheng-2024.md', 'caizheng-2025.md', 'problems'), share('nongye-2024.md', 'nongye-2025.md', 'problems'),
    share('gongan-2024.txt', 'gongan-2025.txt', 'problems'), share('gongan-2024.txt', 'gongan-2025.txt', 'overview'),
    share('nongye-2024.md', 'caizheng-2025.md', 'problems'), share('caizheng-2024.md', 'nongye-2025.md', 'overview'),
  ], [100, 81, 0, 7, 2, 5]);
  assert.ok(REPEATED_THRESHOLD === 0.5);
});

test('years and figures changed in copied text do not make it new: still 100 %', () => {
  const section = caizheng.slice(caizheng.indexOf('## 五、'), caizheng.indexOf('## 六、'));
  const renumbered = section.replace(/\d+/g, (d) => String(Number(d) + 7)).replace('2025年', '二〇二五年');
  assert.notEqual(renumbered, section);
  assert.equal(normalisedText(renumbered), normalisedText(section));
  const found = lint(replaceOnce(caizheng, section, renumbered), against([digestOf('caizheng-2024.md')], 'caizheng-2025.md'))
    .findings.filter((f) => f.ruleId === 'repeated-text').map((f) => [f.args.numeral, f.args.percent]);
  assert.deepEqual(found, [['一', 100], ['五', 100]]);
});

test('left alone: a section too short to judge, another body’s report, no report of last year', () => {
  const short = (text: string) => text.replace(/(## 五、存在的主要问题及改进情况\n\n)[\s\S]*?(\n## 六、)/, '$1无。\n$2');
  const last = digestOf('caizheng-2024.md', short(fixture('years', 'caizheng-2024.md')));
  const ids = (text: string, related: ReportDigest[]) => lint(text, against(related, 'caizheng-2025.md')).findings
    .filter((f) => f.ruleId === 'repeated-text').map((f) => f.args.numeral);
  assert.deepEqual(ids(short(caizheng), [last]), ['一'], '五 is one word in both years');
  assert.deepEqual(ids(caizheng, [digestOf('gongan-2024.txt'), digestOf('nongye-2024.md')]), [], 'other bodies');
  assert.deepEqual(ids(caizheng, []), [], 'no report of 2024');
});
