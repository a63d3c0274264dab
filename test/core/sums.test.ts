// Table-driven: every cell of 表三, in every input shape, changed by +1…+5 gives exactly one finding —
// a sum finding on that very cell that says what it should be — and "fix all" restores the original
// text byte for byte. 表四's groups do not cross: a wrong cell is reported on its group's total.
// Two wrong cells in one column are reported sum by sum, and nothing is fixed automatically.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFixes, fixAll, lint, type Cell } from '../../core/src/index.js';
import { cellEdit } from '../../core/src/fix/cellEdit.js';
import { fixture, replaceOnce, shapes } from './fixtures.js';

function cellOf(text: string, tableId: string, rowId: string, columnId: string): Cell {
  const { report, template } = lint(text);
  const spec = template.tables.find((t) => t.id === tableId)!;
  const rowSpec = spec.rows.find((r) => r.id === rowId)!;
  const row = report.tables.find((t) => t.tableId === tableId)!.rows.find((r) => r.rowId === rowId)!;
  return row.cells[rowSpec.columns.indexOf(columnId)];
}

/** The text with one cell rewritten as a person would type it (a grid cell keeps its width). */
function withCell(text: string, cell: Cell, value: number): { text: string; start: number } {
  const edit = cell.token.source === 'grid' ? cellEdit(text, cell.token, String(value))! : { ...cell.token.span, text: String(value) };
  const start = edit.start + (edit.text.length - edit.text.trimStart().length);
  return { text: text.slice(0, edit.start) + edit.text + text.slice(edit.end), start };
}

/** The rule a wrong cell of 表三 is reported under: the sum it is the total of, else its row's total. */
function ruleFor(rowId: string, columnId: string): string {
  if (columnId === 'total') return 'sum-row-total';
  if (rowId === 'outcomeTotal') return 'sum-outcome-total';
  if (rowId === 'carryOver') return 'sum-balance';
  return 'sum-row-total';
}

const requestsSpec = lint(fixture('shapes', 'clean-pipe.md')).template.tables.find((t) => t.id === 'requests')!;
const dataRows = requestsSpec.rows.filter((r) => r.columns.length > 0);

for (const shape of shapes) {
  test(`${shape}: every cell of 表三 changed by +1…+5 → one finding on that cell; fix all restores the text`, () => {
    const clean = fixture('shapes', shape);
    assert.deepEqual(lint(clean).findings, [], 'the shape is clean');
    let cases = 0;
    for (const row of dataRows) {
      for (const columnId of row.columns) {
        const cell = cellOf(clean, 'requests', row.id, columnId);
        const original = cell.value!;
        for (let delta = 1; delta <= 5; delta++) {
          const { text, start } = withCell(clean, cell, original + delta);
          const where = `${row.id}.${columnId} +${delta}`;
          const found = lint(text).findings;
          // A cell of （七）总计 is in three sums (its row, its column's outcomes, its column's balance); any other in two.
          const crossing = row.id === 'outcomeTotal' ? 3 : 2;
          assert.deepEqual(found.map((f) => [f.ruleId, f.messageId, f.span.start, f.args.expected, f.args.actual, f.fix?.safe]),
            [[ruleFor(row.id, columnId), `sum-cell.${crossing}`, start, original, String(original + delta), true]], where);
          assert.equal(fixAll(text).text, clean, `${where}: fix all writes the cell back`);
          cases++;
        }
      }
    }
    assert.equal(cases, 25 * 7 * 5);
  });
}

test('the wrong cell\'s message says what it should be and which sums say so; they are its related locations', () => {
  const clean = fixture('shapes', 'clean-pipe.md');
  const text = replaceOnce(clean, '| （一）予以公开 | 8 | 1 | 0 |', '| （一）予以公开 | 8 | 1 | 4 |');
  const [f] = lint(text).findings;
  assert.equal(f.args.column, '科研机构');
  assert.deepEqual([f.args.reason1, f.args.reason2], ['@sum.rowTotal.asTerm', '@sum.outcomeTotal.asTerm']);
  assert.deepEqual(f.related.map((r) => [text.slice(r.start, r.end), r.messageId, r.args.reason]), [
    ['9', 'related.crossing', '@sum.rowTotal.asTerm'],
    ['0', 'related.crossing', '@sum.outcomeTotal.asTerm'],
  ]);
  assert.equal(text.slice(f.related[1].start - 30, f.related[1].end).includes('（七）总计'), true);
});

