// Runs the extension's Mocha suite in desktop VS Code through @vscode/test-electron (2.5.x: v3
// needs Node 22), for machines that can download VS Code. Where VS Code cannot be downloaded (no
// network to its update service, as on the project's offline machines), it says so in one line
// and exits 0: there the same suite runs in code-server (runInCodeServer.mjs) instead. Any other
// failure — the suite failing, VS Code not starting — exits non-zero.
//
//   node test/vscode/runInElectron.mjs --ext <extension dir> \
//     --tests <abs path to the compiled CommonJS suite index.js> [--workspace <folder to open>] \
//     [--vscode-version <1.100.3|stable|insiders>] [--vscode-executable <path to Code>]
//
// The download is cached in ${NIANBAO_CACHE:-~/.cache/nianbao}/vscode-test, outside the work
// tree. On Linux without a display, run it under xvfb-run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const silentReporter = { report() {}, error() {} };

function cachePath() {
  const cache = process.env.NIANBAO_CACHE || path.join(os.homedir(), '.cache', 'nianbao');
  return path.join(cache, 'vscode-test');
}

function describe(err) {
  if (err instanceof Error) {
    const code = /** @type {any} */ (err).code;
    const first = err.message.split('\n')[0];
    return code && !first.includes(code) ? `${code}: ${first}` : first;
  }
  return String(err);
}

/**
 * @param {{ extensionDevelopmentPath: string, extensionTestsPath: string, workspaceFolder?: string,
 *   version?: string, vscodeExecutablePath?: string, launchArgs?: string[],
 *   extensionTestsEnv?: Record<string, string> }} opts
 * @returns {Promise<{ exitCode: number, skipped: boolean, reason?: string }>}
 */
export async function runSuiteInElectron({
  extensionDevelopmentPath,
  extensionTestsPath,
  workspaceFolder,
  version,
  vscodeExecutablePath,
  launchArgs = [],
  extensionTestsEnv,
}) {
  for (const p of [extensionDevelopmentPath, extensionTestsPath, workspaceFolder].filter(Boolean)) {
    if (!fs.existsSync(p)) throw new Error(`not found: ${p}`);
  }
  let executable = vscodeExecutablePath;
  if (!executable) {
    try {
      executable = await downloadAndUnzipVSCode({
        version,
        cachePath: cachePath(),
        extensionDevelopmentPath,
        reporter: silentReporter,
      });
    } catch (err) {
      const reason = describe(err);
      console.log(
        `vscode-test-electron: VS Code cannot be downloaded here (${reason}); the suite runs in code-server instead`,
      );
      return { exitCode: 0, skipped: true, reason };
    }
  }
  try {
    const exitCode = await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath,
      extensionTestsPath,
      launchArgs: [...(workspaceFolder ? [workspaceFolder] : []), ...launchArgs],
      extensionTestsEnv,
    });
    return { exitCode, skipped: false };
  } catch (err) {
    // TestRunFailedError carries VS Code's exit code; anything else (it did not start) is 1.
    const code = /** @type {any} */ (err)?.code;
    console.error(`vscode-test-electron: the run failed: ${describe(err)}`);
    return { exitCode: typeof code === 'number' && code > 0 ? code : 1, skipped: false };
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      ext: { type: 'string' },
      tests: { type: 'string' },
      workspace: { type: 'string' },
      'vscode-version': { type: 'string' },
      'vscode-executable': { type: 'string' },
    },
  });
  if (!values.ext || !values.tests) {
    console.error('usage: node test/vscode/runInElectron.mjs --ext <dir> --tests <suite index.js> ' +
      '[--workspace <dir>] [--vscode-version <v>] [--vscode-executable <path>]');
    return 2;
  }
  const result = await runSuiteInElectron({
    extensionDevelopmentPath: path.resolve(values.ext),
    extensionTestsPath: path.resolve(values.tests),
    workspaceFolder: values.workspace ? path.resolve(values.workspace) : undefined,
    version: values['vscode-version'] || process.env.VSCODE_TEST_VERSION || undefined,
    vscodeExecutablePath: values['vscode-executable'] || undefined,
  });
  return result.exitCode;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => { process.exitCode = code; },
    (err) => { console.error(err?.stack || String(err)); process.exitCode = 1; },
  );
}
