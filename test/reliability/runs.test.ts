// Long runs inside every construct the reader parses (test/reliability/runInputs.ts): each character
// the reader reacts to and each kind of whitespace, repeated 1,000, 10,000 and 100,000 times inside a
// heading, the title, a table cell, a pipe row, a delimiter row, an HTML cell, a comment, a bracketed
// note, a year and a number, alone and inside a real report. Each is checked like every fuzzed input
// (checkLint: no throw, no rule crash, spans inside the document) and must stay within the same
// generous bound as fuzzCore (a document of ≤ 100 KB in under 2 s): the super-linear regexes this
// replaced took 7 s for a 4 KB padded heading and 7 s for 100 KB of "[". The measured figures are in
// docs/RELIABILITY.md; this is a bound, not a benchmark.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './fuzzInputs.js';
import { checkLint } from './invariants.js';
import { ALL_RUNS, CONSTRUCTS, inReport, runCases, runOf } from './runInputs.js';

const BOUNDED_SIZE = 100_000;
const LINT_BOUND_MS = 2_000;
const report = readFileSync(join(projectRoot, 'examples', 'clean-2025.md'), 'utf8');

let cases = 0;
let slowest = { ms: 0, name: '', size: 0 };

function lintBounded(name: string, text: string): void {
  const { ms } = checkLint(text, {});
  cases++;
  if (ms > slowest.ms) slowest = { ms, name, size: text.length };
  if (text.length <= BOUNDED_SIZE + report.length + 200) {
    assert.ok(ms < LINT_BOUND_MS, `${name}: linting ${text.length} characters took ${ms.toFixed(0)} ms`);
  }
}

test('the generator covers every construct with every run, alone and in a report', () => {
  const all = [...runCases(report, [1000])];
  assert.equal(all.length, CONSTRUCTS.length * ALL_RUNS.length * 2);
  // Inside the report, the construct really is there, and the report around it too.
  for (const construct of CONSTRUCTS) {
    const text = inReport(report, construct, runOf('@', 50));
    assert.ok(text.includes(construct.wrap(runOf('@', 50))), construct.name);
    assert.ok(text.includes('三、收到和处理政府信息公开申请情况'), construct.name);
  }
});

test('runs of 1,000 and 10,000 of every character and whitespace kind in every construct', () => {
  for (const c of runCases(report, [1000, 10_000])) lintBounded(c.name, c.text);
});

test('runs of 100,000 of every character and whitespace kind in every construct', () => {
  for (const c of runCases(report, [100_000])) lintBounded(c.name, c.text);
});

test('the inputs of the adversarial probe: padded heading, 100 KB of brackets, unclosed comments, a title of spaces', () => {
  const padded = readFileSync(join(projectRoot, 'test', 'server', 'fixtures', 'padded-heading.md'), 'utf8');
  lintBounded('padded heading report', padded);
  lintBounded('# a + 8 KB of spaces + b', `# a${' '.repeat(8000)}b`);
  lintBounded('100 KB of [', '['.repeat(100_000));
  lintBounded('100 KB of （', '（'.repeat(100_000));
  lintBounded('section 一 with 100 KB of unclosed <!--', `一、总体情况\n${'<!--'.repeat(25_000)}\n二、主动公开政府信息情况\n`);
  lintBounded('a 100 KB title line of spaces', `x${' '.repeat(100_000)}x\n一、总体情况\n`);
});

test('figures', (t) => {
  t.diagnostic(`${cases} run documents linted; slowest: ${slowest.ms.toFixed(1)} ms (${slowest.name}, ${slowest.size} characters), bound ${LINT_BOUND_MS} ms`);
  assert.ok(cases > 0);
});
