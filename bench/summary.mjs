#!/usr/bin/env node
// Issue 14's two cross-report figures (docs/PERFORMANCE.md): `nianbao summary` over N report files
// against `nianbao lint` over the same files (the built CLI, worker threads, runs taken in turn),
// and "last year's report of this body" answered from an index of 10,000 digests (what the CLI and
// the server's workspace index hold) against reading and digesting the files again.
//
// Usage: node bench/summary.mjs [--files 10000] [--runs 2]   (needs `npm run build` first)

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { buildCorpus } from './corpus.mjs';
import { median, round } from './lib/stats.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const FILES = arg('files', 10_000);
const RUNS = arg('runs', 2);

const work = mkdtempSync(join(tmpdir(), 'nianbao-bench-summary-'));
const coreFile = join(work, 'core.mjs');
await esbuild.build({ absWorkingDir: ROOT, entryPoints: ['core/src/index.ts'], outfile: coreFile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' });
const core = await import(pathToFileURL(coreFile).href);

function cli(args) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.cjs'), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 || code === 1 ? resolve(Number(process.hrtime.bigint() - started) / 1e9) : reject(new Error(`${args[0]} exited ${code}: ${stderr.slice(0, 300)}`))));
  });
}

try {
  // 1. summary against lint on the same files.
  const corpus = buildCorpus({ templates: core.templates, seedDir: join(ROOT, 'test', 'fixtures', 'seeds') });
  const dir = join(work, 'reports');
  for (let i = 0; i < FILES; i++) {
    const folder = join(dir, `unit-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    const c = corpus[i % corpus.length];
    writeFileSync(join(folder, `report-${i}.${c.shape === 'pipe' || c.shape === 'html' ? 'md' : 'txt'}`), `${c.text}\n<!-- ${i} -->\n`);
  }
  const load = loadavg()[0];
  const lint = [];
  const summary = [];
  for (let r = 0; r < RUNS; r++) {
    lint.push(await cli(['lint', dir, '--format', 'json']));
    summary.push(await cli(['summary', dir, '--format', 'json']));
  }
  rmSync(dir, { recursive: true, force: true });

  // 2. last year's report among 10,000 digests: the index's answer, against digesting the files again.
  const last = readFileSync(join(ROOT, 'test', 'fixtures', 'years', 'caizheng-2024.md'), 'utf8');
  const text = readFileSync(join(ROOT, 'test', 'fixtures', 'years', 'caizheng-2025.md'), 'utf8');
  const base = core.digestReport(core.lint(last), 'caizheng-2024.md');
  const digests = [base];
  for (let i = 1; i < 10_000; i++) digests.push({ ...base, file: `unit-${i}.md`, body: `${base.body}${i}分局`, year: 2024 - (i % 2) });
  const report = core.readReport(text).report;
  const index = core.relatedList(digests);
  const lookups = [];
  for (let k = 0; k < 5; k++) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < 1000; i++) if (core.previousReport(report, index, 'caizheng-2025.md') !== base) throw new Error('wrong answer');
    lookups.push(Number(process.hrtime.bigint() - t) / 1e3 / 1000);
  }
  const t = process.hrtime.bigint();
  for (let i = 0; i < 200; i++) core.digestReport(core.readReport(last), `f${i}`);
  const digestMs = Number(process.hrtime.bigint() - t) / 1e6 / 200;
  console.log(JSON.stringify({
    files: FILES, cores: availableParallelism(), loadAverageBefore: round(load, 2), loadAverageAfter: round(loadavg()[0], 2),
    lintSeconds: lint.map((s) => round(s, 2)), summarySeconds: summary.map((s) => round(s, 2)),
    summaryOverLint: round(median(summary) / median(lint), 2),
    index: { digests: digests.length, lookupMicroseconds: round(median(lookups), 1), readAndDigestMsPerFile: round(digestMs, 3), rescanSeconds10k: round((digestMs * 10_000) / 1000, 1) },
  }, null, 2));
} finally {
  rmSync(work, { recursive: true, force: true });
}
