// End-to-end tests of the built CLI (node dist/cli.cjs): .nianbaorc.json handling, --fix and the worker pool.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fixAll, lint } from '../../core/src/index.js';
import { decodeBytes, encodeText } from '../../node/src/decodeText.js';
import {
  CLI, JIATANG_2024, LIJUN_2020, LIJUN_2025, LIJUN_GBKABLE, NOT_A_REPORT,
  ensureBuilt, expectedExit, runCli, runJson, tempTree,
} from './cliRunner.js';

before(() => ensureBuilt());

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
  assert.equal(r.code, expectedExit(LIJUN_2020));
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

test('a broken config is exit 2 with its path and problem: in the output (stylish), on stderr beside JSON', (t) => {
  const { root, cleanup } = tempTree({ '.nianbaorc.json': '{ "template": "2020" }', 'lijun.txt': LIJUN_2020 });
  t.after(cleanup);
  const r = runCli(['lint'], root);
  assert.equal(r.code, 2);
  assert.ok(r.stdout.includes('.nianbaorc.json'));
  assert.match(r.stdout, /template/);
  writeFileSync(join(root, '.nianbaorc.json'), '{ "rules": { "no-such-rule": "off" } }');
  const unknown = runCli(['lint', '--locale', 'en', '--format', 'json'], root);
  assert.equal(unknown.code, 2);
  assert.ok(unknown.stderr.includes(join(root, '.nianbaorc.json')));
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
  // d.txt: a seed with its 六 numbered 七 (one wrong number, whose renumbering is a safe fix).
  const renumbered = JIATANG_2024.replace('六、其他需要报告的事项', '七、其他需要报告的事项');
  assert.notEqual(renumbered, JIATANG_2024);
  const seeds = { 'a.txt': LIJUN_2020, 'b.txt': JIATANG_2024, 'c.md': LIJUN_2025, 'd.txt': renumbered };
  const expected = Object.fromEntries(Object.entries(seeds).map(([k, v]) => [k, fixAll(v).text]));
  const changing = Object.keys(seeds).filter((k) => expected[k] !== seeds[k as keyof typeof seeds]);
  const gbk = encodeText(LIJUN_GBKABLE, 'gbk');
  assert.ok(gbk instanceof Uint8Array);
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
  assert.equal(gbkAfter.text, fixAll(LIJUN_GBKABLE).text);
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
  const debug = { NIANBAO_DEBUG: 'pool' };
  const single = runCli(['lint', '--format', 'json', '--workers', '0'], root, debug);
  const pooled = runCli(['lint', '--format', 'json', '--workers', '4'], root, debug);
  const auto = runCli(['lint', '--format', 'json'], root, debug);
  assert.doesNotMatch(single.stderr, /nianbao pool/, '--workers 0 stays in the main thread');
  assert.match(pooled.stderr, /nianbao pool: threads=4 files=231 inline=0/, 'four workers did all the work');
  if (availableParallelism() > 1) assert.match(auto.stderr, /nianbao pool: threads=\d+ files=231 inline=0/);
  assert.equal(single.code, expectedExit(...texts), single.stderr);
  assert.equal(pooled.code, single.code, pooled.stderr);
  assert.equal(auto.code, single.code, auto.stderr);
  assert.equal(pooled.stdout, single.stdout);
  assert.equal(auto.stdout, single.stdout);
  const paths = (JSON.parse(single.stdout) as { filePath: string }[]).map((f) => f.filePath);
  assert.equal(paths.length, 230);
  assert.deepEqual(paths, [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
});

test('the bundle starts with a shebang and finds its worker next to itself', () => {
  assert.match(readFileSync(CLI, 'utf8'), /^#!\/usr\/bin\/env node\n/);
});
