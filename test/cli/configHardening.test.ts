// Hostile .nianbaorc.json files (issue 11 §3): nested 5,000 deep, a link to a file outside the tree, over
// 1 MB, a folder, text that is not JSON at all. Each is one stated problem on the config file; no message
// quotes the file's content; the CLI goes on with the files the config does not govern.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeConfigProblem, findConfig, loadConfigFile, parseConfig, MAX_CONFIG_DEPTH, type ConfigProblem } from '../../node/src/findConfig.js';
import { lint } from '../../core/src/index.js';
import { ensureBuilt, LIJUN_2020, runCli, runJson, tempTree } from './cliRunner.js';

const SECRET = 'SECRETKEY=abcdef1234567890';

function problemOf(text: string): ConfigProblem {
  const r = parseConfig(text);
  if (!('problem' in r)) assert.fail('expected a problem');
  return r.problem;
}

/** Every rendering of a problem, in both languages. */
function rendered(p: ConfigProblem): string {
  return describeConfigProblem(p, 'zh-cn') + '\n' + describeConfigProblem(p, 'en');
}

function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-rc-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('a config nested 5,000 deep (10 KB) is one too-deep problem at the bracket past the limit', () => {
  for (const text of ['['.repeat(5000) + ']'.repeat(5000), `{"template":${'['.repeat(5000)}${']'.repeat(5000)}}`, `{"rules":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`]) {
    const p = problemOf(text);
    const past = [...text].findIndex((_, i) => depthAt(text, i) > MAX_CONFIG_DEPTH);
    assert.ok(past > 0);
    assert.deepEqual(p, { code: 'too-deep', detail: String(MAX_CONFIG_DEPTH), line: 1, column: past + 1 });
  }
  // Exactly the limit is still read (and judged on its content).
  assert.equal(problemOf(`{"template":${'['.repeat(MAX_CONFIG_DEPTH - 1)}${']'.repeat(MAX_CONFIG_DEPTH - 1)}}`).code, 'bad-template');
  // Brackets inside strings do not count.
  assert.equal(problemOf(`{"template":"${'['.repeat(5000)}"}`).code, 'bad-template');
});

/** Nesting depth just after the character at i (no strings hold brackets in these inputs). Quadratic: small inputs only. */
function depthAt(text: string, i: number): number {
  if (i > 200) return 0;
  let d = 0;
  for (let k = 0; k <= i; k++) d += text[k] === '[' || text[k] === '{' ? 1 : text[k] === ']' || text[k] === '}' ? -1 : 0;
  return d;
}

test('a parse error gives a line and column and never the text', () => {
  const cases: [string, number, number][] = [
    [SECRET, 1, 1],
    [`{\n  "template": "2021",\n  "x": ${SECRET}\n}`, 3, 8],
    [`{"a": tru}`, 1, 7],
    [`{"template": "2021", }`, 1, 22],
    ['', 1, 1],
  ];
  for (const [text, line, column] of cases) {
    const p = problemOf(text);
    assert.deepEqual(p, { code: 'invalid-json', detail: '', line, column }, JSON.stringify(text));
    assert.doesNotMatch(rendered(p), /SECRET|abcdef|tru\b/);
  }
  // A config that is JSON but not an object is named by its type, not its value.
  assert.deepEqual(problemOf(JSON.stringify(SECRET)), { code: 'not-object', detail: 'string' });
  assert.deepEqual(problemOf('12345678'), { code: 'not-object', detail: 'number' });
  // Values of the config's own keys are shown, shortened; non-scalars by their type.
  assert.deepEqual(problemOf(`{"template": {"k": "${SECRET}"}}`), { code: 'bad-template', detail: 'object', line: 1, column: 2 });
  assert.equal(problemOf(`{"template": "${'x'.repeat(500)}"}`).detail, JSON.stringify('x'.repeat(60) + '…'));
  assert.deepEqual(problemOf(`{"rules": {"r": ["${SECRET}"]}}`), { code: 'bad-severity', detail: 'r: array', line: 1, column: 12 });
});

