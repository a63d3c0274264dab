// End-to-end tests of the built CLI (node dist/cli.cjs) on temp folders of seed reports:
// exit codes, folder walking, output formats, encodings and size limits.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../core/src/index.js';
import { decodeBytes, encodeText } from '../../node/src/decodeText.js';
import {
  JIATANG_2024, LIJUN_2020, LIJUN_2025, LIJUN_GBKABLE, NOT_A_REPORT, PNG, REPO,
  allErrorsConfig, ensureBuilt, expectedExit, runCli, runJson, tempTree,
} from './cliRunner.js';
import { validateSarif } from './sarifCheck.js';

before(() => ensureBuilt());

test('the seed with structural defects is listed in stylish output; errors give exit code 1', (t) => {
  assert.ok(lint(LIJUN_2020).findings.length > 0, 'the seed has findings');
  const { root, cleanup } = tempTree({ 'lijun-2020.txt': LIJUN_2020, 'strict/.nianbaorc.json': allErrorsConfig(LIJUN_2020), 'strict/lijun.txt': LIJUN_2020 });
  t.after(cleanup);
  const r = runCli(['lint', 'lijun-2020.txt'], root);
  assert.equal(r.code, expectedExit(LIJUN_2020), r.stderr);
  assert.match(r.stdout, /^lijun-2020\.txt$/m);
  assert.match(r.stdout, /^[ \t]+\d+:\d+\s+(错误|警告|提示)\s/m);
  assert.match(r.stdout, /✖ 共 \d+ 个问题（\d+ 个错误，\d+ 个警告/);
  const strict = runCli(['lint', 'strict'], root);
  assert.equal(strict.code, 1, strict.stderr);
  assert.match(strict.stdout, /^[ \t]+\d+:\d+\s+错误\s/m);
  const en = runCli(['lint', 'strict', '--locale', 'en'], root);
  assert.match(en.stdout, /^[ \t]+\d+:\d+\s+error\s/m);
  assert.match(en.stdout, /✖ \d+ problems? \(\d+ errors?, \d+ warnings?/);
});

test('a folder with no reports exits 0: non-report .md, node_modules and .git are skipped', (t) => {
  const { root, cleanup } = tempTree({
    'README.md': NOT_A_REPORT,
    'node_modules/pkg/lijun.txt': LIJUN_2020,
    '.git/lijun.txt': LIJUN_2020,
    'docs/picture.txt': PNG, // binary inside a folder walk: not a report, silently skipped
  });
  t.after(cleanup);
  const r = runJson(['lint', '.'], root);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(r.json, []);
  assert.match(r.stderr, /没有找到/);
});

test('folder walking finds reports in subfolders; an explicit non-report file is still checked', (t) => {
  const { root, cleanup } = tempTree({ 'a/b/lijun.txt': LIJUN_2020, 'notes.md': NOT_A_REPORT });
  t.after(cleanup);
  const walked = runJson(['lint'], root);
  assert.deepEqual(walked.json.map((f) => f.filePath), [join(root, 'a', 'b', 'lijun.txt')]);
  const named = runJson(['lint', '.', 'notes.md'], root);
  assert.deepEqual(named.json.map((f) => f.filePath), [join(root, 'a', 'b', 'lijun.txt'), join(root, 'notes.md')]);
});

test('globs are expanded and an unmatched glob is exit 2', (t) => {
  const { root, cleanup } = tempTree({ 'reports/2020/lijun.txt': LIJUN_2020, 'reports/2025/lijun.md': LIJUN_2025 });
  t.after(cleanup);
  const r = runJson(['lint', 'reports/**/*.md'], root);
  assert.deepEqual(r.json.map((f) => f.filePath), [join(root, 'reports', '2025', 'lijun.md')]);
  const none = runCli(['lint', 'reports/**/*.docx'], root);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /reports\/\*\*\/\*\.docx/);
});

test('json output matches the core findings for the file (1-based lines, UTF-16 columns)', (t) => {
  const { root, cleanup } = tempTree({ 'lijun.txt': LIJUN_2020 });
  t.after(cleanup);
  const r = runJson(['lint', 'lijun.txt'], root);
  const [file] = r.json;
  assert.ok(file);
  const findings = lint(LIJUN_2020).findings;
  assert.equal(file.messages.length, findings.length);
  assert.equal(file.errorCount, findings.filter((f) => f.severity === 'error').length);
  const first = findings.reduce((a, b) => (b.span.start < a.span.start ? b : a));
  const before = LIJUN_2020.slice(0, first.span.start);
  const line = before.split('\n').length;
  const column = first.span.start - (before.lastIndexOf('\n') + 1) + 1;
  assert.ok(file.messages.some((m) => m.ruleId === first.ruleId && m.line === line && m.column === column));
  assert.ok(file.messages.every((m) => m.severity === 1 || m.severity === 2));
});

