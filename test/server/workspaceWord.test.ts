// Protocol test: Word files in the workspace lint and the carry-over index, over a temp folder of the
// real .docx fixtures (test/fixtures/word, made by LibreOffice). A .docx gets the CLI's findings, each
// named by its paragraph or table cell, published under its draft URI, whose text (nianbao/wordDraft)
// holds each range; .doc and encrypted files get the CLI's one warning; a file that is not a report
// and Word's "~$" owner file get nothing. Last year's report may be a .docx: this year's report finds
// its carry-over there, until a Markdown draft of it is written beside it; the roll-up then counts
// the report once, as the draft, as the CLI does.

import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver';
import { lintWordFile } from '../../cli/src/lintWordFile.js';
import { run } from '../../cli/src/run.js';
import { WORD_DRAFT_REQUEST, wordDraftUri, type LintWorkspaceResult, type WorkspaceSummaryResult } from '../../protocol/src/protocol.js';
import { REPO, fileUri, startServer, type TestClient } from './lspHarness.js';

const WORD = join(REPO, 'test', 'fixtures', 'word');
const YEARS = join(REPO, 'test', 'fixtures', 'years');

/** The CLI's messages of a Word file found in a folder: [rule, severity, message with its place]. */
async function cliMessages(path: string): Promise<[string | null, string, string][]> {
  const result = await lintWordFile({ path, explicit: false, options: {}, fix: false, quiet: false, maxSize: 2 * 1024 * 1024, locale: 'zh-cn' });
  assert.ok(result, `${path} is a report for the CLI`);
  return result.messages.map((m) => [m.ruleId, m.severity, m.message]);
}

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info' } as const;
const asCli = (d: Diagnostic[]) => d.map((x) => [x.code ?? null, SEVERITY[x.severity as 1 | 2 | 3], x.message]);

/** The text of a range of a text. */
function slice(text: string, d: Diagnostic): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return text.slice(offset(d.range.start), offset(d.range.end));
}

