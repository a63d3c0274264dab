// The year patterns are tried only where a 年 has four digits before it: the matches must be exactly
// those of text.matchAll(pattern) (index, whole match, groups), on generated text full of years,
// dates, openers, numbered items and the report's own name.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  narrativeMatches, narrativePattern, periodMatches, periodPattern, selfNameMatches, selfNamePattern,
} from '../../core/src/read/yearPatterns.js';

const piece = fc.constantFrom(
  '2024', '2025', '1', '12', '31', '20', '0', '年', '度', '月', '日', '至', '到', '—', '-', '~', '起', ' ', '\n', '\t', '　', '\u00a0',
  '*', '。', '，', '；', '！', '？', '（', '）', '(', ')', '一', '二', '十', '政府信息公开', '政务公开', '工作', '报告', '我', '统计', 'a',
  '2024年', '。2025年', '（一）2024年', '(十二) 2025 年', '2024年1月1日至2024年12月31日', '2025年度政府信息公开工作年度报告', '2024年度 5月',
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

const signature = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => [m.index, ...m]);

test('year patterns found at each 年 are exactly the global regex matches', () => {
  const found = [0, 0, 0];
  const pairs: [(t: string) => RegExpMatchArray[], RegExp][] = [
    [selfNameMatches, selfNamePattern], [narrativeMatches, narrativePattern], [periodMatches, periodPattern],
  ];
  fc.assert(
    fc.property(text, (s) => {
      pairs.forEach(([scan, pattern], i) => {
        const expected = signature(s.matchAll(pattern));
        found[i] += expected.length;
        assert.deepStrictEqual(signature(scan(s)), expected);
      });
    }),
    { seed: 20261201, numRuns: 20_000 },
  );
  for (const n of found) assert.ok(n > 1000, `too few matches generated: ${found}`);
});
