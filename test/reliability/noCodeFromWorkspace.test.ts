// "Nothing runs from the workspace": our sources and the built bundles never eval, build functions,
// load modules from computed paths, spawn processes or open network connections beyond what the
// allowlist below names and justifies; and a .nianbaorc.json holding JavaScript or __proto__ is data.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { findConfig, parseConfig, type NianbaoConfig } from '../../node/src/findConfig.js';
import { lint } from '../../core/src/index.js';
import { projectRoot } from './fuzzInputs.js';

/** Things that run code or reach the network. Each is searched in our sources and in the bundles. */
const DANGERS: Record<string, RegExp> = {
  'eval': /(?<![\w.$])eval\s*\(/g,
  'new Function': /\bnew\s+Function\s*\(/g,
  'computed require': /(?<![\w.$])require\s*\(\s*(?!['"][^'"\n]*['"]\s*\))/g,
  'computed import()': /(?<![\w.$])import\s*\(\s*(?!['"][^'"\n]*['"]\s*\))/g,
  'vm': /['"](?:node:)?vm['"]/g,
  'child_process': /['"](?:node:)?child_process['"]/g,
  'worker_threads': /['"](?:node:)?worker_threads['"]/g,
  'network module': /['"](?:node:)?(?:http|https|http2|net|tls|dns|dgram)['"]/g,
  'fetch': /(?<![\w.$])fetch\s*\(/g,
  'browser network': /\b(?:XMLHttpRequest|WebSocket|EventSource)\b/g,
  'module resolution from the workspace': /\bFiles\.(?:resolve|resolveModulePath|resolveGlobalNodePath|resolveGlobalYarnPath)\b/g,
};

/** What our own sources may use, and why. Anything else found is a failure. */
const SOURCE_ALLOW: Record<string, Record<string, string>> = {
  'cli/src/pool.ts': { worker_threads: 'the CLI lints files in parallel in worker threads running its own bundle, dist/cli.cjs (__dirname, never a path from the workspace)' },
  'cli/src/lintWorker.ts': { worker_threads: 'the worker side of that pool: it receives file paths and returns findings' },
  'cli/src/main.ts': { worker_threads: 'the CLI bundle serves the pool\'s lints when it runs as its worker (isMainThread) instead of running a command' },
  'server/src/lintRunner.ts': { worker_threads: 'the language server lints in worker threads running its own bundle, dist/server.cjs (__dirname, never a path from the workspace), so a lint past nianbao.lintTimeoutSeconds can be stopped' },
  'server/src/lintWorker.ts': { worker_threads: 'the worker side of those lints: it receives a text and options, returns findings, and asks the server for related reports over its port' },
  'server/src/main.ts': { worker_threads: 'the server bundle serves lints when it runs as such a worker (isMainThread) instead of opening a connection' },
};

/** What the bundles may contain, at most how often, and why (all of it is library code we do not call that way). */
const BUNDLE_ALLOW: Record<string, Record<string, { max: number; why: string }>> = {
  'cli.cjs': { worker_threads: { max: 3, why: 'the parallel lint pool (cli/src/pool.ts, lintWorker.ts, main.ts), whose workers run dist/cli.cjs itself' } },
  'mammoth.cjs': {
    'new Function': {
      max: 2,
      why: "mammoth's dependencies (Word files, loaded by the CLI and the server): underscore's _.template, which neither mammoth nor lop calls, and the setimmediate polyfill JSZip loads, which compiles a callback only when handed a string (JSZip hands it functions); no text of a file reaches either",
    },
  },
  'extension.cjs': {
    child_process: { max: 2, why: 'vscode-languageclient/node forks the server module dist/server.cjs from the extension folder (TransportKind.ipc) and, on Windows, ends it with taskkill' },
    'network module': { max: 1, why: "vscode-jsonrpc's socket and named-pipe transports (require(\"net\")); nianbao uses Node IPC, which opens no socket" },
  },
  'server.cjs': {
    worker_threads: { max: 3, why: 'the lint workers of the server (server/src/lintRunner.ts, lintWorker.ts, main.ts), which run dist/server.cjs itself' },
    child_process: { max: 1, why: "vscode-languageserver/node's Files.resolve* helpers (npm/yarn global folders); nianbao never calls them (checked in the sources above)" },
    'network module': { max: 1, why: "vscode-jsonrpc's socket and named-pipe transports; the client starts the server with Node IPC" },
  },
};

function count(text: string, pattern: RegExp): number {
  return [...text.matchAll(pattern)].length;
}

function sourceFiles(): string[] {
  const out: string[] = [];
  for (const folder of ['core/src', 'cli/src', 'server/src', 'client/src']) {
    const abs = join(projectRoot, folder);
    if (!existsSync(abs)) continue;
    for (const f of readdirSync(abs, { recursive: true })) {
      if (/\.(ts|mts|cts|js|mjs|cjs)$/.test(String(f))) out.push(join(abs, String(f)));
    }
  }
  return out;
}

test('the patterns catch what they should and nothing else', () => {
  const caught = ['eval("1")', 'new Function("return 1")', 'require(name)', 'require(`./${x}`)', 'require("./a" + b)', 'import(path)',
    'require("node:child_process")', "from 'node:https'", 'require("net")', "from 'vm'", 'fetch(url)', 'new WebSocket(u)'];
  const fine = ["require('./a.js')", 'evaluate(x)', 'this.fetch(scope)', "import('./x.js')", "typeof require === 'function'", "from 'node:fs'", 'retrieval(x)'];
  const hits = (snippet: string) => Object.entries(DANGERS).filter(([, p]) => count(snippet, p) > 0).map(([n]) => n);
  for (const snippet of caught) assert.notDeepEqual(hits(snippet), [], snippet);
  for (const snippet of fine) assert.deepEqual(hits(snippet), [], snippet);
});

test('our sources (core, cli, server, client) run no code from anywhere and open no connection', () => {
  const files = sourceFiles();
  assert.ok(files.length > 30, `found ${files.length} source files`);
  const problems: string[] = [];
  for (const file of files) {
    const rel = relative(projectRoot, file).split('\\').join('/');
    const text = readFileSync(file, 'utf8');
    for (const [name, pattern] of Object.entries(DANGERS)) {
      if (count(text, pattern) > 0 && !SOURCE_ALLOW[rel]?.[name]) problems.push(`${rel}: ${name}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('every allowlisted source use is still there (the allowlist stays true)', () => {
  for (const [rel, allowed] of Object.entries(SOURCE_ALLOW)) {
    const text = readFileSync(join(projectRoot, rel), 'utf8');
    for (const name of Object.keys(allowed)) assert.ok(count(text, DANGERS[name]) > 0, `${rel} no longer uses ${name}: drop it from the allowlist`);
  }
});

test('the server starts its lint workers from its own bundle, a fixed file', () => {
  const runner = readFileSync(join(projectRoot, 'server/src/lintRunner.ts'), 'utf8');
  assert.match(runner, /join\(__dirname, 'server\.cjs'\)/);
  assert.match(runner, /new URL\('\.\/main\.js', import\.meta\.url\)/);
});

test('the CLI starts its worker from a fixed file next to its own bundle', () => {
  const pool = readFileSync(join(projectRoot, 'cli/src/pool.ts'), 'utf8');
  assert.match(pool, /join\(__dirname, 'cli\.cjs'\)/);
  assert.match(pool, /new URL\('\.\/lintWorker\.js', import\.meta\.url\)/);
});

test('the built bundles (dist/*.cjs) hold only the allowlisted process and network uses', () => {
  const dist = join(projectRoot, 'dist');
  const bundles = existsSync(dist) ? readdirSync(dist).filter((f) => f.endsWith('.cjs')) : [];
  assert.ok(bundles.length > 0, 'no dist/*.cjs: run `npm run build` first (npm test does)');
  const problems: string[] = [];
  for (const bundle of bundles) {
    const text = readFileSync(join(dist, bundle), 'utf8');
    for (const [name, pattern] of Object.entries(DANGERS)) {
      const n = count(text, pattern);
      const allowed = BUNDLE_ALLOW[bundle]?.[name]?.max ?? 0;
      if (n > allowed) problems.push(`${bundle}: ${name} ×${n} (allowed ${allowed})`);
      if (allowed > 0 && n === 0) problems.push(`${bundle}: no ${name} any more, drop it from the allowlist`);
    }
  }
  assert.deepEqual(problems, []);
});

/** A temp folder with the given files. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-trust-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

test('a .nianbaorc.json holding JavaScript is a JSON error, and nothing in it runs', (t) => {
  const marker = join(tmpdir(), `nianbao-pwned-${process.pid}`);
  const js = `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran');`;
  const dir = folder({
    '.nianbaorc.json': `module.exports = { rules: {} }; ${js}`,
    '.nianbaorc.js': js,
    '.nianbaorc.cjs': js,
    '.nianbaorc.mjs': js,
    'nianbao.config.js': js,
  });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const found = findConfig(dir);
  assert.equal(found?.problem?.code, 'invalid-json');
  assert.equal(existsSync(marker), false, 'code in the workspace ran');
  rmSync(join(dir, '.nianbaorc.json'));
  const parent = findConfig(dir);
  assert.ok(parent === null || !parent.path.startsWith(dir), 'only .nianbaorc.json is ever read, never a .js config');
  assert.equal(existsSync(marker), false, 'code in the workspace ran');
});

test('a .nianbaorc.json with __proto__ and constructor keys pollutes no prototype', (t) => {
  const texts = [
    '{"__proto__": {"polluted": "yes"}}',
    '{"rules": {"__proto__": {"polluted": "yes"}}}',
    '{"rules": {"__proto__": "off", "constructor": "off", "prototype": "off"}}',
    '{"rules": {"constructor": {"prototype": {"polluted": "yes"}}}}',
    '{"template": "2021", "rules": {"sum-row-total": "off", "__proto__": "error"}}',
  ];
  const dir = folder({});
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  for (const text of texts) {
    const parsed = parseConfig(text);
    writeFileSync(join(dir, '.nianbaorc.json'), text);
    const found = findConfig(dir);
    const configs = [parsed, found ?? {}].map((r) => ('config' in r ? r.config : undefined)).filter((c): c is NianbaoConfig => c !== undefined);
    for (const config of configs) {
      for (const key of Object.keys(config)) assert.ok(['template', 'rules'].includes(key), `unexpected key ${key}`);
      const rules = config.rules;
      if (rules) {
        assert.equal(Object.getPrototypeOf(rules), Object.prototype, `rules object keeps its prototype for ${text}`);
        // The settings are usable as they are: lint runs with them and only knows real rule ids.
        assert.doesNotThrow(() => lint('某乡2025年政府信息公开工作年度报告', { rules }));
      }
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined, `Object.prototype polluted by ${text}`);
    assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined);
  }
  // With the known rule ids (as the CLI and the server pass them), such keys are reported, not kept.
  const strict = parseConfig('{"rules": {"constructor": "off"}}', ['sum-row-total']);
  assert.ok('problem' in strict && strict.problem.code === 'unknown-rule');
});
