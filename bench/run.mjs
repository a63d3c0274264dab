#!/usr/bin/env node
// The nianbao benchmark (`npm run bench`, `npm run bench -- --quick`): builds its own corpus from
// the seeds and generated variants, measures throughput against markdown-it and markdownlint,
// scaling, editor latency over LSP, a 10,000-file workspace lint, memory, VSIX size and start-up,
// writes bench/results/<date>.json and prints a table. See docs/PERFORMANCE.md.
//
// Options: --quick (tiny corpus, for the test suite), --out <dir> (where the JSON goes),
//          --only <a,b> (sections: throughput,scaling,latency,workspace,memory,start),
//          --core <file.mjs> (an ESM bundle of another core build to measure, e.g. before a change).
// A run with --only or --core writes a file of its own name (bench/lib/resultFile.mjs), never over
// the day's full run.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import MarkdownIt from 'markdown-it';
import { lint as markdownlint } from 'markdownlint/sync';
import { buildCorpus, growReport, growReportToBytes, prosePool, readSeeds } from './corpus.mjs';
import { measureLatency, measureServerMemory, measureStart } from './lib/server.mjs';
import { measureScaling } from './lib/scaling.mjs';
import { measureThroughput } from './lib/throughput.mjs';
import { measureWorkspace } from './lib/workspace.mjs';
import { resultFileName } from './lib/resultFile.mjs';
import { round } from './lib/stats.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SECTIONS = ['throughput', 'scaling', 'latency', 'workspace', 'memory', 'start'];

export const TARGETS = {
  lintOverParse: 2,
  markdownlintOverLint: 20,
  latencyP95Ms15KB: 15,
  latencyP95Ms1MB: 150,
  workspaceSeconds10k: 10,
  serverRssMB1k: 200,
  vsixBytes: 1024 * 1024,
  firstDiagnosticsMs: 500,
};

function parseArgs(argv) {
  const args = { quick: false, out: join(ROOT, 'bench', 'results'), only: SECTIONS };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--quick') args.quick = true;
    else if (argv[i] === '--out') args.out = argv[++i];
    else if (argv[i] === '--only') {
      args.only = argv[++i].split(',');
      const unknown = args.only.filter((s) => !SECTIONS.includes(s));
      if (unknown.length) throw new Error(`unknown section ${unknown.join(', ')} (sections: ${SECTIONS.join(', ')})`);
    }
    else if (argv[i] === '--core') args.core = argv[++i];
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return args;
}

