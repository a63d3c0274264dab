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
import { dirname, join } from 'node:path';
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

/** What `nianbao convert` writes for a Word file. */
async function converted(path: string): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), 'nianbao-word-convert-')), 'draft.md');
  try {
    const code = await run(['convert', path, '-o', out], { cwd: REPO, stdout: () => undefined, stderr: () => undefined, color: false });
    assert.equal(code, 0);
    return readFileSync(out, 'utf8');
  } finally {
    rmSync(dirname(out), { recursive: true, force: true });
  }
}

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

  it("a .docx's draft document is its converted Markdown draft, each finding's range on the cell or words it is about", async () => {
    const uri = wordDraftUri(fileUri(join(dir, 'nongye-2024.docx')));
    const { text } = (await client.connection.sendRequest(WORD_DRAFT_REQUEST, { uri })) as { text: string };
    assert.equal(text, await converted(join(dir, 'nongye-2024.docx')), 'what nianbao convert writes (nothing is written here)');
    const published = client.diagnostics.get(uri)!.diagnostics;
    const sums = published.filter((d) => d.code === 'sum-row-total');
    // The four 总计 cells of 表三 that hold 0 where the row adds up to more: the last cell of each standard row.
    assert.deepEqual(sums.map((d) => [String(d.message).slice(0, String(d.message).indexOf('”）') + 2), slice(text, d), text.split('\n')[d.range.start.line]]), [
      ['表三第 4 行第 10 列（“一、本年新收政府信息公开…”）', '0', '| 一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 0 |'],
      ['表三第 6 行第 10 列（“三、本年度办理结果”）', '0', '| （一）予以公开 | 1 | 0 | 0 | 0 | 0 | 0 | 0 |'],
      ['表三第 11 行第 10 列（“4.保护第三方合法权益”）', '0', '| 4.保护第三方合法权益 | 2 | 0 | 0 | 0 | 0 | 0 | 0 |'],
      ['表三第 27 行第 10 列（“（七）总计”）', '0', '| （七）总计 | 3 | 0 | 0 | 0 | 0 | 0 | 0 |'],
    ]);
    for (const d of sums) {
      const line = text.split('\n')[d.range.start.line]!;
      assert.equal(d.range.end.character, line.length - 2, 'the 总计 cell ends the row');
      // The related places: the cell that makes the sum (自然人), the 总计 cell again.
      assert.deepEqual(d.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line, slice(text, { range: r.location.range } as Diagnostic)]), [
        [uri, d.range.start.line, line.split(' | ')[1]],
        [uri, d.range.start.line, '0'],
      ]);
    }
    // The figures of the sentence 法人申请1件、自然人申请2件 that 表三 contradicts, in its paragraph.
    const mismatch = published.filter((d) => d.code === 'text-table-mismatch').map((d) => {
      const line = text.split('\n')[d.range.start.line]!;
      return [line.slice(d.range.start.character - 5, d.range.start.character), slice(text, d), line.slice(d.range.end.character, d.range.end.character + 1)];
    });
    assert.deepEqual(mismatch, [['中法人申请', '1', '件'], ['自然人申请', '2', '件']]);
    // The results view opens each at the same place.
    const result = (await client.connection.sendRequest('workspace/executeCommand', { command: 'nianbao.lintWorkspace' })) as Required<LintWorkspaceResult>;
    const listed = result.reports.find((r) => r.uri === uri)!.messages;
    assert.deepEqual(
      listed.map((m) => [m.message, m.line - 1, m.column - 1, m.endLine - 1, m.endColumn - 1]).sort(),
      published.map((d) => [d.message, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]).sort(),
    );
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
    assert.equal(slice(text, { range: carried.range } as Diagnostic), '0', "last year's 结转下年度继续办理 cell, in its converted draft");
    assert.match(text.split('\n')[carried.range.start.line]!, /^\| 四、结转下年度继续办理 \| 0 \|/);
    // The repeated sections: their headings in last year's converted draft.
    assert.deepEqual(
      [fromWord[0]!, fromWord[3]!].map((d) => text.split('\n')[d.relatedInformation![0]!.location.range.start.line]),
      ['## 一、总体情况', '## 五、存在的主要问题及改进情况'],
    );

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

describe('every .docx fixture in the workspace lint: its findings on their text in the converted draft', () => {
  let dir: string;
  let client: TestClient;
  const NAMES = ['caizheng-2025', 'guanweihui-2019', 'guozi-2023', 'jingfa-2022', 'nongye-2024'];
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-word-all-'));
    for (const name of NAMES) copyFileSync(join(WORD, `${name}.docx`), join(dir, `${name}.docx`));
    client = await startServer({ workspaceFolders: [dir] });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('each finding (and each place it names) selects the paragraph words or the standard table cell it is about', async () => {
    await client.connection.sendRequest('workspace/executeCommand', { command: 'nianbao.lintWorkspace' });
    /** A range's text and the head of its line (a table line's first cell). */
    const at = (text: string, range: Diagnostic['range']) => {
      const line = text.split('\n')[range.start.line]!;
      return [slice(text, { range } as Diagnostic), line.startsWith('|') ? line.split(' | ')[0]!.slice(2) : [...line].slice(0, 10).join('')];
    };
    const shown: Record<string, unknown[]> = {};
    for (const name of NAMES) {
      const uri = wordDraftUri(fileUri(join(dir, `${name}.docx`)));
      const { text } = (await client.connection.sendRequest(WORD_DRAFT_REQUEST, { uri })) as { text: string };
      assert.equal(text, await converted(join(dir, `${name}.docx`)), `${name}: the converted draft`);
      shown[name] = client.diagnostics.get(uri)!.diagnostics.map((d) => [d.code, ...at(text, d.range), ...(d.relatedInformation ?? []).map((r) => at(text, r.location.range))]);
    }
    const row1 = '一、本年新收政府信息公开申请数量';
    assert.deepEqual(shown, {
      'caizheng-2025': [['overview-too-long', '一、总体情况', '## 一、总体情况']],
      'guanweihui-2019': [['table-cell-invalid', '5419886元', '政府集中采购']],
      'guozi-2023': [['template-outdated', '国办公开办函〔2019〕60号', '根据《中华人民共和国']],
      'jingfa-2022': [],
      'nongye-2024': [
        ['text-table-mismatch', '1', '（二）规范依申请公开', ...Array.from({ length: 5 }, () => ['0', row1])],
        ['text-table-mismatch', '2', '（二）规范依申请公开', ['3', row1]],
        ['table-row-missing', '行政规范性文件', '行政规范性文件'],
        ['table-row-unknown', '行政规范性文件', '行政规范性文件'],
        ['sum-row-total', '0', row1, ['3', row1], ['0', row1]],
        ['sum-row-total', '0', '（一）予以公开', ['1', '（一）予以公开'], ['0', '（一）予以公开']],
        ['sum-row-total', '0', '4.保护第三方合法权益', ['2', '4.保护第三方合法权益'], ['0', '4.保护第三方合法权益']],
        ['sum-row-total', '0', '（七）总计', ['3', '（七）总计'], ['0', '（七）总计']],
        ['section-missing', '', '2024年我局政务公'],
      ],
    });
  });
});
