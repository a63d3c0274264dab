// The reader gives the same verdict whatever shape a report arrives in: every real report and seed,
// re-written in the other shapes (reshape/), yields its reviewed golden findings (rule, message id and
// message; lines may move), and fix-all never adds findings nor touches a line outside the tables
// except where a structural fix the golden declares says it does.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fixAll, formatMessage, lint } from '../../core/src/index.js';
import { fixture, root } from './fixtures.js';
import { readModel } from './reshape/model.js';
import { reshape, variants } from './reshape/variants.js';
import { shapeChanges } from './reshape/expected.js';

interface GoldenFinding { ruleId: string; messageId: string; message: string }

const reports = [
  ...readdirSync(join(root, 'test', 'fixtures', 'seeds')).map((f) => ['seeds', f] as const),
  ...readdirSync(join(root, 'test', 'fixtures', 'real')).filter((f) => f !== 'README.md').map((f) => ['real', f] as const),
];

const golden = (name: string) => (JSON.parse(readFileSync(join(root, 'test', 'core', 'golden', `${name}.json`), 'utf8')) as { findings: GoldenFinding[] }).findings;
const verdict = (text: string) => lint(text).findings.map((f) => ({ ruleId: f.ruleId, messageId: f.messageId, message: formatMessage(f.messageId, f.args, 'zh-cn') }));
const key = (f: GoldenFinding) => `${f.ruleId} ${f.messageId} ${f.message}`;

// Rules whose fix inserts or removes whole lines (a missing section or table, a true duplicate).
const STRUCTURAL = new Set(['section-missing', 'section-duplicate', 'table-missing', 'template-outdated']);

function tableLines(text: string): Set<number> {
  const { report, index } = lint(text);
  const lines = new Set<number>();
  for (const table of report.tables) {
    for (const row of table.rows) {
      for (const token of [row.label, ...row.rawCells, ...row.cells.map((c) => c.token)]) {
        if (!token) continue;
        for (let l = index.positionAt(token.span.start).line; l <= index.positionAt(token.span.end).line; l++) lines.add(l);
      }
    }
  }
  return lines;
}

// The lines of `before` that a line diff (longest common subsequence) does not keep in `after`.
function changedLines(before: string[], after: string[]): number[] {
  const n = before.length;
  const m = after.length;
  const lcs = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = before[i] === after[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const changed: number[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) { i++; j++; } else if (lcs[i + 1][j] >= lcs[i][j + 1]) changed.push(i++); else j++;
  }
  while (i < n) changed.push(i++);
  return changed;
}

test('the generator keeps every number and every heading of each report', () => {
  for (const [dir, name] of reports) {
    const text = fixture(dir, name);
    const numbers = (t: string) => (t.match(/\d+(?:\.\d+)?/g) ?? []).filter((x) => x !== '2').sort().join(' ');
    for (const variant of variants.filter((v) => !v.comment && !v.repeatLabel)) {
      const shaped = reshape(text, variant);
      // rowspan/colspan and pipe rules carry digits of their own; count only the text's numbers.
      const strip = (t: string) => t.replace(/(?:rowspan|colspan)="\d+"/g, '');
      assert.equal(numbers(strip(shaped).replace(/\r/g, '')), numbers(strip(text)), `${name} ${variant.name}`);
    }
    assert.ok(readModel(text).some((b) => b.kind === 'table'), `${name} has tables the generator reads`);
  }
});

for (const [dir, name] of reports) {
  const expected = golden(name).map(key);
  for (const variant of variants) {
    test(`${name} as ${variant.name}: the golden findings, and fix-all makes nothing worse`, () => {
      const text = reshape(fixture(dir, name), variant);
      const changes = shapeChanges.filter((c) => c.report === name && c.variant === variant.name);
      let wanted = expected;
      for (const change of changes) {
        assert.ok(wanted.some((k) => k.includes(change.from)), `the golden of ${name} says ${change.from}`);
        wanted = wanted.map((k) => k.replace(change.from, change.to));
      }
      const actual = verdict(text).map(key);
      assert.deepEqual([...actual].sort(), [...wanted].sort(), changes.map((c) => c.why).join(' '));
      const fixed = fixAll(text).text;
      assert.ok(lint(fixed).findings.length <= actual.length, 'fix-all adds no finding');
      const structural = golden(name).some((f) => STRUCTURAL.has(f.ruleId));
      if (!structural) {
        const lines = text.split(/\r\n|\r|\n/);
        const cells = tableLines(text);
        const outside = changedLines(lines, fixed.split(/\r\n|\r|\n/)).filter((l) => !cells.has(l));
        assert.deepEqual(outside.map((l) => lines[l]), [], 'fix-all changes no line outside the tables');
      }
    });
  }
}
