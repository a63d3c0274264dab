// "Rewrite as the standard table" (core tableConversions): a table of the template in another shape
// becomes exactly the standard Markdown table (the clean pipe fixture's tables), every number kept in
// its cell; what the standard table cannot hold is listed, never dropped; every real report and seed
// in every shape keeps each of its numbers and cell values through the conversion.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readReport, tableConversions, type TableConversion } from '../../core/src/index.js';
import { fixture, replaceOnce, root } from './fixtures.js';
import { reshape, variants } from './reshape/variants.js';

function conversions(text: string): TableConversion[] {
  const { report, template, index } = readReport(text);
  return tableConversions(report, template, index);
}

/** The text with one conversion applied. */
const applied = (text: string, c: TableConversion) => text.slice(0, c.span.start) + c.text + text.slice(c.span.end);

/** The region of the clean pipe fixture that holds a table (the standard text every shape must become). */
function standardRegion(tableId: string): string {
  const pipe = fixture('shapes', 'clean-pipe.md');
  const table = readReport(pipe).report.tables.find((t) => t.tableId === tableId)!;
  // The pipe fixture's table starts at its first block title or header line and ends with its last row.
  const lines = pipe.split('\n');
  const first = pipe.slice(0, table.span.start).split('\n').length - 1;
  const last = pipe.slice(0, table.span.end).split('\n').length - 1;
  return lines.slice(first, last + 1).join('\n');
}

const clean = { tsv: fixture('shapes', 'clean-tsv.txt'), html: fixture('shapes', 'clean-html.md'), grid: fixture('shapes', 'clean-grid.md'), cells: fixture('shapes', 'clean-cells.txt') };

test('every table of the clean report in tabs, HTML, grid and one cell a line becomes exactly the standard pipe table', () => {
  for (const [shape, text] of Object.entries(clean)) {
    const found = conversions(text);
    assert.deepEqual(found.map((c) => [c.tableId, c.name, c.lost]), [['active', '表二', []], ['requests', '表三', []], ['review', '表四', []]], shape);
    for (const c of found) assert.equal(c.text.trim(), standardRegion(c.tableId), `${shape} ${c.tableId}`);
  }
});

test('the standard pipe table is not offered for conversion; a converted table is not offered again', () => {
  assert.deepEqual(conversions(fixture('shapes', 'clean-pipe.md')), []);
  let text = clean.tsv;
  // From the last table to the first, so the earlier spans hold.
  for (const c of [...conversions(text)].reverse()) text = applied(text, c);
  assert.deepEqual(conversions(text), []);
});

test('表四 in tabs: the replaced lines and the exact standard text', () => {
  const text = clean.tsv;
  const review = conversions(text).find((c) => c.tableId === 'review')!;
  assert.equal(
    text.slice(review.span.start, review.span.end),
    [
      '行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t',
      '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t',
      '\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
      '1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0',
    ].join('\n'),
  );
  assert.equal(
    review.text,
    [
      '| 行政复议 |  |  |  |  | 行政诉讼 |  |  |  |  |  |  |  |  |  |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      '|  |  |  |  |  | 未经复议直接起诉 |  |  |  |  | 复议后起诉 |  |  |  |  |',
      '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
      '| 1 | 0 | 0 | 1 | 2 | 0 | 1 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |',
    ].join('\n'),
  );
});

test('a table right after a line of text gets a blank line before it (else Markdown would not see a table)', () => {
  const text = replaceOnce(clean.tsv, '\n\n行政复议\t', '\n表四\n行政复议\t');
  const review = conversions(text).find((c) => c.tableId === 'review')!;
  assert.ok(review.text.startsWith('\n| 行政复议 |'), JSON.stringify(review.text.slice(0, 20)));
  assert.deepEqual(review.lost, []);
});