test('表四: a wrong outcome is reported on its group\'s total (the groups do not cross)', () => {
  const clean = fixture('shapes', 'clean-pipe.md');
  for (const group of ['review', 'direct', 'after']) {
    for (const outcome of ['Upheld', 'Corrected', 'Other', 'Pending']) {
      const cell = cellOf(clean, 'review', 'review', group + outcome);
      const total = cellOf(clean, 'review', 'review', group + 'Total');
      const { text } = withCell(clean, cell, cell.value! + 2);
      const found = lint(text).findings;
      assert.deepEqual(found.map((f) => [f.ruleId, f.span.start, f.args.expected]), [['sum-review-total', total.token.span.start, total.value! + 2]], group + outcome);
    }
  }
});

test('two wrong cells in one column: each failing sum is reported on its total, and fix all leaves them to a person', () => {
  const clean = fixture('shapes', 'clean-pipe.md');
  let text = replaceOnce(clean, '| （一）予以公开 | 8 |', '| （一）予以公开 | 9 |');
  text = replaceOnce(text, '| （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 3 |', '| （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 5 |');
  const found = lint(text).findings;
  assert.deepEqual(found.map((f) => [f.ruleId, f.messageId, f.args.expected, f.args.actual, f.fix?.safe]), [
    ['sum-row-total', 'sum-row-total', 10, '9', false],
    ['sum-row-total', 'sum-row-total', 6, '4', false],
    ['sum-outcome-total', 'sum-outcome-total', 22, '19', false],
  ]);
  assert.equal(fixAll(text).text, text);
});

test('two wrong cells in one row: no one cell explains the crossing sums, nothing is fixed automatically', () => {
  const clean = fixture('shapes', 'clean-pipe.md');
  const text = replaceOnce(clean, '| （七）总计 | 19 | 2 |', '| （七）总计 | 18 | 5 |');
  // The row's 总计 and the two balances fail too, as consequences of the two wrong （七）总计 cells: not reported.
  const found = lint(text).findings;
  assert.deepEqual(found.map((f) => [f.ruleId, f.messageId, f.args.expected, f.args.actual, f.fix?.safe]), [
    ['sum-outcome-total', 'sum-outcome-total', 19, '18', false],
    ['sum-outcome-total', 'sum-outcome-total', 2, '5', false],
  ]);
  assert.equal(fixAll(text).text, text);
});

test('a blank 总计 whose parts are numbers: the sum finding with the computed value (not "fill in 0"); its fix writes it', () => {
  const clean = fixture('shapes', 'clean-pipe.md');
  const text = replaceOnce(clean, '| （一）予以公开 | 8 | 1 | 0 | 0 | 0 | 0 | 9 |', '| （一）予以公开 | 8 | 1 | 0 | 0 | 0 | 0 |  |');
  const found = lint(text).findings;
  assert.deepEqual(found.map((f) => [f.ruleId, f.messageId, f.args.expected, f.args.actual, f.fix?.safe]), [['sum-row-total', 'sum-row-total', 9, '@cell.blank', true]]);
  assert.equal(applyFixes(text, [found[0].fix!]).text, clean.replace('| 0 | 9 |', '| 0 | 9 |'));
  assert.equal(fixAll(text).text, clean);
});

