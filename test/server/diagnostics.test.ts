// Protocol tests: diagnostics of the built server over stdio match the core's findings (codes,
// ranges, docs links, related cells, language), and follow edits without a stale result winning.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { formatMessage, lint } from '../../core/src/index.js';
import { REPO, seed, startServer, type TestClient } from './lspHarness.js';

const WRONG_TOTAL = readFileSync(join(REPO, 'test', 'server', 'fixtures', 'wrong-total.md'), 'utf8');

function expectedDiagnostics(text: string): { code: string; range: unknown }[] {
  const { findings, index } = lint(text);
  return findings.map((f) => ({ code: f.ruleId, range: { start: index.positionAt(f.span.start), end: index.positionAt(f.span.end) } }));
}

function shape(diagnostics: Diagnostic[]): { code: string; range: unknown }[] {
  return diagnostics.map((d) => ({ code: String(d.code), range: d.range }));
}

describe('diagnostics over stdio', () => {
  let client: TestClient;
  before(async () => {
    client = await startServer();
  });
  after(async () => {
    await client.stop();
  });

  it('publishes the core findings of a seed opened as plain text, with codes, ranges and docs links', async () => {
    const text = seed('lijun-2020.txt');
    const uri = 'file:///virtual/lijun-2020.txt';
    await client.open(uri, text, 'plaintext', 1);
    const diagnostics = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    const expected = expectedDiagnostics(text);
    assert.ok(expected.length > 0, 'the seed has findings');
    assert.deepEqual(shape(diagnostics), expected);
    assert.deepEqual([...new Set(diagnostics.map((d) => d.code))].sort(), ['section-extra', 'section-heading', 'subsection-missing']);
    for (const d of diagnostics) {
      assert.equal(d.source, 'nianbao');
      assert.match(d.codeDescription?.href ?? '', new RegExp(`docs/rules/${String(d.code)}\\.md$`));
      assert.equal((d.data as { ruleId: string }).ruleId, d.code);
    }
    const status = await client.waitFor('status notification', () =>
      client.notifications.find((n) => n.method === 'nianbao/status' && (n.params as { uri: string }).uri === uri),
    );
    const params = status.params as { templateId: string; counts: Record<string, number>; state: string };
    assert.equal(params.state, 'linted');
    assert.equal(params.templateId, '2019');
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of lint(text).findings) counts[f.severity]++;
    assert.deepEqual(params.counts, counts);
  });

  it('puts a wrong （七）总计 on its cell, with the sums that cross there as related information', async () => {
    const uri = 'file:///virtual/wrong-total.md';
    await client.open(uri, WRONG_TOTAL, 'markdown', 1);
    const diagnostics = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    assert.deepEqual(shape(diagnostics), expectedDiagnostics(WRONG_TOTAL));
    const sum = diagnostics.find((d) => d.code === 'sum-outcome-total');
    assert.ok(sum, 'sum-outcome-total reported');
    const line = WRONG_TOTAL.split('\n')[sum.range.start.line]!;
    assert.equal(line.slice(sum.range.start.character, sum.range.end.character), '5');
    assert.match(String(sum.message), /应为 0/);
    assert.equal(sum.severity, 1);
    // Its column's terms are all 0 (none is listed); the row's 总计 and the column's balance cross at this cell.
    assert.deepEqual(sum.relatedInformation?.map((r) => [r.location.uri, r.message]), [
      [uri, '本行总计：表中为 0'],
      [uri, '本栏“第一项加第二项之和等于第三项加第四项之和”：表中为 0'],
    ]);
    assert.ok((sum.data as { fix?: { safe: boolean } }).fix?.safe, 'data carries the safe fix');
  });

  it('ignores a Markdown file that is not a report', async () => {
    const uri = 'file:///virtual/readme.md';
    await client.open(uri, '# Notes\n\nNothing about reports here.\n', 'markdown', 1);
    const diagnostics = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    assert.deepEqual(diagnostics, []);
  });

  it('follows a one-character edit that breaks a sum', async () => {
    const text = seed('lijun-2025.md');
    const uri = 'file:///virtual/edit.md';
    await client.open(uri, text, 'markdown', 1);
    assert.deepEqual(await client.waitForDiagnostics(uri, (p) => p.version === 1), []);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.startsWith('(七) 总计'));
    const character = lines[line]!.indexOf('\t0') + 1;
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text: '7' }],
    });
    const diagnostics = await client.waitForDiagnostics(uri, (p) => p.version === 2);
    const sum = diagnostics.find((d) => d.code === 'sum-outcome-total');
    assert.ok(sum, 'the broken sum is reported');
    assert.deepEqual(sum.range, { start: { line, character }, end: { line, character: character + 1 } });
  });

  it('never lets a stale lint win over rapid changes', async () => {
    const clean = seed('lijun-2025.md');
    const uri = 'file:///virtual/rapid.md';
    await client.open(uri, clean, 'markdown', 1);
    await client.waitForDiagnostics(uri, (p) => p.version === 1);
    let final = clean;
    for (let v = 2; v <= 60; v++) {
      final = clean.replace('(七) 总计\t0', `(七) 总计\t${v % 7}`);
      await client.replace(uri, final, v);
    }
    const diagnostics = await client.waitForDiagnostics(uri, (p) => p.version === 60);
    assert.deepEqual(shape(diagnostics), expectedDiagnostics(final));
    assert.equal(diagnostics.length, 1, `60 % 7 = 4 is one wrong total: ${diagnostics.map((d) => d.message).join(' | ')}`);
    const versions = (client.history.get(uri) ?? []).map((p) => p.version ?? -1);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'published versions never go back');
    assert.ok(versions.length < 30, `debounced: ${versions.length} publishes for 60 versions`);
  });

  it('speaks English when the client asks for it', async () => {
    const en = await startServer({ locale: 'en' });
    try {
      const uri = 'file:///virtual/wrong-total-en.md';
      await en.open(uri, WRONG_TOTAL, 'markdown', 1);
      const diagnostics = await en.waitForDiagnostics(uri, (p) => p.version === 1);
      const finding = lint(WRONG_TOTAL).findings.find((f) => f.ruleId === 'sum-outcome-total')!;
      const sum = diagnostics.find((d) => d.code === 'sum-outcome-total');
      assert.equal(sum?.message, formatMessage(finding.messageId, finding.args, 'en'));
    } finally {
      await en.stop();
    }
  });
});
