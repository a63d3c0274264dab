// table-cells-merged in the RuleTester form (every finding of the draft, the text after fix all and
// after every fix): run-together rows with a unique split (text and pipe tables, digits glued to
// the label), an ambiguous split (no fix), a whole report on one line (one finding, nothing else),
// and the false-alarm guards — large numbers, a dropped value, table 二 without sums.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFixes, fixAll, lint } from '../../core/src/index.js';
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

// Tables 二 and 四 run together on one line, as a web page's table is copied without its line breaks:
// `lines` from–to (1-based, inclusive) of a real report joined into one line, the heading kept on its
// own line; 'none' drops the tabs between cells, 'space' writes one space instead, 'tab' keeps them.
function joinedTable(text: string, from: number, to: number, between: 'none' | 'space' | 'tab'): string {
  const lines = text.split('\n');
  const rows = lines.slice(from - 1, to).filter((l) => l.trim() !== '').map((l) => (between === 'none' ? l.replace(/\t/g, '') : between === 'space' ? l.replace(/\t+/g, ' ').trim() : l));
  return [...lines.slice(0, from - 1), rows.join(between === 'space' ? ' ' : ''), ...lines.slice(to)].join('\n');
}

const overview = { rule: 'overview-too-long', messageId: 'overview-too-long', line: 7, at: '一、总体情况', args: { count: 1101, limit: 1000 } };
/** 表二 of the real 平潭 report (lines 23–36: 第二十条第（一）项 … 行政事业性收费 18651.06) and 表四 (71–74). */
const PINGTAN_TABLE2 = [23, 36] as const;
const PINGTAN_TABLE4 = [71, 74] as const;
const cellsOf = (text: string, tableId: string) => lint(text).report.tables.filter((t) => t.tableId === tableId)
  .flatMap((t) => t.rows.map((r) => `${r.rowId}:${r.cells.map((c) => c.value).join(',')}`));

test('表二 on one line (the real 平潭 report, cells glued): read row by row, not table-missing; 000 splits one way only (offered, not applied: 表二 has no sums), 6233440 is ambiguous', () => {
  const text = joinedTable(real, ...PINGTAN_TABLE2, 'none');
  assert.ok(text.includes('\n二、主动公开政府信息情况\n\n第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件6233440第二十条第（五）项信息内容本年处理决定数量行政许可4529第二十条'));
  const suggested = text.replace('规章000', '规章\t0\t0\t0');
  checkRuleCase({ text, findings: [
    overview,
    { rule: 'table-cells-merged', messageId: 'table-cells-merged.unchecked', line: 23, at: '规章000', args: { tableName: '表二', label: '规章', digits: '000', expected: 3, values: '0, 0, 0' }, fix: 'suggestion' },
    {
      rule: 'table-cells-merged', messageId: 'table-cells-merged.uncheckedAmbiguous', line: 23, at: '行政规范性文件6233440',
      args: { tableName: '表二', label: '行政规范性文件', digits: '6233440', expected: 3, first: '6, 2, 33440', second: '6, 23, 3440' },
    },
  ], suggested });
  // The rows with one value each read as published.
  assert.deepEqual(cellsOf(text, 'active'), ['rules:0', 'normative:6233440', 'licence:4529', 'penalty:1100', 'enforcement:65', 'fees:18651.06']);
  assert.deepEqual(cellsOf(suggested, 'active'), ['rules:0,0,0', 'normative:6233440', 'licence:4529', 'penalty:1100', 'enforcement:65', 'fees:18651.06']);
});

test('表二 on one line with a space or its tabs between cells: read as the published table, nothing but the report’s own finding', () => {
  for (const between of ['space', 'tab'] as const) {
    const text = joinedTable(real, ...PINGTAN_TABLE2, between);
    checkRuleCase({ text, findings: [overview] });
    assert.deepEqual(cellsOf(text, 'active'), cellsOf(real, 'active'), between);
  }
  assert.deepEqual(cellsOf(real, 'active'), ['rules:0,0,0', 'normative:62,33,440', 'licence:4529', 'penalty:1100', 'enforcement:65', 'fees:18651.06']);
});

