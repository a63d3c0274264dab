// table-cells-merged in the RuleTester form (every finding of the draft, the text after fix all and
// after every fix): run-together rows with a unique split (text and pipe tables, digits glued to
// the label), an ambiguous split (no fix), a whole report on one line (one finding, nothing else),
// and the false-alarm guards — large numbers, a dropped value, table 二 without sums.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAll, lint } from '../../core/src/index.js';
import { fixture, replaceOnce } from './fixtures.js';
import { checkRuleCase } from './ruleTester.js';

const pipe = fixture('shapes', 'clean-pipe.md');
const tsv = fixture('shapes', 'clean-tsv.txt');
const real = fixture('real', 'pingtan-2024.txt');
const NEW_TSV = '一、本年新收政府信息公开申请数量\t\t20\t3\t0\t1\t1\t0\t25';
const NEW_PIPE = '| 一、本年新收政府信息公开申请数量 | 20 | 3 | 0 | 1 | 1 | 0 | 25 |';
const REVIEW_PIPE = '| 1 | 0 | 0 | 1 | 2 | 0 | 1 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |';

const newRow = { tableName: '表三', label: '一、本年新收政府信息公开申请数量', expected: 7 };

test('a text row run together (as 640020470 in the issue): one split holds the sums → found, fixed with tabs', () => {
  const text = replaceOnce(tsv, NEW_TSV, '一、本年新收政府信息公开申请数量\t\t203011025');
  checkRuleCase({ text, findings: [
    { rule: 'table-cells-merged', messageId: 'table-cells-merged', line: 52, at: '一、本年新收政府信息公开申请数量\t\t203011025', args: { ...newRow, digits: '203011025', values: '20, 3, 0, 1, 1, 0, 25' }, fix: 'safe' },
  ], fixed: tsv, suggested: tsv });
});

test('digits glued to the label: the fix puts a tab between them', () => {
  const text = replaceOnce(tsv, NEW_TSV, '一、本年新收政府信息公开申请数量203011025');
  const fixed = replaceOnce(tsv, NEW_TSV, '一、本年新收政府信息公开申请数量\t20\t3\t0\t1\t1\t0\t25');
  checkRuleCase({ text, findings: [
    { rule: 'table-cells-merged', messageId: 'table-cells-merged', line: 52, at: '一、本年新收政府信息公开申请数量203011025', args: { ...newRow, digits: '203011025', values: '20, 3, 0, 1, 1, 0, 25' }, fix: 'safe' },
  ], fixed, suggested: fixed });
});

test('two numbers in one pipe cell ("3 0"): found once (not also as a wrong count), fixed as pipe cells', () => {
  const text = replaceOnce(pipe, NEW_PIPE, '| 一、本年新收政府信息公开申请数量 | 20 | 3 0 | 1 | 1 | 0 | 25 |');
  checkRuleCase({ text, findings: [
    { rule: 'table-cells-merged', messageId: 'table-cells-merged', line: 63, at: '一、本年新收政府信息公开申请数量 | 20 | 3 0 | 1 | 1 | 0 | 25', args: { ...newRow, digits: '20 3 0 1 1 0 25', values: '20, 3, 0, 1, 1, 0, 25' }, fix: 'safe' },
  ], fixed: pipe, suggested: pipe });
});

test('ambiguous: 表四’s 1100011 is 1, 10, 0, 0, 11 or 11, 0, 0, 0, 11 — said so, no fix', () => {
  const text = replaceOnce(pipe, REVIEW_PIPE, '| 1100011 | 0 | 1 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |');
  checkRuleCase({ text, findings: [
    {
      rule: 'table-cells-merged', messageId: 'table-cells-merged.ambiguous', line: 100, at: '1100011 | 0 | 1 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0',
      args: {
        tableName: '表四', label: '@row.data', digits: '1100011 0 1 0 0 1 0 0 0 0 0', expected: 15,
        first: '1, 10, 0, 0, 11, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0', second: '11, 0, 0, 0, 11, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0',
      },
    },
  ] });
});

test('a whole report on one line: one finding, not one per missing section and table', () => {
  const text = pipe.split('\n').join(' ');
  checkRuleCase({ text, findings: [
    { rule: 'table-cells-merged', messageId: 'table-cells-merged.oneLine', line: 1, at: text.slice(0, 20), args: { length: text.length } },
  ] });
  // With the rule off, the other rules speak as before (and nothing is hidden).
  const off = lint(text, { rules: { 'table-cells-merged': 'off' } }).findings.map((f) => f.ruleId);
  assert.deepEqual([...new Set(off)], ['section-missing', 'table-missing']);
});

