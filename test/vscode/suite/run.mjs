// `npm run test:vscode`: runs the extension's Mocha suite (out/vscode-suite/index.cjs, built by
// scripts/build.mjs) in desktop VS Code through @vscode/test-electron where it can be downloaded
// (elsewhere that runner says so in one line), then in code-server's real extension host. The
// fixture workspace is copied to a temp folder first: the suite edits, writes and deletes files.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSuiteInCodeServer } from '../runInCodeServer.mjs';
import { runSuiteInElectron } from '../runInElectron.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const suite = join(root, 'out', 'vscode-suite', 'index.cjs');

/** A fresh copy of test/vscode/workspace. */
function workspaceCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-ws-'));
  cpSync(join(root, 'test', 'vscode', 'workspace'), dir, { recursive: true });
  return dir;
}

async function main() {
  for (const needed of [suite, join(root, 'dist', 'extension.cjs'), join(root, 'dist', 'server.cjs')]) {
    if (!existsSync(needed)) throw new Error(`${needed} is missing: run npm run build first`);
  }
  const copies = [];
  try {
    copies.push(workspaceCopy());
    const electron = await runSuiteInElectron({ extensionDevelopmentPath: root, extensionTestsPath: suite, workspaceFolder: copies[0] });
    if (electron.exitCode !== 0) return electron.exitCode;
    copies.push(workspaceCopy());
    const result = await runSuiteInCodeServer({
      extensionDevelopmentPath: root,
      extensionTestsPath: suite,
      workspaceFolder: copies[1],
      timeoutMs: Number(process.env.NIANBAO_VSCODE_TIMEOUT_MS) || 10 * 60 * 1000,
    });
    return result.exitCode;
  } finally {
    for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(err?.stack || String(err)); process.exitCode = 1; },
);
