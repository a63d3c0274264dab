// The snippets (snippets/skeleton.json, served as completions by client/src/snippetCompletion.ts)
// insert blank standard tables and a report skeleton that the checker reads in both templates and
// both shapes: the skeleton's only findings are its placeholders (placeholder-left), and once they
// are written in it lints clean; their descriptions are in both client bundles; and the file is what
// the generator makes.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { lint } from '../../core/src/index.js';
import { expandSnippet } from './expandSnippet.js';
import { fill, reportText, snippetsOf, TABLE_SNIPPETS, withoutTable, writtenIn, type Skeleton } from './hostReports.js';
import { stated } from '../core/ruleTester.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const json = (...path: string[]) => JSON.parse(readFileSync(join(root, ...path), 'utf8')) as unknown;
const skeleton = json('snippets', 'skeleton.json') as Skeleton;
const snippets = snippetsOf(skeleton);

const ruleIds = (text: string) => lint(text).findings.map((f) => f.ruleId);

test('the snippets: the Chinese prefixes a user types and their pinyin, the body each inserts, a description in both client bundles', () => {
  assert.deepEqual(skeleton.snippets.map((s) => [s.prefixes, s.body]), [
    [['表二', 'biaoer'], 'active.2021'], [['表三', 'biaosan'], 'requests.2021'], [['表四', 'biaosi'], 'review.2021'],
    [['表二2019', 'biaoer2019'], 'active.2019'], [['表三2019', 'biaosan2019'], 'requests.2019'], [['表四2019', 'biaosi2019'], 'review.2019'],
    [['年报', 'nianbao'], 'report'],
  ]);
  // The description is a key of the bundles the client's words come from (nianbao.messageLanguage picks one).
  const en = json('l10n', 'bundle.l10n.json') as Record<string, string>;
  const zh = json('l10n', 'bundle.l10n.zh-cn.json') as Record<string, string>;
  for (const s of skeleton.snippets) {
    assert.equal(en[s.description], s.description);
    assert.doesNotMatch(s.description, /[\u3000-\u9fff\uff00-\uffef]/u, 'English only');
    assert.match(zh[s.description] ?? '', /[\u4e00-\u9fff]/u, `Chinese: ${zh[s.description]}`);
    assert.doesNotMatch(zh[s.description] ?? '', /[A-Za-z·]/u, `Chinese only: ${zh[s.description]}`);
  }
  assert.equal(new Set(skeleton.snippets.map((s) => s.description)).size, skeleton.snippets.length, 'one description each');
  assert.equal(zh[snippets['表三2019']!.description], '空白表三（2019 年格式，用于 2019、2020 年度报告）');
});

/** The findings of the skeleton as inserted: each placeholder under its heading (五's line differs by shape: its tables). */
function placeholderFindings(draft: string) {
  const problemsLine = draft.split('\n').indexOf('存在的主要问题及改进情况。') + 1;
  const under = (line: number, text: string, heading: string) => ({ rule: 'placeholder-left', messageId: 'placeholder-left', line, at: text, args: { text, heading } });
  return [
    { rule: 'placeholder-left', messageId: 'placeholder-left.title', line: 1, at: 'XX县XX局', args: { text: 'XX县XX局' } },
    under(7, '总体情况概述。', '一、总体情况'),
    under(11, '主动公开情况。', '（一）主动公开'),
    under(15, '依申请公开情况。', '（二）依申请公开'),
    under(19, '政府信息管理情况。', '（三）政府信息管理'),
    under(23, '政府信息公开平台建设情况。', '（四）政府信息公开平台建设'),
    under(27, '监督保障情况。', '（五）监督保障'),
    under(problemsLine, '存在的主要问题及改进情况。', '五、存在的主要问题及改进情况'),
  ];
}

test('年报 with its defaults is a 2021-template report for 2025 whose only findings are its placeholders', () => {
  const inserted = expandSnippet(snippets['年报'].body);
  const left = lint(inserted);
  assert.equal(left.templateId, '2021');
  assert.deepEqual(stated(left), placeholderFindings(inserted));
  const text = reportText(snippets, '2021');
  const result = lint(text);
  assert.equal(result.templateId, '2021');
  assert.deepEqual(result.findings.map((f) => f.ruleId), [], 'written in, it lints clean');
  assert.match(inserted, /^# XX县XX局2025年政府信息公开工作年度报告$/m);
  assert.match(text, /2025年1月1日至2025年12月31日/);
  assert.match(text, /国办公开办函〔2021〕30号/);
  assert.match(text, /信息处理费/);
  assert.equal(result.report.sections.length, 6);
});

test('年报: the year placeholder is mirrored everywhere (a changed year still lints clean)', () => {
  const body = snippets['年报'].body.map((l) => l.replace('${1:2025}', '${1:2023}'));
  const text = writtenIn(expandSnippet(body));
  assert.ok(!text.includes('2025'));
  assert.deepEqual(ruleIds(text), []);
});

test('年报 with CRLF line breaks lints clean', () => {
  assert.deepEqual(ruleIds(reportText(snippets, '2021', '\r\n')), []);
});

for (const t of TABLE_SNIPPETS) {
  test(`${t.name} inserted under section ${t.numeral} of a ${t.templateId}-template report lints clean`, () => {
    const hole = withoutTable(reportText(snippets, t.templateId), t.numeral);
    const before = lint(hole.text);
    assert.equal(before.templateId, t.templateId);
    assert.deepEqual(before.findings.map((f) => f.ruleId), ['table-missing'], 'the hole is seen');
    const after = lint(fill(hole, expandSnippet(snippets[t.name].body)));
    assert.equal(after.templateId, t.templateId);
    assert.deepEqual(after.findings.map((f) => f.ruleId), []);
  });
}

test('a 2019-template table in a 2021-template report is caught (the snippets are not interchangeable)', () => {
  const hole = withoutTable(reportText(snippets, '2021'), '三');
  assert.ok(ruleIds(fill(hole, expandSnippet(snippets['表三2019'].body))).includes('template-outdated'));
});

test('snippets/skeleton.json is what scripts/generate-snippets.mjs makes from the core', () => {
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'generate-snippets.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});

test('the plain-text shapes (no #, ** or pipes) of the skeleton and of the tables lint clean too', () => {
  assert.equal(skeleton.defaultYear, 2025);
  const text = expandSnippet(skeleton.report.text);
  assert.doesNotMatch(text, /[#|]|\*\*/);
  assert.match(text, /^XX县XX局2025年政府信息公开工作年度报告$/m);
  assert.match(text, /^一、总体情况$/m);
  assert.deepEqual(stated(lint(text)), placeholderFindings(text));
  const written = writtenIn(text);
  assert.deepEqual(ruleIds(written), []);
  assert.deepEqual(Object.keys(skeleton.tables).sort(), ['active.2019', 'active.2021', 'requests.2019', 'requests.2021', 'review.2019', 'review.2021']);
  // Each 2021 table in plain text, in place of the skeleton's own: still clean.
  for (const t of TABLE_SNIPPETS.filter((x) => x.templateId === '2021')) {
    const tableText = expandSnippet(snippets[t.name]!.text);
    assert.doesNotMatch(tableText, /[#|]|\*\*/, t.name);
    assert.ok(written.includes(tableText.trimEnd()), `${t.name}: the skeleton's table is the table's body`);
  }
});
