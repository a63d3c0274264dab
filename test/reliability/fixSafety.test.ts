// Fix safety over every seed and over a thousand mutated reports (fixed seed; NIANBAO_FUZZ_SCALE for more): a single fix changes
// text only inside its own edits, undoing it restores the original exactly, a safe fix removes its
// own finding; fixAll converges within MAX_FIX_PASSES and is idempotent. Wrong sums in tables 三
// and 四 are mutated in heavily so that the sum fixes (and their interplay) are exercised most.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyFixes, lint, MAX_FIX_PASSES } from '../../core/src/index.js';
import type { TemplateChoice } from '../../core/src/index.js';
import { foundInputs, generatedReport, mutatedReport, mutatedText, reportSpec, renderReport, seedTexts, shapeTexts, wrongSumReport } from './fuzzInputs.js';
import { checkFixSafety, inverseEdits, type FixFacts } from './invariants.js';

const SEED = 20251122;
/** NIANBAO_FUZZ_SCALE=10 npm test multiplies every budget below (default 1: about 20 s on one core). */
const SCALE = Math.max(1, Number(process.env.NIANBAO_FUZZ_SCALE) || 1);
const runs = (n: number) => ({ seed: SEED, numRuns: n * SCALE });
const seeds = seedTexts();
const totals = { documents: 0, fixes: 0, safeFixes: 0, fixAllApplied: 0, maxPasses: 0, byRule: new Map<string, number>() };

function checked(text: string, template: TemplateChoice = 'auto', maxFixes = Infinity): FixFacts {
  const facts = checkFixSafety(text, { template }, maxFixes);
  totals.documents++;
  totals.fixes += facts.fixes;
  totals.safeFixes += facts.safeFixes;
  totals.fixAllApplied += facts.applied;
  totals.maxPasses = Math.max(totals.maxPasses, facts.passes);
  for (const [rule, n] of Object.entries(facts.byRule)) totals.byRule.set(rule, (totals.byRule.get(rule) ?? 0) + n);
  return facts;
}

const templateOption = fc.constantFrom<TemplateChoice>('auto', 'auto', 'auto', '2021', '2019');

test('every seed and example, under each template: all single fixes and fix-all are safe', () => {
  for (const { name, text } of seeds) {
    for (const template of ['auto', '2021', '2019'] as const) {
      assert.doesNotThrow(() => checked(text, template), `${name} (${template})`);
    }
  }
});

test('the clean report in every input shape (grid and multiline tables too), mutated and with wrong sums: fixes are safe', () => {
  const shapes = shapeTexts();
  assert.ok(shapes.length >= 6, `found ${shapes.length} shapes`);
  fc.assert(fc.property(mutatedReport(shapes, 6, { longLine: 2_000, wideRow: 200 }), templateOption, (input, template) => {
    checked(mutatedText(input), template, 8);
  }), runs(150));
  fc.assert(fc.property(wrongSumReport(shapes), (input) => {
    checked(mutatedText(input), 'auto', 5);
  }), runs(150));
});

test('reports with wrong sums in tables 三 and 四 (1 to 8 cells changed)', () => {
  fc.assert(fc.property(wrongSumReport(seeds), (input) => {
    checked(mutatedText(input), 'auto', 5);
  }), runs(500));
});

test('mutated seeds and generated reports (lines, cells, numbers, line breaks, BOM, NUL)', () => {
  fc.assert(fc.property(mutatedReport(seeds, 6, { longLine: 2_000, wideRow: 200 }), templateOption, (input, template) => {
    checked(mutatedText(input), template, 4);
  }), runs(400));
});

test('generated reports with sections, or only their headings, left out (insert-section and insert-table fixes)', () => {
  const gappy = reportSpec.map((s) => ({ ...s, sections: s.sections.map((p, i) => ((i + s.year) % 3 === 0 ? (s.year % 2 ? 'absent' : 'no-heading') : p)) })).map(renderReport);
  fc.assert(fc.property(fc.oneof(gappy, generatedReport), templateOption, (text, template) => {
    checked(text, template, 6);
  }), runs(150));
});

test('undo of a whole fix-all pass (all applied fixes at once) restores the original', () => {
  fc.assert(fc.property(wrongSumReport(seeds), (input) => {
    const text = mutatedText(input);
    const fixes = lint(text).findings.filter((f) => f.fix?.safe).map((f) => f.fix!);
    const { text: after, applied } = applyFixes(text, fixes);
    const undo = inverseEdits(text, applied.flatMap((f) => f.edits));
    assert.equal(applyFixes(after, [{ messageId: 'undo', args: {}, edits: undo, safe: true }]).text, text);
  }), runs(300));
});

test('inputs the long fuzz run once broke stay fixed (test/reliability/found)', { timeout: 120_000 }, () => {
  for (const input of foundInputs()) checked(input.text, input.template);
});

test('figures', (t) => {
  const rules = [...totals.byRule].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ${n}`).join(', ');
  t.diagnostic(`${totals.documents} documents; ${totals.fixes} single fixes applied and undone, ${totals.safeFixes} safe fixes re-linted; fix-all applied ${totals.fixAllApplied} fixes, at most ${totals.maxPasses} passes (limit ${MAX_FIX_PASSES})`);
  t.diagnostic(`fixes by rule: ${rules}`);
  assert.ok(totals.documents >= 1000, `only ${totals.documents} documents checked`);
  assert.ok(totals.fixes > 3000, `only ${totals.fixes} fixes checked`);
  assert.ok((totals.byRule.get('sum-row-total') ?? 0) > 1000, 'sum fixes are exercised heavily');
});
