// Word reports: real .docx files made by LibreOffice from real reports (scripts/make-word-fixtures.mjs)
// must give the findings their source reports give, each placed as a Word user finds it; .doc, .wps,
// encrypted and damaged files get one clear message.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { formatMessage, lint } from '../../core/src/index.js';
import { lintWordFile } from '../../cli/src/lintWordFile.js';
import type { LintTask } from '../../node/src/results.js';
import { buildWordDraft } from '../../word/src/wordDraft.js';
import { readWordBytes, sniffWordBytes } from '../../word/src/readWordBytes.js';
import { ensureBuilt, REPO, runCli, runJson } from './cliRunner.js';

const WORD = join(REPO, 'test', 'fixtures', 'word');
const PAIRS = ['jingfa-2022', 'guozi-2023', 'nongye-2024', 'guanweihui-2019', 'caizheng-2025'];

function task(path: string, explicit = true): LintTask {
  return { path, explicit, options: {}, fix: false, quiet: false, maxSize: 5 * 1024 * 1024, locale: 'zh-cn' };
}

for (const name of PAIRS) {
  test(`${name}.docx gives the findings of ${name}.md`, async () => {
    const source = lint(readFileSync(join(WORD, `${name}.md`), 'utf8'));
    const expected = source.findings.map((f) => [f.ruleId, f.severity, formatMessage(f.messageId, f.args, 'zh-cn')]);
    const result = await lintWordFile(task(join(WORD, `${name}.docx`)));
    assert.ok(result);
    const actual = result.messages.map((m) => [m.ruleId, m.severity, m.word?.message]);
    assert.deepEqual(actual, expected);
  });
}

test('the Word pairs include reports with findings to compare (jingfa-2022 is clean: the docx must be too)', () => {
  const withFindings = PAIRS.filter((name) => lint(readFileSync(join(WORD, `${name}.md`), 'utf8')).findings.length > 0);
  assert.deepEqual(withFindings, ['guozi-2023', 'nongye-2024', 'guanweihui-2019', 'caizheng-2025']);
});

test('every finding of a Word report names its paragraph or table cell; line is the paragraph or row number', async () => {
  const result = await lintWordFile(task(join(WORD, 'nongye-2024.docx')));
  assert.ok(result);
  assert.deepEqual(
    result.messages.map((m) => [m.ruleId, m.word?.place, m.line, m.column]),
    [
      // The text says 法人申请1件、自然人申请2件 where 表三 row 一 has 自然人 3 and no organisation.
      ['text-table-mismatch', '第 6 段（“（二）规范依申请公开。2…”）', 6, 40],
      ['text-table-mismatch', '第 6 段（“（二）规范依申请公开。2…”）', 6, 48],
      ['table-row-missing', '表二第 3 行第 1 列（“规范性文件”）', 3, 1],
      ['table-row-unknown', '表二第 3 行第 1 列（“规范性文件”）', 3, 1],
      ['sum-row-total', '表三第 4 行第 10 列（“一、本年新收政府信息公开…”）', 4, 10],
      ['sum-row-total', '表三第 6 行第 10 列（“三、本年度办理结果”）', 6, 10],
      ['sum-row-total', '表三第 11 行第 10 列（“4.保护第三方合法权益”）', 11, 10],
      ['sum-row-total', '表三第 27 行第 10 列（“（七）总计”）', 27, 10],
      ['section-missing', '第 14 段（“2024年我局政务公开各…”）', 14, 190],
    ],
  );
  // section-missing points where the section belongs: after the last character of the last paragraph.
  assert.equal(result.messages[8]!.column, 190);
  // The message carries the place too (JSON and SARIF show only the message).
  assert.equal(result.messages[4]!.message, `表三第 4 行第 10 列（“一、本年新收政府信息公开…”）：${result.messages[4]!.word!.message}`);
  // Only the total cell of a row is marked; the related cells (the summed ones) are placed in the same row.
  assert.ok(result.messages[4]!.related!.every((r) => r.line === 4 && r.message.startsWith('表三第 4 行第 ')));
});

test('a paragraph finding counts characters within the paragraph', async () => {
  const result = await lintWordFile(task(join(WORD, 'guozi-2023.docx')));
  const text = buildWordDraft((await readWordBytes(readFileSync(join(WORD, 'guozi-2023.docx')), 'x.docx') as { html: string }).html);
  const paragraph = text.blocks.find((b) => b.kind === 'paragraph' && b.number === 2);
  assert.ok(result && paragraph && paragraph.kind === 'paragraph');
  assert.deepEqual(result.messages.map((m) => [m.ruleId, m.word?.place, m.line]), [['template-outdated', '第 2 段（“根据《中华人民共和国政府…”）', 2]]);
  // The column points at the outdated citation inside paragraph 2.
  assert.equal([...paragraph.text].length >= result.messages[0]!.column, true);
  assert.equal(paragraph.text.slice(result.messages[0]!.column - 1, result.messages[0]!.column + 14), '国办公开办函〔2019〕60号');
});

