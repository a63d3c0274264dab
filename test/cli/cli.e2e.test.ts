// End-to-end tests of the built CLI (node dist/cli.cjs) on temp folders of seed reports:
// exit codes, folder walking, formats, config files, encodings, --fix and the worker pool.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixAll, lint } from '../../core/src/index.js';
import { decodeBytes, encodeText } from '../../core/src/decodeText.js';
import { CLI, REPO, ensureBuilt, runCli, runJson, seed, tempTree } from './cliRunner.js';
import { validateSarif } from './sarifCheck.js';

const LIJUN_2020 = seed('lijun-2020.txt').toString('utf8');
const LIJUN_2025 = seed('lijun-2025.md').toString('utf8');
const JIATANG_2024 = seed('jiatang-2024.txt').toString('utf8');
const NOT_A_REPORT = '# 会议纪要\n\n今天讨论了食堂菜单。\n';
const PNG = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1);

before(() => ensureBuilt());

test('the seed with structural defects fails with exit code 1 and is listed in stylish output', (t) => {
  const { root, cleanup } = tempTree({ 'lijun-2020.txt': LIJUN_2020 });
  t.after(cleanup);
  const r = runCli(['lint'], root);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /^lijun-2020\.txt$/m);
  assert.match(r.stdout, /^\s+\d+:\d+\s+错误\s/m);
  assert.match(r.stdout, /✖ 共 \d+ 个问题（\d+ 个错误，\d+ 个警告/);
  const en = runCli(['lint', '--locale', 'en'], root);
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
  const { root, cleanup } = tempTree({ 'a.txt': LIJUN_2020, 'b.txt': JIATANG_2024, 'c.md': LIJUN_2025 });
  t.after(cleanup);
  const all = runJson(['lint'], root).json.flatMap((f) => f.messages);
  const quiet = runJson(['lint', '--quiet'], root).json.flatMap((f) => f.messages);
  assert.deepEqual(quiet, all.filter((m) => m.severity === 2));
});

test('sarif output of a real run is valid SARIF 2.1.0 with relative URIs', (t) => {
  const { root, cleanup } = tempTree({ '年报/李俊 2020.txt': LIJUN_2020 });
  t.after(cleanup);
  const r = runCli(['lint', '--format', 'sarif'], root);
  assert.equal(r.code, 1);
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
  const gbk = encodeText(LIJUN_2020, 'gbk');
  assert.ok(gbk instanceof Uint8Array);
  const { root, cleanup } = tempTree({ 'utf8/lijun.txt': LIJUN_2020, 'gbk/lijun.txt': gbk });
  t.after(cleanup);
  const r = runJson(['lint'], root);
  assert.equal(r.json.length, 2, 'the GBK file is recognised as a report');
  const [fromGbk, fromUtf8] = r.json;
  assert.ok(fromGbk!.filePath.includes('gbk'));
  assert.deepEqual(fromGbk!.messages, fromUtf8!.messages);
  assert.ok(fromGbk!.messages.length > 0);
});

test('files over --max-size are skipped with a warning', (t) => {
  const { root, cleanup } = tempTree({ 'lijun.txt': LIJUN_2020 });
  t.after(cleanup);
  const r = runJson(['lint', '--max-size', '1KB'], root);
  assert.equal(r.code, 0);
  assert.equal(r.json[0]!.messages.length, 1);
  assert.equal(r.json[0]!.messages[0]!.ruleId, null);
  assert.match(r.json[0]!.messages[0]!.message, /过大/);
});

test('.nianbaorc.json: rules set to "off" disappear; the nearest config wins', (t) => {
  const ruleIds = [...new Set(lint(LIJUN_2020).findings.map((f) => f.ruleId))];
  assert.ok(ruleIds.length > 0);
  const off = JSON.stringify({ rules: Object.fromEntries(ruleIds.map((id) => [id, 'off'])) });
  const { root, cleanup } = tempTree({
    '.nianbaorc.json': off,
    'quiet/lijun.txt': LIJUN_2020,
    'loud/.nianbaorc.json': '{}',
    'loud/lijun.txt': LIJUN_2020,
  });
  t.after(cleanup);
  const r = runJson(['lint'], root);
  assert.equal(r.code, 1, 'the loud folder still has errors');
  const [loud, quiet] = r.json;
  assert.ok(loud!.filePath.includes('loud') && loud!.messages.length > 0);
  assert.deepEqual(quiet!.messages, []);
  assert.equal(runJson(['lint', 'quiet'], root).code, 0);
});

test('.nianbaorc.json severities are applied', (t) => {
  const ruleIds = [...new Set(lint(LIJUN_2020).findings.map((f) => f.ruleId))];
  const info = JSON.stringify({ rules: Object.fromEntries(ruleIds.map((id) => [id, 'info'])) });
  const { root, cleanup } = tempTree({ '.nianbaorc.json': info, 'lijun.txt': LIJUN_2020 });
  t.after(cleanup);
  const r = runJson(['lint'], root);
  assert.equal(r.code, 0, 'everything downgraded to info');
  assert.ok(r.json[0]!.messages.length > 0);
  assert.equal(r.json[0]!.errorCount, 0);
});

