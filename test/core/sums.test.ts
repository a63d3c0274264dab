// Table-driven: a wrong value in every total cell of 表三 and 表四, in every shape, gives the sum
// finding on exactly that cell, naming the right value; its fix writes exactly that value back.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFixes, fixAll, lint, type Cell } from '../../core/src/index.js';
import { fixture } from './fixtures.js';

const shapesForSums = ['clean-pipe.md', 'clean-tsv.txt', 'clean-html.md', 'clean-cells.txt'];
const columns = ['natural', 'business', 'research', 'charity', 'legal', 'otherOrg', 'total'];

function cellOf(text: string, tableId: string, rowId: string, columnId: string): Cell {
  const { report, template } = lint(text);
  const spec = template.tables.find((t) => t.id === tableId)!;
  const rowSpec = spec.rows.find((r) => r.id === rowId)!;
  const row = report.tables.find((t) => t.tableId === tableId)!.rows.find((r) => r.rowId === rowId)!;
  return row.cells[rowSpec.columns.indexOf(columnId)];
}

interface Case {
  ruleId: string;
  tableId: string;
  rowId: string;
  columnId: string;
}

const cases: Case[] = [
  ...['new', 'carried', 'open', 'partial', 'refuse4', 'cannot1', 'other1', 'outcomeTotal', 'carryOver'].map((rowId) => ({ ruleId: 'sum-row-total', tableId: 'requests', rowId, columnId: 'total' })),
  ...columns.map((columnId) => ({ ruleId: 'sum-outcome-total', tableId: 'requests', rowId: 'outcomeTotal', columnId })),
  ...columns.map((columnId) => ({ ruleId: 'sum-balance', tableId: 'requests', rowId: 'carryOver', columnId })),
  ...['review', 'direct', 'after'].map((g) => ({ ruleId: 'sum-review-total', tableId: 'review', rowId: 'review', columnId: `${g}Total` })),
];

for (const shape of shapesForSums) {
  const clean = fixture('shapes', shape);
  for (const c of cases) {
    test(`${shape}: wrong ${c.tableId}.${c.rowId}.${c.columnId} → ${c.ruleId} on that cell, and nothing else`, () => {
      const cell = cellOf(clean, c.tableId, c.rowId, c.columnId);
      const original = cell.value!;
      const wrong = original + 7;
      const text = clean.slice(0, cell.token.span.start) + String(wrong) + clean.slice(cell.token.span.end);
      const result = lint(text);
      // A 总计-column cell of （七） or 四 is also its row's total: either sum may name it, once.
      const rules = c.columnId === 'total' ? [c.ruleId, 'sum-row-total'] : [c.ruleId];
      const hit = result.findings.find((f) => rules.includes(f.ruleId) && f.span.start === cell.token.span.start);
      assert.ok(hit, `finding ${c.ruleId} at the cell; got ${result.findings.map((f) => f.ruleId).join(', ')}`);
      assert.equal(hit.severity, 'error');
      assert.equal(hit.args.expected, original);
      assert.equal(hit.args.actual, String(wrong));
      assert.ok(hit.related.length >= 2, 'the summed cells are related locations');
      const sums = result.findings.filter((f) => f.ruleId.startsWith('sum-'));
      assert.equal(sums.length, 1, `one wrong cell gives one sum finding, not its consequences: ${sums.map((f) => f.ruleId)}`);
      const fixed = applyFixes(text, [hit.fix!]).text;
      assert.equal(fixed, clean, 'the fix writes the computed value back');
      assert.deepEqual(lint(fixAll(text).text).findings.filter((f) => f.ruleId.startsWith('sum-')), [], 'fix all leaves no sum finding');
    });
  }
}

test('a blank total whose parts are numbers gets the sum finding and the blank-cell finding; the fix fills it', () => {
  const clean = fixture('shapes', 'clean-pipe.md');
  const text = clean.replace('| （一）予以公开 | 8 | 1 | 0 | 0 | 0 | 0 | 9 |', '| （一）予以公开 | 8 | 1 | 0 | 0 | 0 | 0 |  |');
  const result = lint(text);
  const rules = result.findings.map((f) => f.ruleId);
  assert.ok(rules.includes('sum-row-total'));
  assert.ok(rules.includes('table-cell-invalid'));
  const sum = result.findings.find((f) => f.ruleId === 'sum-row-total')!;
  assert.equal(sum.args.expected, 9);
  assert.equal(applyFixes(text, [sum.fix!]).text, clean.replace('| 0 | 9 |', '| 0 | 9 |'));
  assert.deepEqual(lint(fixAll(text).text).findings, []);
});

test('the message names the formula with values, and the zero terms are summarised', () => {
  const clean = fixture('shapes', 'clean-pipe.md');
  const text = clean.replace('| （七）总计 | 19 |', '| （七）总计 | 20 |');
  const f = lint(text).findings.find((x) => x.ruleId === 'sum-outcome-total')!;
  assert.equal(f.args.formula, '予以公开 8 + 部分公开 3 + 保护第三方合法权益 1 + 本机关不掌握相关政府信息 4 + 没有现成信息需要另行制作 1 + 重复申请 1 + 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 1');
  assert.equal(f.args.formulaRest, '@formula.restZero');
});
