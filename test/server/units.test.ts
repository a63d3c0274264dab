// Unit tests of the server's pure helpers: the minimal fix-all edit, the disable comment, settings
// validation, file selection globs and code action kind matching.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { applyFixes, LineIndex, lint } from '../../core/src/index.js';
import { fixture } from '../core/fixtures.js';
import { kindRequested } from '../../server/src/codeActions.js';
import { disableRuleEdit } from '../../server/src/disableComment.js';
import { globPath, isSelected } from '../../server/src/fileSelection.js';
import { DEFAULT_SETTINGS } from '../../protocol/src/protocol.js';
import { normalizeSettings } from '../../server/src/settings.js';
import { minimalReplace } from '../../server/src/textEdits.js';
import { ruleDocsUrl } from '../../server/src/toDiagnostics.js';
import { isBundledDoc } from '../../server/src/bundledDocs.js';
import { reportRuleFailures } from '../../server/src/documentOutcome.js';
import { ErrorReporter } from '../../server/src/guard.js';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function apply(text: string, edit: { start: number; end: number; text: string } | undefined): string {
  return edit ? text.slice(0, edit.start) + edit.text + text.slice(edit.end) : text;
}

describe('minimalReplace', () => {
  const cases: [string, string][] = [
    ['abc', 'abc'],
    ['abc', 'abXc'],
    ['总计 5 行', '总计 0 行'],
    ['a\r\nb', 'a\nb'],
    ['a\nb', 'a\r\nb'],
    ['x😀y', 'x😁y'],
    ['😀', '😁'],
    ['', 'new'],
    ['old', ''],
    ['aaaa', 'aa'],
  ];
  for (const [before, after] of cases) {
    it(`turns ${JSON.stringify(before)} into ${JSON.stringify(after)} with one edit`, () => {
      const edit = minimalReplace(before, after);
      assert.equal(apply(before, edit), after);
      if (before === after) assert.equal(edit, undefined);
      if (edit) {
        for (const at of [edit.start, edit.end]) {
          const code = before.charCodeAt(at);
          assert.ok(!(code >= 0xdc00 && code <= 0xdfff), 'never starts or ends inside a surrogate pair');
          assert.ok(!(before[at - 1] === '\r' && before[at] === '\n'), 'never inside a CRLF');
        }
      }
    });
  }
  it('replaces only the changed region', () => {
    assert.deepEqual(minimalReplace('第一行\n总计 5\n第三行', '第一行\n总计 0\n第三行'), { start: 7, end: 8, text: '0' });
  });
});

/** The text with a disable edit's edits applied (undefined: unchanged). */
function applyDisable(text: string, disable: { edits: { start: number; end: number; text: string }[] } | undefined): string {
  return disable ? applyFixes(text, [{ messageId: 'x', args: {}, edits: disable.edits, safe: false }]).text : text;
}

describe('disableRuleEdit', () => {
  const edit = (text: string, line: number, rule = 'sum-row-total') => applyDisable(text, disableRuleEdit(new LineIndex(text), line, rule, '\n'));
  it('inserts the comment above the line, keeping its indentation', () => {
    assert.equal(edit('a\n  b\n', 1), 'a\n  <!-- nianbao-disable-next-line sum-row-total -->\n  b\n');
  });
  it('adds the rule to an existing comment above the line', () => {
    assert.equal(edit('<!-- nianbao-disable-next-line sum-balance -->\nb', 1), '<!-- nianbao-disable-next-line sum-balance sum-row-total -->\nb');
    assert.equal(disableRuleEdit(new LineIndex('<!-- nianbao-disable-next-line sum-row-total -->\nb'), 1, 'sum-row-total', '\n'), undefined);
  });
  it('puts the comment at the end of a pipe-table row', () => {
    assert.equal(edit('| a | 1 |\n', 0), '| a | 1 | <!-- nianbao-disable-line sum-row-total -->\n');
    assert.equal(edit('| a | 1 | <!-- nianbao-disable-line sum-balance -->', 0), '| a | 1 | <!-- nianbao-disable-line sum-balance sum-row-total -->');
  });
  it('silences exactly that finding in a real report', () => {
    const text = 'x\n'.repeat(3) + '一、总体情况\n\n本年度政府信息公开工作年度报告。\n';
    const finding = lint(text).findings.find((f) => f.ruleId === 'subsection-missing');
    assert.ok(finding);
    const index = new LineIndex(text);
    const silenced = applyDisable(text, disableRuleEdit(index, index.lineAt(finding.span.start), 'subsection-missing', '\n'));
    assert.ok(!lint(silenced).findings.some((f) => f.ruleId === 'subsection-missing'));
  });
  it('wraps a grid table in a disable/enable pair (a grid takes no comment inside), and adds to an existing pair', () => {
    const grid = '+---+---+\n| a | 1 |\n+---+---+\n| b | 2 |\n+---+---+';
    const text = `x\n${grid}\ny\n`;
    const first = disableRuleEdit(new LineIndex(text), 4, 'sum-row-total', '\n');
    assert.equal(first?.wholeTable, true);
    const once = applyDisable(text, first);
    assert.equal(once, `x\n<!-- nianbao-disable sum-row-total -->\n\n${grid}\n\n<!-- nianbao-enable sum-row-total -->\ny\n`);
    const twice = applyDisable(once, disableRuleEdit(new LineIndex(once), 6, 'sum-balance', '\n'));
    assert.equal(twice, `x\n<!-- nianbao-disable sum-row-total sum-balance -->\n\n${grid}\n\n<!-- nianbao-enable sum-row-total sum-balance -->\ny\n`);
    assert.equal(disableRuleEdit(new LineIndex(twice), 6, 'sum-balance', '\n'), undefined);
    assert.equal(disableRuleEdit(new LineIndex('| a | 1 |\n'), 0, 'sum-row-total', '\n')?.wholeTable, false, 'a pipe row is not a grid');
  });
  it('silences a wrong total in a real grid table, the grid left intact', () => {
    const text = fixture('shapes', 'clean-grid.md').replace('| 0    | 23   |', '| 0    | 230  |');
    const finding = lint(text).findings.find((f) => f.ruleId === 'sum-row-total');
    assert.ok(finding);
    const index = new LineIndex(text);
    const silenced = applyDisable(text, disableRuleEdit(index, index.lineAt(finding.span.start), 'sum-row-total', '\n'));
    assert.deepEqual(lint(silenced).findings, []);
    assert.equal(silenced.split('\n').filter((l) => /^[+|]/.test(l)).join('\n'), text.split('\n').filter((l) => /^[+|]/.test(l)).join('\n'));
  });
});