test('a broken config is exit 2 with its path and problem on stderr', (t) => {
  const { root, cleanup } = tempTree({ '.nianbaorc.json': '{ "template": "2020" }', 'lijun.txt': LIJUN_2020 });
  t.after(cleanup);
  const r = runCli(['lint'], root);
  assert.equal(r.code, 2);
  assert.ok(r.stderr.includes(join(root, '.nianbaorc.json')));
  assert.match(r.stderr, /template/);
  writeFileSync(join(root, '.nianbaorc.json'), '{ "rules": { "no-such-rule": "off" } }');
  const unknown = runCli(['lint', '--locale', 'en'], root);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown rule "no-such-rule"/);
});

test('--template overrides the config template', (t) => {
  const { root, cleanup } = tempTree({ 'cfg/.nianbaorc.json': '{ "template": "2019" }', 'cfg/lijun.txt': LIJUN_2020, 'plain/lijun.txt': LIJUN_2020 });
  t.after(cleanup);
  const messages = (args: string[], dir: string) => runJson(['lint', dir, ...args], root).json[0]!.messages;
  assert.deepEqual(messages([], 'cfg'), messages(['--template', '2019'], 'plain'), 'the config template is used');
  assert.deepEqual(messages(['--template', '2021'], 'cfg'), messages(['--template', '2021'], 'plain'), 'the flag wins');
  assert.notDeepEqual(messages(['--template', '2019'], 'plain'), messages(['--template', '2021'], 'plain'), 'templates differ');
});

test('--fix rewrites only files that change, keeps their encoding, and is idempotent', (t) => {
  const seeds = { 'a.txt': LIJUN_2020, 'b.txt': JIATANG_2024, 'c.md': LIJUN_2025 };
  const expected = Object.fromEntries(Object.entries(seeds).map(([k, v]) => [k, fixAll(v).text]));
  const changing = Object.keys(seeds).filter((k) => expected[k] !== seeds[k as keyof typeof seeds]);
  const gbk = encodeText(LIJUN_2020, 'gbk') as Uint8Array;
  const { root, cleanup } = tempTree({ ...seeds, 'gbk.txt': gbk });
  t.after(cleanup);
  const old = new Date('2001-01-01T00:00:00Z');
  for (const name of [...Object.keys(seeds), 'gbk.txt']) utimesSync(join(root, name), old, old);

  const first = runJson(['lint', '--fix'], root);
  for (const [name, text] of Object.entries(expected)) {
    assert.equal(readFileSync(join(root, name), 'utf8'), text, `${name} holds fixAll's output`);
    const touched = statSync(join(root, name)).mtimeMs !== old.getTime();
    assert.equal(touched, changing.includes(name), `${name} is rewritten only if fixing changed it`);
  }
  const gbkAfter = decodeBytes(readFileSync(join(root, 'gbk.txt')));
  assert.ok('text' in gbkAfter && gbkAfter.encoding === 'gbk', 'a GBK file stays GBK');
  assert.equal(gbkAfter.text, expected['a.txt']);
  // What is left is reported: the same as linting the fixed text.
  const left = first.json.find((f) => f.filePath.endsWith('a.txt'))!;
  assert.equal(left.messages.length, lint(expected['a.txt']!).findings.length);

  for (const name of Object.keys(seeds)) utimesSync(join(root, name), old, old);
  const second = runJson(['lint', '--fix'], root);
  for (const name of Object.keys(seeds)) {
    assert.equal(statSync(join(root, name)).mtimeMs, old.getTime(), `${name} untouched by a second --fix`);
  }
  assert.deepEqual(second.json, first.json);
  assert.ok(changing.length > 0, 'at least one seed has a safe fix, so rewriting was exercised');
});

test('the worker pool gives the same, sorted results as one thread on >200 files', (t) => {
  const files: Record<string, string> = {};
  const texts = [LIJUN_2020, JIATANG_2024, LIJUN_2025];
  for (let i = 0; i < 230; i++) files[`d${i % 7}/r${String(i).padStart(3, '0')}.${i % 3 === 2 ? 'md' : 'txt'}`] = texts[i % 3]!;
  files['d0/notes.md'] = NOT_A_REPORT;
  const { root, cleanup } = tempTree(files);
  t.after(cleanup);
  const single = runCli(['lint', '--format', 'json', '--workers', '0'], root);
  const pooled = runCli(['lint', '--format', 'json', '--workers', '4'], root);
  const auto = runCli(['lint', '--format', 'json'], root);
  assert.equal(single.code, 1, single.stderr);
  assert.equal(pooled.code, 1, pooled.stderr);
  assert.equal(pooled.stdout, single.stdout);
  assert.equal(auto.stdout, single.stdout);
  const paths = (JSON.parse(single.stdout) as { filePath: string }[]).map((f) => f.filePath);
  assert.equal(paths.length, 230);
  assert.deepEqual(paths, [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
});

test('the bundle starts with a shebang and finds its worker next to itself', () => {
  assert.match(readFileSync(CLI, 'utf8'), /^#!\/usr\/bin\/env node\n/);
});
