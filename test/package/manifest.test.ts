// The extension manifest and its translations: generated parts up to date with the core's rules,
// every %key% translated in English and Chinese, every vscode.l10n.t() string of the client in
// both runtime bundles, and contributed files present.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ruleRegistry } from '../../core/src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const json = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, any>;
const pkg = json('package.json');

test('package.json and package.nls*.json are what scripts/generate-manifest.mjs makes', () => {
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'generate-manifest.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});

test('nianbao.rules lists exactly the core\'s rules, each with its default severity', () => {
  const rules = pkg.contributes.configuration.properties['nianbao.rules'].properties as Record<string, { default: string }>;
  assert.deepEqual(Object.keys(rules), ruleRegistry.map((r) => r.id));
  for (const r of ruleRegistry) assert.equal(rules[r.id].default, r.defaultSeverity, r.id);
});

test('every %key% of package.json has an English and a Chinese text, and nothing else is there', () => {
  const keys = new Set([...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]));
  const en = json('package.nls.json');
  const zh = json('package.nls.zh-cn.json');
  assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort(), 'the same keys in both languages');
  for (const key of keys) {
    assert.ok(en[key], `English ${key}`);
    assert.match(zh[key], /[\u4e00-\u9fff]/, `Chinese ${key}`);
  }
  assert.equal(zh['command.lintWorkspace'], '年报：检查工作区中的全部报告');
  assert.equal(en['command.lintWorkspace'], 'Nianbao: Lint All Reports in Workspace');
});

test('every vscode.l10n.t() string of the client and every snippet description is in both runtime bundles with the same placeholders', () => {
  const en = json('l10n/bundle.l10n.json');
  const zh = json('l10n/bundle.l10n.zh-cn.json');
  const dir = join(root, 'client', 'src');
  const used = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/l10n\.t\(\s*'((?:\\.|[^'\\])*)'/g)) used.add(m[1]);
  }
  assert.ok(used.size > 5);
  // The snippets' descriptions (snippets/skeleton.json) are looked up by the completion provider.
  const snippets = json('snippets/skeleton.json').snippets as { description: string }[];
  assert.equal(snippets.length, 7);
  for (const s of snippets) used.add(s.description);
  assert.deepEqual([...used].filter((s) => !(s in en) || !(s in zh)), [], 'missing translations');
  assert.deepEqual(Object.keys(en).filter((s) => !used.has(s)), [], 'unused translations');
  const holes = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort().join();
  for (const s of used) assert.equal(holes(zh[s]), holes(s), s);
});

test('what package.json points to exists: main, grammars; no snippet file (the client serves the snippets); the server is declared for untrusted workspaces', () => {
  assert.equal(pkg.main, './dist/extension.cjs');
  assert.ok(existsSync(join(root, pkg.main)), 'built by npm run build');
  for (const c of pkg.contributes.grammars) assert.ok(existsSync(join(root, c.path)), c.path);
  // A contributed snippet file would offer each snippet a second time, with descriptions that cannot follow nianbao.messageLanguage.
  assert.equal(pkg.contributes.snippets, undefined);
  assert.deepEqual(pkg.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: false });
  assert.equal(pkg.engines.vscode, '^1.91.0');
  assert.ok(pkg.contributes.commands.some((c: { command: string }) => c.command === 'nianbao.lintWorkspace'));
});

test('every menu entry names a contributed command (VS Code flags the others at start)', () => {
  const declared = new Set((pkg.contributes.commands as { command: string }[]).map((c) => c.command));
  const undeclared = Object.entries(pkg.contributes.menus as Record<string, { command?: string }[]>)
    .flatMap(([menu, items]) => items.filter((i) => i.command !== undefined && !declared.has(i.command)).map((i) => `${menu}: ${i.command}`));
  assert.deepEqual(undeclared, []);
});
