// usage: node prof.mjs core.mjs [passes]
import { pathToFileURL } from 'node:url';
import { buildCorpus } from '/work/wt-10/bench/corpus.mjs';
import MarkdownIt from 'markdown-it';
const core = await import(pathToFileURL(process.argv[2]).href);
const passes = Number(process.argv[3] ?? 30);
const corpus = buildCorpus({ templates: core.templates, seedDir: '/work/wt-10/test/fixtures/seeds', perShape: 8 });
const docs = corpus.map((d) => d.text ?? d);
const md = new MarkdownIt('commonmark', { html: true }).enable('table');
for (let i = 0; i < 3; i++) for (const t of docs) { core.lint(t); md.parse(t, {}); }
let tl = 0, tp = 0;
const lintT = [], parseT = [];
for (let p = 0; p < passes; p++) {
  let a = performance.now(); for (const t of docs) core.lint(t); let b = performance.now();
  if (!process.env.NOPARSE) for (const t of docs) md.parse(t, {}); let c = performance.now();
  lintT.push(b - a); parseT.push(c - b);
}
lintT.sort((x, y) => x - y); parseT.sort((x, y) => x - y);
const m = (a) => a[a.length >> 1];
console.log(`docs ${docs.length} lint ${(m(lintT) / docs.length).toFixed(3)} ms parse ${(m(parseT) / docs.length).toFixed(3)} ms ratio ${(m(lintT) / m(parseT)).toFixed(2)}`);
