// Grid tables (pandoc's Markdown for a Word table): cells read with their exact spans, a cell
// wrapped over lines read as one, and fixes that keep the grid's pipes in line.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFixes, lint } from '../../core/src/index.js';
import { displayWidth } from '../../core/src/text/displayWidth.js';
import { fixture, replaceOnce } from './fixtures.js';

const grid = fixture('shapes', 'clean-grid.md');

/** The display width of every line of the grid tables (border and content lines alike). */
function gridWidths(text: string): number[] {
  return text.split('\n').filter((l) => /^[+|]/.test(l)).map(displayWidth);
}

/** Whether every grid table's lines are as wide as its borders (the pipes are in line). */
function aligned(text: string): boolean {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('+')) continue;
    const width = displayWidth(lines[i]);
    for (let j = i + 1; j < lines.length && /^[+|]/.test(lines[j]); j++) if (displayWidth(lines[j]) !== width) return false;
  }
  return true;
}

test('the grid fixture wraps cells over lines, and every line of a table is as wide as its borders', () => {
  assert.match(grid, /\| 一、本年新收政府 \|.*\n\| 信息公开申请数量 \|/);
  assert.ok(aligned(grid));
});

test('a cell wrapped over lines is one token: its parts joined, its span the first part, every part kept', () => {
  const { report } = lint(grid);
  const row = report.tables.find((t) => t.tableId === 'requests')!.rows.find((r) => r.rowId === 'new')!;
  const label = row.label!;
  assert.equal(label.text, '一、本年新收政府信息公开申请数量');
  assert.equal(label.source, 'grid');
  assert.equal(grid.slice(label.span.start, label.span.end), '一、本年新收政府');
  assert.deepEqual(label.pieces?.map((p) => grid.slice(p.start, p.end)), ['一、本年新收政府', '信息公开申请数量']);
  assert.deepEqual(row.cells.map((c) => c.value), [20, 3, 0, 1, 1, 0, 25]);
  for (const cell of row.cells) assert.equal(grid.slice(cell.token.span.start, cell.token.span.end), String(cell.value));
});

test('a wrong total in a grid table: the fix writes the right one and keeps the pipes in line', () => {
  const text = replaceOnce(grid, '| 0    | 23   |', '| 0    | 230  |');
  const [f, ...rest] = lint(text).findings;
  assert.deepEqual([f?.ruleId, rest.length], ['sum-row-total', 0]);
  assert.equal(text.slice(f!.span.start, f!.span.end), '230');
  assert.equal(f!.args.expected, 23);
  const fixed = applyFixes(text, [f!.fix!]).text;
  assert.equal(fixed, grid);
  assert.ok(aligned(fixed));
});

test('a count with a unit and a renamed row in a grid: fixed in place, the widths kept', () => {
  let text = replaceOnce(grid, '| 行政处罚 | 4                |', '| 行政处罚 | 4件              |');
  text = replaceOnce(text, '| 行政规范性文件 | 2            |', '| 规范性文件     | 2            |');
  assert.ok(aligned(text));
  const found = lint(text).findings;
  assert.deepEqual(found.map((f) => f.ruleId).sort(), ['table-cell-invalid', 'table-row-unknown']);
  assert.ok(found.every((f) => f.fix));
  const fixed = applyFixes(text, found.map((f) => f.fix!)).text;
  assert.equal(fixed, grid);
  assert.deepEqual(gridWidths(fixed), gridWidths(grid));
});

test('a label wrapped over lines is reported but not rewritten: no single edit rewrites it', () => {
  const text = replaceOnce(grid, '| 行政规范性文件 | 2            | 1            | 5            |',
    '| 规范性         | 2            | 1            | 5            |\n| 文件           |              |              |              |');
  assert.ok(aligned(text));
  const [f, ...rest] = lint(text).findings;
  assert.deepEqual([f?.ruleId, f?.args.actual, rest.length], ['table-row-unknown', '规范性文件', 0]);
  assert.equal(f!.fix, undefined);
});

test('a grid cut by a line of prose ends there; the rows after it are still read, by their pipes', () => {
  const cut = grid.indexOf('| （一）予以公开');
  const text = `${grid.slice(0, cut)}这里插入了一行说明。\n${grid.slice(cut)}`;
  const result = lint(text);
  assert.deepEqual(result.findings, []);
  const requests = result.report.tables.find((t) => t.tableId === 'requests')!;
  assert.deepEqual(requests.rows.find((r) => r.rowId === 'open')?.cells.map((c) => c.value), [8, 1, 0, 0, 0, 0, 9]);
  assert.equal(requests.rows.find((r) => r.rowId === 'open')?.label?.source, 'pipe');
});

test('an escaped pipe (\\|) is part of a grid cell, not a column edge', () => {
  const text = replaceOnce(grid, '| 行政处罚 | 4                |', '| 行政处罚 | 4 \\| 3            |');
  const row = lint(text).report.tables.find((t) => t.tableId === 'active')!.rows.find((r) => r.rowId === 'penalty')!;
  assert.deepEqual(row.rawCells.map((c) => c.text), ['4 | 3']);
});

test('replacing a grid table in the other template replaces the whole grid, borders and all', () => {
  const text = grid.replaceAll('2025', '2020').replace('（国办公开办函〔2021〕30号）', '');
  const [f] = lint(text).findings;
  assert.equal(f?.ruleId, 'template-too-new');
  const fixed = applyFixes(text, [f!.fix!]).text;
  const start = fixed.indexOf('**第二十条第（一）项**');
  const block = fixed.slice(start, fixed.indexOf('**第二十条第（五）项**'));
  assert.doesNotMatch(block, /^\+/m, 'no border line of the old grid is left');
  assert.match(block, /\| 规范性文件 \|/);
});