test('a config that is a link out of its folder and the roots is refused; links inside are read', (t) => {
  const dir = tempDir(t);
  const outside = join(dir, 'outside');
  const ws = join(dir, 'ws');
  mkdirSync(join(ws, 'pkg', 'sub'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.txt'), SECRET);
  writeFileSync(join(outside, 'valid.json'), '{"template": "2019"}');
  writeFileSync(join(ws, 'shared.json'), '{"template": "2019"}');
  symlinkSync(join(outside, 'secret.txt'), join(ws, '.nianbaorc.json'));
  symlinkSync(join(outside, 'valid.json'), join(ws, 'pkg', 'sub', '.nianbaorc.json'));
  symlinkSync(join(ws, 'shared.json'), join(ws, 'pkg', '.nianbaorc.json'));
  const secret = loadConfigFile(join(ws, '.nianbaorc.json'), undefined, [ws]);
  assert.deepEqual(secret, { path: join(ws, '.nianbaorc.json'), problem: { code: 'outside-link', detail: '' } });
  assert.doesNotMatch(rendered(secret.problem!), /SECRET|abcdef/);
  // Even a valid file outside is not read through a link.
  assert.equal(loadConfigFile(join(ws, 'pkg', 'sub', '.nianbaorc.json'), undefined, [ws]).problem?.code, 'outside-link');
  // A link to a file inside a root (a shared config of a monorepo) is read; without that root it is outside.
  assert.deepEqual(loadConfigFile(join(ws, 'pkg', '.nianbaorc.json'), undefined, [ws]).config, { template: '2019' });
  assert.equal(loadConfigFile(join(ws, 'pkg', '.nianbaorc.json')).problem?.code, 'outside-link');
  assert.equal(findConfig(join(ws, 'pkg', 'sub', 'x'), { roots: [ws] })?.problem?.code, 'outside-link');
});

test('a config over 1 MB, a folder and a dangling link are stated problems, found like a file is', (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'big.json'), '{"template": "2021"}' + ' '.repeat(1024 * 1024));
  assert.deepEqual(loadConfigFile(join(dir, 'big.json')).problem, { code: 'too-large', detail: String(1024 * 1024 + 20) });
  assert.equal(problemOf('{}' + ' '.repeat(1024 * 1024)).code, 'too-large');
  mkdirSync(join(dir, 'a', '.nianbaorc.json'), { recursive: true });
  assert.deepEqual(findConfig(join(dir, 'a')), { path: join(dir, 'a', '.nianbaorc.json'), problem: { code: 'not-a-file', detail: 'directory' } });
  mkdirSync(join(dir, 'b'));
  symlinkSync(join(dir, 'b', 'missing.json'), join(dir, 'b', '.nianbaorc.json'));
  assert.deepEqual(findConfig(join(dir, 'b')), { path: join(dir, 'b', '.nianbaorc.json'), problem: { code: 'unreadable', detail: 'ENOENT' } });
});

test('CLI: a deep config is one fatal problem on it; its files are listed as not checked; other files are checked', (t) => {
  ensureBuilt();
  const deep = `{"template":${'['.repeat(5000)}${']'.repeat(5000)}}`;
  const { root, cleanup } = tempTree({ 'bad/.nianbaorc.json': deep, 'bad/lijun.txt': LIJUN_2020, 'good/lijun.txt': LIJUN_2020 });
  t.after(cleanup);
  const r = runJson(['lint', '--locale', 'en'], root);
  assert.equal(r.code, 2, r.stderr);
  assert.doesNotMatch(r.stderr, /RangeError|at /);
  const expectedGood = lint(LIJUN_2020).findings.length;
  assert.deepEqual(
    r.json.map((f) => [f.filePath, f.messages.map((m) => m.message).slice(0, 1), f.messages.length, f.fatalErrorCount]),
    [
      [join(root, 'bad', '.nianbaorc.json'), ['the config file nests deeper than 32 levels; not read (line 1, column 44)'], 1, 1],
      [join(root, 'bad', 'lijun.txt'), [`not checked: its config file ${join(root, 'bad', '.nianbaorc.json')} has a problem (see that file)`], 1, 0],
      [join(root, 'good', 'lijun.txt'), r.json[2]!.messages.map((m) => m.message).slice(0, 1), expectedGood, 0],
    ],
  );
  assert.equal(r.json[0]!.messages[0]!.line, 1);
  assert.equal(r.json[0]!.messages[0]!.column, 44);
  assert.ok(expectedGood > 0);
});

test('CLI: a config linked to a secret outside the tree is refused and nothing of the secret is printed', (t) => {
  ensureBuilt();
  const { root, cleanup } = tempTree({ 'ws/lijun.txt': LIJUN_2020, 'secret.txt': SECRET });
  t.after(cleanup);
  symlinkSync(join(root, 'secret.txt'), join(root, 'ws', '.nianbaorc.json'));
  for (const format of ['stylish', 'json', 'sarif']) {
    const r = runCli(['lint', '--format', format, '--locale', 'en'], join(root, 'ws'));
    assert.equal(r.code, 2);
    assert.match(r.stdout + r.stderr, /symbolic link to a file outside the workspace/);
    assert.doesNotMatch(r.stdout + r.stderr, /SECRET|abcdef/);
  }
});
