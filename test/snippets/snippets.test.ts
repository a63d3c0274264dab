// The snippets (snippets/nianbao.json) insert blank standard tables and a report skeleton that the
// checker reads in both templates: the skeleton's only findings are its placeholders (placeholder-left),
// and once they are written in it lints clean; and the file is what the generator makes.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { lint } from '../../core/src/index.js';
import { expandSnippet } from './expandSnippet.js';
import { fill, reportText, TABLE_SNIPPETS, withoutTable, writtenIn, type SnippetFile } from './hostReports.js';
import { stated } from '../core/ruleTester.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const snippets = JSON.parse(readFileSync(join(root, 'snippets', 'nianbao.json'), 'utf8')) as SnippetFile;

const ruleIds = (text: string) => lint(text).findings.map((f) => f.ruleId);

test('the snippet file has the Chinese prefixes a user types and their pinyin, each with a description in Chinese only', () => {
  assert.deepEqual(Object.fromEntries(Object.entries(snippets).map(([name, s]) => [name, s.prefix])), {
    表二: ['表二', 'biaoer'], 表三: ['表三', 'biaosan'], 表四: ['表四', 'biaosi'],
    表二2019: ['表二2019', 'biaoer2019'], 表三2019: ['表三2019', 'biaosan2019'], 表四2019: ['表四2019', 'biaosi2019'],
    年报: ['年报', 'nianbao'],
  });
  // A snippet file cannot follow nianbao.messageLanguage: its words are the Chinese of package.nls.zh-cn.json, not a mix.
  const zh = JSON.parse(readFileSync(join(root, 'package.nls.zh-cn.json'), 'utf8')) as Record<string, string>;
  const key = (name: string) => `snippet.${name === '年报' ? 'report' : { 表二: 'active', 表三: 'requests', 表四: 'review' }[name.slice(0, 2)]}.${name.endsWith('2019') ? '2019' : '2021'}`;
  assert.deepEqual(Object.fromEntries(Object.entries(snippets).map(([name, s]) => [name, s.description])), Object.fromEntries(Object.keys(snippets).map((name) => [name, zh[key(name)]])));
  for (const s of Object.values(snippets)) assert.match(s.description, /^[^A-Za-z·]+$/u, s.description);
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

test('snippets/nianbao.json is what scripts/generate-snippets.mjs makes from the core', () => {
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'generate-snippets.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});

test('the commands\' skeleton: the Markdown one is the 年报 snippet, the plain-text one (no #, ** or pipes) lints clean too', () => {
  const skeleton = JSON.parse(readFileSync(join(root, 'snippets', 'skeleton.json'), 'utf8')) as {
    defaultYear: number; report: { markdown: string[]; text: string[] }; tables: Record<string, { markdown: string[]; text: string[] }>;
  };
  assert.equal(skeleton.defaultYear, 2025);
  assert.deepEqual(skeleton.report.markdown, snippets['年报'].body);
  const text = expandSnippet(skeleton.report.text);
  assert.doesNotMatch(text, /[#|]|\*\*/);
  assert.match(text, /^XX县XX局2025年政府信息公开工作年度报告$/m);
  assert.match(text, /^一、总体情况$/m);
  assert.deepEqual(stated(lint(text)), placeholderFindings(text));
  assert.deepEqual(ruleIds(writtenIn(text)), []);
  assert.deepEqual(Object.keys(skeleton.tables).sort(), ['active.2019', 'active.2021', 'requests.2019', 'requests.2021', 'review.2019', 'review.2021']);
  for (const t of TABLE_SNIPPETS) {
    const id = { 二: 'active', 三: 'requests', 四: 'review' }[t.numeral];
    assert.deepEqual(skeleton.tables[`${id}.${t.templateId}`]!.markdown, snippets[t.name]!.body, t.name);
  }
});
