import { pathToFileURL } from 'node:url';
import { buildCorpus } from './corpus.mjs';
const cores = [await import(pathToFileURL(process.argv[2]).href), await import(pathToFileURL(process.argv[3]).href)];
const passes = Number(process.argv[4] ?? 40);
const docs = buildCorpus({ templates: cores[0].templates, seedDir: 'test/fixtures/seeds', perShape: 8 }).map((d) => d.text);
const T = [new Map(), new Map()];
const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
for (let p = 0; p < passes + 3; p++) for (let c = 0; c < 2; c++) {
  const core = cores[c];
  for (const text of docs) {
    let a = performance.now(); const { report, template, index } = core.readReport(text, 'auto'); let b = performance.now();
    if (p >= 3) add(T[c], '(read)', b - a);
    const ctx = { report, template, index };
    for (const rule of core.rules) { const s = performance.now(); rule.check(ctx); const e = performance.now(); if (p >= 3) add(T[c], rule.id, e - s); }
    a = performance.now(); core.lint(text); b = performance.now(); if (p >= 3) add(T[c], '(lint)', b - a);
  }
}
const per = (t) => 1000 * (t ?? 0) / passes / docs.length;
const keys = [...new Set([...T[0].keys(), ...T[1].keys()])].sort((x, y) => (per(T[0].get(y)) - per(T[1].get(y))) - (per(T[0].get(x)) - per(T[1].get(x))));
console.log('µs/report       A       B    A-B');
for (const k of keys) console.log(k.padEnd(22), per(T[0].get(k)).toFixed(1).padStart(6), per(T[1].get(k)).toFixed(1).padStart(6), (per(T[0].get(k)) - per(T[1].get(k))).toFixed(1).padStart(6));
