import { pathToFileURL } from 'node:url';
import { buildCorpus } from './corpus.mjs';
import MarkdownIt from 'markdown-it';
const core = await import(pathToFileURL(process.argv[2]).href);
const passes = Number(process.argv[3] ?? 40);
const docs = buildCorpus({ templates: core.templates, seedDir: 'test/fixtures/seeds', perShape: 8 }).map((d) => d.text);
const md = new MarkdownIt('commonmark', { html: true }).enable('table');
const { LineIndex } = core;
const times = new Map(); let tRead = 0, tParse = 0, tLint = 0;
for (let p = 0; p < passes + 3; p++) {
  for (const text of docs) {
    let a = performance.now();
    const { report, template, index } = core.readReport(text, 'auto');
    let b = performance.now(); if (p >= 3) tRead += b - a;
    const ctx = { report, template, index };
    for (const rule of core.rules) { const s = performance.now(); rule.check(ctx); const e = performance.now(); if (p >= 3) times.set(rule.id, (times.get(rule.id) ?? 0) + e - s); }
    a = performance.now(); md.parse(text, {}); b = performance.now(); if (p >= 3) tParse += b - a;
    a = performance.now(); core.lint(text); b = performance.now(); if (p >= 3) tLint += b - a;
  }
}
const per = (t) => (1000 * t / passes / docs.length).toFixed(1);
console.log('read', per(tRead), 'µs; parse', per(tParse), 'lint', per(tLint), 'ratio', (tLint / tParse).toFixed(2));
let sum = 0; for (const [id, t] of [...times].sort((a, b) => b[1] - a[1])) { sum += t; console.log(per(t).padStart(7), id); } console.log('rules total', per(sum));
