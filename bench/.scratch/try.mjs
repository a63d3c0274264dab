import { lint, templates } from '/tmp/nb/core.mjs';
import { buildCorpus, growReport, prosePool, readSeeds } from '../corpus.mjs';
const corpus = buildCorpus({ templates, seedDir: 'test/fixtures/seeds', perShape: 4 });
for (const c of corpus) {
  const r = lint(c.text);
  const ids = {}; for (const f of r.findings) ids[f.ruleId] = (ids[f.ruleId]??0)+1;
  console.log(c.name.padEnd(28), String(c.text.length).padStart(6), Buffer.byteLength(c.text), r.templateId, r.report.tables.map(t=>t.tableId+':'+t.rows.length).join(','), JSON.stringify(ids));
}
if (process.argv[2] && process.argv[2] !== "x") { const c = corpus.find(x=>x.name===process.argv[2]); console.log(c.text); }
if (process.argv[3]) { const c = corpus.find(x=>x.name===process.argv[3]); for (const f of lint(c.text).findings) console.log(f.ruleId, JSON.stringify(f.args), c.text.slice(f.span.start, f.span.end).slice(0,60)); }
