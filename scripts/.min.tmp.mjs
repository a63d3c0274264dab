import fc from 'fast-check';
import * as I from '../out/test/reliability/fuzzInputs.js';
import * as V from '../out/test/reliability/invariants.js';
import { lint, fixAll } from '../out/core/src/index.js';
const seeds = I.seedTexts();
const r = fc.check(fc.property(I.wrongSumReport(seeds), (inp) => { V.checkFixSafety(I.mutatedText(inp)); }), { numRuns: 500, seed: 20251122 });
if (!r.failed) { console.log('no failure'); process.exit(0); }
let text = I.mutatedText(r.counterexample[0]);
const msg = r.errorInstance.message;
const fails = (t) => { try { V.checkFixSafety(t); return false; } catch (e) { return e.message.replace(/\d+/g,'#') === msg.replace(/\d+/g,'#'); } };
let pieces = text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g);
for (let chunk = Math.ceil(pieces.length / 2); chunk >= 1; ) {
  let changed = false;
  for (let i = 0; i < pieces.length;) { const c = [...pieces.slice(0, i), ...pieces.slice(i + chunk)]; if (fails(c.join(''))) { pieces = c; changed = true; } else i += chunk; }
  if (!changed) chunk = Math.floor(chunk / 2);
}
text = pieces.join('');
console.log(msg); console.log(text);
const a = fixAll(text); console.log('--- after fixAll', a); const b = fixAll(a.text); console.log('--- again', b.text);
console.log(lint(a.text).findings.filter(f => f.fix?.safe).map(f => [f.ruleId, f.args, f.fix.edits]));
