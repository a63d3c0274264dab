// The heading pass rules most lines out with mayBeNumberedHeading before its patterns run: a line it
// rules out must be one in which the patterns find no numbered heading (section 一、 or subsection
// （一）), whatever its prefix of spaces, #, ** and __.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mayBeNumberedHeading, readHeadingMarker } from '../../core/src/read/readHeadingMarker.js';

const piece = fc.constantFrom(
  ' ', '\t', '\u3000', '\u00a0', '#', '##', '#######', '*', '**', '***', '_', '__', '一', '二', '十', '十二', '（', '(', '）', ')', '、', '.', '．',
  '总体情况', '主动公开', '1', '2.', '我乡', '。', '：', '|', '<p>', '[', '一、', '（一）', '(二)', '**一、', '## 三、', '　二、',
);
const line = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

test('a line mayBeNumberedHeading rules out holds no numbered heading', () => {
  let numbered = 0;
  fc.assert(
    fc.property(line, (text) => {
      // With Markdown hashes the patterns run on every line: what they find numbered must not be ruled out.
      const heading = readHeadingMarker(text, 0, 0, 1);
      if (heading?.numeral === undefined) return;
      numbered++;
      assert.ok(mayBeNumberedHeading(text), JSON.stringify(text));
    }),
    { seed: 20261201, numRuns: 20_000 },
  );
  assert.ok(numbered > 2000, `only ${numbered} numbered headings were generated`);
});
