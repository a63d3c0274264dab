// lastReportMemo: what several rules derive from one report is computed once for it, and again for
// any other report or format; a failure leaves nothing stale behind.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint, templates } from '../../core/src/index.js';
import { lastReportMemo } from '../../core/src/rules/lastReportMemo.js';
import { fixture } from './fixtures.js';

test('lastReportMemo computes once per (report, format) and again when either changes', () => {
  const a = lint(fixture('shapes', 'clean-pipe.md')).report;
  const b = lint(fixture('shapes', 'clean-tsv.txt')).report;
  const calls: string[] = [];
  const memo = lastReportMemo((report, template) => {
    calls.push(`${report === a ? 'a' : 'b'}:${template.id}`);
    return { tables: report.tables.length, template: template.id };
  });
  const first = memo(a, templates['2021']);
  assert.equal(memo(a, templates['2021']), first, 'the same object is handed back');
  assert.deepEqual(calls, ['a:2021']);
  assert.equal(memo(a, templates['2019']).template, '2019');
  memo(b, templates['2019']);
  assert.notEqual(memo(a, templates['2021']), first, 'a report asked again after another is computed again');
  assert.deepEqual(calls, ['a:2021', 'a:2019', 'b:2019', 'a:2021']);
});

test('lastReportMemo: a compute that throws is asked again next time', () => {
  const a = lint(fixture('shapes', 'clean-pipe.md')).report;
  let fail = true;
  const memo = lastReportMemo(() => {
    if (fail) throw new Error('boom');
    return 1;
  });
  assert.throws(() => memo(a, templates['2021']), /boom/);
  fail = false;
  assert.equal(memo(a, templates['2021']), 1);
});

test('sum findings of two reports linted in turn stay each their own', () => {
  const clean = fixture('shapes', 'clean-pipe.md');
  const broken = lint(clean).report.tables.find((t) => t.tableId === 'requests')!;
  const cell = broken.rows.find((r) => r.rowId === 'new')!.cells.at(-1)!;
  const wrong = clean.slice(0, cell.token.span.start) + String(cell.value! + 5) + clean.slice(cell.token.span.end);
  for (let i = 0; i < 3; i++) {
    assert.deepEqual(lint(clean).findings.filter((f) => f.ruleId.startsWith('sum-')), []);
    const found = lint(wrong).findings.filter((f) => f.ruleId === 'sum-row-total');
    assert.equal(found.length, 1);
    assert.equal(found[0].args.expected, cell.value);
  }
});