test('with table-cells-merged off, its row is table-cell-count’s again (never unreported)', () => {
  const text = replaceOnce(tsv, NEW_TSV, '一、本年新收政府信息公开申请数量\t\t203011025');
  checkRuleCase({ text, options: { rules: { 'table-cells-merged': 'off' } }, findings: [
    { rule: 'table-cell-count', messageId: 'table-cell-count', line: 52, at: '一、本年新收政府信息公开申请数量', args: { ...newRow, actual: 3 } },
  ] });
});

test('false alarms: a dropped value with large numbers, and table 二 without sums, stay table-cell-count’s', () => {
  const dropped = replaceOnce(pipe, NEW_PIPE, '| 一、本年新收政府信息公开申请数量 | 2000 | 3 | 0 | 1 | 1 | 2005 |');
  checkRuleCase({ text: dropped, findings: [
    { rule: 'table-cell-count', messageId: 'table-cell-count', line: 63, at: '一、本年新收政府信息公开申请数量', args: { ...newRow, actual: 6 } },
  ] });
  const table2 = replaceOnce(pipe, '| 规章 | 0 | 0 | 0 |', '| 规章 | 000 |');
  checkRuleCase({ text: table2, findings: [
    { rule: 'table-cell-count', messageId: 'table-cell-count', line: 37, at: '规章', args: { tableName: '表二', label: '规章', expected: 3, actual: 1 } },
  ] });
});

test('large numbers with the right count are never looked at: the real 平潭 report (4529, 18651.06) is clean of the rule', () => {
  assert.deepEqual(lint(real).findings.filter((f) => f.ruleId === 'table-cells-merged'), []);
});

test('the real 平潭 report, every row of 表三 and 表四 run together in turn: each found once and fixed back to the original', () => {
  const lines = real.split('\n');
  const outcomes: string[] = [];
  for (const [i, line] of lines.entries()) {
    // Every value row of 表三 (lines 43–67) and 表四 (74).
    if (i < 42 || i > 73 || !/\t\d/.test(line)) continue;
    const glued = [...lines];
    // The values run together, glued to the (last) label as a web copy gives them.
    const fields = line.split('\t');
    const firstValue = fields.findIndex((f) => /^\d+$/.test(f));
    glued[i] = fields.slice(0, firstValue).join('\t') + fields.slice(firstValue).join('');
    const text = glued.join('\n');
    const found = lint(text).findings.filter((f) => f.ruleId === 'table-cells-merged' || f.ruleId === 'table-cell-count');
    const back = fixAll(text).text === real;
    outcomes.push(`${i + 1}:${found.map((f) => f.messageId).join(',')}:${back ? 'fixed' : 'not fixed'}`);
  }
  // 46 is （二）部分公开（区分处理的，…）: its digits glued to the note's closing bracket are read too
  // (the text before them is exactly the row's label, commas of its note and all).
  assert.deepEqual(outcomes, [
    '43:table-cells-merged:fixed', '44:table-cells-merged:fixed', '45:table-cells-merged:fixed', '46:table-cells-merged:fixed', '47:table-cells-merged:fixed', '48:table-cells-merged:fixed',
    '49:table-cells-merged:fixed', '50:table-cells-merged:fixed', '51:table-cells-merged:fixed', '52:table-cells-merged:fixed', '53:table-cells-merged:fixed',
    '54:table-cells-merged:fixed', '55:table-cells-merged:fixed', '56:table-cells-merged:fixed', '57:table-cells-merged:fixed', '58:table-cells-merged:fixed',
    '59:table-cells-merged:fixed', '60:table-cells-merged:fixed', '61:table-cells-merged:fixed', '62:table-cells-merged:fixed', '63:table-cells-merged:fixed',
    '64:table-cells-merged:fixed', '65:table-cells-merged:fixed', '66:table-cells-merged:fixed', '67:table-cells-merged:fixed',
    '74:table-cells-merged:fixed',
  ].sort((a, b) => parseInt(a) - parseInt(b)));
});

// 表三 of the real 平潭 report (lines 40–67), as test/fixtures/oneLine/pingtan-2024-table3.txt joins it.
const TABLE3 = { from: 39, to: 67 };
const oneLine = fixture('oneLine', 'pingtan-2024-table3.txt');
const realLines = real.split('\n');
const isValue = (field: string) => /^\d+$/.test(field);

