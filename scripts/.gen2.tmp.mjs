import * as I from '../out/test/reliability/fuzzInputs.js';
import { lint } from '../out/core/src/index.js';
for (const eol of ['\n', '\r\n', '\r']) for (const shape of ['pipe', 'tab', 'html', 'cell-per-line']) for (const style of ['plain','markdown','bold']) {
  const t = I.renderReport({ year: 2023, format: '2021', headingStyle: style, tableShape: shape, eol, numbers: ['1','2','3'], sections: [1,1,1,1,1,1], subsections: true, fee: true });
  const c = {}; for (const f of lint(t).findings) c[f.ruleId] = (c[f.ruleId] ?? 0) + 1;
  console.log(JSON.stringify(eol), shape, style, JSON.stringify(c));
}