test('表二 of the 2019 template on one line (the real 综合执法 report): each row with more than one value found once, the sign of 本年增/减 and a unit note kept out of the digits', () => {
  const zonghe = fixture('real', 'zonghezhifa-2020.txt');
  const text = joinedTable(zonghe, 19, 36, 'none');
  const row = (label: string, at: string, digits: string, expected: number, split: { values: string } | { first: string; second: string }) => ({
    rule: 'table-cells-merged', messageId: 'values' in split ? 'table-cells-merged.unchecked' : 'table-cells-merged.uncheckedAmbiguous', line: 19, at,
    args: { tableName: '表二', label, digits, expected, ...split }, ...('values' in split ? { fix: 'suggestion' as const } : {}),
  });
  checkRuleCase({
    text,
    findings: [
      { rule: 'text-table-mismatch', messageId: 'text-table-mismatch.parts', line: 9, at: '617', args: { stated: 617, unit: '份', parts: '138 + 431', sum: 569 }, related: ['138', '431'] },
      row('规章', '规章000', '000', 3, { values: '0, 0, 0' }),
      row('规范性文件', '规范性文件002', '002', 3, { values: '0, 0, 2' }),
      // Published: 0, 28, 0 and 0, 11, 0 (the second reading of each).
      row('行政许可', '行政许可0280', '0280', 3, { first: '0, 2, 80', second: '0, 28, 0' }),
      row('其他对外管理服务事项', '其他对外管理服务事项0110', '0110', 3, { first: '0, 1, 10', second: '0, 11, 0' }),
      row('行政处罚', '行政处罚1121784784', '1121784784', 3, { first: '1, 1, 21784784', second: '1, 12, 1784784' }),
      row('行政强制', '行政强制000', '000', 3, { values: '0, 0, 0' }),
      row('行政事业性收费', '行政事业性收费00', '00', 2, { values: '0, 0' }),
      row('政府集中采购', '政府集中采购（元）6675809', '6675809', 2, { first: '6, 675809', second: '66, 75809' }),
    ],
    suggested: text.replace('规章000', '规章\t0\t0\t0').replace('规范性文件002', '规范性文件\t0\t0\t2').replace('行政强制000', '行政强制\t0\t0\t0').replace('行政事业性收费00', '行政事业性收费\t0\t0'),
  });
  // With spaces between the cells it reads as the published table.
  checkRuleCase({ text: joinedTable(zonghe, 19, 36, 'space'), findings: [
    { rule: 'text-table-mismatch', messageId: 'text-table-mismatch.parts', line: 9, at: '617', args: { stated: 617, unit: '份', parts: '138 + 431', sum: 569 }, related: ['138', '431'] },
  ] });
});

test('表四 on one line (the real 平潭 report): its 17 digits split one way by the three totals, fixed back to the published row; with spaces, read as it is', () => {
  const text = joinedTable(real, ...PINGTAN_TABLE4, 'none');
  const header = '行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计';
  assert.ok(text.includes(`\n\n${header}21317000001324019\n\n五、`));
  const published = '2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 19';
  const fixed = text.replace(`${header}21317000001324019`, `${header}\t${published.split(', ').join('\t')}`);
  checkRuleCase({ text, findings: [
    overview,
    { rule: 'table-cells-merged', messageId: 'table-cells-merged', line: 71, at: '21317000001324019', args: { tableName: '表四', label: '@row.data', digits: '21317000001324019', expected: 15, values: published }, fix: 'safe' },
  ], fixed, suggested: fixed });
  assert.deepEqual(cellsOf(fixed, 'review'), cellsOf(real, 'review'));
  const spaced = joinedTable(real, ...PINGTAN_TABLE4, 'space');
  checkRuleCase({ text: spaced, findings: [overview] });
  assert.deepEqual(cellsOf(spaced, 'review'), [`review:${published.split(', ').join(',')}`]);
});

test('表四 on one line whose digits the totals cannot tell apart: said to be ambiguous, no fix, not table-missing', () => {
  // The real row with 结果维持 1 and 结果纠正 10, so that 1,10 and 11,0 both keep 总计 11.
  const text = joinedTable(real.replace('2\t1\t3\t1\t7\t0\t0\t0\t0\t0\t13\t2\t4\t0\t19', '1\t10\t0\t0\t11\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0'), ...PINGTAN_TABLE4, 'none');
  checkRuleCase({ text, findings: [
    overview,
    {
      rule: 'table-cells-merged', messageId: 'table-cells-merged.ambiguous', line: 71, at: '11000110000000000',
      args: { tableName: '表四', label: '@row.data', digits: '11000110000000000', expected: 15, first: '1, 10, 0, 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0', second: '11, 0, 0, 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0' },
    },
  ] });
});

/**
 * The texts fix all and every fix give a report whose lines from–to became `line`: those the original
 * report's own fixes give (its fixes outside these lines, safe ones for fix all), the lines replaced
 * alike. (The table on one line gets no fix, and changes nothing the other findings fix.)
 */
