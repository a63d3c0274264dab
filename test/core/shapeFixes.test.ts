// Regression tests for the reader and rule bugs the reshaped real reports (realShapes.test.ts) found:
// each is the smallest draft that showed one.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAll } from '../../core/src/index.js';
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