describe('normalizeSettings', () => {
  it('fills in defaults and drops invalid values one by one', () => {
    assert.deepEqual(normalizeSettings(null), DEFAULT_SETTINGS);
    const s = normalizeSettings({ template: '2030', rules: { a: 'off', b: 'loud', c: 3 }, files: { include: ['*.md', 7, ''] }, run: 'never', debounceMs: -5, maxFileSizeMB: 'big' });
    assert.equal(s.template, 'auto');
    assert.deepEqual(s.rules, { a: 'off' });
    assert.deepEqual(s.files, { include: ['*.md'], exclude: [] });
    assert.equal(s.run, 'onType');
    assert.equal(s.debounceMs, 0);
    assert.equal(s.maxFileSizeMB, 2);
  });
});

describe('file selection', () => {
  const settings = normalizeSettings({ files: { include: ['reports/**/*.txt'], exclude: ['**/archive/**'] } });
  it('matches globs relative to the workspace folder', () => {
    assert.equal(globPath('/ws/reports/a.txt', ['/ws', '/other']), 'reports/a.txt');
    assert.equal(globPath('/elsewhere/a.txt', ['/ws']), '/elsewhere/a.txt');
    assert.equal(isSelected('/ws/reports/2024/a.txt', 'plain notes', ['/ws'], settings), true);
    assert.equal(isSelected('/ws/notes.txt', 'plain notes', ['/ws'], settings), false);
    assert.equal(isSelected('/ws/notes.txt', '2024年政府信息公开工作年度报告', ['/ws'], settings), true);
    assert.equal(isSelected('/ws/reports/archive/a.txt', '2024年政府信息公开工作年度报告', ['/ws'], settings), false);
  });
});

describe('kindRequested', () => {
  it('offers quick fixes by default and source actions only when asked', () => {
    assert.equal(kindRequested('quickfix', undefined), true);
    assert.equal(kindRequested('source.fixAll.nianbao', undefined), false);
    assert.equal(kindRequested('source.fixAll.nianbao', ['source.fixAll']), true);
    assert.equal(kindRequested('source.fixAll.nianbao', ['source']), true);
    assert.equal(kindRequested('source.fixAll.nianbao', ['source.fixAll.eslint']), false);
    assert.equal(kindRequested('quickfix', ['source.fixAll']), false);
  });
});

describe('ruleDocsUrl', () => {
  it('links the docs bundled with the server (a file that exists), or the base set in nianbao.docsBaseUrl', () => {
    const local = ruleDocsUrl('sum-row-total', '');
    assert.match(local, /^file:\/\/.*\/docs\/rules\/sum-row-total\.md$/);
    assert.equal(readFileSync(fileURLToPath(local), 'utf8'), readFileSync(join(REPO_ROOT, 'docs', 'rules', 'sum-row-total.md'), 'utf8'));
    assert.equal(ruleDocsUrl('sum-row-total', 'https://example.org/rules'), 'https://example.org/rules/sum-row-total.md');
    assert.equal(isBundledDoc(fileURLToPath(local)), true, 'the page itself is never linted');
    assert.equal(isBundledDoc(join(REPO_ROOT, 'examples', 'clean-2025.md')), false);
    assert.equal(isBundledDoc(undefined), false);
    assert.equal(ruleDocsUrl('sum-row-total', 'https://example.org/rules/'), 'https://example.org/rules/sum-row-total.md');
  });
});

describe('rule failures', () => {
  it('are logged once per rule and message', () => {
    const result = lint('2024年政府信息公开工作年度报告');
    const failure = { ruleId: 'internal-error', severity: 'error' as const, span: { start: 0, end: 0 }, messageId: 'internal-error', args: { rule: 'sum-row-total', detail: 'boom' }, related: [] };
    result.findings.push(failure, { ...failure });
    const logged: string[] = [];
    const errors = new ErrorReporter({ error: (m) => logged.push(m) });
    reportRuleFailures({ kind: 'linted', result }, (where, e) => errors.report(where, e));
    reportRuleFailures({ kind: 'linted', result }, (where, e) => errors.report(where, e));
    assert.equal(logged.length, 1);
    assert.match(logged[0]!, /rule sum-row-total failed: boom/);
  });
});
