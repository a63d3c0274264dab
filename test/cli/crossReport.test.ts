// The CLI compares the files it is given across years: carryover-mismatch appears for a 2025 report
// when its 2024 report is among the files (in-process and in worker threads alike), with last year's
// cell as a SARIF related location in that file; a file given alone is linted as before.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { lintAcrossReports } from '../../cli/src/crossReport.js';
import type { LintTask } from '../../node/src/results.js';
import { run } from '../../cli/src/run.js';
import { REPO } from './cliRunner.js';

const YEARS = join(REPO, 'test', 'fixtures', 'years');

async function sarifOf(args: string[]) {
  const out: string[] = [];
  const io = { cwd: YEARS, stdout: (s: string) => void out.push(s), stderr: () => undefined, color: false };
  const code = await run(['lint', '--format', 'sarif', ...args], io);
  return { code, log: JSON.parse(out.join('')) as { runs: { results: { ruleId: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[]; relatedLocations?: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] } };
}

test('a folder with consecutive-year pairs: carry-over findings on this year, related to last year’s file', async () => {
  const { log } = await sarifOf(['.']);
  const found = log.runs[0]!.results.filter((r) => r.ruleId === 'carryover-mismatch').map((r) => {
    const here = r.locations[0]!.physicalLocation;
    const there = r.relatedLocations![0]!.physicalLocation;
    return `${here.artifactLocation.uri}:${here.region.startLine}:${here.region.startColumn} → ${there.artifactLocation.uri}:${there.region.startLine}`;
  });
  assert.deepEqual(found, [
    'caizheng-2025.md:66:28 → caizheng-2024.md:89',
    'caizheng-2025.md:66:52 → caizheng-2024.md:89',
    'nongye-2025.md:45:28 → nongye-2024.md:68',
    'nongye-2025.md:45:52 → nongye-2024.md:68',
  ]);
});

test('this year alone: no carry-over finding (last year is not among the files)', async () => {
  const { log } = await sarifOf(['caizheng-2025.md']);
  assert.deepEqual(log.runs[0]!.results.filter((r) => r.ruleId === 'carryover-mismatch'), []);
});

test('worker threads give the same results as the main thread, digests dropped', async () => {
  const files = ['caizheng-2024.md', 'caizheng-2025.md', 'gongan-2024.txt', 'gongan-2025.txt', 'nongye-2024.md', 'nongye-2025.md'];
  const tasks: LintTask[] = files.map((f) => ({ path: join(YEARS, f), explicit: true, options: {}, fix: false, quiet: false, maxSize: 1e7, locale: 'en' }));
  const inline = await lintAcrossReports(tasks, () => 0);
  const threaded = await lintAcrossReports(tasks, () => 2);
  assert.deepEqual(threaded.results, inline.results);
  assert.ok(inline.results.every((r) => r && !('digest' in r)));
  const counts = inline.results.map((r) => r!.messages.filter((m) => m.ruleId === 'carryover-mismatch').length);
  assert.deepEqual(counts, [0, 2, 0, 0, 0, 2]);
});