test('a whole 总计 column left blank: each row gets its sum, fix all fills the column', () => {
  const clean = fixture('shapes', 'clean-tsv.txt');
  const lines = clean.split('\n');
  const { report } = lint(clean);
  const table = report.tables.find((t) => t.tableId === 'requests')!;
  const totals = new Set(table.rows.filter((r) => r.cells.length === 7).map((r) => r.cells[6].token.line));
  const blanked = lines.map((l, i) => (totals.has(i) ? l.replace(/\t\d+(\t?)$/, '\t$1') : l)).join('\n');
  const found = lint(blanked).findings;
  assert.equal(found.length, 25);
  assert.ok(found.every((f) => f.ruleId === 'sum-row-total' && f.args.actual === '@cell.blank' && f.fix?.safe), found.map((f) => f.messageId).join());
  assert.equal(fixAll(blanked).text, clean);
});

test('the 总计 column all 0 while 自然人 has numbers (as published): each row total reported; no fix is automatic', () => {
  const clean = fixture('shapes', 'clean-pipe.md');
  let text = replaceOnce(clean, '| （一）予以公开 | 8 | 1 | 0 | 0 | 0 | 0 | 9 |', '| （一）予以公开 | 8 | 1 | 0 | 0 | 0 | 0 | 0 |');
  text = replaceOnce(text, '| （七）总计 | 19 | 2 | 0 | 1 | 1 | 0 | 23 |', '| （七）总计 | 19 | 2 | 0 | 1 | 1 | 0 | 14 |');
  // （一）'s total and （七）'s total: each fails alone, and changing either alone would break the 总计 column.
  const found = lint(text).findings;
  assert.ok(found.length >= 2 && found.every((f) => f.ruleId.startsWith('sum-') && f.fix?.safe === false));
  assert.equal(fixAll(text).text, text);
});

test('a 总计 column filled with 0 (as in published drafts): one fix writes every unfilled total together, fix all applies it', () => {
  const clean = fixture('shapes', 'clean-pipe.md');
  const { report } = lint(clean);
  const rows = report.tables.find((t) => t.tableId === 'requests')!.rows.filter((r) => r.cells.length === 7);
  let text = clean;
  for (const row of [...rows].reverse()) {
    const total = row.cells[6].token.span;
    text = text.slice(0, total.start) + '0' + text.slice(total.end);
  }
  const found = lint(text).findings;
  const nonZero = rows.filter((r) => r.cells[6].value !== 0).length;
  assert.equal(found.length, nonZero);
  assert.deepEqual(found.map((f) => [f.ruleId, f.args.actual, f.fix?.messageId, f.fix?.safe]), found.map((_, i) => ['sum-row-total', '0', i === 0 ? 'fix.sumsTogether' : 'fix.sum', i === 0]));
  assert.equal(found[0].fix!.edits.length, nonZero);
  assert.equal(applyFixes(text, [found[0].fix!]).text, clean);
  assert.equal(fixAll(text).text, clean);
  // One of those totals written by hand as a wrong number: not "unfilled" any more, nothing automatic.
  const wrong = replaceOnce(text, '| （七）总计 | 19 | 2 | 0 | 1 | 1 | 0 | 0 |', '| （七）总计 | 19 | 2 | 0 | 1 | 1 | 0 | 5 |');
  assert.ok(lint(wrong).findings.every((f) => f.fix?.safe === false));
  assert.equal(fixAll(wrong).text, wrong);
});

test('the message names the formula with values, and the zero terms are summarised', () => {
  const clean = fixture('shapes', 'clean-pipe.md');
  let text = replaceOnce(clean, '| （七）总计 | 19 |', '| （七）总计 | 20 |');
  text = replaceOnce(text, '| 四、结转下年度继续办理 | 3 |', '| 四、结转下年度继续办理 | 2 |');
  const f = lint(text).findings.find((x) => x.ruleId === 'sum-outcome-total')!;
  assert.equal(f.args.formula, '予以公开 8 + 部分公开 3 + 保护第三方合法权益 1 + 本机关不掌握相关政府信息 4 + 没有现成信息需要另行制作 1 + 重复申请 1 + 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 1');
  assert.equal(f.args.formulaRest, '@formula.restZero');
  // Related: the terms that are not zero, then the total (not all 21 cells of the column).
  assert.deepEqual(f.related.map((r) => text.slice(r.start, r.end)), ['8', '3', '1', '4', '1', '1', '1', '20']);
});
