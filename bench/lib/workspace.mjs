// Workspace lint: the built CLI (`node dist/cli.cjs lint <dir>`) over thousands of report files
// written to a temp dir, wall time per run (it uses worker threads above 200 files) and its peak RSS.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, msSince, round } from './stats.mjs';

const PRELOAD = join(dirname(fileURLToPath(import.meta.url)), 'peakRss.cjs');

/** Writes `files` reports, cycling through the corpus, 100 to a folder; each file differs. */
function writeReports(dir, corpus, files) {
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    const folder = join(dir, `county-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    const c = corpus[i % corpus.length];
    const text = `${c.text}\n<!-- ${i} -->\n`;
    bytes += Buffer.byteLength(text);
    writeFileSync(join(folder, `report-${i}.${c.shape === 'pipe' || c.shape === 'html' ? 'md' : 'txt'}`), text);
  }
  return bytes;
}

function runCli(cliPath, dir, peakFile) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--require', PRELOAD, cliPath, 'lint', dir, '--format', 'json'], {
      env: { ...process.env, NIANBAO_BENCH_PEAK_FILE: peakFile, NIANBAO_DEBUG: 'pool' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let outBytes = 0;
    let stderr = '';
    child.stdout.on('data', (d) => (outBytes += d.length));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = msSince(started);
      const peak = existsSync(peakFile) ? Number(readFileSync(peakFile, 'utf8')) / 1024 : null;
      const pool = /threads=(\d+)/.exec(stderr);
      if (code !== 0 && code !== 1) reject(new Error(`CLI exited with ${code}: ${stderr.slice(0, 500)}`));
      else resolve({ ms, peakMB: peak, outBytes, threads: pool ? Number(pool[1]) : 0 });
    });
  });
}

export async function measureWorkspace(cliPath, corpus, { files = 10000, workDir, runs = 3 }) {
  const dir = join(workDir, 'workspace');
  const bytes = writeReports(dir, corpus, files);
  const results = [];
  try {
    for (let i = 0; i < runs; i++) results.push(await runCli(cliPath, dir, join(workDir, `peak-${i}`)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const wall = median(results.map((r) => r.ms)) / 1000;
  return {
    command: `node dist/cli.cjs lint <dir> --format json (${files} files)`,
    files,
    totalMB: round(bytes / 2 ** 20, 1),
    runs,
    cores: availableParallelism(),
    workerThreads: results[0].threads,
    wallSeconds: round(wall, 2),
    runSeconds: results.map((r) => round(r.ms / 1000, 2)),
    filesPerSecond: Math.round(files / wall),
    peakRssMB: round(Math.max(...results.map((r) => r.peakMB ?? 0)), 1),
    outputMB: round(results[0].outBytes / 2 ** 20, 1),
  };
}