describe('Word files in the workspace lint and the index, over stdio', () => {
  let dir: string;
  let client: TestClient;
  const copy = (name: string, from = WORD) => {
    copyFileSync(join(from, name), join(dir, name));
    return join(dir, name);
  };
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-word-ws-'));
    for (const name of ['nongye-2024.docx', 'guozi-2023.docx', 'jingfa-2022.doc', 'encrypted.docx', 'not-a-report.docx']) copy(name);
    copy('nongye-2025.md', YEARS);
    // Word's owner file beside a document open in Word: a few bytes, not a zip.
    writeFileSync(join(dir, '~$nongye-2024.docx'), Buffer.from('\u0005someone', 'utf16le'));
    client = await startServer({ workspaceFolders: [dir] });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lints .docx files as the CLI does, under their draft URI; .doc and encrypted files get one warning', async () => {
    const result = (await client.connection.sendRequest('workspace/executeCommand', { command: 'nianbao.lintWorkspace' })) as Required<LintWorkspaceResult>;
    assert.deepEqual(result.reports.map((r) => [r.file, r.state, r.uri]).sort(), [
      ['encrypted.docx', 'unreadable', wordDraftUri(fileUri(join(dir, 'encrypted.docx')))],
      ['guozi-2023.docx', 'linted', wordDraftUri(fileUri(join(dir, 'guozi-2023.docx')))],
      ['jingfa-2022.doc', 'unreadable', wordDraftUri(fileUri(join(dir, 'jingfa-2022.doc')))],
      ['nongye-2024.docx', 'linted', wordDraftUri(fileUri(join(dir, 'nongye-2024.docx')))],
      ['nongye-2025.md', 'linted', fileUri(join(dir, 'nongye-2025.md'))],
    ]);
    for (const name of ['nongye-2024.docx', 'guozi-2023.docx', 'jingfa-2022.doc', 'encrypted.docx']) {
      const path = join(dir, name);
      const published = client.diagnostics.get(wordDraftUri(fileUri(path)))?.diagnostics;
      assert.ok(published, `${name} has diagnostics under its draft URI`);
      assert.deepEqual(asCli(published), await cliMessages(path), `${name}: the CLI's findings, places and messages`);
      assert.equal(client.diagnostics.get(fileUri(path)), undefined, `nothing under ${name}'s own URI`);
      const summary = result.reports.find((r) => r.file === name)!;
      assert.deepEqual(summary.messages.map((m) => m.message), published.map((d) => d.message), `${name}: the results view lists the same`);
    }
    for (const skipped of ['not-a-report.docx', '~$nongye-2024.docx']) {
      const uri = wordDraftUri(fileUri(join(dir, skipped)));
      assert.equal(client.diagnostics.get(uri), undefined, `${skipped} is left alone`);
      assert.equal(result.reports.some((r) => r.file === skipped), false);
    }
  });

  it('each range of a .docx finding is in its draft text: the table cell or paragraph it names', async () => {
    const uri = wordDraftUri(fileUri(join(dir, 'nongye-2024.docx')));
    const { text } = (await client.connection.sendRequest(WORD_DRAFT_REQUEST, { uri })) as { text: string };
    const published = client.diagnostics.get(uri)!.diagnostics;
    const sums = published.filter((d) => d.code === 'sum-row-total');
    // The four 总计 cells of 表三 that hold 0 where the row adds up to more.
    assert.deepEqual(sums.map((d) => [String(d.message).slice(0, String(d.message).indexOf('”）') + 2), slice(text, d)]), [
      ['表三第 4 行第 10 列（“一、本年新收政府信息公开…”）', '0'],
      ['表三第 6 行第 10 列（“三、本年度办理结果”）', '0'],
      ['表三第 11 行第 10 列（“4.保护第三方合法权益”）', '0'],
      ['表三第 27 行第 10 列（“（七）总计”）', '0'],
    ]);
    const row = text.split('\n')[sums[0]!.range.start.line]!;
    assert.match(row, /^<tr><td[^>]*>一、本年新收政府信息公开申请数量<\/td>/, 'the line is the Word table row');
    // The figures of the sentence 法人申请1件、自然人申请2件 that 表三 contradicts.
    const mismatch = published.filter((d) => d.code === 'text-table-mismatch').map((d) => {
      const line = text.split('\n')[d.range.start.line]!;
      return [line.slice(d.range.start.character - 5, d.range.start.character), slice(text, d), line.slice(d.range.end.character, d.range.end.character + 1)];
    });
    assert.deepEqual(mismatch, [['中法人申请', '1', '件'], ['自然人申请', '2', '件']]);
    // An unreadable file's draft is the sentence saying why, where its one warning sits.
    const doc = wordDraftUri(fileUri(join(dir, 'jingfa-2022.doc')));
    const docText = ((await client.connection.sendRequest(WORD_DRAFT_REQUEST, { uri: doc })) as { text: string }).text;
    assert.equal(docText, `${client.diagnostics.get(doc)!.diagnostics[0]!.message}\n`);
  });

  it("finds this year's carry-over in last year's .docx, and gives way to a Markdown draft written beside it", async () => {
    const thisYear = fileUri(join(dir, 'nongye-2025.md'));
    const lastDraft = wordDraftUri(fileUri(join(dir, 'nongye-2024.docx')));
    const fromWord = client.diagnostics.get(thisYear)!.diagnostics.filter((d) => d.code === 'carryover-mismatch' || d.code === 'repeated-text');
    // As the CLI finds them with last year's Markdown: 一 and 五 repeated, 上年结转 in 自然人 and 总计.
    assert.deepEqual(fromWord.map((d) => [d.code, d.relatedInformation?.map((r) => r.location.uri)]), [
      ['repeated-text', [lastDraft]],
      ['carryover-mismatch', [lastDraft]],
      ['carryover-mismatch', [lastDraft]],
      ['repeated-text', [lastDraft]],
    ]);
    for (const d of fromWord) assert.match(String(d.message), /2024 年度报告（nongye-2024\.docx）/);
    const { text } = (await client.connection.sendRequest(WORD_DRAFT_REQUEST, { uri: lastDraft })) as { text: string };
    const carried = fromWord[1]!.relatedInformation![0]!.location;
    assert.equal(slice(text, { range: carried.range } as Diagnostic), '0', "last year's 结转下年度继续办理 cell");
    assert.match(text.split('\n')[carried.range.start.line]!, /四、结转下年度继续办理/);

    // "Open as draft" wrote nongye-2024.md beside it: that draft is last year's report now, not a second one.
    const mdPath = copy('nongye-2024.md');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(mdPath), type: 1 }] });
    const fromDraft = await client.waitForDiagnostics(thisYear, (p) => p.diagnostics.some((d) => d.relatedInformation?.some((r) => r.location.uri === fileUri(mdPath))));
    const crossReport = fromDraft.filter((d) => d.code === 'carryover-mismatch' || d.code === 'repeated-text');
    assert.deepEqual(
      crossReport.map((d) => [d.code, d.message]),
      fromWord.map((d) => [d.code, String(d.message).replace('nongye-2024.docx', 'nongye-2024.md')]),
      'the same findings, naming the Markdown draft',
    );
    assert.ok(readFileSync(mdPath, 'utf8').includes('四、结转下年度继续办理'));

    // The roll-up counts the report once, as the draft: the very text of the CLI's summary of the folder.
    const summary = (await client.connection.sendRequest('workspace/executeCommand', { command: 'nianbao.workspaceSummary' })) as WorkspaceSummaryResult;
    const out: string[] = [];
    await run(['summary', '.'], { cwd: dir, stdout: (s) => void out.push(s), stderr: () => undefined, color: false });
    assert.deepEqual(summary, { markdown: out.join(''), reports: 3, cancelled: false });
    assert.ok(summary.markdown.includes('| nongye-2024.md |') && !summary.markdown.includes('nongye-2024.docx'), 'guozi-2023.docx, nongye-2024.md and nongye-2025.md');
  });
});