test('--quiet reports errors only', (t) => {
  // Raise one firing rule to "error" so that the run has both errors and warnings.
  const [oneRule] = lint(LIJUN_2020).findings.map((f) => f.ruleId);
  const config = JSON.stringify({ rules: { [oneRule!]: 'error' } });
  const { root, cleanup } = tempTree({ '.nianbaorc.json': config, 'a.txt': LIJUN_2020, 'b.txt': JIATANG_2024, 'c.md': LIJUN_2025 });
  t.after(cleanup);
  const all = runJson(['lint'], root).json.flatMap((f) => f.messages);
  const quiet = runJson(['lint', '--quiet'], root).json.flatMap((f) => f.messages);
  assert.ok(quiet.length > 0 && quiet.length < all.length, 'the run mixes errors and warnings');
  assert.deepEqual(quiet, all.filter((m) => m.severity === 2));
});

test('sarif output of a real run is valid SARIF 2.1.0 with relative URIs', (t) => {
  const { root, cleanup } = tempTree({ '年报/李俊 2020.txt': LIJUN_2020 });
  t.after(cleanup);
  const r = runCli(['lint', '--format', 'sarif'], root);
  assert.equal(r.code, expectedExit(LIJUN_2020));
  const log = JSON.parse(r.stdout);
  validateSarif(log);
  const run = log.runs[0];
  assert.ok(run.tool.driver.rules.length > 0);
  assert.ok(run.results.length > 0);
  const uri = run.results[0].locations[0].physicalLocation.artifactLocation.uri;
  assert.equal(decodeURIComponent(uri), '年报/李俊 2020.txt');
});

test('usage errors, a missing file and --help/--version give the right exit codes', (t) => {
  const { root, cleanup } = tempTree({ 'lijun.txt': LIJUN_2020 });
  t.after(cleanup);
  const bad = runCli(['lint', '--format', 'xml'], root);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--format/);
  assert.equal(bad.stdout, '');
  assert.equal(runCli([], root).code, 2);
  const missing = runJson(['lint', 'nope.txt'], root);
  assert.equal(missing.code, 2);
  assert.equal(missing.json[0]!.messages[0]!.fatal, true);
  const help = runCli(['--help'], root);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /nianbao lint/);
  const version = runCli(['--version'], root);
  assert.equal(version.code, 0);
  assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version);
});

test('a binary file named explicitly is reported (exit 2), never crashes', (t) => {
  const { root, cleanup } = tempTree({ 'scan.txt': PNG, 'lijun.txt': LIJUN_2020 });
  t.after(cleanup);
  const r = runJson(['lint', 'scan.txt', 'lijun.txt'], root);
  assert.equal(r.code, 2);
  const scan = r.json.find((f) => f.filePath.endsWith('scan.txt'))!;
  assert.equal(scan.messages.length, 1);
  assert.equal(scan.messages[0]!.fatal, true);
  assert.match(scan.messages[0]!.message, /二进制/);
  assert.ok(r.json.find((f) => f.filePath.endsWith('lijun.txt'))!.messages.length > 0, 'other files are still checked');
});

test('a GBK-encoded report gives the same findings as its UTF-8 original', (t) => {
  const gbk = encodeText(LIJUN_GBKABLE, 'gbk');
  assert.ok(gbk instanceof Uint8Array);
  const decoded = decodeBytes(gbk);
  assert.ok('text' in decoded && decoded.encoding === 'gbk', 'the bytes are GBK, not UTF-8');
  const { root, cleanup } = tempTree({ 'utf8/lijun.txt': LIJUN_GBKABLE, 'gbk/lijun.txt': gbk });
  t.after(cleanup);
  const r = runJson(['lint'], root);
  assert.equal(r.json.length, 2, 'the GBK file is recognised as a report');
  const [fromGbk, fromUtf8] = r.json;
  assert.ok(fromGbk!.filePath.includes('gbk'));
  assert.deepEqual(fromGbk!.messages, fromUtf8!.messages);
  assert.ok(fromGbk!.messages.length > 0);
});

test('files over --max-size are skipped with a warning; a run that checked nothing is exit 2', (t) => {
  const { root, cleanup } = tempTree({ 'lijun.txt': LIJUN_2020 });
  t.after(cleanup);
  const r = runJson(['lint', '--max-size', '1KB'], root);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /没有检查任何年报：1 个文件被跳过/);
  assert.equal(r.json[0]!.messages.length, 1);
  assert.equal(r.json[0]!.messages[0]!.ruleId, null);
  assert.match(r.json[0]!.messages[0]!.message, /过大/);
});
