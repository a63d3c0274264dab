import * as I from '../out/test/reliability/fuzzInputs.js';
import { lint } from '../out/core/src/index.js';
const spec = { year: 2017, format: '2019', headingStyle: 'markdown', tableShape: 'html', eol: '\n', numbers: [], sections: [true,true,true,true,true,true], subsections: false, fee: false };
let t = I.applyMutations(I.renderReport(spec), [{ kind: 'cut-lines', at: 1722580651, count: 19 }]);
const r = lint(t);
for (const tb of r.report.tables) console.log(tb.tableId, tb.span, JSON.stringify(t.slice(tb.span.start, tb.span.start + 40)), r.index.lineAt(tb.span.start), r.index.lineAt(tb.span.end));
console.log(r.report.sections.map(s => s.sectionId + '@' + s.heading.line));
console.log(r.findings.map(f => f.ruleId + '@' + r.index.lineAt(f.span.start)));
