import * as I from '../out/test/reliability/fuzzInputs.js';
import { lint, fixAll } from '../out/core/src/index.js';
for (const shape of ['html', 'pipe', 'tab', 'cell-per-line']) for (const style of ['markdown', 'plain']) for (const miss of [1, 2, 3]) {
  const sections = ['full','full','full','full','full','full']; sections[miss] = 'no-heading';
  const spec = { year: 2023, format: '2021', headingStyle: style, tableShape: shape, eol: '\n', numbers: [], sections, subsections: true, fee: true };
  const t = I.renderReport(spec);
  const r = lint(t); const a = fixAll(t); const b = fixAll(a.text);
  console.log(shape, style, miss, r.findings.map(f => f.ruleId).join(','), 'passes', a.passes, 'idem', a.text === b.text, 'after', lint(a.text).findings.map(f => f.ruleId).join(','));
}
