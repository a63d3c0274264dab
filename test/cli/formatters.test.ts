// Tests for the three output formats on a known, hand-made list of results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { formatStylish, MESSAGE_COLUMN } from '../../cli/src/formatters/stylish.js';
import { formatJson, toEslintJson } from '../../cli/src/formatters/json.js';
import { artifactLocation, formatSarif, toSarif, type SarifRuleInfo } from '../../node/src/sarif.js';
import { displayWidth } from '../../core/src/text/displayWidth.js';
import { fileMessageResult, makeFileResult, type FileResult } from '../../node/src/results.js';
import { validateSarif } from './sarifCheck.js';

type Obj = Record<string, unknown>;

const CWD = join('/', 'work', 'proj');

function sampleResults(): FileResult[] {
  return [
    makeFileResult(join(CWD, 'reports', '李俊乡2020.txt'), [
      { ruleId: 'missing-section', severity: 'warning', message: '缺少第五部分', line: 10, column: 1, endLine: 10, endColumn: 9 },
      {
        ruleId: 'table-sum', severity: 'error', message: '合计应为 12，实际为 10', line: 3, column: 15, endLine: 3, endColumn: 17,
        fixable: true, related: [{ message: '被加数', line: 4, column: 2, endLine: 4, endColumn: 3 }],
      },
      { ruleId: 'style-hint', severity: 'info', message: 'Use full-width parentheses', line: 12, column: 2, endLine: 12, endColumn: 3 },
    ]),
    makeFileResult(join(CWD, 'clean.md'), []),
    fileMessageResult(join(CWD, 'photo.txt'), '这是二进制文件，不是文本（NUL byte at offset 8）', 'error', true),
  ];
}

const RULES: SarifRuleInfo[] = [
  { id: 'table-sum', description: '表格合计与各项之和一致', helpUri: 'https://example.org/rules/table-sum', defaultSeverity: 'error' },
  { id: 'missing-section', description: '报告应包含六个部分', helpUri: 'https://example.org/rules/missing-section', defaultSeverity: 'warning' },
];

test('display width counts CJK and full-width characters as two columns', () => {
  assert.equal(displayWidth('abc'), 3);
  assert.equal(displayWidth('年报'), 4);
  assert.equal(displayWidth('（一）'), 6);
  assert.equal(displayWidth('\x1b[31m错误\x1b[0m'), 4);
});

test('stylish (zh-cn): file blocks with aligned rows, Chinese labels, and a summary', () => {
  const out = formatStylish(sampleResults(), { cwd: CWD, locale: 'zh-cn', color: false });
  const expected = [
    '',
    join('reports', '李俊乡2020.txt'),
    '   3:15  错误  合计应为 12，实际为 10      table-sum',
    '  10:1   警告  缺少第五部分                missing-section',
    '  12:2   提示  Use full-width parentheses  style-hint',
    '',
    'photo.txt',
    '  1:1  错误  这是二进制文件，不是文本（NUL byte at offset 8）',
    '',
    '✖ 共 4 个问题（2 个错误，1 个警告，1 个提示）',
    '  其中 1 个错误和 0 个警告可用 --fix 选项自动修复。',
    '',
  ].join('\n');
  assert.equal(out, expected);
});

test('stylish: a message too long for the column is followed by its rule id directly, the others stay aligned', () => {
  const long = '表三“自然人”栏的（七）总计应为 19（予以公开 8 + 部分公开 3 + 保护第三方合法权益 1 + 本机关不掌握相关政府信息 4），表中为 18。';
  assert.ok(displayWidth(long) > MESSAGE_COLUMN);
  const results = [makeFileResult(join(CWD, 'a.md'), [
    { ruleId: 'sum-outcome-total', severity: 'error', message: long, line: 79, column: 8, endLine: 79, endColumn: 10 },
    { ruleId: 'year-mismatch', severity: 'warning', message: '统计期的年份 2023 与报告标题的年份 2024 不一致。', line: 4, column: 105, endLine: 4, endColumn: 109 },
    { ruleId: 'fee-not-reported', severity: 'warning', message: '没有说明信息处理费。', line: 93, column: 1, endLine: 93, endColumn: 2 },
  ])];
  const lines = formatStylish(results, { cwd: CWD, locale: 'zh-cn', color: false }).split('\n').filter((l) => /^\s+\d+:/.test(l));
  const line = (id: string) => lines.find((l) => l.endsWith(id))!;
  assert.equal(line('sum-outcome-total'), `  79:8    错误  ${long}  sum-outcome-total`);
  const ruleAt = (id: string) => displayWidth(line(id).slice(0, line(id).indexOf(id)));
  assert.equal(ruleAt('year-mismatch'), ruleAt('fee-not-reported'), 'the short messages keep their rule ids aligned');
  assert.equal(ruleAt('year-mismatch'), displayWidth('   4:105  警告  统计期的年份 2023 与报告标题的年份 2024 不一致。  '), 'aligned after the longest message that fits');
});

test('stylish (en): English labels and ESLint-like plural summary; nothing when clean', () => {
  const out = formatStylish(sampleResults().slice(0, 1), { cwd: CWD, locale: 'en', color: false });
  assert.match(out, /^ {3}3:15 {2}error {4}合计应为/m);
  assert.match(out, /^ {2}10:1 {3}warning {2}缺少第五部分/m);
  assert.match(out, /^ {2}12:2 {3}info {5}Use full-width/m);
  assert.match(out, /✖ 3 problems \(1 error, 1 warning, 1 info\)/);
  assert.match(out, /1 error and 0 warnings potentially fixable with the `--fix` option\./);
  assert.equal(formatStylish([makeFileResult(join(CWD, 'a.md'), [])], { cwd: CWD, locale: 'en', color: false }), '');
});

