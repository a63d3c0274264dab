// The reader's classifier relies on this: the text key of any text (numbering kept) is never shorter
// than its label key (numbering dropped), so a label key longer than every header word rules out a
// header and marks a break without keying the text a second time. Also: rawLabelKeyLowerBound (the
// long-prose fast path), asked of a text not yet normalised, is no longer than the label key of its
// NFKC form, nor than its text key, and equal to the label key's length when there is no parenthesis.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  normalizedIsNoteTail, normalizedLabelKey, normalizedTextKey, rawIsNoteTail, rawLabelKeyLowerBound,
} from '../../core/src/text/normalizeLabel.js';
import { notValueChar, notValueCharRaw } from '../../core/src/read/classifyToken.js';

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
      const atLeast = rawLabelKeyLowerBound(s);
      if (atLeast !== undefined) assert.ok(atLeast <= label.length && atLeast <= key.length, `${JSON.stringify(s)}: lower bound ${atLeast}`);
    }),
    { seed: 20261201, numRuns: 20_000 },
  );
});

const rawPiece = fc.constantFrom(
  '，', '。', '：', '；', '！', '？', '、', '．', '－', '＋', '／', '＼', '～', '＃', '％', '　', ' ', '\t', '１', '２', 'Ａ', 'ｎ', 'Ｘ',
  '（', '）', '(', ')', '（', '）', '(', ')', '（注）', '（一）', '[', '［', '＊', '*', '＿', '｀', '①', '㈠', '⑴', '﹙', '︵', '㍻', '丽', '\u0301', '𠀀', '“', '”', '《', '》', '【', '】',
  '一', '二', '十', '1', '2', '0', '.', ',', '-', '+', '无', '件', '公开', '申请', '政府信息', '一、', '1.', '3，', '十二．',
);
const rawText = fc.array(rawPiece, { maxLength: 40 }).map((parts) => parts.join(''));

test('rawLabelKeyLowerBound of a raw text bounds the label key of its NFKC form, with the same note tail and value characters', () => {
  let answered = 0;
  let bracketed = 0;
  fc.assert(
    fc.property(rawText, (s) => {
      const atLeast = rawLabelKeyLowerBound(s);
      if (atLeast === undefined) return;
      answered++;
      const nfkc = s.normalize('NFKC');
      const label = normalizedLabelKey(nfkc).key;
      assert.equal(nfkc.length, s.length, JSON.stringify(s));
      assert.ok(atLeast <= label.length, `${JSON.stringify(s)}: ${atLeast} > ${label}`);
      if (!/[()（）]/.test(s)) assert.equal(atLeast, label.length, JSON.stringify(s));
      else bracketed++;
      assert.equal(rawIsNoteTail(s), normalizedIsNoteTail(nfkc), JSON.stringify(s));
      assert.equal(notValueCharRaw.test(s), notValueChar.test(nfkc), JSON.stringify(s));
    }),
    { seed: 20261201, numRuns: 20_000 },
  );
  assert.ok(answered > 2000 && bracketed > 1000, `only ${answered} texts were plain enough, ${bracketed} with parentheses`);
});
