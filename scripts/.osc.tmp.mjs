import fc from 'fast-check';
import * as I from '../out/test/reliability/fuzzInputs.js';
import * as V from '../out/test/reliability/invariants.js';
import { lint, applyFixes } from '../out/core/src/index.js';
const seeds = I.seedTexts();
const r = fc.check(fc.property(I.mutatedReport(seeds).map(I.mutatedText), (t) => { V.checkFixSafety(t); }), { numRuns: 300, seed: 1 });
let t = r.counterexample[0];
for (let p = 0; p < 5; p++) {
  const fs = lint(t).findings.filter(f => f.fix?.safe);
  console.log('pass', p, fs.map(f => `${f.ruleId}@${f.span.start}:${JSON.stringify(t.slice(f.span.start, f.span.end))}->${JSON.stringify(f.fix.edits.map(e=>[e.start,e.end,e.text]))}`).join('\n  '));
  t = applyFixes(t, fs.map(f => f.fix)).text;
}
