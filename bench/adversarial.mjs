#!/usr/bin/env node
// Times the adversarial inputs of docs/RELIABILITY.md §6 (long runs inside the constructs the reader
// parses) against a core, each lint in a worker thread that is stopped after --timeout seconds, so a
// core that backtracks can be measured without hanging the run. The "before" figures come from a
// bundle of the old core (bench/compareCores.mjs --save writes one):
//
//   node bench/compareCores.mjs --save /tmp/before.mjs     # on the old commit
//   node bench/adversarial.mjs --core /tmp/before.mjs [--timeout 60] [--all 100000]
//
// --core    an ESM bundle of the core to measure (default: this checkout's core/src, bundled)
// --all N   also every generated run case (test/reliability/runInputs.ts) at length N; prints the slowest
// --timeout seconds before a lint is abandoned (reported as "> N s")

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as esbuild from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = { core: undefined, timeout: 60, all: 0 };
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (a === '--core') args.core = resolve(process.argv[++i]);
  else if (a === '--timeout') args.timeout = Number(process.argv[++i]);
  else if (a === '--all') args.all = Number(process.argv[++i]);
  else throw new Error(`unknown option ${a}`);
}

const dir = mkdtempSync(join(tmpdir(), 'nianbao-adversarial-'));
const corePath = args.core ?? join(dir, 'core.mjs');
const runsPath = join(dir, 'runs.mjs');
const build = (entry, outfile) => esbuild.build({
  entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning',
});
if (!args.core) await build(join(ROOT, 'core/src/index.ts'), corePath);
await build(join(ROOT, 'test/reliability/runInputs.ts'), runsPath);
const runs = await import(pathToFileURL(runsPath).href);

const WORKER = `
  import { parentPort, workerData } from 'node:worker_threads';
  const { lint } = await import(workerData.core);
  const t = performance.now();
  const { findings } = lint(workerData.text);
  parentPort.postMessage({ ms: performance.now() - t, findings: findings.length });
`;

/** Lints `text` in a worker; resolves with its time, or with undefined when stopped at the timeout. */
function timeLint(text) {
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { core: pathToFileURL(corePath).href, text } });
    const timer = setTimeout(() => { void worker.terminate(); resolvePromise(undefined); }, args.timeout * 1000);
    worker.once('message', (m) => { clearTimeout(timer); void worker.terminate(); resolvePromise(m); });
    worker.once('error', (e) => { clearTimeout(timer); reject(e); });
  });
}

const report = readFileSync(join(ROOT, 'examples/clean-2025.md'), 'utf8');
const padded = readFileSync(join(ROOT, 'test/server/fixtures/padded-heading.md'), 'utf8');
const named = [
  ['padded heading report (test/server/fixtures/padded-heading.md)', padded],
  ['# a + 4 KB of spaces + b', `# a${' '.repeat(4000)}b`],
  ['# a + 8 KB of spaces + b', `# a${' '.repeat(8000)}b`],
  ['100 KB of [ (stripNotes)', '['.repeat(100_000)],
  ['1 MB of [ (stripNotes)', '['.repeat(1_000_000)],
  ['section 一 with 1 MB of unclosed <!-- (countWords)', `一、总体情况\n${'<!--'.repeat(250_000)}\n二、主动公开政府信息情况\n`],
  ['a 100 KB title line of spaces between two characters (readTitle)', `x${' '.repeat(100_000)}x\n一、总体情况\n`],
  ['a 100 KB line of spaces then a pipe table delimiter (isPipeDelimiterRow)', `| a |\n|${' '.repeat(100_000)}x|\n`],
  ['100 KB of digits before 条 is missing (textClaims)', `一、总体情况\n主动公开信息共1条，其中${'1'.repeat(100_000)}\n`],
];

const fmt = (r) => (r ? `${r.ms.toFixed(0)} ms` : `> ${args.timeout} s (stopped)`);
console.log(`core: ${args.core ?? 'this checkout'}`);
for (const [name, text] of named) {
  const r = await timeLint(text);
  console.log(`${fmt(r).padStart(20)}  ${name} (${text.length} characters)`);
}
if (args.all) {
  const results = [];
  let n = 0;
  for (const c of runs.runCases(report, [args.all])) {
    const r = await timeLint(c.text);
    n++;
    results.push({ name: c.name, size: c.text.length, ms: r ? r.ms : Infinity });
  }
  results.sort((a, b) => b.ms - a.ms);
  console.log(`\n${n} run cases of length ${args.all}; the slowest:`);
  for (const r of results.slice(0, 15)) console.log(`${(Number.isFinite(r.ms) ? `${r.ms.toFixed(0)} ms` : `> ${args.timeout} s`).padStart(20)}  ${r.name} (${r.size} characters)`);
}
rmSync(dir, { recursive: true, force: true });
