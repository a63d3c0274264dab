import fc from 'fast-check';
import * as I from '/work/main/out/test/reliability/fuzzInputs.js';
import * as V from '/work/main/out/test/reliability/invariants.js';
const seeds = I.seedTexts();
const which = process.argv[2] ?? 'lint';
const arb = which === 'gen' ? I.generatedReport : which === 'str' ? fc.oneof(I.anyString(), I.anyUnicode(), I.domainText()) : I.mutatedReport(seeds).map(I.mutatedText);
const prop = which === 'fix' ? (t) => { V.checkFixSafety(t); } : (t) => { V.checkLint(t); };
const r = fc.check(fc.property(arb, prop), { numRuns: Number(process.argv[3] ?? 300), seed: Number(process.argv[4] ?? 1) });
if (r.failed) { console.log(r.errorInstance?.message ?? r.error); console.log(JSON.stringify(r.counterexample[0]).slice(0, 3000)); } else console.log('ok', r.numRuns);
