// Benchmark result file names: a partial run (--only) or a run of another core (--core) must never
// take the name of the day's full run, which docs/PERFORMANCE.md cites.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Run = { date: string, quick: boolean, only: string[], allSections: string[], core?: string };
// The benchmark is plain ESM, outside the compiled tree: loaded from the repository (the cwd, as in benchQuick).
const { resultFileName } = await import(pathToFileURL(join(process.cwd(), 'bench', 'lib', 'resultFile.mjs')).href) as { resultFileName: (run: Run) => string };

const allSections = ['throughput', 'scaling', 'latency', 'workspace', 'memory', 'start'];
const date = '2026-12-01T13:40:00.000Z';
const name = (over: object) => resultFileName({ date, quick: false, only: allSections, allSections, ...over });

test('a full run is <date>.json, a quick one <date>-quick.json', () => {
  assert.equal(name({}), '2026-12-01.json');
  assert.equal(name({ quick: true }), '2026-12-01-quick.json');
});

test('a run of some sections names them, in the benchmark order, and is never the full run\'s name', () => {
  assert.equal(name({ only: ['scaling', 'throughput'] }), '2026-12-01-throughput+scaling.json');
  assert.equal(name({ only: ['latency'], quick: true }), '2026-12-01-quick-latency.json');
  for (const s of allSections) assert.notEqual(name({ only: [s] }), '2026-12-01.json');
});

test('a run of another core build is named after its bundle', () => {
  assert.equal(name({ core: '/tmp/x/base-core.mjs' }), '2026-12-01-core-base-core.json');
  assert.equal(name({ core: '/home/me/my core.js', only: ['throughput'] }), '2026-12-01-throughput-core-my_core.json');
});
