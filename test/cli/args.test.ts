// Tests for the CLI's argument parsing: defaults, each option, and usage errors (exit code 2 cases).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_MAX_SIZE, parseCliArgs, parseSize } from '../../cli/src/args.js';

function ok(argv: string[]) {
  const r = parseCliArgs(argv);
  if (!r.ok) assert.fail(`expected success for ${argv.join(' ')}, got: ${r.error}`);
  return r.options;
}

function err(argv: string[]) {
  const r = parseCliArgs(argv);
  if (r.ok) assert.fail(`expected a usage error for ${argv.join(' ')}`);
  return r;
}

test('lint with no paths uses the defaults', () => {
  const o = ok(['lint']);
  assert.equal(o.command, 'lint');
  assert.deepEqual(o.patterns, []);
  assert.equal(o.format, 'stylish');
  assert.equal(o.fix, false);
  assert.equal(o.quiet, false);
  assert.equal(o.locale, 'zh-cn');
  assert.equal(o.template, undefined, 'no --template leaves the choice to the config');
  assert.equal(o.maxSize, DEFAULT_MAX_SIZE);
  assert.equal(o.workers, 'auto');
});

test('paths, globs and every option are read', () => {
  const o = ok(['lint', 'a.md', 'reports/**/*.txt', '--format', 'sarif', '--fix', '--template=2019', '-q',
    '--locale', 'en', '--max-size', '500KB', '--workers', '3']);
  assert.deepEqual(o.patterns, ['a.md', 'reports/**/*.txt']);
  assert.equal(o.format, 'sarif');
  assert.equal(o.fix, true);
  assert.equal(o.template, '2019');
  assert.equal(o.quiet, true);
  assert.equal(o.locale, 'en');
  assert.equal(o.maxSize, 500 * 1024);
  assert.equal(o.workers, 3);
});

test('options may come before the paths, and -- ends the options', () => {
  const o = ok(['lint', '--format=json', '--', '--odd-name.md']);
  assert.equal(o.format, 'json');
  assert.deepEqual(o.patterns, ['--odd-name.md']);
});

test('--help and --version win over a missing command', () => {
  assert.equal(ok(['--help']).command, 'help');
  assert.equal(ok(['-h']).command, 'help');
  assert.equal(ok(['--version']).command, 'version');
  assert.equal(ok(['lint', '--help']).command, 'help');
});

test('bad values are usage errors that name the option', () => {
  assert.match(err(['lint', '--format', 'xml']).error, /--format.*xml|xml.*--format/);
  assert.match(err(['lint', '--template', '2020']).error, /--template/);
  assert.match(err(['lint', '--locale', 'fr']).error, /--locale/);
  assert.match(err(['lint', '--max-size', 'huge']).error, /--max-size/);
  assert.match(err(['lint', '--workers', '-1']).error, /workers|-1/);
  assert.match(err(['lint', '--bogus']).error, /bogus/);
  assert.match(err(['lint', '--format']).error, /format/);
});

test('a missing or unknown command is a usage error', () => {
  assert.match(err([]).error, /lint/);
  assert.match(err(['check', 'a.md']).error, /check/);
});

test('usage errors come out in the requested locale', () => {
  assert.equal(err(['lint', '--format', 'xml']).locale, 'zh-cn');
  const en = err(['lint', '--format', 'xml', '--locale', 'en']);
  assert.equal(en.locale, 'en');
  assert.match(en.error, /invalid value/);
  assert.match(err(['lint', '--format', 'xml']).error, /无效/);
});

test('sizes accept units and reject nonsense', () => {
  assert.equal(parseSize('5MB'), 5 * 1024 * 1024);
  assert.equal(parseSize('1.5 mb'), 1.5 * 1024 * 1024);
  assert.equal(parseSize('10k'), 10 * 1024);
  assert.equal(parseSize('1048576'), 1048576);
  assert.equal(parseSize('0'), null);
  assert.equal(parseSize('MB'), null);
  assert.equal(parseSize('5 TB'), null);
});
