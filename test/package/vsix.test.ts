// The packaged extension (vsce, as `npm run package` makes it): only the bundles, manifest,
// translations, snippets, grammars and docs; no sources, tests, source maps or node_modules; ≤ 1 MB.
// It packages what `npm run package` ships, minified bundles, and puts the test build back after.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { zipEntries, type ZipEntry } from './zipEntries.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'nianbao-vsix-'));
const vsix = join(dir, 'nianbao.vsix');
let entries: ZipEntry[] = [];
let names: string[] = [];

/** vsce's arguments exactly as `npm run package` gives them (its README is docs/vsix/README.md), writing to `vsix`. */
function packageArgs(): string[] {
  const script = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.package!;
  const args = script.split('&&').at(-1)!.trim().split(/\s+/).slice(1);
  assert.equal(args[0], 'package', script);
  const out = args.indexOf('-o');
  assert.ok(out > 0, script);
  args[out + 1] = vsix;
  return args;
}

function build(...flags: string[]) {
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), ...flags], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  assert.equal(run.status, 0, `build ${flags.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
}

before(() => {
  build('--minify');
  try {
    const vsce = join(root, 'node_modules', '.bin', 'vsce');
    const run = spawnSync(vsce, packageArgs(), { cwd: root, encoding: 'utf8', timeout: 120_000 });
    assert.equal(run.status, 0, `vsce package failed:\n${run.stdout}\n${run.stderr}`);
    entries = zipEntries(vsix);
    names = entries.map((e) => e.name);
  } finally {
    build();
  }
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('the VSIX holds the bundles, manifest, translations, snippets and grammars', () => {
  for (const file of ['dist/extension.cjs', 'dist/server.cjs', 'dist/cli.cjs', 'package.json', 'package.nls.json',
    'package.nls.zh-cn.json', 'l10n/bundle.l10n.json', 'l10n/bundle.l10n.zh-cn.json', 'snippets/skeleton.json',
    'syntaxes/nianbao.injection.tmLanguage.json', 'syntaxes/plaintext.tmLanguage.json', 'docs/rules/sum-row-total.md']) {
    assert.ok(names.includes(`extension/${file}`), `${file} is packaged`);
  }
});

test('the VSIX holds no node_modules, sources, tests or source maps', () => {
  const bad = names.filter((n) => /(^|\/)node_modules\//.test(n) || /\.(ts|mts|map)$/.test(n) || /^extension\/(test|client|server|core|cli|scripts|bench|examples|out)\//.test(n));
  assert.deepEqual(bad, []);
});

test('the VSIX is at most 1 MB', () => {
  const size = statSync(vsix).size;
  assert.ok(size <= 1024 * 1024, `${size} bytes`);
  assert.ok(entries.length > 10);
});
