import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineSet } from '../../core/src/text/lineSet.js';

test('LineSet marks lines, ranges and other sets, and ignores lines outside the document', () => {
  const a = new LineSet(10);
  a.add(3);
  a.add(3);
  a.addRange(7, 12);
  a.add(-1);
  a.add(10);
  assert.deepEqual([...Array(10).keys()].filter((l) => a.has(l)), [3, 7, 8, 9]);
  assert.equal(a.size, 4);
  const b = new LineSet(10);
  b.add(0);
  b.addAll(a);
  assert.deepEqual([...Array(10).keys()].filter((l) => b.has(l)), [0, 3, 7, 8, 9]);
  assert.equal(b.size, 5);
  assert.equal(b.has(42), false);
});
