// carryover-mismatch on consecutive-year pairs (test/fixtures/years/, README there): last year's
// report given as a digest (LintOptions.related), the finding on this year's cell with last year's
// cell as a related location in that file, the fix only where last year's sums hold; and the body
// names that do and do not match.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFixes, digestReport, lint, previousReport, readReport, relatedList, type ReportDigest } from '../../core/src/index.js';
import { bodyOfReport, mayBeSameBody, normaliseBody } from '../../core/src/related/bodyName.js';
import { fixture, replaceOnce } from './fixtures.js';

function digestOf(name: string, text = fixture('years', name)): ReportDigest {
  const digest = digestReport(lint(text), name);
  assert.ok(digest, `${name} has a body and year in its title`);
  return digest;
}

function carryover(text: string, related: ReportDigest[], file = 'this.md') {
  return lint(text, { related: relatedList(related), file }).findings.filter((f) => f.ruleId === 'carryover-mismatch');
}

/** 1-based line and column of an offset. */
function at(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before[before.length - 1]!.length + 1}`;
}

test('caizheng: 2024 carried 1 over, 2025 says 0 carried in → 自然人 and 总计, fixes offered (2024 sums hold)', () => {
  const text = fixture('years', 'caizheng-2025.md');
  const last = fixture('years', 'caizheng-2024.md');
  const found = carryover(text, [digestOf('caizheng-2024.md')], 'caizheng-2025.md');
  const carriedLine = text.split('\n').findIndex((l) => l.startsWith('| 二、上年结转')) + 1;
  const lastLine = last.split('\n').findIndex((l) => l.startsWith('| 四、结转下年度继续办理')) + 1;
  assert.deepEqual(found.map((f) => ({
    at: at(text, f.span.start), args: f.args, severity: f.severity,
    related: f.related.map((r) => ({ id: r.messageId, args: r.args, file: r.elsewhere?.file, line: r.elsewhere!.start.line + 1 })),
    fix: f.fix && { args: f.fix.args, safe: f.fix.safe },
  })), [
    {
      at: `${carriedLine}:28`, severity: 'error',
      args: { tableName: '表三', column: '自然人', actual: '0', expected: 1, lastYear: 2024, file: 'caizheng-2024.md' },
      related: [{ id: 'related.lastYearCarryOver', args: { year: 2024, value: '1' }, file: 'caizheng-2024.md', line: lastLine }],
      fix: { args: { value: 1, year: 2024 }, safe: false },
    },
    {
      at: `${carriedLine}:52`, severity: 'error',
      args: { tableName: '表三', column: '总计', actual: '0', expected: 1, lastYear: 2024, file: 'caizheng-2024.md' },
      related: [{ id: 'related.lastYearCarryOver', args: { year: 2024, value: '1' }, file: 'caizheng-2024.md', line: lastLine }],
      fix: { args: { value: 1, year: 2024 }, safe: false },
    },
  ]);
  // Last year's related cell is the 1 of its 四 row, in its own line and columns.
  const r = found[0]!.related[0]!.elsewhere!;
  assert.equal(last.split('\n')[r.start.line]!.slice(r.start.character, r.end.character), '1');
  // Both fixes applied: this year's row reads as last year's, and the rule is silent.
  const fixed = applyFixes(text, found.map((f) => f.fix!)).text;
  assert.equal(fixed.split('\n')[carriedLine - 1], '| 二、上年结转政府信息公开申请数量 |  |  | 1 | 0 | 0 | 0 | 0 | 0 | 1 |');
  assert.deepEqual(carryover(fixed, [digestOf('caizheng-2024.md')], 'caizheng-2025.md'), []);
});

test('nongye: 2025 says 1 carried in, 2024 carried 0 over; 2024 fails its 总计 column → no fix there', () => {
  const text = fixture('years', 'nongye-2025.md');
  const found = carryover(text, [digestOf('nongye-2024.md')], 'nongye-2025.md');
  assert.deepEqual(found.map((f) => [f.args.column, f.args.actual, f.args.expected, f.fix ? f.fix.args.value : 'no fix']), [
    ['自然人', '1', 0, 0],
    ['总计', '1', 0, 'no fix'],
  ]);
  assert.deepEqual(digestOf('nongye-2024.md').carryOver!.map((c) => c.sumsHold), [true, true, true, true, true, true, false]);
});

test('gongan: 2025 carries in what 2024 carried over → nothing; the fix never fires without last year', () => {
  const text = fixture('years', 'gongan-2025.txt');
  assert.deepEqual(carryover(text, [digestOf('gongan-2024.txt')], 'gongan-2025.txt'), []);
  const cai = fixture('years', 'caizheng-2025.md');
  assert.deepEqual(carryover(cai, []), [], 'no related reports: silent');
  assert.deepEqual(lint(cai).findings.filter((f) => f.ruleId === 'carryover-mismatch'), [], 'no option: silent');
  // Another body's 2024 report, or this body's 2023 one, is not last year's report.
  assert.deepEqual(carryover(cai, [digestOf('nongye-2024.md')]), []);
  const older = digestOf('caizheng-2024.md');
  assert.deepEqual(carryover(cai, [{ ...older, year: 2023 }]), []);
  // A file is never its own last year's report.
  assert.deepEqual(carryover(cai, [{ ...older, file: 'caizheng-2025.md' }], 'caizheng-2025.md'), []);
});

test('two candidates for last year (a draft and its copy that differ) → no finding: it is not certain which', () => {
  const cai = fixture('years', 'caizheng-2025.md');
  const a = digestOf('caizheng-2024.md');
  const b = { ...a, file: 'caizheng-2024 (copy).md' };
  assert.deepEqual(carryover(cai, [a, b]), []);
});

test('body names: the title before the year, normalised; a shorter name matches only when it is the only one', () => {
  const body = (title: string) => bodyOfReport(readReport(`${title}\n\n一、总体情况\n`).report);
  assert.equal(body('# 平潭综合实验区经济发展局2024年度政府信息公开工作年度报告'), '平潭综合实验区经济发展局');
  assert.equal(body('平潭综合实验区 经济发展局 2024 年政府信息公开工作年度报告'), '平潭综合实验区经济发展局');
  assert.equal(body('关于《区经济发展局》2024年度政府信息公开工作年度报告'), '区经济发展局');
  assert.equal(body('2024年度政府信息公开工作年度报告'), undefined, 'no name before the year');
  assert.equal(normaliseBody('区局'), undefined, 'too short to name a body');
  assert.ok(mayBeSameBody('区经济发展局', '平潭综合实验区经济发展局'));
  assert.ok(!mayBeSameBody('发展局', '平潭综合实验区经济发展局'), 'three characters could be any 发展局');
  assert.ok(!mayBeSameBody('区财政金融局', '平潭综合实验区经济发展局'));

  const cai2024 = digestOf('caizheng-2024.md');
  const shortTitle = replaceOnce(fixture('years', 'caizheng-2025.md'), '# 平潭综合实验区财政金融局2025年度', '# 区财政金融局2025年度');
  const report = readReport(shortTitle).report;
  assert.equal(previousReport(report, relatedList([cai2024]))?.file, 'caizheng-2024.md', 'the place left out, one candidate');
  const other = { ...cai2024, file: 'other.md', body: '福清市区财政金融局' };
  assert.equal(previousReport(report, relatedList([cai2024, other])), undefined, 'two bodies could be meant');
  // An exact name wins over a merely compatible one.
  const exact = readReport(fixture('years', 'caizheng-2025.md')).report;
  assert.equal(previousReport(exact, relatedList([cai2024, { ...cai2024, file: 'x.md', body: '财政金融局' }]))?.file, 'caizheng-2024.md');
});
