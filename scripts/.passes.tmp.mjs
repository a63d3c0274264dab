import fc from 'fast-check';
import * as I from '../out/test/reliability/fuzzInputs.js';
import { lint, applyFixes, fixAll } from '../out/core/src/index.js';
const seeds = I.seedTexts();
const samples = fc.sample(I.wrongSumReport(seeds), { numRuns: 300, seed: 42 });
for (const s of samples) {
  let t = I.mutatedText(s);
  const fa = fixAll(t);
  if (fa.passes < 7) continue;
  for (let p = 0; p < 10; p++) {
    const fs = lint(t).findings.filter(f => f.fix?.safe);
    if (!fs.length) break;
    const res = applyFixes(t, fs.map(f => f.fix));
    console.log('pass', p, 'applied', res.applied.length, 'skipped', res.skipped.length, fs.map(f => `${f.ruleId}:${JSON.stringify(f.args.label ?? '')}/${f.args.column ?? ''} ${f.args.actual}->${f.args.expected}`).join(' | '));
    t = res.text;
  }
  break;
}