test('merged Word cells keep their grid column: rowspan and colspan are counted as printed', () => {
  const draft = buildWordDraft(
    '<p>标题</p><table><tr><td rowspan="2"><p>a</p></td><td colspan="2"><p>b</p></td><td>c</td></tr><tr><td><p>1</p></td><td>2</td><td>3</td></tr></table><p>后记</p>',
  );
  assert.deepEqual(
    draft.blocks.map((b) => (b.kind === 'paragraph' ? ['p', b.number, b.text] : ['row', b.table, b.row, b.cells.map((c) => [c.column, c.text])])),
    [
      ['p', 1, '标题'],
      ['row', 1, 1, [[1, 'a'], [2, 'b'], [4, 'c']]],
      ['row', 1, 2, [[2, '1'], [3, '2'], [4, '3']]],
      ['p', 2, '后记'],
    ],
  );
  assert.equal(
    draft.text,
    '标题\n\n<table>\n<tr><td rowspan="2">a</td><td colspan="2">b</td><td>c</td></tr>\n<tr><td>1</td><td>2</td><td>3</td></tr>\n</table>\n\n后记\n',
  );
  for (const b of draft.blocks) if (b.kind === 'row') for (const c of b.cells) assert.equal(draft.text.slice(c.start, c.end), c.text);
});

test('cell text with < and & is escaped in the draft and read back as written', () => {
  const draft = buildWordDraft('<table><tr><td>A&amp;B &lt;1&gt;</td></tr></table>');
  assert.equal(draft.text, '<table>\n<tr><td>A&amp;B &lt;1&gt;</td></tr>\n</table>\n');
  const row = draft.blocks[0]!;
  assert.ok(row.kind === 'row');
  assert.equal(row.cells[0]!.text, 'A&B <1>');
});

test('.doc, .wps, encrypted and damaged Word files each get one clear message', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-word-'));
  try {
    // A .wps is an OLE compound file like a .doc: the LibreOffice .doc stands in for one.
    copyFileSync(join(WORD, 'jingfa-2022.doc'), join(dir, 'report.wps'));
    writeFileSync(join(dir, 'broken.docx'), 'this is not a zip');
    const cases: [string, string][] = [
      [join(WORD, 'jingfa-2022.doc'), formatMessage('word.problem.doc', {}, 'zh-cn')],
      [join(dir, 'report.wps'), formatMessage('word.problem.wps', {}, 'zh-cn')],
      [join(WORD, 'encrypted.docx'), formatMessage('word.problem.encrypted', {}, 'zh-cn')],
    ];
    for (const [path, message] of cases) {
      const result = await lintWordFile(task(path));
      assert.deepEqual(
        result?.messages.map((m) => [m.ruleId, m.severity, m.message, m.fatal]),
        [[null, 'error', message, true]],
        path,
      );
    }
    const broken = await lintWordFile(task(join(dir, 'broken.docx')));
    assert.equal(broken?.messages.length, 1);
    assert.match(broken!.messages[0]!.message, /^无法读取这个 Word 文件，它可能已损坏，或不是 Word 文档（.+）。请用 Word 或 WPS 打开它/);
    assert.equal(sniffWordBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), 'a.docx'), 'zip');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('nianbao lint on a folder finds the Word reports by content and says which cannot be read', () => {
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-word-'));
  try {
    copyFileSync(join(WORD, 'nongye-2024.docx'), join(dir, 'nongye.docx'));
    copyFileSync(join(WORD, 'jingfa-2022.doc'), join(dir, 'old.doc'));
    copyFileSync(join(WORD, 'encrypted.docx'), join(dir, 'locked.docx'));
    // A Word file that is not a report is left out, as .md/.txt files are.
    copyFileSync(join(WORD, 'not-a-report.docx'), join(dir, 'notes.docx'));
    const r = runJson(['lint', dir], REPO);
    const files = r.json.map((f) => [f.filePath.slice(dir.length + 1), f.messages.length, f.errorCount]);
    assert.deepEqual(files, [
      ['locked.docx', 1, 0],
      ['nongye.docx', 9, 6],
      ['old.doc', 1, 0],
    ]);
    // Walked unreadable Word files are warnings (the run still exits 1 for nongye's errors, not 2).
    assert.equal(r.code, 1);
    const nongye = r.json[1]!;
    assert.deepEqual(nongye.messages.map((m) => m.line), [6, 6, 3, 3, 4, 6, 11, 27, 14]);
    assert.ok(nongye.messages[8]!.message.startsWith('第 14 段（“2024年我局政务公开各…”）：缺少第六部分'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('stylish output shows the place where a text file shows line:column', () => {
  ensureBuilt();
  const r = runCli(['lint', join(WORD, 'guozi-2023.docx')], REPO);
  assert.equal(
    r.stdout,
    '\ntest/fixtures/word/guozi-2023.docx\n' +
      '  第 2 段（“根据《中华人民共和国政府…”）  警告  引用了已停止使用的 2019 年格式（“国办公开办函〔2019〕60号”）：2023 年度报告应按国办公开办函〔2021〕30号规定的 2021 年格式编写。  template-outdated\n' +
      '\n✖ 共 1 个问题（0 个错误，1 个警告）\n',
  );
  assert.equal(r.code, 0);
});
