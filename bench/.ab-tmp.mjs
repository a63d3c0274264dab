// node bench/.ab-tmp.mjs a.mjs b.mjs [passes]: lint (and readReport) time per report, interleaved pass by pass
import { pathToFileURL } from 'node:url';
import { buildCorpus } from './corpus.mjs';
import MarkdownIt from 'markdown-it';
const A = await import(pathToFileURL(process.argv[2]).href), B = await import(pathToFileURL(process.argv[3]).href);
const passes = Number(process.argv[4] ?? 30);
const docs = buildCorpus({ templates: A.templates, seedDir: 'test/fixtures/seeds', perShape: 8 }).map((d) => d.text);
const md = new MarkdownIt('commonmark', { html: true }).enable('table');
const run = (f) => { const s = performance.now(); for (const t of docs) f(t); return performance.now() - s; };
const r = { a: [], b: [], ra: [], rb: [], p: [] };
for (let i = 0; i < 5; i++) { run(A.lint); run(B.lint); run((t) => md.parse(t, {})); }
for (let i = 0; i < passes; i++) {
  r.a.push(run(A.lint)); r.b.push(run(B.lint)); r.p.push(run((t) => md.parse(t, {})));
  r.ra.push(run((t) => A.readReport(t, 'auto'))); r.rb.push(run((t) => B.readReport(t, 'auto')));
}
const med = (x) => { const s = [...x].sort((p, q) => p - q); return s[s.length >> 1] / docs.length * 1000; };
console.log(`lint A ${med(r.a).toFixed(1)} µs  B ${med(r.b).toFixed(1)} µs  A/B ${(med(r.a) / med(r.b)).toFixed(3)} | read A ${med(r.ra).toFixed(1)} B ${med(r.rb).toFixed(1)} | parse ${med(r.p).toFixed(1)} | A÷parse ${(med(r.a) / med(r.p)).toFixed(2)} B÷parse ${(med(r.b) / med(r.p)).toFixed(2)}`);
