// nianbao.workspaceSummary over LSP: the workspace's reports linted (progress as for lintWorkspace)
// and rolled up as Markdown — the very text `nianbao summary` writes for the same folder, in the
// message language; a workspace with no report gives the roll-up of none.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { WorkspaceSummaryResult } from '../../protocol/src/protocol.js';
import { run } from '../../cli/src/run.js';
import { REPO, startServer, type TestClient } from './lspHarness.js';

async function cliSummary(cwd: string, locale: string): Promise<string> {
  const out: string[] = [];
  await run(['summary', '.', '--locale', locale], { cwd, stdout: (s) => void out.push(s), stderr: () => undefined, color: false });
  return out.join('');
}

describe('nianbao.workspaceSummary', () => {
  let client: TestClient;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-wsummary-'));
    for (const name of ['caizheng-2024.md', 'caizheng-2025.md', 'nongye-2024.md', 'nongye-2025.md']) {
      writeFileSync(join(dir, name), readFileSync(join(REPO, 'test', 'fixtures', 'years', name)));
    }
    writeFileSync(join(dir, 'notes.md'), '# 会议记录\n\n今天开会。\n');
    client = await startServer({ workspaceFolders: [dir], locale: 'en' });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('returns the roll-up of the workspace’s reports: the same Markdown as the CLI’s summary of the folder', async () => {
    const result = (await client.connection.sendRequest('workspace/executeCommand', { command: 'nianbao.workspaceSummary' })) as WorkspaceSummaryResult;
    const expected = await cliSummary(dir, 'en');
    assert.deepEqual(result, { markdown: expected, reports: 4, cancelled: false });
    assert.ok(expected.includes('| caizheng-2025.md | 平潭综合实验区财政金融局 | 2025 | 2021 | 2 | 2 | 0 | 0 | 0 |'), expected.slice(0, 900));
  });
});
