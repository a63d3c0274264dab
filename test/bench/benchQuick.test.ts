// The benchmark runs: `node bench/run.mjs --quick` on a tiny corpus writes a result file with every
// section filled in (no figure is asserted: timings belong in docs/PERFORMANCE.md, not in tests).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const root = process.cwd();

test('bench --quick writes a result with every section', { timeout: 300_000 }, () => {
  const out = mkdtempSync(join(tmpdir(), 'nianbao-bench-test-'));
  try {
    const run = spawnSync(process.execPath, [join(root, 'bench', 'run.mjs'), '--quick', '--out', out], { cwd: root, encoding: 'utf8', timeout: 280_000 });
    assert.equal(run.status, 0, `bench exited with ${run.status}: ${run.stderr}`);
    assert.match(run.stdout, /targets:/);
    const files = readdirSync(out).filter((f) => f.endsWith('.json'));
    assert.equal(files.length, 1);
    const result = JSON.parse(readFileSync(join(out, files[0]), 'utf8'));

    assert.equal(result.quick, true);
    assert.ok(result.machine.cores >= 1);
    assert.ok(result.corpus.reports > 0);
    assert.deepEqual(Object.keys(result.corpus.shapes).sort(), ['cell', 'html', 'pipe', 'seed', 'tab']);
    for (const name of ['throughput', 'scaling', 'latency', 'workspace', 'memory', 'start']) {
      assert.ok(result[name], `section ${name} is missing`);
      assert.equal(result[name].error, undefined, `section ${name} failed: ${result[name].error}`);
    }
    const { throughput, scaling, latency, workspace, memory, start } = result;
    for (const tool of ['lint', 'parse', 'markdownlint']) assert.ok(throughput.msPerReport[tool] > 0, tool);
    assert.ok(throughput.lintOverParse > 0 && throughput.markdownlintOverLint > 0);
    assert.equal(throughput.perShape.length, 5);
    assert.equal(scaling.points.length, 3);
    assert.ok(Number.isFinite(scaling.slopeMsPer1kLines) && Number.isFinite(scaling.logLogExponent));
    // The server and the CLI are built by pretest; without them these sections say why they were skipped.
    if (!latency.skipped) {
      assert.equal(latency.sizes.length, 2);
      for (const s of latency.sizes) assert.ok(s.p50Ms > 0 && s.p95Ms >= s.p50Ms);
      assert.equal(latency.inProcess.sizes.length, 2, 'latency without the lint worker, for its cost');
      for (const s of latency.inProcess.sizes) assert.ok(s.p50Ms > 0 && s.p95Ms >= s.p50Ms);
    }
    if (!workspace.skipped) assert.ok(workspace.files > 200 && workspace.wallSeconds > 0);
    if (!memory.skipped) assert.ok(memory.rssMB > 0);
    if (!start.skipped) assert.ok(start.firstDiagnosticsMs > 0);
    assert.equal(result.targets.length, 8);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
