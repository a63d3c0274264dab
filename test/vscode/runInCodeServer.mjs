// Runs a VS Code extension's Mocha suite inside a real VS Code (code-server 4.100.3 = VS Code
// 1.100.3, its real Node extension host) driven by Debian's Chromium through playwright-core.
// Works offline: code-server comes from npm (scripts/install-code-server.sh), Chromium from apt.
//
//   node test/vscode/runInCodeServer.mjs --ext <extension dir> \
//     --tests <abs path to the compiled CommonJS suite index.js> --workspace <folder to open> \
//     [--timeout <ms>] [--screenshots <dir>] [--settings '<json>'] [--keep-tmp]
//
// The process exits with the suite's exit code (0 passed, 1 failed or timed out).
//
// How the suite's output arrives (checked with code-server 4.100.3 / VS Code 1.100.3): when the
// page runs extension tests, VS Code sends every console.log/info/warn/error of the extension
// host (so the suite's and Mocha's reporter lines) to the workbench log service, and that log
// reaches the page's codeAutomationLog(level, args) — args being the console call's own argument
// list, format string first; this runner prints util.format(...args), info on stdout, warn/error
// on stderr, leaving out VS Code's own start-up chatter (shown with --verbose). When the suite's
// run() settles, codeAutomationExit(code, logs) gets 0 (resolved) or 1 (rejected) and VS Code's
// log files; on failure they are written next to the screenshot.
//
// Also exports startCodeServer() and installVsix() for tests that drive the editor as a person
// would.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import util, { parseArgs } from 'node:util';
import { setTimeout as after } from 'node:timers/promises';

export const CODE_SERVER_VERSION = '4.100.3';
const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '..', '..');
const INSTALLER = path.join(REPO_ROOT, 'scripts', 'install-code-server.sh');
const CHROMIUM = process.env.NIANBAO_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'security.workspace.trust.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
};

const log = (...args) => console.error('[code-server runner]', ...args);

/** Where the installer puts code-server (the same rule as scripts/install-code-server.sh). */
export function codeServerInstallDir() {
  const cache = process.env.NIANBAO_CACHE || path.join(os.homedir(), '.cache', 'nianbao');
  return path.join(cache, `code-server-${CODE_SERVER_VERSION}`);
}

/**
 * Runs the installer (a fast no-op when the cache is complete; it also installs the Debian
 * packages, Chromium included, when they are missing) and returns the code-server executable.
 */
export function ensureCodeServer() {
  const res = spawnSync('bash', [INSTALLER], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`${INSTALLER} failed (exit ${res.status ?? res.signal})`);
  const bin = res.stdout.trim().split('\n').pop();
  if (!bin || !fs.existsSync(bin)) throw new Error(`${INSTALLER} printed no code-server executable`);
  return bin;
}

function freeLoopbackPort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function httpStatus(url, timeoutMs) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

/** Polls GET /healthz until it answers 200 or the deadline passes; fails early if `proc` exits. */
async function waitForHealthz(baseUrl, proc, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let exited = null;
  const onExit = (code, signal) => { exited = signal ?? code; };
  proc.once('exit', onExit);
  try {
    while (Date.now() < deadline) {
      if (exited !== null) throw new Error(`code-server exited (${exited}) before it was ready`);
      if ((await httpStatus(`${baseUrl}/healthz`, 2000)) === 200) return;
      await after(100); // between two polls of /healthz, not a wait for readiness
    }
    throw new Error(`code-server did not answer ${baseUrl}/healthz with 200 within ${timeoutMs} ms`);
  } finally {
    proc.off('exit', onExit);
  }
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the whole process group, then SIGKILL to whatever is left after `graceMs`. */
async function killGroup(pgid, graceMs = 5000) {
  if (!groupAlive(pgid)) return;
  try { process.kill(-pgid, 'SIGTERM'); } catch { /* already gone */ }
  const deadline = Date.now() + graceMs;
  // A process group gives no exit event for its other members: poll whether any is left.
  while (groupAlive(pgid) && Date.now() < deadline) await after(50);
  if (groupAlive(pgid)) {
    try { process.kill(-pgid, 'SIGKILL'); } catch { /* already gone */ }
  }
}

function isolatedEnv(baseDir, extra = {}) {
  const dirs = {
    HOME: path.join(baseDir, 'home'),
    XDG_CONFIG_HOME: path.join(baseDir, 'xdg-config'),
    XDG_DATA_HOME: path.join(baseDir, 'xdg-data'),
    XDG_CACHE_HOME: path.join(baseDir, 'xdg-cache'),
    XDG_STATE_HOME: path.join(baseDir, 'xdg-state'),
    TMPDIR: path.join(baseDir, 'tmp'),
  };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  return {
    ...process.env,
    ...dirs,
    EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: '' }),
    ...extra,
  };
}

