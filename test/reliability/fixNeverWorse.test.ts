// Property: "fix all" never makes a report worse. On the clean report in every input shape and on
// mutants of it (wrong sums, blank and unit cells, lines and cells changed), fixAll never increases
// the number of findings, and it changes no line except table lines and the lines a fix of the
// first lint says it changes (a year, a citation, a heading); it adds lines only where a fix inserts
// them (a missing section or table). Fixed seed; NIANBAO_FUZZ_SCALE for more runs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fixAll, lint, LineIndex } from '../../core/src/index.js';
import { mutatedReport, mutatedText, shapeTexts, wrongSumReport } from './fuzzInputs.js';

const SEED = 20251203;
const SCALE = Math.max(1, Number(process.env.NIANBAO_FUZZ_SCALE) || 1);
const shapes = shapeTexts();
const totals = { documents: 0, changed: 0, fewer: 0 };

/** Indices of the lines of `a` and of `b` that a longest common subsequence of lines leaves out. */
function lineDiff(a: string[], b: string[]): { removed: number[]; added: number[] } {
  // Common prefix and suffix first: fixes are local, so the table left to compare is small.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[start + i] === b[start + j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const removed: number[] = [];
  const added: number[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[start + i] === b[start + j]) {
      i++;
      j++;
    } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) removed.push(start + i++);
    else added.push(start + j++);
  }
  return { removed, added };
}

function checkNeverWorse(text: string): void {
  const before = lint(text);
  const fixed = fixAll(text).text;
  totals.documents++;
  if (fixed === text) return;
  totals.changed++;
  const after = lint(fixed);
  assert.ok(after.findings.length <= before.findings.length, `findings ${before.findings.length} → ${after.findings.length}`);
  if (after.findings.length < before.findings.length) totals.fewer++;
  // Lines a fix may change: those of table rows (labels and cells), and those a fix of the first lint edits.
  const index = before.index;
  const allowed = new Set<number>();
  for (const table of before.report.tables) {
    for (const row of table.rows) {
      if (row.label) allowed.add(row.label.line);
      for (const t of row.rawCells) allowed.add(t.line);
    }
  }
  let inserts = false;
  for (const f of before.findings) {
    if (!f.fix?.safe) continue;
    for (const e of f.fix.edits) {
      for (let l = index.lineAt(e.start); l <= index.lineAt(e.end); l++) allowed.add(l);
      if (/[\r\n]/.test(e.text)) inserts = true;
    }
  }
  const a = text.split(/\r\n|\r|\n/);
  const b = fixed.split(/\r\n|\r|\n/);
  const { removed, added } = lineDiff(a, b);
  const stray = removed.filter((l) => !allowed.has(l));
  assert.deepEqual(stray.map((l) => a[l]), [], 'lines changed that are neither table lines nor a fix\'s own');
  if (added.length > removed.length) assert.ok(inserts, `lines added (${added.length - removed.length}) with no fix that inserts lines`);
  assert.ok(new LineIndex(fixed).lineCount > 0);
}

test('fix all never increases the findings and changes only table lines and the lines its fixes name (clean reports in every shape, and mutants)', () => {
  assert.ok(shapes.length >= 6, `found ${shapes.length} shapes`);
  for (const { text } of shapes) checkNeverWorse(text);
  fc.assert(fc.property(wrongSumReport(shapes), (input) => checkNeverWorse(mutatedText(input))), { seed: SEED, numRuns: 150 * SCALE });
  fc.assert(fc.property(mutatedReport(shapes, 4), (input) => checkNeverWorse(mutatedText(input))), { seed: SEED, numRuns: 150 * SCALE });
});

test('figures', (t) => {
  t.diagnostic(`${totals.documents} documents; fix all changed ${totals.changed}, leaving fewer findings in ${totals.fewer}`);
  assert.ok(totals.documents >= 300);
  assert.ok(totals.changed >= 50, `only ${totals.changed} documents were changed by fix all`);
});
