// Protocol test (issue 11 §3): a .nianbaorc.json nested 5,000 deep, or linked to a secret outside the
// workspace, is one error diagnostic on the config file; the document it governs is still checked
// (with the editor settings) and no message quotes the secret.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { formatMessage, lint } from '../../core/src/index.js';
import { REPO, fileUri, startServer, type TestClient } from './lspHarness.js';

const WRONG_TOTAL = readFileSync(join(REPO, 'test', 'server', 'fixtures', 'wrong-total.md'), 'utf8');
const SECRET = 'SECRETKEY=abcdef1234567890';

describe('hostile config files over stdio', () => {
  let client: TestClient;
  let dir: string;
  let ws: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-rc-server-'));
    ws = join(dir, 'ws');
    mkdirSync(join(ws, 'deep'), { recursive: true });
    mkdirSync(join(ws, 'linked'), { recursive: true });
    writeFileSync(join(ws, 'deep', '.nianbaorc.json'), `{"template":${'['.repeat(5000)}${']'.repeat(5000)}}`);
    writeFileSync(join(dir, 'secret.txt'), SECRET);
    symlinkSync(join(dir, 'secret.txt'), join(ws, 'linked', '.nianbaorc.json'));
    client = await startServer({ workspaceFolders: [ws], settings: { messageLanguage: 'en' } });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const [folder, expected] of [
    ['deep', { message: 'This config file has a problem and is ignored: the config file nests deeper than 32 levels; not read (line 1, column 44)', line: 0, character: 43 }],
    ['linked', { message: 'This config file has a problem and is ignored: the config file is a symbolic link to a file outside the workspace; not read', line: 0, character: 0 }],
  ] as const) {
    it(`${folder}: one diagnostic on the config, and the report is checked all the same`, async () => {
      const uri = fileUri(join(ws, folder, 'report.md'));
      await client.open(uri, WRONG_TOTAL, 'markdown', 1);
      const diagnostics = await client.waitForDiagnostics(uri);
      assert.deepEqual(diagnostics.map((d) => [d.code, d.message]), lint(WRONG_TOTAL).findings.map((f) => [f.ruleId, formatMessage(f.messageId, f.args, 'en')]));
      assert.ok(diagnostics.length > 0);
      const rc = await client.waitForDiagnostics(fileUri(join(ws, folder, '.nianbaorc.json')), (p) => p.diagnostics.length > 0);
      const position = { line: expected.line, character: expected.character };
      assert.deepEqual(
        rc.map((d) => ({ message: d.message, severity: d.severity, range: d.range })),
        [{ message: expected.message, severity: 1, range: { start: position, end: position } }],
      );
      assert.doesNotMatch(JSON.stringify(client.notifications), /SECRET|abcdef/);
    });
  }
});