/**
 * Starts code-server on a free loopback port, in its own process group, with all its state
 * (XDG dirs, HOME, user data, extensions unless `extensionsDir` is given) in a temp dir.
 * Resolves when GET /healthz answers 200. `stop()` kills the whole process group and removes the
 * temp dir (unless keepTmp).
 * @param {{ extensionsDir?: string, userDataDir?: string, settings?: object, env?: object,
 *   codeServerBin?: string, startTimeoutMs?: number, keepTmp?: boolean, extraArgs?: string[] }} [opts]
 * @returns {Promise<{ url: string, port: number, baseDir: string, userDataDir: string,
 *   extensionsDir: string, env: object, logFile: string, stop: () => Promise<void> }>}
 */
export async function startCodeServer(opts = {}) {
  const bin = opts.codeServerBin || ensureCodeServer();
  const baseDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'nianbao-code-server-'));
  const env = isolatedEnv(baseDir, opts.env);
  const userDataDir = opts.userDataDir || path.join(baseDir, 'user-data');
  const extensionsDir = opts.extensionsDir || path.join(baseDir, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...DEFAULT_SETTINGS, ...(opts.settings || {}) }, null, 2),
  );
  const logFile = path.join(baseDir, 'code-server.log');

  let lastError;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freeLoopbackPort();
    const args = [
      bin,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--user-data-dir', userDataDir,
      '--extensions-dir', extensionsDir,
      ...(opts.extraArgs || []),
    ];
    const out = fs.openSync(logFile, 'a');
    // `setsid` (not a group leader here, so it does not fork) makes code-server the leader of a
    // new session and process group: pid === pgid, and the whole group is killed at the end.
    const proc = spawn('setsid', args, { env, stdio: ['ignore', out, out] });
    fs.closeSync(out);
    const pgid = proc.pid;
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      process.off('exit', killOnExit);
      await killGroup(pgid);
      if (!opts.keepTmp) await fsp.rm(baseDir, { recursive: true, force: true }).catch(() => {});
      else log(`kept ${baseDir}`);
    };
    // Last resort if the runner itself exits without calling stop().
    const killOnExit = () => {
      try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ }
      if (!opts.keepTmp) fs.rmSync(baseDir, { recursive: true, force: true, maxRetries: 3 });
    };
    process.on('exit', killOnExit);
    const url = `http://127.0.0.1:${port}`;
    try {
      await waitForHealthz(url, proc, opts.startTimeoutMs ?? 60000);
      return { url, port, baseDir, userDataDir, extensionsDir, env, logFile, stop, process: proc };
    } catch (err) {
      lastError = err;
      process.off('exit', killOnExit);
      await killGroup(pgid);
      const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n');
      log(`start attempt ${attempt} failed: ${err.message}\n${tail}`);
      if (!/EADDRINUSE/.test(tail)) break; // only a lost port race is worth another try
    }
  }
  if (!opts.keepTmp) await fsp.rm(baseDir, { recursive: true, force: true }).catch(() => {});
  throw lastError;
}

/**
 * Installs a .vsix into `extensionsDir` with code-server's own CLI (state kept in a temp dir).
 * @returns {Promise<string>} the CLI's output
 */
