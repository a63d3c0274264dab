// Runs every test suite in turn and prints one `N passed, N failed` line per suite and a total:
// the Node test runner suites (core, CLI, server, Neovim, reliability, snippets, grammar, bench),
// then the extension's Mocha suite in a real VS Code, then the as-a-person Playwright test.
// Exits 1 when any suite fails or cannot run. Usage: node scripts/test-all.mjs [--only node|vscode|person]

import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

/** Runs a command, echoing its output, and returns the output and exit code. */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; process.stdout.write(d); });
    child.stderr.on('data', (d) => { out += d; process.stderr.write(d); });
    child.on('close', (code) => resolve({ out, code: code ?? 1 }));
  });
}

/** The passed/failed counts a suite printed: node's runner summary or a plain "N passed, N failed" line. */
function counts(out) {
  const plain = [...out.matchAll(/^[ \t]*(?:\w+:[ \t]*)?(\d+) passed, (\d+) failed/gm)].pop();
  if (plain) return { passed: Number(plain[1]), failed: Number(plain[2]) };
  const pass = [...out.matchAll(/^(?:ℹ|#) pass (\d+)/gm)].pop();
  const fail = [...out.matchAll(/^(?:ℹ|#) fail (\d+)/gm)].pop();
  if (pass || fail) return { passed: Number(pass?.[1] ?? 0), failed: Number(fail?.[1] ?? 0) };
  return undefined;
}

const nodeDirs = readdirSync(join(root, 'out', 'test'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => join('out', 'test', d.name))
  .filter((dir) => readdirSync(join(root, dir), { recursive: true }).some((f) => String(f).endsWith('.test.js')));

const suites = [
  { name: 'node', command: process.execPath, args: ['--test', '--test-reporter=spec', '--test-concurrency=1', ...nodeDirs] },
  { name: 'vscode', command: 'npm', args: ['run', '--silent', 'test:vscode'], needs: 'test:vscode' },
  { name: 'person', command: 'npm', args: ['run', '--silent', 'test:person'], needs: 'test:person' },
];

const scripts = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(join(root, 'package.json'), 'utf8'))).scripts ?? {};
const results = [];
for (const suite of suites) {
  if (only && suite.name !== only) continue;
  if (suite.needs && !scripts[suite.needs]) {
    results.push({ name: suite.name, passed: 0, failed: 1, note: `npm script ${suite.needs} is missing` });
    continue;
  }
  console.log(`\n=== ${suite.name} tests ===`);
  const { out, code } = await run(suite.command, suite.args);
  const c = counts(out) ?? { passed: 0, failed: 1 };
  if (code !== 0 && c.failed === 0) c.failed = 1;
  results.push({ name: suite.name, ...c, note: code === 0 ? '' : `exit code ${code}` });
}

console.log('\n=== summary ===');
for (const r of results) console.log(`${r.name}: ${r.passed} passed, ${r.failed} failed${r.note ? ` (${r.note})` : ''}`);
const passed = results.reduce((a, r) => a + r.passed, 0);
const failed = results.reduce((a, r) => a + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || results.length === 0 ? 1 : 0);
