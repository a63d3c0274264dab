// Suppressions kept outside the draft (.nianbao-suppressions.json): a finding is keyed by its rule,
// message, text and arguments, so an edit elsewhere leaves it ignored while a new finding of the same
// rule, or the same cell with another value, is reported; ignored findings are in LintResult.suppressed,
// entries that ignore nothing in unusedSuppressions, and "fix all" leaves ignored findings alone.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  applySuppressions, emptySuppressions, entriesFor, fingerprint, fixAll, formatMessage, lint, parseSuppressions, serializeSuppressions,
  withEntries, withSuppressed, type SuppressionEntry,
} from '../../core/src/index.js';
import { fixture, replaceOnce } from './fixtures.js';
import { stated } from './ruleTester.js';

const clean = fixture('shapes', 'clean-pipe.md');
const slash = replaceOnce(clean, '| 行政处罚 | 4 |', '| 行政处罚 | / |');
const twoDefects = replaceOnce(slash, '本机关2025年未收取信息处理费。', '无。');

/** The entries that ignore every finding of `text` now. */
function ignoreAll(text: string): SuppressionEntry[] {
  return entriesFor(lint(text).findings, text, 'zh-cn');
}

test('the entries of a draft: one per finding, its rule, fingerprint, count and message', () => {
  const findings = lint(twoDefects).findings;
  assert.deepEqual(ignoreAll(twoDefects), [
    { rule: 'fee-not-reported', fingerprint: fingerprint(findings[1]!, twoDefects), count: 1, message: formatMessage(findings[1]!.messageId, findings[1]!.args, 'zh-cn') },
    { rule: 'table-cell-invalid', fingerprint: fingerprint(findings[0]!, twoDefects), count: 1, message: formatMessage(findings[0]!.messageId, findings[0]!.args, 'zh-cn') },
  ]);
  assert.deepEqual(findings.map((f) => f.ruleId), ['table-cell-invalid', 'fee-not-reported']);
  assert.match(ignoreAll(twoDefects)[0]!.fingerprint, /^[0-9a-f]{8}$/);
});

test('ignored findings are not reported but kept in LintResult.suppressed; nothing else changes', () => {
  const all = lint(twoDefects);
  const result = lint(twoDefects, { suppressions: ignoreAll(slash) });
  assert.deepEqual(stated(result), stated(all).filter((f) => f.rule === 'fee-not-reported'));
  assert.deepEqual(result.suppressed, all.findings.filter((f) => f.ruleId === 'table-cell-invalid'));
  assert.deepEqual(result.unusedSuppressions, []);
});

test('an edit elsewhere (lines added above, text re-spaced) leaves the finding ignored', () => {
  const entries = ignoreAll(slash);
  const edited = replaceOnce(replaceOnce(slash, '持续推进政府信息公开工作。', '持续推进政府信息公开工作。\n\n全年召开专题会议三次，研究部署政府信息公开工作。'), '## 二、主动公开政府信息情况', '## 二、主动公开政府信息情况\n');
  const result = lint(edited, { suppressions: entries });
  assert.deepEqual(stated(result), []);
  assert.deepEqual(result.suppressed.map((f) => [f.ruleId, edited.slice(f.span.start, f.span.end)]), [['table-cell-invalid', '/']]);
  assert.notEqual(lint(slash).index.lineAt(lint(slash).findings[0]!.span.start), result.index.lineAt(result.suppressed[0]!.span.start), 'the line moved');
});

test('a new finding of the same rule is reported, and a changed value is a new finding: the old entry is then unused', () => {
  const entries = ignoreAll(slash);
  // Another cell of table 二 with "/": same rule and message, another row.
  const another = replaceOnce(slash, '| 行政许可 | 36 |', '| 行政许可 | / |');
  const both = lint(another, { suppressions: entries });
  assert.deepEqual(stated(both), stated(lint(another)).filter((f) => f.at === '/' && f.line !== stated(lint(slash))[0]!.line));
  assert.equal(both.suppressed.length, 1);
  // The ignored cell now holds "—": not the finding that was ignored.
  const changed = replaceOnce(slash, '| 行政处罚 | / |', '| 行政处罚 | — |');
  const result = lint(changed, { suppressions: entries });
  assert.deepEqual(stated(result), stated(lint(changed)));
  assert.deepEqual(result.suppressed, []);
  assert.deepEqual(result.unusedSuppressions, [{ ...entries[0]!, unmatched: 1 }]);
});