/** The core's public API, bundled from its sources with esbuild (the same code the CLI and server bundle). */
async function loadCore(workDir) {
  const outfile = join(workDir, 'core.mjs');
  await esbuild.build({
    absWorkingDir: ROOT, entryPoints: ['core/src/index.ts'], outfile, bundle: true,
    platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

function machine() {
  const c = cpus();
  return {
    cpu: c[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    memoryGB: round(totalmem() / 2 ** 30, 1),
    node: process.version,
    os: `${platform()} ${release()}`,
    // Other processes on the machine skew every timing: the 1-minute load average, before and after.
    loadAverageBefore: round(loadavg()[0], 2),
  };
}

/** Runs one section; a failure is recorded, not fatal, so one broken face never hides the rest. */
async function section(name, args, fn) {
  if (!args.only.includes(name)) return { skipped: 'not selected (--only)' };
  const started = Date.now();
  process.stderr.write(`bench: ${name}…\n`);
  try {
    const result = await fn();
    return { ...result, seconds: round((Date.now() - started) / 1000, 1) };
  } catch (error) {
    process.stderr.write(`bench: ${name} failed: ${error?.stack ?? error}\n`);
    return { error: String(error?.message ?? error) };
  }
}

function vsixInfo() {
  const candidates = readdirSync(ROOT).filter((f) => f.endsWith('.vsix'));
  const file = candidates.includes('nianbao.vsix') ? 'nianbao.vsix' : candidates.sort().pop();
  if (!file) return { built: false, note: 'no .vsix at the project root: run `npm run package` first' };
  return { built: true, file, bytes: statSync(join(ROOT, file)).size };
}

function check(name, value, target, better = 'lower') {
  if (value === null || value === undefined || Number.isNaN(value)) return { name, value: null, target, pass: null };
  return { name, value, target, pass: better === 'lower' ? value <= target : value >= target };
}

function printTable(result) {
  const rows = [];
  const t = result.throughput;
  if (t?.msPerReport) {
    rows.push(['throughput: nianbao lint', `${t.msPerReport.lint} ms/report`, `${t.reportsPerSecond.lint}/s`]);
    rows.push(['throughput: markdown-it parse', `${t.msPerReport.parse} ms/report`, `${t.reportsPerSecond.parse}/s`]);
    rows.push(['throughput: markdownlint', `${t.msPerReport.markdownlint} ms/report`, `${t.reportsPerSecond.markdownlint}/s`]);
    rows.push(['  ratios (wall; CPU time)', `lint ÷ parse ×${t.lintOverParse}; ×${t.cpu.lintOverParse}`, `markdownlint ÷ lint ×${t.markdownlintOverLint}; ×${t.cpu.markdownlintOverLint}`]);
    for (const s of t.perShape) rows.push([`  ${s.shape} (${s.reports}×${s.avgBytes} B)`, `lint ${s.msPerReport.lint} ms`, `×${s.lintOverParse} parse, 1/${s.markdownlintOverLint} markdownlint`]);
  }
  const s = result.scaling;
  if (s?.points) {
    for (const p of s.points) rows.push([`scaling: ${p.lines} lines`, `${p.ms} ms`, `${p.usPerLine} µs/line`]);
    rows.push(['scaling: slope', `${s.slopeMsPer1kLines} ms/1k lines`, `R² ${s.r2}, log-log exponent ${s.logLogExponent}`]);
  }
  for (const l of result.latency?.sizes ?? []) rows.push([`latency: ${Math.round(l.bytes / 1024)} KB, ${l.edits} edits`, `p50 ${l.p50Ms} ms`, `p95 ${l.p95Ms} ms`]);
  for (const l of result.latency?.inProcess?.sizes ?? []) rows.push([`latency without the lint worker: ${Math.round(l.bytes / 1024)} KB`, `p50 ${l.p50Ms} ms`, `p95 ${l.p95Ms} ms`]);
  const w = result.workspace;
  if (w?.files) rows.push([`workspace: ${w.files} files`, `${w.wallSeconds} s`, `${w.filesPerSecond} files/s, peak RSS ${w.peakRssMB} MB`]);
  const m = result.memory;
  if (m?.documents) rows.push([`memory: server, ${m.documents} open`, `${m.rssMB} MB RSS`, `${m.kbPerDocument} KB/doc`]);
  const st = result.start;
  if (st?.firstDiagnosticsMs !== undefined) rows.push(['start → first diagnostics', `${st.firstDiagnosticsMs} ms`, '']);
  if (st?.vsix) rows.push(['VSIX', st.vsix.built ? `${st.vsix.bytes} B` : 'not built', st.vsix.file ?? '']);
  for (const [name, r] of Object.entries(result)) if (r?.error) rows.push([name, 'ERROR', r.error.slice(0, 80)]);
  for (const [name, r] of Object.entries(result)) if (r?.skipped) rows.push([name, 'skipped', r.skipped.slice(0, 80)]);
  const width = [0, 1, 2].map((i) => Math.max(...rows.map((r) => displayWidth(r[i]))));
  const pad = (s, w) => s + ' '.repeat(Math.max(0, w - displayWidth(s)));
  const m0 = result.machine;
  const out = [`${m0.cpu}, ${m0.cores} cores, Node ${m0.node}; load average ${m0.loadAverageBefore} → ${m0.loadAverageAfter}`, ''];
  out.push(...rows.map((r) => `${pad(r[0], width[0])}  ${pad(r[1], width[1])}  ${r[2]}`));
  out.push('', 'targets:');
  for (const c of result.targets) out.push(`  ${c.pass === null ? '—   ' : c.pass ? 'ok  ' : 'MISS'} ${c.name}: ${c.value ?? 'n/a'} (target ${c.target})`);
  return out.join('\n');
}

function displayWidth(s) {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const q = args.quick;
  const workDir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
  const cleanup = () => rmSync(workDir, { recursive: true, force: true });
  process.on('exit', cleanup);
  const core = args.core ? await import(pathToFileURL(args.core).href) : await loadCore(workDir);
  const seedDir = join(ROOT, 'test', 'fixtures', 'seeds');
  const seeds = readSeeds(seedDir);
  const pool = prosePool(seeds);
  const corpus = buildCorpus({ templates: core.templates, seedDir, perShape: q ? 2 : 8 });
  const serverPath = join(ROOT, 'dist', 'server.cjs');
  const cliPath = join(ROOT, 'dist', 'cli.cjs');
  const clean = corpus.find((c) => c.shape === 'tab' && c.defects === false).text;

  // The floor: markdown-it configured as the core reads Markdown (CommonMark + HTML + tables).
  const md = new MarkdownIt('commonmark', { html: true }).enable('table');
  const tools = {
    lint: (text) => core.lint(text),
    parse: (text) => md.parse(text, {}),
    markdownlint: (text) => markdownlint({ strings: { report: text } }),
  };

  const result = {
    date: new Date().toISOString(),
    command: `node bench/run.mjs ${process.argv.slice(2).join(' ')}`.trim(),
    core: args.core ?? 'core/src (bundled with esbuild)',
    quick: q,
    machine: machine(),
    corpus: {
      reports: corpus.length,
      shapes: Object.fromEntries([...new Set(corpus.map((c) => c.shape))].map((s) => [s, corpus.filter((c) => c.shape === s).length])),
      withDefects: corpus.filter((c) => c.defects).length,
      totalBytes: corpus.reduce((a, c) => a + Buffer.byteLength(c.text), 0),
    },
    tools: { markdownIt: 'markdown-it commonmark preset + html + table, parse()', markdownlint: 'markdownlint/sync lint() with default rules' },
  };

  result.throughput = await section('throughput', args, () =>
    measureThroughput(corpus, tools, q ? { rounds: 3, warmMs: 100 } : { rounds: 15, warmMs: 2000 }));
  result.scaling = await section('scaling', args, () =>
    measureScaling((lines) => growReport(clean, lines, pool), q ? [300, 1000, 3000] : [1000, 2000, 5000, 10000, 20000, 50000, 100000], tools.lint));

  const haveServer = existsSync(serverPath);
  const noServer = { skipped: `${serverPath} not built (run npm run build)` };
  const big = growReportToBytes(clean, q ? 100_000 : 1024 * 1024, pool);
  result.latency = haveServer
    ? await section('latency', args, async () => {
      const inWorker = await measureLatency(serverPath, [clean, big], { edits: q ? 20 : 250, workDir });
      // The same edits with the lint in the server's own thread: what the lint worker costs (docs/PERFORMANCE.md).
      const inProcess = await measureLatency(serverPath, [clean, big], { edits: q ? 20 : 250, workDir, env: { NIANBAO_LINT_IN_PROCESS: '1' } });
      return { ...inWorker, inProcess: { measured: 'the same, with NIANBAO_LINT_IN_PROCESS=1 (no worker, no time limit)', sizes: inProcess.sizes } };
    })
    : noServer;
  result.workspace = existsSync(cliPath)
    ? await section('workspace', args, () => measureWorkspace(cliPath, corpus, { files: q ? 300 : 10_000, workDir, runs: q ? 1 : 3, core }))
    : { skipped: `${cliPath} not built (run npm run build)` };
  result.memory = haveServer
    ? await section('memory', args, () => measureServerMemory(serverPath, corpus, { documents: q ? 50 : 1000, workDir }))
    : noServer;
  result.start = haveServer
    ? await section('start', args, async () => ({ ...(await measureStart(serverPath, clean, { runs: q ? 2 : 7, workDir })), vsix: vsixInfo() }))
    : { ...noServer, vsix: vsixInfo() };

  const latency = (bytes) => result.latency?.sizes?.find((s) => s.label === bytes)?.p95Ms;
  result.targets = [
    check('full lint ÷ markdown-it parse (×)', result.throughput?.lintOverParse, TARGETS.lintOverParse),
    check('markdownlint ÷ nianbao lint time (×)', result.throughput?.markdownlintOverLint, TARGETS.markdownlintOverLint, 'higher'),
    check('edit latency p95, 15 KB (ms)', latency('15KB'), TARGETS.latencyP95Ms15KB),
    check('edit latency p95, 1 MB (ms)', latency('1MB'), TARGETS.latencyP95Ms1MB),
    check(`CLI, ${result.workspace?.files ?? 10000} files (s)`, result.workspace?.wallSeconds, TARGETS.workspaceSeconds10k),
    check(`server RSS, ${result.memory?.documents ?? 1000} open reports (MB)`, result.memory?.rssMB, TARGETS.serverRssMB1k),
    check('VSIX size (bytes)', result.start?.vsix?.bytes, TARGETS.vsixBytes),
    check('start → first diagnostics (ms)', result.start?.firstDiagnosticsMs, TARGETS.firstDiagnosticsMs),
  ];
  result.machine.loadAverageAfter = round(loadavg()[0], 2);
  if (q) for (const c of result.targets) c.note = 'quick mode: tiny corpus, not comparable with the targets';

  mkdirSync(args.out, { recursive: true });
  const file = join(args.out, resultFileName({ date: result.date, quick: q, only: args.only, allSections: SECTIONS, core: args.core }));
  writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
  console.log(printTable(result));
  console.log(`\nwrote ${file}`);
  process.exit(0); // a stuck child must not keep the benchmark alive
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