test('what the standard table cannot hold is listed with its line: an extra value, an unknown row, a stray total, a misspelt header', () => {
  const extraValue = replaceOnce(clean.tsv, '1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0\n', '1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0\t7\n');
  assert.deepEqual(conversions(extraValue).map((c) => [c.tableId, c.lost]), [['active', []], ['requests', []], ['review', [{ line: 82, text: '1 0 0 1 2 0 1 0 0 1 0 0 0 0 0 7' }]]]);
  const unknownRow = replaceOnce(clean.tsv, '四、结转下年度继续办理', '（四）其他情形\t\t0\t0\t0\t0\t0\t3\t3\n四、结转下年度继续办理');
  assert.deepEqual(conversions(unknownRow).map((c) => [c.tableId, c.lost]), [['active', []], ['requests', [{ line: 75, text: '（四）其他情形 0 0 0 0 0 3 3' }]], ['review', []]]);
  const strayTotal = replaceOnce(clean.tsv, '行政事业性收费\t1.25\n', '行政事业性收费\t1.25\n合计\t12\n');
  assert.deepEqual(conversions(strayTotal).map((c) => [c.tableId, c.lost]), [['active', [{ line: 45, text: '合计 12' }]], ['requests', []], ['review', []]]);
  const misspelt = replaceOnce(clean.tsv, '本年废止件数\t现行有效件数', '本年废止件数\t先行有效件数');
  assert.deepEqual(conversions(misspelt).map((c) => [c.tableId, c.lost]), [['active', [{ line: 32, text: '先行有效件数' }]], ['requests', []], ['review', []]]);
});

test('a stray number beside a table row (a cell the reader did not use) is listed', () => {
  const text = replaceOnce(clean.html, '<td>1.25</td></tr>', '<td>1.25</td><td>另有 8 件待核</td></tr>');
  assert.deepEqual(conversions(text).map((c) => [c.tableId, c.lost]), [['active', [{ line: 46, text: '另有 8 件待核' }]], ['requests', []], ['review', []]]);
});

// Every real report and seed in every shape: a conversion without losses keeps each number of the
// source (markup aside) in the standard text, and re-reading gives every row the same cell values.
test('property: every number of the source table is in the standard table, and every row keeps its values', () => {
  const reports = [
    ...readdirSync(join(root, 'test', 'fixtures', 'seeds')).map((f) => join(root, 'test', 'fixtures', 'seeds', f)),
    ...readdirSync(join(root, 'test', 'fixtures', 'real')).filter((f) => f !== 'README.md').map((f) => join(root, 'test', 'fixtures', 'real', f)),
  ];
  const numbers = (s: string) => s.replace(/<[^<>]*>/g, ' ').match(/[0-9０-９]+/g) ?? [];
  // The rows the reader placed that hold a value, with their cells as written.
  const filled = (text: string, tableId: string) => {
    const table = readReport(text).report.tables.find((t) => t.tableId === tableId)!;
    const rows = table.rows.filter((r) => r.rowId && !r.duplicate && r.cells.some((c) => c.token.text.trim() !== ''));
    return rows.map((r) => `${r.rowId}: ${r.cells.map((c) => c.token.text.trim()).join(' ')}`).sort();
  };
  let converted = 0;
  for (const file of reports) {
    const original = readFileSync(file, 'utf8');
    for (const text of [original, ...variants.map((v) => reshape(original, v))]) {
      for (const c of conversions(text)) {
        if (c.lost.length > 0) continue;
        converted++;
        const left = new Map<string, number>();
        for (const n of numbers(c.text)) left.set(n, (left.get(n) ?? 0) + 1);
        const missing = numbers(text.slice(c.span.start, c.span.end)).filter((n) => {
          const k = left.get(n) ?? 0;
          left.set(n, k - 1);
          return k <= 0;
        });
        assert.deepEqual(missing, [], `${file} ${c.tableId}`);
        const after = applied(text, c);
        assert.deepEqual(filled(after, c.tableId), filled(text, c.tableId), `${file} ${c.tableId}`);
        assert.equal(conversions(after).some((o) => o.tableId === c.tableId), false, `${file} ${c.tableId}: offered again`);
      }
    }
  }
  assert.ok(converted > 1000, `converted ${converted}`);
});
