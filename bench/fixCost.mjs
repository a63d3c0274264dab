#!/usr/bin/env node
// What "fix all" costs: per report of the benchmark corpus and of its defective variants (wrong
// sums, units, blank cells), the time of lint(), of fixAll() with its gate (a fix kept only when
// re-linting shows its finding gone and nothing new), and of the same multipass loop without the
// gate, in CPU time, as medians of several rounds taking turns. Optionally a second core bundle (--core, e.g.
// saved by `node bench/compareCores.mjs --save`) is measured the same way, for before/after figures.
//
//   node bench/fixCost.mjs [--core /tmp/base.mjs] [--rounds 7] [--out bench/results]

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { buildCorpus } from './corpus.mjs';
import { median, round } from './lib/stats.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const args = { rounds: 7, out: join(ROOT, 'bench', 'results') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--core') args.core = argv[++i];
    else if (argv[i] === '--rounds') args.rounds = Number(argv[++i]);
    else if (argv[i] === '--out') args.out = argv[++i];
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return args;
}

async function currentCore() {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-fixcost-'));
  const outfile = join(dir, 'core.mjs');
  await esbuild.build({ absWorkingDir: ROOT, entryPoints: ['core/src/index.ts'], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' });
  const core = await import(pathToFileURL(outfile).href);
  rmSync(dir, { recursive: true, force: true });
  return core;
}

/** The multipass loop fixAll ran before the gate: apply every safe fix, re-lint, until none is left. */
function ungatedFixAll(core, text) {
  let current = text;
  for (let pass = 0; pass < core.MAX_FIX_PASSES; pass++) {
    const fixes = core.lint(current).findings.filter((f) => f.fix?.safe).map((f) => f.fix);
    if (fixes.length === 0) break;
    const result = core.applyFixes(current, fixes);
    if (result.applied.length === 0 || result.text === current) break;
    current = result.text;
  }
  return current;
}

/** The text with the number at a line's `nth` number (from the end when negative) changed by `change`. */
function changeNumber(text, label, nth, change) {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.includes(label));
  if (i < 0) return undefined;
  const parts = lines[i].split(/(\d+)/);
  const numbers = parts.map((p, k) => (k % 2 === 1 ? k : -1)).filter((k) => k >= 0);
  const at = numbers.at(nth);
  if (at === undefined) return undefined;
  parts[at] = change(parts[at]);
  lines[i] = parts.join('');
  return lines.join('\n');
}

/** Defective variants of a report: a number of 表三 off by 3, a count with a unit, a wrong （七）总计. */
function defective(text) {
  return [
    changeNumber(text, '（一）予以公开', 0, (n) => String(Number(n) + 3)),
    changeNumber(text, '行政处罚', 0, (n) => `${n}件`),
    changeNumber(text, '（七）总计', -1, (n) => String(Number(n) + 5)),
  ].filter((t) => t !== undefined && t !== text);
}

/** CPU milliseconds per text (less moved than wall time by the other processes of a shared machine). */
function timePerText(fn, texts) {
  const cpu = process.cpuUsage();
  for (const t of texts) fn(t);
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / 1000 / texts.length;
}

/** Every tool of every core over `texts`, taking turns round by round (drift falls on all alike); medians. */
function measure(cores, texts, rounds) {
  const runs = [];
  for (const [name, core] of cores) {
    runs.push([name, 'lint', (t) => core.lint(t)], [name, 'fixAll', (t) => core.fixAll(t)], [name, 'fixAllUngated', (t) => ungatedFixAll(core, t)]);
  }
  const samples = runs.map(() => []);
  for (const [, , fn] of runs) timePerText(fn, texts); // warm-up
  for (let r = 0; r < rounds; r++) runs.forEach(([, , fn], i) => samples[i].push(timePerText(fn, texts)));
  const out = {};
  runs.forEach(([name, tool], i) => ((out[name] ??= {})[tool] = round(median(samples[i]), 3)));
  return out;
}

const args = parseArgs(process.argv.slice(2));
const current = await currentCore();
const corpus = buildCorpus({ templates: current.templates, seedDir: join(ROOT, 'test', 'fixtures', 'seeds'), perShape: 8 }).map((c) => c.text);
const broken = corpus.flatMap(defective);
const cores = [['current', current]];
if (args.core) cores.push(['base', await import(pathToFileURL(args.core).href)]);
const load = [loadavg()[0]];
const result = { date: new Date().toISOString(), command: `node bench/fixCost.mjs ${process.argv.slice(2).join(' ')}`.trim(), corpus: corpus.length, defective: broken.length, cores: {} };
const clean = measure(cores, corpus, args.rounds);
const defects = measure(cores, broken, args.rounds);
for (const [name] of cores) {
  const d = defects[name];
  result.cores[name] = { corpus: clean[name], defective: d, fixAllOverLint: round(d.fixAll / d.lint, 2), gateOverUngated: round(d.fixAll / d.fixAllUngated, 2) };
}
load.push(loadavg()[0]);
result.loadAverage = load.map((l) => round(l, 2));
mkdirSync(args.out, { recursive: true });
const file = join(args.out, `${result.date.slice(0, 10)}-fix-cost.json`);
writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
console.log(JSON.stringify(result, null, 2));
console.log(`written ${file}`);