function fixedAsTheOriginal(original: string, from: number, to: number, line: string): { fixed: string; suggested: string } {
  const result = lint(original);
  const outside = result.findings.flatMap((f) => {
    const at = result.index.lineAt(f.span.start) + 1;
    return f.fix && (at < from || at > to) ? [f.fix] : [];
  });
  const replaced = (text: string) => {
    const lines = text.split('\n');
    return [...lines.slice(0, from - 1), line, ...lines.slice(to)].join('\n');
  };
  return { fixed: replaced(applyFixes(original, outside.filter((f) => f.safe)).text), suggested: replaced(applyFixes(original, outside).text) };
}

test('a table on one line that cannot be read into rows (the real 农业 report’s 表二: a header cut short, 本年废止件, and the 2019 label 规范性文件): one finding, not table-missing', () => {
  const nongye = fixture('real', 'nongye-2024.md');
  // As a browser copies the rendered pipe table: its cells, tab-separated, without the delimiter row.
  const lines = nongye.split('\n');
  const cells = lines.slice(22, 36).filter((l) => !/^\|---/.test(l)).map((l) => l.replace(/^\||\|$/g, '').split('|').map((c) => c.trim()).join(''));
  const line = cells.join('');
  assert.equal(line, '第二十条第（一）项信息内容本年制发件数本年废止件现行有效件数规范性文件100第二十条第（五）项信息内容本年处理决定数量行政许可1323第二十条第（六）项信息内容本年处理决定数量行政处罚57行政强制0第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费0');
  const text = [...lines.slice(0, 22), line, ...lines.slice(36)].join('\n');
  const result = checkRuleCase({ text, findings: [
    {
      rule: 'text-table-mismatch', messageId: 'text-table-mismatch', line: 13, at: '1', fix: 'suggestion', related: ['0', '0', '0', '0', '0'],
      args: { text: '法人申请1件', stated: 1, tableName: '表三', label: '“一、本年新收政府信息公开申请数量”（法人或其他组织：商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他）', value: 0 },
    },
    {
      rule: 'text-table-mismatch', messageId: 'text-table-mismatch', line: 13, at: '2', fix: 'suggestion', related: ['3'],
      args: { text: '自然人申请2件', stated: 2, tableName: '表三', label: '“一、本年新收政府信息公开申请数量”（自然人）', value: 3 },
    },
    { rule: 'table-cells-merged', messageId: 'table-cells-merged.tableOnOneLine', line: 23, at: line, args: { tableName: '表二', length: 133 } },
    ...[[31, '一、本年新收政府信息公开申请数量', 3, 'safe'], [33, '（一）予以公开', 1, 'suggestion'], [38, '（三）不予公开 4.保护第三方合法权益', 2, 'suggestion'], [54, '（七）总计', 3, 'suggestion']].map(([l, label, n, fix]) => ({
      rule: 'sum-row-total', messageId: 'sum-row-total', line: l as number, at: '0', fix: fix as 'safe' | 'suggestion', related: [String(n), '0'],
      args: { tableName: '表三', label: label as string, column: '总计', group: '', expected: n as number, actual: '0', formula: `自然人 ${n}`, formulaRest: '@formula.restZero' },
    })),
    { rule: 'section-missing', messageId: 'section-missing.fee', line: 68, at: '', args: { numeral: '六', title: '其他需要报告的事项' }, fix: 'safe' },
  ], ...fixedAsTheOriginal(nongye, 23, 36, line) });
  assert.deepEqual(result.report.unreadTables, [{ line: 22, tableId: 'active' }]);
  // With the rule off, table-missing speaks as before (nothing is hidden).
  const off = lint(text, { rules: { 'table-cells-merged': 'off' } }).findings.filter((f) => f.ruleId.startsWith('table-'));
  assert.deepEqual(off.map((f) => [f.ruleId, f.args['tableName']]), [['table-missing', '表二']]);
});

test('false alarms: a line naming 表四 with a header word or two and a number is no table on one line; table-missing says what it said', () => {
  for (const line of ['结果维持行政复议—依申请公开0行政诉讼', '行政复议〔3.其他结果维持', '本年度行政复议0件，行政诉讼结果维持1件，结果纠正0件']) {
    const text = replaceOnce(real, '行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n2\t1\t3\t1\t7\t0\t0\t0\t0\t0\t13\t2\t4\t0\t19', line);
    const result = lint(text);
    assert.equal(result.report.unreadTables, undefined, line);
    assert.deepEqual(result.findings.map((f) => f.messageId), ['overview-too-long', 'table-missing'], line);
  }
});
