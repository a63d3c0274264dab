// nianbao.messageLanguage over stdio: `zh-cn` / `en` whatever the client's display language, `auto`
// the client's; one language for diagnostics, related cells, hovers, code action titles and progress.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { formatMessage, lint, type Locale } from '../../core/src/index.js';
import { fileUri, REPO, startServer, type TestClient } from './lspHarness.js';

const WRONG_TOTAL = readFileSync(join(REPO, 'test', 'server', 'fixtures', 'wrong-total.md'), 'utf8');
const finding = lint(WRONG_TOTAL).findings.find((f) => f.ruleId === 'sum-outcome-total')!;

/** Position of the （七）总计 row's first value (the wrong total) in the fixture. */
function totalCell(): { line: number; character: number } {
  const lines = WRONG_TOTAL.split('\n');
  const line = lines.findIndex((l) => l.startsWith('(七) 总计'));
  return { line, character: lines[line]!.indexOf('\t') + 1 };
}

describe('nianbao.messageLanguage over stdio', () => {
  let client: TestClient;
  let dir: string;
  const uri = 'file:///virtual/language.md';
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-lang-'));
    writeFileSync(join(dir, 'report.md'), WRONG_TOTAL);
    // An English display language (VS Code's default install), and the setting's default for VS Code.
    client = await startServer({ locale: 'en', settings: { messageLanguage: 'zh-cn' }, workspaceFolders: [dir] });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function setLanguage(value: string | undefined): Promise<Diagnostic[]> {
    const before = client.history.get(uri)?.length ?? 0;
    client.settings = value === undefined ? {} : { messageLanguage: value };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor('a new publish', () => ((client.history.get(uri)?.length ?? 0) > before ? true : undefined));
    return client.diagnostics.get(uri)!.diagnostics;
  }

  async function hoverText(): Promise<string> {
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: totalCell() })) as Hover | null;
    assert.ok(hover, 'a hover on the total');
    return typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : JSON.stringify(hover.contents);
  }

  async function fixTitle(d: Diagnostic): Promise<string> {
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri }, range: d.range, context: { diagnostics: [d] },
    })) as CodeAction[];
    assert.ok(actions.length > 0);
    return actions[0]!.title;
  }

  function expectLanguage(diagnostics: Diagnostic[], locale: Locale): Diagnostic {
    const sum = diagnostics.find((d) => d.code === 'sum-outcome-total');
    assert.ok(sum);
    assert.equal(sum.message, formatMessage(finding.messageId, finding.args, locale));
    assert.deepEqual(sum.relatedInformation?.map((r) => r.message), finding.related.map((r) => formatMessage(r.messageId, r.args, locale)));
    return sum;
  }

  it('zh-cn on an English client: Chinese diagnostics, hover and quick fix titles', async () => {
    await client.open(uri, WRONG_TOTAL, 'markdown', 1);
    const sum = expectLanguage(await client.waitForDiagnostics(uri, (p) => p.version === 1), 'zh-cn');
    assert.ok((await hoverText()).includes(formatMessage('hover.sum.fails', { expected: 0, actual: '5' }, 'zh-cn')));
    assert.equal(await fixTitle(sum), formatMessage(finding.fix!.messageId, finding.fix!.args, 'zh-cn'));
  });

  it('en: English everywhere; auto: the client\'s display language (English here); unset: auto', async () => {
    const en = expectLanguage(await setLanguage('en'), 'en');
    assert.ok((await hoverText()).includes(formatMessage('hover.sum.fails', { expected: 0, actual: '5' }, 'en')));
    assert.equal(await fixTitle(en), formatMessage(finding.fix!.messageId, finding.fix!.args, 'en'));
    expectLanguage(await setLanguage('auto'), 'en');
    expectLanguage(await setLanguage(undefined), 'en');
    expectLanguage(await setLanguage('zh-cn'), 'zh-cn');
  });

  it('the workspace lint\'s progress and its files\' diagnostics follow the setting', async () => {
    for (const locale of ['zh-cn', 'en'] as const) {
      client.settings = { messageLanguage: locale };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const seen = client.progress.length;
      await client.connection.sendRequest('workspace/executeCommand', { command: 'nianbao.lintWorkspace', arguments: [] });
      const begin = client.progress.slice(seen).find((p) => p.value.kind === 'begin');
      assert.equal(begin?.value.title, formatMessage('progress.workspace.title', {}, locale));
      const file = client.diagnostics.get(fileUri(join(dir, 'report.md')))!.diagnostics;
      expectLanguage(file, locale);
    }
  });
});
