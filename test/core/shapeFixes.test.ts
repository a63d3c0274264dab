// Regression tests for the reader and rule bugs the reshaped real reports (realShapes.test.ts) found:
// each is the smallest draft that showed one.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAll } from '../../core/src/index.js';
import { countWords } from '../../core/src/text/countWords.js';
import { fixture, lintSummary, replaceOnce } from './fixtures.js';

const tsv = fixture('shapes', 'clean-tsv.txt');
const pipe = fixture('shapes', 'clean-pipe.md');

test('表三\'s group label repeated at a page break, with nothing of its own, is layout (tab-separated and pipe)', () => {
  const repeated = replaceOnce(tsv, '\n（四）无法提供\t', '\n三、本年度办理结果\n（四）无法提供\t');
  assert.deepEqual(lintSummary(repeated), []);
  assert.equal(fixAll(repeated).text, repeated);
  const blankCells = replaceOnce(pipe, '\n| （四）无法提供 |', '\n| 三、本年度办理结果 |  |  |  |  |  |  |  |\n| （四）无法提供 |');
  assert.deepEqual(lintSummary(blankCells), []);
});

test('a repeated data row of 表三 is still a repeated row', () => {
  const text = replaceOnce(tsv, '\n（四）无法提供\t', '\n2.重复申请\t1\t0\t0\t0\t0\t0\t1\n（四）无法提供\t');
  assert.deepEqual(lintSummary(text).map((f) => f.messageId), ['table-row-unknown.duplicate']);
});

test('a blank line inside a pipe table: the rows after it (no longer a Markdown table) are still read by their pipes', () => {
  const split = replaceOnce(pipe, '\n| 4.保护第三方合法权益 |', '\n\n| 4.保护第三方合法权益 |');
  assert.deepEqual(lintSummary(split), []);
  // Without its delimiter row a pipe table is no Markdown table either; its rows read the same.
  const noDelimiter = pipe.replace(/^\|(?: ?-{3,} ?\|)+$/gm, '');
  assert.notEqual(noDelimiter, pipe);
  assert.deepEqual(lintSummary(noDelimiter), []);
});

test('a sentence with one pipe in it is prose, not a pipe row', () => {
  const text = replaceOnce(pipe, '一是公开内容', '|一是公开内容');
  assert.deepEqual(lintSummary(text), []);
});

test('字数: paragraphs indented with ideographic spaces (首行缩进 pasted as text) count no more', () => {
  const start = tsv.indexOf('一、总体情况');
  const end = tsv.indexOf('二、主动公开政府信息情况');
  const overview = tsv.slice(start, end);
  const indented = overview.replace(/^(?=\S)/gm, '\u3000\u3000');
  assert.notEqual(indented, overview);
  assert.equal(countWords(indented), countWords(overview));
  assert.equal(countWords('\u3000\u3000本机关，全年。'), 7);
  assert.deepEqual(lintSummary(tsv.slice(0, start) + indented + tsv.slice(end)), []);
});
