import fc from 'fast-check';
import * as I from '../out/test/reliability/fuzzInputs.js';
import { lint } from '../out/core/src/index.js';
const specs = fc.sample(I.reportSpec, { numRuns: 12, seed: 7 });
for (const s of specs) {
  const t = I.renderReport(s);
  const r = lint(t);
  const counts = {}; for (const f of r.findings) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
  console.log(s.year, s.format, s.headingStyle, s.tableShape, JSON.stringify(s.eol), s.numbers.length, s.sections.join(''), s.subsections, s.fee, t.length, JSON.stringify(counts));
}
const clean = I.renderReport({ year: 2023, format: '2021', headingStyle: 'plain', tableShape: 'tab', eol: '\n', numbers: [], sections: [1,1,1,1,1,1], subsections: true, fee: true });
console.log(lint(clean).findings.map(f => f.ruleId + ' ' + JSON.stringify(f.args)));
for (const shape of ['pipe', 'html', 'cell-per-line']) for (const fmt of ['2021','2019']) {
  const t = I.renderReport({ year: fmt === '2021' ? 2023 : 2020, format: fmt, headingStyle: 'markdown', tableShape: shape, eol: '\r\n', numbers: [], sections: [1,1,1,1,1,1], subsections: true, fee: true });
  console.log(shape, fmt, lint(t).findings.map(f => f.ruleId + ' ' + JSON.stringify(f.args)));
}
