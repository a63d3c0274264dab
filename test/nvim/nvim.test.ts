// Neovim as an LSP client: headless Neovim attaches the built server over stdio to seed drafts and
// must receive exactly the core's findings (proves the server works outside VS Code). Skipped with a
// clear message only when `nvim` is not installed (the CI script installs Debian's neovim).

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { lint } from '../../core/src/index.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const SERVER = join(REPO, 'dist', 'server.cjs');
const CHECK = join(REPO, 'test', 'nvim', 'check.lua');
const nvimMissing = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).error !== undefined;

interface NvimResult {
  diagnostics: number;
  codes: string[];
  symbols: number;
}

// Runs check.lua in a headless Neovim with its own XDG folders; resolves with the printed result.
function runNeovim(file: string, expect: number): Promise<NvimResult> {
  const home = mkdtempSync(join(tmpdir(), 'nianbao-nvim-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_DATA_HOME: join(home, 'data'),
    XDG_STATE_HOME: join(home, 'state'),
    XDG_CACHE_HOME: join(home, 'cache'),
    NIANBAO_NODE: process.execPath,
    NIANBAO_SERVER: SERVER,
    NIANBAO_FILE: file,
    NIANBAO_EXPECT: String(expect),
  };
  return new Promise((resolve, reject) => {
    // A watchdog, not a wait: Neovim ends the check itself; a hung one is killed after 60 s.
    const child = spawn('nvim', ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${CHECK}`], {
      env, cwd: home, stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000, killSignal: 'SIGKILL',
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => {
      rmSync(home, { recursive: true, force: true });
      const line = /NIANBAO_RESULT (\{.*\})/.exec(out);
      if (code === 0 && line) resolve(JSON.parse(line[1]!) as NvimResult);
      else reject(new Error(`nvim exited with ${code}: ${out.slice(-2000)}`));
    });
  });
}

describe('Neovim (headless) as the LSP client', { skip: nvimMissing ? 'nvim is not installed (apt-get install -y neovim)' : false }, () => {
  for (const name of ['lijun-2020.txt', 'jiatang-2024.txt']) {
    it(`receives the diagnostics of ${name}`, async () => {
      const file = join(REPO, 'test', 'fixtures', 'seeds', name);
      const expected = lint(readFileSync(file, 'utf8')).findings.map((f) => f.ruleId).sort();
      const result = await runNeovim(file, expected.length);
      assert.equal(result.diagnostics, expected.length);
      assert.deepEqual(result.codes, expected);
      assert.ok(result.symbols >= 6, `outline has the sections (${result.symbols})`);
    });
  }
});
