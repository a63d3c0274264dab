import fc from 'fast-check';
import * as I from '../out/test/reliability/fuzzInputs.js';
import { lint } from '../out/core/src/index.js';
const seeds = I.seedTexts();
const texts = fc.sample(I.wrongSumReport(seeds), { numRuns: 300, seed: 42 }).map(I.mutatedText);
for (const t of texts) lint(t);
const t0 = performance.now();
for (const t of texts) lint(t);
console.log('avg lint', ((performance.now() - t0) / texts.length).toFixed(2), 'ms; avg size', texts.reduce((a, t) => a + t.length, 0) / texts.length);