test('the one-line fixture is the real report with 表三 joined into line 40, tabs dropped, and its first line saying so', () => {
  const lines = oneLine.split('\n');
  assert.match(lines[0]!, /^<!-- made for nianbao from pingtan-2024\.txt \(real, https:\/\/www\.pingtan\.gov\.cn\/.*-->$/);
  const joined = realLines.slice(TABLE3.from, TABLE3.to).map((l) => l.replace(/\t/g, '')).join('');
  assert.deepEqual(lines.slice(1), [...realLines.slice(1, TABLE3.from), joined, ...realLines.slice(TABLE3.to)]);
});

test('a table run together on one line inside a normal report: one finding per row (not table-missing), fixed back to the published numbers', () => {
  // What each row is, from the real report's own tab-separated rows: its label as the rule names it
  // (an item with its group: （三）不予公开 1.属于国家秘密), the digits as they now run together, its values.
  const findings: Parameters<typeof checkRuleCase>[0]['findings'] = [
    { rule: 'overview-too-long', messageId: 'overview-too-long', line: 7, at: '一、总体情况', args: { count: 1101, limit: 1000 } },
  ];
  let group = '';
  const fixedParts: string[] = [];
  for (const line of realLines.slice(TABLE3.from, TABLE3.to)) {
    const fields = line.split('\t').filter((f) => f !== '');
    const labels = fields.filter((f) => !isValue(f));
    const values = fields.filter(isValue);
    for (const l of labels) if (l.startsWith('（')) group = l;
    // The fix writes the values tab-separated where their digits ran together.
    fixedParts.push(labels.join('') + (values.length > 0 ? `\t${values.join('\t')}` : ''));
    if (values.length === 0) continue;
    const label = labels[labels.length - 1]!;
    // Named without a note in brackets after the label (（二）部分公开（区分处理的，…）).
    const name = label.replace(/（[^（）]*）$/, '');
    findings.push({
      rule: 'table-cells-merged', messageId: 'table-cells-merged', line: 40, at: label + values.join(''),
      args: { tableName: '表三', label: /^\d\./.test(label) ? `${group} ${name}` : name, digits: values.join(''), expected: 7, values: values.join(', ') },
      fix: 'safe',
    });
  }
  assert.equal(findings.length, 1 + 25, 'the 25 value rows of 表三');
  const lines = oneLine.split('\n');
  const fixed = [...lines.slice(0, TABLE3.from), fixedParts.join(''), ...lines.slice(TABLE3.from + 1)].join('\n');
  checkRuleCase({ text: oneLine, findings, fixed, suggested: fixed });
  // Fixed, the table reads as the published one: every row, every value.
  const cells = (text: string) => lint(text).report.tables.filter((t) => t.tableId === 'requests')
    .flatMap((t) => t.rows.map((r) => `${r.rowId}:${r.cells.map((c) => c.value).join(',')}`));
  assert.deepEqual(cells(fixed), cells(real));
  assert.equal(lint(fixed).findings.filter((f) => f.ruleId !== 'overview-too-long').length, 0);
});

test('rows run together with their cells still tab-separated: read as they are, nothing reported but the report’s own', () => {
  // (Before the reader cut such a line at its row labels, the last value glued to the next label
  // gave 27 findings of wrong counts and missing rows.)
  const text = [...realLines.slice(0, TABLE3.from), realLines.slice(TABLE3.from, TABLE3.to).join(''), ...realLines.slice(TABLE3.to)].join('\n');
  checkRuleCase({ text, findings: [
    { rule: 'overview-too-long', messageId: 'overview-too-long', line: 7, at: '一、总体情况', args: { count: 1101, limit: 1000 } },
  ] });
});

test('false alarms: two labels on a line are not a table run together; a sentence is never cut', () => {
  // A group label and its first item, one space apart, as some layouts print them: read as before.
  const spaced = replaceOnce(real, '（三）不予公开\t1.属于国家秘密\t4\t0\t0\t0\t0\t0\t4', '（三）不予公开 1.属于国家秘密 4 0 0 0 0 0 4');
  assert.equal(lint(spaced).report.runTogetherLines, undefined);
  // Prose naming the rows with their numbers stays prose (its sentence marks), whatever labels it holds.
  const prose = replaceOnce(real, '三、收到和处理政府信息公开申请情况\n', '三、收到和处理政府信息公开申请情况\n\n一、本年新收政府信息公开申请数量218二、上年结转政府信息公开申请数量0四、结转下年度继续办理0。\n');
  assert.equal(lint(prose).report.runTogetherLines, undefined);
});
