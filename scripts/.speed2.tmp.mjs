import fc from 'fast-check';
import * as I from '../out/test/reliability/fuzzInputs.js';
import * as V from '../out/test/reliability/invariants.js';
const seeds = I.seedTexts();
console.log(seeds.map(s => s.name));
for (const [name, arb] of [['wrongSum', I.wrongSumReport(seeds)], ['mutated', I.mutatedReport(seeds)], ['generated', I.reportSpec.map(I.renderReport).map(t => ({base: t, mutations: []}))]]) {
  let fixes = 0, safe = 0, maxPasses = 0, n = 0;
  const t0 = performance.now();
  const r = fc.check(fc.property(arb, (inp) => { const f = V.checkFixSafety(I.mutatedText(inp)); fixes += f.fixes; safe += f.safeFixes; maxPasses = Math.max(maxPasses, f.passes); n++; }), { numRuns: 300, seed: 42 });
  console.log(name, r.failed ? 'FAILED ' + r.errorInstance?.message : 'ok', n, 'fixes', fixes, 'safe', safe, 'maxPasses', maxPasses, ((performance.now() - t0) / n).toFixed(1), 'ms/case');
}
