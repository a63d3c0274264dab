// Fuzzing the core with a fixed seed and a small budget (npm test): on arbitrary text, generated
// reports and mutated real drafts, lint never throws, no rule crashes, every span lies inside the
// document, LineIndex round-trips, and a document of ≤ 100 KB is linted in bounded time.
// The long run of the same properties is scripts/fuzz.mjs (npm run fuzz -- --runs N).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex, lint } from '../../core/src/index.js';
import type { LintOptions, TemplateChoice } from '../../core/src/index.js';
import {
  anyString, anyUnicode, applyMutation, domainText, foundInputs, generatedReport, mutatedReport, mutatedText, seedTexts,
} from './fuzzInputs.js';
import { checkLineIndex, checkLint } from './invariants.js';

const SEED = 20251122;
/** A document of at most this size must be linted within LINT_BOUND_MS. */
const BOUNDED_SIZE = 100_000;
const LINT_BOUND_MS = 2_000;

const seeds = seedTexts();
let maxMs = 0;
let maxMsSize = 0;
let linted = 0;

/** checkLint plus the time bound, recording the slowest document of ≤ 100 KB. */
function lintChecked(text: string, options: LintOptions = {}): void {
  const { ms } = checkLint(text, options);
  linted++;
  if (text.length <= BOUNDED_SIZE) {
    if (ms > maxMs) [maxMs, maxMsSize] = [ms, text.length];
    assert.ok(ms < LINT_BOUND_MS, `linting ${text.length} characters took ${ms.toFixed(0)} ms`);
  }
}

const templateOption = fc.constantFrom<TemplateChoice>('auto', 'auto', '2021', '2019');
const params = (numRuns: number) => ({ seed: SEED, numRuns });

test('the seeds are there to mutate', () => {
  assert.ok(seeds.length >= 3, `found ${seeds.length} seed reports`);
});

test('arbitrary strings of any UTF-16 code units (lone surrogates, NUL, controls)', () => {
  fc.assert(fc.property(anyString(2000), (text) => lintChecked(text)), params(300));
});

test('arbitrary Unicode, astral planes included', () => {
  fc.assert(fc.property(anyUnicode(1000), (text) => lintChecked(text)), params(200));
});

test('text made of the pieces the reader reacts to (numerals, brackets, table markup, rule names)', () => {
  fc.assert(fc.property(domainText(600), templateOption, (text, template) => lintChecked(text, { template })), params(400));
});

test('generated reports in every table shape, heading style and line break, either template', () => {
  fc.assert(fc.property(generatedReport, templateOption, (text, template) => lintChecked(text, { template })), params(150));
});

test('mutated seeds and generated reports: lines deleted, duplicated, swapped, cut; cells and numbers replaced; BOM, NUL, mixed line breaks, long lines, wide rows', () => {
  fc.assert(fc.property(mutatedReport(seeds), templateOption, (input, template) => lintChecked(mutatedText(input), { template })), params(400));
});

test('every seed under every line-break convention, with a BOM, with NULs and truncated at every 97th character', () => {
  for (const { text } of seeds) {
    const variants = [
      text.replace(/\r\n|\r|\n/g, '\n'),
      text.replace(/\r\n|\r|\n/g, '\r\n'),
      text.replace(/\r\n|\r|\n/g, '\r'),
      applyMutation(text, { kind: 'line-breaks', pattern: 1_234_567 }),
      '\ufeff' + text,
      text.replace(/(.{50})/gs, '$1\u0000'),
    ];
    for (const v of variants) lintChecked(v);
    for (let cut = 0; cut <= text.length; cut += 97) lintChecked(text.slice(0, cut));
  }
});

test('a 10,000-column row in table 三 (pipe and tab) and 100 KB lines are linted in bounded time', () => {
  for (const { text } of seeds) {
    for (const pipe of [true, false]) {
      const at = text.split(/\r\n|\r|\n/).findIndex((l) => l.includes('（七）总计'));
      lintChecked(applyMutation(text, { kind: 'wide-row', at: Math.max(at, 0), columns: 10_000, pipe }));
    }
  }
  for (const unit of ['字', '0\t', '| 1 ', '（', '一、', '<td>1</td>']) {
    lintChecked(unit.repeat(Math.floor(BOUNDED_SIZE / unit.length)));
    lintChecked(`${seeds[0].text}\n${unit.repeat(Math.floor((BOUNDED_SIZE - seeds[0].text.length - 1) / unit.length))}`);
  }
});

test('100 KB reports made of repeated drafts stay within the bound', (t) => {
  for (const { text } of seeds) {
    const big = text.repeat(Math.floor(BOUNDED_SIZE / text.length));
    lintChecked(big);
  }
  t.diagnostic(`slowest document of ≤ 100 KB so far: ${maxMs.toFixed(1)} ms (${maxMsSize} characters), bound ${LINT_BOUND_MS} ms`);
});

test('a table of 100,000 lines (one dedicated run, several MB) is read without a crash', (t) => {
  const row = '1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0\n';
  const text = `${seeds[0].text}\n三、收到和处理政府信息公开申请情况\n${row.repeat(100_000)}`;
  const t0 = performance.now();
  const { findings, index } = lint(text);
  const ms = performance.now() - t0;
  for (const f of findings) {
    assert.ok(0 <= f.span.start && f.span.start <= f.span.end && f.span.end <= text.length, `${f.ruleId} span inside`);
    assert.notEqual(f.ruleId, 'internal-error', JSON.stringify(f.args));
  }
  checkLineIndex(index, text);
  t.diagnostic(`100,000-line table (${(text.length / 1e6).toFixed(1)} M characters): ${ms.toFixed(0)} ms, ${findings.length} findings`);
  assert.ok(ms < 60_000, `took ${ms.toFixed(0)} ms`);
});

test('LineIndex: offsets and positions round-trip on arbitrary line-break mixes', () => {
  const lineBreaky = fc.array(fc.constantFrom('a', '字', '\r', '\n', '\r\n', '😀', ''), { maxLength: 200 }).map((p) => p.join(''));
  fc.assert(fc.property(lineBreaky, (text) => {
    const index = new LineIndex(text);
    checkLineIndex(index, text, Array.from({ length: text.length + 1 }, (_, i) => i));
    for (let line = 0; line < index.lineCount; line++) {
      for (let character = 0; character <= index.lineEnd(line) - index.lineStarts[line]; character++) {
        assert.deepEqual(index.positionAt(index.offsetAt({ line, character })), { line, character });
      }
    }
  }), params(300));
});

test('inputs the long fuzz run once broke stay fixed (test/reliability/found)', { timeout: 120_000 }, () => {
  for (const input of foundInputs()) lintChecked(input.text, { template: input.template });
});

test('figures', (t) => {
  t.diagnostic(`${linted} documents linted; slowest of ≤ 100 KB: ${maxMs.toFixed(1)} ms (${maxMsSize} characters)`);
  assert.ok(linted > 1000);
});
