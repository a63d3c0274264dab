// In-process tests of the CLI's glue: options merging, exit codes, colour, the worker pool (tsc build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { wantsColor } from '../../cli/src/color.js';
import { chooseThreadCount, lintAll, WORKER_THRESHOLD } from '../../cli/src/pool.js';
import { exitCodeFor, fileMessageResult, makeFileResult, type LintTask } from '../../node/src/results.js';
import { lintOptionsFor, run } from '../../cli/src/run.js';
import { SEEDS } from './cliRunner.js';

test('the command-line template beats the config; rules come from the config', () => {
  const found = { path: '/x/.nianbaorc.json', config: { template: '2019' as const, rules: { 'year-mismatch': 'off' as const } } };
  assert.deepEqual(lintOptionsFor(found, {}), { template: '2019', rules: { 'year-mismatch': 'off' } });
  assert.deepEqual(lintOptionsFor(found, { template: '2021' }), { template: '2021', rules: { 'year-mismatch': 'off' } });
  assert.deepEqual(lintOptionsFor(null, {}), {});
  assert.deepEqual(lintOptionsFor(null, { template: 'auto' }), { template: 'auto' });
});

test('exit code: 2 beats 1 beats 0', () => {
  const clean = makeFileResult('/a', []);
  const warn = makeFileResult('/b', [{ ruleId: 'r', severity: 'warning', message: 'm', line: 1, column: 1, endLine: 1, endColumn: 2 }]);
  const err = makeFileResult('/c', [{ ruleId: 'r', severity: 'error', message: 'm', line: 1, column: 1, endLine: 1, endColumn: 2 }]);
  const fatal = fileMessageResult('/d', 'cannot read', 'error', true);
  assert.equal(exitCodeFor([]), 0);
  assert.equal(exitCodeFor([clean, warn]), 0);
  assert.equal(exitCodeFor([clean, err]), 1);
  assert.equal(exitCodeFor([err, fatal]), 2);
  assert.equal(exitCodeFor([fileMessageResult('/e', 'too large', 'warning', false)]), 0);
});

test('colour follows the terminal, NO_COLOR and FORCE_COLOR', () => {
  assert.equal(wantsColor({}, true), true);
  assert.equal(wantsColor({}, false), false);
  assert.equal(wantsColor({ NO_COLOR: '1' }, true), false);
  assert.equal(wantsColor({ FORCE_COLOR: '1' }, false), true);
  assert.equal(wantsColor({ FORCE_COLOR: '0' }, true), false);
});

test('thread count: none for few files, a pool above the threshold, exact when asked', () => {
  assert.equal(chooseThreadCount(10, 'auto', 8), 0);
  assert.equal(chooseThreadCount(WORKER_THRESHOLD, 'auto', 8), 0);
  assert.equal(chooseThreadCount(WORKER_THRESHOLD + 1, 'auto', 8), 8);
  assert.equal(chooseThreadCount(500, 'auto', 1), 0, 'one CPU: threads would only add overhead');
  assert.equal(chooseThreadCount(500, 0, 8), 0);
  assert.equal(chooseThreadCount(3, 4, 8), 3, 'never more threads than files');
  assert.equal(chooseThreadCount(0, 4, 8), 0);
});

function seedTasks(count: number): LintTask[] {
  const names = ['lijun-2020.txt', 'jiatang-2024.txt', 'lijun-2025.md'];
  return Array.from({ length: count }, (_, i) => ({
    path: join(SEEDS, names[i % names.length]!),
    explicit: true, options: {}, fix: false, quiet: false, maxSize: 5 * 1024 * 1024, locale: 'zh-cn' as const,
  }));
}

test('worker threads (ESM build) give the same results in the same order as the main thread', async () => {
  const tasks = seedTasks(12);
  const inline = await lintAll(tasks, 0);
  const pooled = await lintAll(tasks, 3);
  assert.equal(pooled.threads, 3);
  assert.equal(pooled.inline, 0, 'the workers did all the work');
  assert.deepEqual(pooled.results, inline.results);
  assert.ok(inline.results.some((r) => r !== null && r.messages.length > 0), 'the seeds have findings to compare');
});

test('a crashing worker loses no file: the main thread takes over', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-pool-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const bad = join(dir, 'crash.mjs');
  writeFileSync(bad, "throw new Error('worker failed to start');\n");
  const tasks = seedTasks(5);
  const outcome = await lintAll(tasks, 2, pathToFileURL(bad));
  assert.equal(outcome.inline, 5);
  assert.deepEqual(outcome.results, (await lintAll(tasks, 0)).results);
});

test('run(): help, version and usage errors through the io object', async () => {
  const out: string[] = [];
  const err: string[] = [];
  const io = { cwd: SEEDS, stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s), color: false };
  assert.equal(await run(['--help', '--locale', 'en'], io), 0);
  assert.match(out.join(''), /Usage: nianbao lint/);
  out.length = 0;
  assert.equal(await run(['--version'], io), 0);
  const pkg = JSON.parse(readFileSync(join(SEEDS, '..', '..', '..', 'package.json'), 'utf8'));
  assert.equal(out.join('').trim(), pkg.version);
  assert.equal(await run(['lint', '--workers', 'many'], io), 2);
  assert.match(err.join(''), /--workers/);
});