test('an entry of count 1 ignores one of two identical findings (the first); count 2 both', () => {
  const twice = replaceOnce(clean, '全年通过政府门户网站主动公开政府信息128条。', '主动公开情况。\n\n主动公开情况。');
  const all = lint(twice).findings;
  assert.deepEqual(all.map((f) => f.ruleId), ['placeholder-left', 'placeholder-left']);
  const [entry] = entriesFor(all, twice, 'zh-cn');
  assert.equal(entry!.count, 2);
  const one = lint(twice, { suppressions: [{ ...entry!, count: 1 }] });
  assert.deepEqual(one.findings, [all[1]]);
  assert.deepEqual(one.suppressed, [all[0]]);
  assert.deepEqual(lint(twice, { suppressions: [entry!] }).findings, []);
  assert.deepEqual(lint(twice, { suppressions: [{ ...entry!, count: 3 }] }).unusedSuppressions, [{ ...entry!, count: 3, unmatched: 1 }]);
});

test('fix all leaves an ignored finding\'s safe fix alone, and fixes the rest', () => {
  const renamed = replaceOnce(clean, '| 行政规范性文件 |', '| 规范性文件 |');
  const year = replaceOnce(renamed, '本报告统计数据从2025年', '本报告统计数据从2024年');
  assert.deepEqual(lint(year).findings.map((f) => [f.ruleId, f.fix?.safe]), [['year-mismatch', true], ['table-row-unknown', true]]);
  const entries = entriesFor(lint(year).findings.filter((f) => f.ruleId === 'table-row-unknown'), year, 'zh-cn');
  assert.equal(fixAll(year).text, clean);
  assert.equal(fixAll(year, { suppressions: entries }).text, renamed);
});

test('internal errors are never ignored', () => {
  const finding = { ruleId: 'internal-error', severity: 'error' as const, span: { start: 0, end: 0 }, messageId: 'internal-error', args: { rule: 'x', detail: 'y' }, related: [] };
  const entry = { rule: 'internal-error', fingerprint: fingerprint(finding, ''), count: 1 };
  assert.deepEqual(applySuppressions([finding], '', [entry]), { findings: [finding], suppressed: [], unused: [{ ...entry, unmatched: 1 }] });
  assert.deepEqual(entriesFor([finding], '', 'zh-cn'), []);
});

test('the file: written in a stable order, read back; one more ignored finding; a report\'s entries replaced', () => {
  const [cell, fee] = [lint(twoDefects).findings[0]!, lint(twoDefects).findings[1]!];
  const one = withSuppressed(emptySuppressions(), 'b/报告.md', fee, lint(twoDefects).findings, twoDefects, 'en');
  const two = withSuppressed(one, 'a.md', cell, [cell], twoDefects, 'zh-cn');
  const text = serializeSuppressions(two);
  assert.equal(text, `${JSON.stringify({
    version: 1,
    files: {
      'a.md': [{ rule: 'table-cell-invalid', fingerprint: fingerprint(cell, twoDefects), count: 1, message: formatMessage(cell.messageId, cell.args, 'zh-cn') }],
      'b/报告.md': [{ rule: 'fee-not-reported', fingerprint: fingerprint(fee, twoDefects), count: 1, message: formatMessage(fee.messageId, fee.args, 'en') }],
    },
  }, null, 2)}\n`);
  assert.deepEqual(parseSuppressions(text), { file: two });
  assert.deepEqual(withEntries(two, 'a.md', []), { version: 1, files: { 'b/报告.md': two.files['b/报告.md'] } });
  // Ignoring the same finding again does not add a second entry.
  assert.deepEqual(withSuppressed(two, 'a.md', cell, [cell], twoDefects, 'zh-cn'), two);
});

test('a file that is not a suppressions file is a problem, never thrown', () => {
  const broken = parseSuppressions('{');
  assert.ok('problem' in broken && /JSON|Expected/.test(broken.problem), JSON.stringify(broken));
  assert.deepEqual(parseSuppressions('[]'), { problem: 'not an object' });
  assert.deepEqual(parseSuppressions('{"version":2,"files":{}}'), { problem: 'version 2 (expected 1)' });
  assert.deepEqual(parseSuppressions('{"version":1,"files":[]}'), { problem: '"files" is not an object' });
  assert.deepEqual(parseSuppressions('{"version":1,"files":{"a.md":{}}}'), { problem: '"a.md" is not a list' });
  assert.deepEqual(parseSuppressions('{"version":1,"files":{"a.md":[{"rule":"r","fingerprint":"f","count":0}]}}'), { problem: '"a.md": an entry needs rule, fingerprint and a count of 1 or more' });
  assert.deepEqual(parseSuppressions('\ufeff{"version":1,"files":{}}'), { file: { version: 1, files: {} } });
});