test('stylish colours only when asked, and notes files rewritten by --fix', () => {
  const results = sampleResults();
  assert.doesNotMatch(formatStylish(results, { cwd: CWD, locale: 'en', color: false }), /\x1b\[/);
  const coloured = formatStylish(results, { cwd: CWD, locale: 'en', color: true });
  assert.match(coloured, /\x1b\[31merror/);
  assert.match(coloured, /\x1b\[4mreports/);
  const fixed = makeFileResult(join(CWD, 'a.md'), [], true);
  assert.match(formatStylish([fixed], { cwd: CWD, locale: 'zh-cn', color: false }), /已修复并写回 1 个文件/);
});

test('json: ESLint result shape with numeric severities (info counts as warning)', () => {
  const json = JSON.parse(formatJson(sampleResults()));
  assert.deepEqual(json, toEslintJson(sampleResults()));
  assert.equal(json.length, 3);
  const [first, clean, binary] = json;
  assert.equal(first.filePath, join(CWD, 'reports', '李俊乡2020.txt'));
  assert.deepEqual(first.messages[0], {
    ruleId: 'table-sum', severity: 2, message: '合计应为 12，实际为 10', line: 3, column: 15, endLine: 3, endColumn: 17,
  });
  assert.deepEqual(first.messages.map((m: { severity: number }) => m.severity), [2, 1, 1]);
  assert.deepEqual(
    [first.errorCount, first.warningCount, first.fatalErrorCount, first.fixableErrorCount, first.fixableWarningCount],
    [1, 2, 0, 1, 0],
  );
  assert.deepEqual(clean.messages, []);
  assert.equal(clean.errorCount, 0);
  assert.equal(binary.messages[0].ruleId, null);
  assert.equal(binary.messages[0].fatal, true);
  assert.equal(binary.fatalErrorCount, 1);
  for (const r of json) {
    for (const key of ['filePath', 'messages', 'errorCount', 'warningCount']) assert.ok(key in r, key);
  }
});

test('the SARIF checker itself rejects a log missing required properties', () => {
  assert.throws(() => validateSarif({ version: '2.1.0' }), /runs/);
  assert.throws(() => validateSarif({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), /name/);
  assert.throws(() => validateSarif({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'a' }] }] }), /message/);
  assert.throws(() => validateSarif({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, severity: 2 }] }] }), /severity/);
});

test('sarif: a valid SARIF 2.1.0 log with rules, results, levels and relative locations', () => {
  const text = formatSarif(sampleResults(), { cwd: CWD, toolVersion: '1.2.3', informationUri: 'https://example.org/nianbao', rules: RULES });
  const log = JSON.parse(text);
  validateSarif(log);
  assert.match(log.$schema, /sarif-schema-2\.1\.0\.json$/);
  const run = log.runs[0];
  assert.equal(run.tool.driver.name, 'nianbao');
  assert.equal(run.tool.driver.version, '1.2.3');
  assert.equal(run.tool.driver.informationUri, 'https://example.org/nianbao');
  assert.deepEqual(run.tool.driver.rules[0], {
    id: 'table-sum', shortDescription: { text: '表格合计与各项之和一致' }, helpUri: 'https://example.org/rules/table-sum',
    defaultConfiguration: { level: 'error' },
  });
  assert.equal(run.results.length, 3, 'three rule findings; the binary-file message is a notification');
  const [sum, section, hint] = run.results;
  assert.equal(sum.ruleId, 'table-sum');
  assert.equal(sum.ruleIndex, 0);
  assert.equal(sum.level, 'error');
  assert.equal(sum.message.text, '合计应为 12，实际为 10');
  assert.deepEqual(sum.locations[0].physicalLocation, {
    artifactLocation: { uri: 'reports/%E6%9D%8E%E4%BF%8A%E4%B9%A12020.txt', uriBaseId: '%SRCROOT%' },
    region: { startLine: 3, startColumn: 15, endLine: 3, endColumn: 17 },
  });
  assert.equal(sum.relatedLocations[0].message.text, '被加数');
  assert.equal(section.level, 'warning');
  assert.equal(hint.level, 'note');
  assert.equal(hint.ruleIndex, undefined, 'a rule missing from the rule list gets no index');
  const inv = run.invocations[0];
  assert.equal(inv.executionSuccessful, false, 'a file could not be read');
  assert.equal(inv.toolExecutionNotifications[0].level, 'error');
  assert.equal(inv.toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri, 'photo.txt');
});

test('sarif: an empty run is still valid and successful', () => {
  const log = toSarif([], { cwd: CWD, toolVersion: '0.0.0', informationUri: 'https://example.org', rules: RULES });
  validateSarif(log);
  const run = (log.runs as Obj[])[0]!;
  assert.deepEqual(run.results, []);
  assert.equal(((run.invocations as Obj[])[0]!).executionSuccessful, true);
});

test('sarif artifact URIs: relative with forward slashes inside cwd, file: URIs outside', () => {
  assert.deepEqual(artifactLocation(join(CWD, 'a b', 'c#.md'), CWD), { uri: 'a%20b/c%23.md', uriBaseId: '%SRCROOT%' });
  assert.match(artifactLocation(join('/', 'elsewhere', 'x.md'), CWD).uri, /^file:\/\/.*elsewhere\/x\.md$/);
});
