import fc from 'fast-check';
import * as I from '../out/test/reliability/fuzzInputs.js';
import { lint, applyFixes } from '../out/core/src/index.js';
const spec = { year: 2017, format: '2019', headingStyle: 'markdown', tableShape: 'html', eol: '\n', numbers: [], sections: [true,true,true,true,true,true], subsections: false, fee: false };
let t = I.applyMutations(I.renderReport(spec), [{ kind: 'cut-lines', at: 1722580651, count: 19 }]);
console.log(t.split('\n').slice(0, 60).map((l, i) => i + ': ' + l.slice(0, 80)).join('\n'));
for (let p = 0; p < 6; p++) {
  const fs = lint(t).findings.filter(f => f.fix?.safe);
  console.log('pass', p, fs.map(f => `${f.ruleId}@${f.span.start} ${JSON.stringify(f.fix.edits.map(e=>[e.start,e.end,e.text.slice(0,30)]))}`).join('\n  '));
  if (!fs.length) break;
  t = applyFixes(t, fs.map(f => f.fix)).text;
}
