// The reader's classifier relies on this: the text key of any text (numbering kept) is never shorter
// than its label key (numbering dropped), so a label key longer than every header word rules out a
// header and marks a break without keying the text a second time. Also: plainKeyLength, when given,
// is no longer than either key (the long-prose fast path).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizedLabelKey, normalizedTextKey, plainKeyLength } from '../../core/src/text/normalizeLabel.js';

const piece = fc.constantFrom(
  '（', '）', '(', ')', '[', ']', '【', '】', '一', '二', '十', '、', '.', '．', ',', '，', '1', '2', '0', '12', ' ', '　', '\t',
  '*', '**', '_', '__', '`', '：', '。', 'a', 'N', '𠀀', '公开', '申请', '（一）', '1.', '3、', '（区分处理的，只计', '不计其他情形）',
  '[bookmark: x]', '单位：万元',
);
const text = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join('').normalize('NFKC'));

test('a text key is never shorter than the label key of the same text', () => {
  fc.assert(
    fc.property(text, (s) => {
      const label = normalizedLabelKey(s).key;
      const key = normalizedTextKey(s);
      assert.ok(key.length >= label.length, `${JSON.stringify(s)}: text key ${key} shorter than label key ${label}`);
      const atLeast = plainKeyLength(s);
      if (atLeast !== undefined) assert.ok(atLeast <= label.length && atLeast <= key.length, `${JSON.stringify(s)}: plainKeyLength ${atLeast}`);
    }),
    { seed: 20261201, numRuns: 20_000 },
  );
});
