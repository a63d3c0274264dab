// Tests for .nianbaorc.json discovery and validation (node/src/findConfig.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeConfigProblem, findConfig, parseConfig } from '../../node/src/findConfig.js';

function problemOf(text: string, known?: string[]) {
  const r = parseConfig(text, known);
  if (!('problem' in r)) assert.fail('expected a problem');
  return r.problem;
}

test('a valid config parses to its template and rules', () => {
  const r = parseConfig('\ufeff{ "template": "2019", "rules": { "a-rule": "off", "b-rule": "info" } }');
  assert.deepEqual(r, { config: { template: '2019', rules: { 'a-rule': 'off', 'b-rule': 'info' } } });
  assert.deepEqual(parseConfig('{}'), { config: {} });
  assert.deepEqual(parseConfig('{"$schema": "x"}'), { config: {} });
});

test('invalid JSON is a problem with a line and column', () => {
  const p = problemOf('{\n  "template": "2021",\n  "rules": { "x": "off", }\n}');
  assert.equal(p.code, 'invalid-json');
  assert.equal(p.line, 3);
  assert.ok(p.column && p.column > 1);
  assert.match(describeConfigProblem(p, 'zh-cn'), /JSON.*第 3 行/);
  assert.match(describeConfigProblem(p, 'en'), /line 3/);
});

test('unknown keys, templates and severities are problems naming the value', () => {
  assert.equal(problemOf('[]').code, 'not-object');
  assert.equal(problemOf('{"rulez": {}}').code, 'unknown-key');
  assert.equal(problemOf('{"template": "2020"}').code, 'bad-template');
  assert.equal(problemOf('{"template": 2021}').code, 'bad-template');
  assert.equal(problemOf('{"rules": ["x"]}').code, 'bad-rules');
  const sev = problemOf('{"rules": {"x": "warn"}}');
  assert.equal(sev.code, 'bad-severity');
  assert.match(describeConfigProblem(sev, 'en'), /"warn"/);
});

test('rule ids are checked only against a given list of known rules', () => {
  assert.ok('config' in parseConfig('{"rules": {"made-up": "off"}}'));
  const p = problemOf('{"rules": {"made-up": "off"}}', ['real-rule']);
  assert.equal(p.code, 'unknown-rule');
  assert.equal(p.detail, 'made-up');
});

test('the nearest config at or above the folder wins; none gives null', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'nianbao-config-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'a', 'b', 'c'), { recursive: true });
  mkdirSync(join(root, 'x'), { recursive: true });
  writeFileSync(join(root, '.nianbaorc.json'), '{"template": "2021"}');
  writeFileSync(join(root, 'a', 'b', '.nianbaorc.json'), '{"template": "2019", "rules": {"r": "off"}}');
  const cache = new Map();
  const deep = findConfig(join(root, 'a', 'b', 'c'), { cache });
  assert.equal(deep?.path, join(root, 'a', 'b', '.nianbaorc.json'));
  assert.deepEqual(deep?.config, { template: '2019', rules: { r: 'off' } });
  assert.equal(findConfig(join(root, 'a'), { cache })?.config?.template, '2021');
  assert.equal(findConfig(join(root, 'x'))?.path, join(root, '.nianbaorc.json'));
  assert.ok(cache.has(join(root, 'a', 'b', 'c')), 'walked folders are cached');
  // A folder with no config anywhere above (the temp root's parent chain has none we wrote).
  const lone = mkdtempSync(join(tmpdir(), 'nianbao-noconfig-'));
  t.after(() => rmSync(lone, { recursive: true, force: true }));
  const found = findConfig(lone);
  assert.ok(found === null || found.path !== join(lone, '.nianbaorc.json'));
});

test('a broken config is returned with its problem, not thrown', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'nianbao-config-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  writeFileSync(join(root, '.nianbaorc.json'), '{"template": "2030"}');
  const found = findConfig(root);
  assert.equal(found?.path, join(root, '.nianbaorc.json'));
  assert.equal(found?.problem?.code, 'bad-template');
  assert.equal(found?.config, undefined);
});
