// --fix never loses an edit (issue 11 §5): the fixed text is written to a temporary file beside the
// report and renamed over it only if the report still holds the bytes that were read; a report changed
// meanwhile is left with the other edit and reported. --workers is capped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixAll, lint } from '../../core/src/index.js';
import { encodeText } from '../../node/src/decodeText.js';
import { fixWriteHooks, lintFile } from '../../cli/src/lintFile.js';
import { chooseThreadCount, maxWorkers } from '../../cli/src/pool.js';
import type { LintTask } from '../../node/src/results.js';
import { ensureBuilt, JIATANG_2024, runCli, tempTree } from './cliRunner.js';

/** A report with one safe fix: its 六 numbered 七. */
const RENUMBERED = JIATANG_2024.replace('六、其他需要报告的事项', '七、其他需要报告的事项');
const FIXED = fixAll(RENUMBERED).text;
const APPENDED = '\n补充：保存于修复期间的一行。\n';

function task(path: string): LintTask {
  return { path, explicit: true, options: {}, fix: true, quiet: false, maxSize: 5 * 1024 * 1024, locale: 'en' };
}

function setup(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-fix-'));
  t.after(() => {
    delete fixWriteHooks.beforeCommit;
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

test('a report changed between read and write keeps the other edit and is reported; nothing is left behind', (t) => {
  assert.notEqual(FIXED, RENUMBERED, 'the report has a safe fix');
  const dir = setup(t);
  const path = join(dir, 'report.txt');
  writeFileSync(path, RENUMBERED);
  const calls: string[] = [];
  fixWriteHooks.beforeCommit = (p) => {
    calls.push(p);
    appendFileSync(p, APPENDED); // the editor saves while the fix is being written
  };
  const result = lintFile(task(path));
  assert.deepEqual(calls, [path]);
  assert.equal(readFileSync(path, 'utf8'), RENUMBERED + APPENDED, 'the other edit is kept, the fix is not written');
  assert.deepEqual(result, {
    filePath: path,
    messages: [{
      ruleId: null, severity: 'error', line: 1, column: 1, endLine: 1, endColumn: 1, fatal: true,
      message: 'the file changed while it was being fixed; the fix was not written (the other edit is kept): run --fix again',
    }],
    errorCount: 1, warningCount: 0, infoCount: 0, fatalErrorCount: 1, fixableErrorCount: 0, fixableWarningCount: 0,
  });
  assert.deepEqual(readdirSync(dir), ['report.txt'], 'the temporary file is removed');
});

test('an unchanged report is replaced by the fixed text, its mode kept, through a link to its target', (t) => {
  const dir = setup(t);
  const path = join(dir, 'report.txt');
  writeFileSync(path, RENUMBERED);
  chmodSync(path, 0o640);
  symlinkSync(path, join(dir, 'link.txt'));
  let seen: string[] = [];
  fixWriteHooks.beforeCommit = () => {
    // While the temporary file exists: beside the report, already holding the fixed text and the mode.
    seen = readdirSync(dir).filter((n) => n.endsWith('.tmp'));
    assert.equal(seen.length, 1);
    assert.equal(readFileSync(join(dir, seen[0]!), 'utf8'), FIXED);
    assert.equal(statSync(join(dir, seen[0]!)).mode & 0o777, 0o640);
    assert.equal(readFileSync(path, 'utf8'), RENUMBERED, 'the report is untouched until the rename');
  };
  const result = lintFile(task(join(dir, 'link.txt')));
  assert.match(seen[0]!, /^\.report\.txt\.nianbao-\d+-[0-9a-z]+\.tmp$/);
  assert.equal(result?.fixed, true);
  assert.equal(result?.messages.length, lint(FIXED).findings.length);
  assert.equal(readFileSync(path, 'utf8'), FIXED);
  assert.equal(statSync(path).mode & 0o777, 0o640);
  assert.ok(lstatSync(join(dir, 'link.txt')).isSymbolicLink(), 'the link is still a link');
  assert.equal(readlinkSync(join(dir, 'link.txt')), path);
  assert.deepEqual(readdirSync(dir).sort(), ['link.txt', 'report.txt']);
});

test('UTF-16 without a BOM is fixed and stays UTF-16 without a BOM', (t) => {
  const dir = setup(t);
  const path = join(dir, 'u16.txt');
  writeFileSync(path, Buffer.from(RENUMBERED, 'utf16le'));
  assert.equal(lintFile(task(path))?.fixed, true);
  assert.deepEqual(readFileSync(path), Buffer.from(encodeText(FIXED, 'utf-16le-nobom') as Uint8Array));
});

test('--workers is capped to the CPUs, at least 4 and at most 16, with a message', () => {
  assert.deepEqual([1, 2, 4, 8, 16, 64].map((cpus) => maxWorkers(cpus)), [4, 4, 4, 8, 16, 16]);
  assert.equal(chooseThreadCount(1000, 256, 2), 4);
  assert.equal(chooseThreadCount(1000, 256, 64), 16);
  assert.equal(chooseThreadCount(1000, 3, 64), 3);
  assert.equal(chooseThreadCount(1000, 'auto', 64), 16);
  ensureBuilt();
  const files = Object.fromEntries([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17].map((i) => [`r${i}.txt`, JIATANG_2024]));
  const { root, cleanup } = tempTree(files);
  try {
    const r = runCli(['lint', '--workers', '256', '--locale', 'en', '--format', 'json'], root, { NIANBAO_DEBUG: 'pool' });
    const max = maxWorkers(availableParallelism());
    assert.equal(
      r.stderr,
      `--workers 256 is too many; using ${max} threads (the CPUs of this machine, at least 4, at most 16)\nnianbao pool: threads=${max} files=18 inline=0\n`,
    );
    assert.equal((JSON.parse(r.stdout) as unknown[]).length, 18);
  } finally {
    cleanup();
  }
});