export async function installVsix(vsixPath, extensionsDir, { codeServerBin } = {}) {
  const bin = codeServerBin || ensureCodeServer();
  const baseDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'nianbao-vsix-'));
  try {
    fs.mkdirSync(extensionsDir, { recursive: true });
    const res = spawnSync(
      bin,
      [
        '--user-data-dir', path.join(baseDir, 'user-data'),
        '--extensions-dir', extensionsDir,
        '--install-extension', path.resolve(vsixPath),
      ],
      { env: isolatedEnv(baseDir), encoding: 'utf8', timeout: 120000 },
    );
    const output = `${res.stdout ?? ''}${res.stderr ?? ''}`;
    if (res.status !== 0) {
      throw new Error(`installing ${vsixPath} failed (exit ${res.status ?? res.signal}):\n${output}`);
    }
    return output;
  } finally {
    await fsp.rm(baseDir, { recursive: true, force: true }).catch(() => {});
  }
}

/** Launches Debian's Chromium (fresh profile under `profileDir`) through playwright-core. */
export async function launchChromium(profileDir, env) {
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    env,
    viewport: { width: 1400, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

/** The page URL that opens `workspaceFolder` with the extension under development and its tests. */
export function workbenchUrl(server, { workspaceFolder, extensionDevelopmentPath, extensionTestsPath }) {
  // The authority must be the host:port the page is loaded from.
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}` +
    path.resolve(p).split('/').map(encodeURIComponent).join('/');
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const query = new URLSearchParams();
  if (workspaceFolder) query.set('folder', path.resolve(workspaceFolder));
  if (payload.length) query.set('payload', JSON.stringify(payload));
  return `${server.url}/?${query}`;
}

// What VS Code 1.100.3 itself logs at info level while the workbench starts; shown only with
// --verbose so the suite's own lines stand out. (Anything not matched is printed.)
const STARTUP_CHATTER = [
  /^Resolving connection token /,
  /^Resolved connection token /,
  /^Creating a socket /,
  /^Ignoring fetching additional builtin extensions from gallery/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\] /,
  /^ChatSessionStore: /,
];

/**
 * codeAutomationLog(level, args): VS Code's workbench log, plus — when the page runs extension
 * tests — every console.log/info/warn/error of the extension host, as the console call's own
 * argument list (format string first). Returns [level, formatted text].
 */
function formatAutomationLog(level, args) {
  const list = Array.isArray(args) ? args : [args];
  return [String(level), util.format(...list)];
}

/**
 * Runs the suite at `extensionTestsPath` (compiled CommonJS index.js exporting run()) with the
 * extension at `extensionDevelopmentPath`, in code-server, with `workspaceFolder` open.
 * @returns {Promise<{ exitCode: number, timedOut: boolean, screenshot?: string }>}
 */
export async function runSuiteInCodeServer({
  extensionDevelopmentPath,
  extensionTestsPath,
  workspaceFolder,
  settings = {},
  screenshotsDir = path.join(REPO_ROOT, 'test-results', 'vscode'),
  timeoutMs = 5 * 60 * 1000,
  env = {},
  keepTmp = false,
  verbose = !!process.env.NIANBAO_VERBOSE,
} = {}) {
  if (!extensionDevelopmentPath || !extensionTestsPath) {
    throw new Error('extensionDevelopmentPath and extensionTestsPath are required');
  }
  for (const p of [extensionDevelopmentPath, extensionTestsPath, workspaceFolder].filter(Boolean)) {
    if (!fs.existsSync(p)) throw new Error(`not found: ${p}`);
  }
  const started = Date.now();
  const server = await startCodeServer({ settings, env, keepTmp });
  log(`code-server ${CODE_SERVER_VERSION} ready at ${server.url} in ${Date.now() - started} ms`);
  let browser;
  const suiteBound = new AbortController();
  let page;
  try {
    browser = await launchChromium(path.join(server.baseDir, 'chromium-profile'), server.env);
    page = browser.page;

    let resolveExit;
    const exited = new Promise((r) => { resolveExit = r; });
    let exitLogs = [];
    await page.exposeFunction('codeAutomationLog', (level, args) => {
      const [lvl, text] = formatAutomationLog(level, args);
      if (lvl === 'trace' || lvl === 'debug' || STARTUP_CHATTER.some((re) => re.test(text))) {
        if (verbose) log(`workbench ${lvl}: ${text}`);
        return;
      }
      // The suite's console output: info/log on stdout, warn/error on stderr.
      (lvl === 'warn' || lvl === 'error' ? process.stderr : process.stdout).write(`${text}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (code, logs) => {
      exitLogs = Array.isArray(logs) ? logs : [];
      resolveExit(typeof code === 'number' ? code : 1);
    });
    if (verbose) page.on('console', (msg) => log(`page console ${msg.type()}: ${msg.text()}`));
    page.on('pageerror', (err) => { if (verbose) log(`page error: ${err.message}`); });

    const url = workbenchUrl(server, { workspaceFolder, extensionDevelopmentPath, extensionTestsPath });
    if (verbose) log(`opening ${url}`);
    await page.goto(url, { waitUntil: 'domcontentloaded' });

    // The bound on the whole suite (its exit code is the event waited for): 'timeout' if it never comes.
    const timedOut = after(timeoutMs, 'timeout', { signal: suiteBound.signal }).catch(() => 'aborted');
    const outcome = await Promise.race([exited, timedOut]);
    const result = outcome === 'timeout'
      ? { exitCode: 1, timedOut: true }
      : { exitCode: outcome, timedOut: false };
    if (result.timedOut) log(`the suite did not finish within ${timeoutMs} ms`);

    if (result.exitCode !== 0) {
      fs.mkdirSync(screenshotsDir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      result.screenshot = path.join(screenshotsDir, `code-server-failure-${stamp}.png`);
      await page.screenshot({ path: result.screenshot }).catch((e) => log(`no screenshot: ${e.message}`));
      // VS Code hands the browser side's logs to codeAutomationExit; the server side's (Node
      // extension host, remote agent) are in the user data dir, and code-server's own output in
      // its log file. Keep them all next to the screenshot: the temp dir goes away.
      const logDir = path.join(screenshotsDir, `code-server-logs-${stamp}`);
      for (const { relativePath, contents } of exitLogs) {
        const file = path.join(logDir, 'browser', relativePath);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, contents);
      }
      await fsp.cp(path.join(server.userDataDir, 'logs'), path.join(logDir, 'server'), { recursive: true })
        .catch(() => {});
      await fsp.cp(server.logFile, path.join(logDir, 'code-server.log')).catch(() => {});
      log(`failed (exit ${result.exitCode}); screenshot ${result.screenshot}, logs ${logDir}`);
    }
    // Nothing after the suite's own summary line on success, unless asked.
    if (result.exitCode !== 0 || verbose) log(`suite finished with exit code ${result.exitCode} in ${Date.now() - started} ms`);
    return result;
  } finally {
    suiteBound.abort();
    if (browser) await browser.context.close().catch(() => {});
    await server.stop();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      ext: { type: 'string' },
      tests: { type: 'string' },
      workspace: { type: 'string' },
      timeout: { type: 'string' },
      screenshots: { type: 'string' },
      settings: { type: 'string' },
      'keep-tmp': { type: 'boolean' },
      verbose: { type: 'boolean' },
    },
  });
  if (!values.ext || !values.tests) {
    console.error('usage: node test/vscode/runInCodeServer.mjs --ext <dir> --tests <suite index.js> ' +
      '[--workspace <dir>] [--timeout <ms>] [--screenshots <dir>] [--settings <json>] [--keep-tmp] [--verbose]');
    return 2;
  }
  const result = await runSuiteInCodeServer({
    extensionDevelopmentPath: path.resolve(values.ext),
    extensionTestsPath: path.resolve(values.tests),
    workspaceFolder: values.workspace ? path.resolve(values.workspace) : undefined,
    settings: values.settings ? JSON.parse(values.settings) : {},
    ...(values.screenshots ? { screenshotsDir: path.resolve(values.screenshots) } : {}),
    ...(values.timeout ? { timeoutMs: Number(values.timeout) } : {}),
    keepTmp: !!values['keep-tmp'],
    verbose: !!values.verbose || !!process.env.NIANBAO_VERBOSE,
  });
  return result.exitCode;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // Kill the code-server group on Ctrl+C / SIGTERM too ('exit' handlers run on process.exit).
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));
  main().then(
    (code) => { process.exitCode = code; },
    (err) => { console.error(err?.stack || String(err)); process.exitCode = 1; },
  );
}
