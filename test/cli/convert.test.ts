// `nianbao convert`: a Word report becomes a Markdown draft with the standard tables of its template,
// every number kept, what could not be placed listed (in the draft and on the terminal), never dropped.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { formatMessage, lint } from '../../core/src/index.js';
import { convertWordDraft } from '../../word/src/convertWordDraft.js';
import { convertWordFile } from '../../word/src/convertWordFile.js';
import { readWordBytes } from '../../word/src/readWordBytes.js';
import { buildWordDraft } from '../../word/src/wordDraft.js';
import { ensureBuilt, REPO, runCli } from './cliRunner.js';

const WORD = join(REPO, 'test', 'fixtures', 'word');
const PAIRS = ['jingfa-2022', 'guozi-2023', 'nongye-2024', 'guanweihui-2019', 'caizheng-2025'];

/** Every run of digits, counted: what "every number kept" compares. */
function numbers(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of texts) for (const m of t.matchAll(/\d+(?:\.\d+)?/g)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}

for (const name of PAIRS) {
  test(`${name}.docx converts to a draft that keeps every paragraph and every number`, async () => {
    const bytes = readFileSync(join(WORD, `${name}.docx`));
    const read = await readWordBytes(bytes, `${name}.docx`);
    assert.ok(read.ok);
    const draft = buildWordDraft(read.html);
    const converted = convertWordDraft(draft, 'auto', 'zh-cn');
    const lines = new Set(converted.markdown.split('\n').map((l) => l.replace(/^#+ /, '')));
    for (const b of draft.blocks) if (b.kind === 'paragraph') assert.ok(lines.has(b.text), `paragraph ${b.number} kept: ${b.text.slice(0, 20)}`);
    const before = numbers(draft.blocks.flatMap((b) => (b.kind === 'row' ? b.cells.map((c) => c.text) : [b.text])));
    const after = numbers([converted.markdown]);
    for (const [n, count] of before) assert.ok((after.get(n) ?? 0) >= count, `${n}: ${count} in the Word file, ${after.get(n) ?? 0} in the draft`);
  });
}

test('a converted draft has the findings of its Word report, except what the standard table itself settles', async () => {
  for (const name of ['jingfa-2022', 'guozi-2023', 'guanweihui-2019', 'caizheng-2025']) {
    const word = lint(readFileSync(join(WORD, `${name}.md`), 'utf8')).findings.map((f) => [f.ruleId, formatMessage(f.messageId, f.args, 'zh-cn')]);
    const converted = await convertWordFile(readFileSync(join(WORD, `${name}.docx`)), 'x.docx', 'auto', 'zh-cn');
    assert.ok(converted.ok);
    assert.deepEqual(lint(converted.draft.markdown).findings.map((f) => [f.ruleId, formatMessage(f.messageId, f.args, 'zh-cn')]), word, name);
  }
  // nongye's 表二 calls 行政规范性文件 by its 2019 name and has no 规章 row: the standard table puts the
  // values under the official label and leaves 规章 blank (never a made-up 0), which is then reported.
  const converted = await convertWordFile(readFileSync(join(WORD, 'nongye-2024.docx')), 'x.docx', 'auto', 'zh-cn');
  assert.ok(converted.ok);
  const md = converted.draft.markdown;
  assert.ok(md.includes('| 规章 |  |  |  |\n| 行政规范性文件 | 1 | 0 | 0 |\n'));
  assert.deepEqual(
    lint(md).findings.map((f) => f.ruleId),
    // The blank 规章 row is one finding naming its blank cells (blank cells of one row are one cause);
    // the text's 法人申请1件、自然人申请2件 disagree with 表三 row 一, as in the Word report.
    ['text-table-mismatch', 'text-table-mismatch', 'table-cell-invalid', 'sum-row-total', 'sum-row-total', 'sum-row-total', 'sum-row-total', 'section-missing'],
  );
  // Its misspelt header (本年废止件 for 本年废止件数) is not the template's: listed, not silently dropped.
  assert.deepEqual(converted.draft.unplaced, [{ place: '表二第 2 行第 3 列（“信息内容”）', text: '本年废止件' }]);
});

test('rows and cells the standard table cannot hold are listed with their place, in the draft too', () => {
  const html =
    '<h1>某某局2024年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>正文。</p><p>二、主动公开政府信息情况</p>' +
    '<table><tr><td colspan="4">第二十条第（一）项</td></tr><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>' +
    '<tr><td>规章</td><td>2</td><td>0</td><td>1</td></tr><tr><td>行政规范性文件</td><td>3</td><td>1</td><td>7</td></tr>' +
    '<tr><td>其他文件</td><td>9</td><td>8</td><td>6</td></tr><tr><td>规章</td><td>4</td><td>4</td><td>4</td></tr></table>' +
    '<p>三、收到和处理政府信息公开申请情况</p><table><tr><td>事项</td><td>甲</td></tr><tr><td>乙</td><td>12</td></tr></table>';
  const converted = convertWordDraft(buildWordDraft(html), 'auto', 'zh-cn');
  assert.deepEqual(converted.unplaced, [
    { place: '表二第 5 行第 1 列（“其他文件”）', text: '其他文件 9 8 6' },
    { place: '表二第 6 行第 1 列（“规章”）', text: '规章 4 4 4' },
  ]);
  assert.equal(
    converted.markdown,
    [
      '# 某某局2024年政府信息公开工作年度报告',
      '## 一、总体情况',
      '正文。',
      '## 二、主动公开政府信息情况',
      '**第二十条第（一）项**\n\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| --- | --- | --- | --- |\n| 规章 | 2 | 0 | 1 |\n| 行政规范性文件 | 3 | 1 | 7 |\n\n' +
        '**第二十条第（五）项**\n\n| 信息内容 | 本年处理决定数量 |\n| --- | --- |\n| 行政许可 |  |\n\n' +
        '**第二十条第（六）项**\n\n| 信息内容 | 本年处理决定数量 |\n| --- | --- |\n| 行政处罚 |  |\n| 行政强制 |  |\n\n' +
        '**第二十条第（八）项**\n\n| 信息内容 | 本年收费金额（单位：万元） |\n| --- | --- |\n| 行政事业性收费 |  |',
      '## 三、收到和处理政府信息公开申请情况',
      // A Word table that holds no table of the template stays a table, its cells as written.
      '| 事项 | 甲 |\n| --- | --- |\n| 乙 | 12 |',
      '<!--\nnianbao：以下内容未能放入标准表格，请核对后填到应在的位置（转换时没有丢弃任何内容）：\n' +
        '- 表二第 5 行第 1 列（“其他文件”）：其他文件 9 8 6\n- 表二第 6 行第 1 列（“规章”）：规章 4 4 4\n-->',
    ].join('\n\n') + '\n',
  );
});

test('nianbao convert writes the draft beside the Word file, never over an existing file', () => {
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-convert-'));
  try {
    copyFileSync(join(WORD, 'nongye-2024.docx'), join(dir, '年报.docx'));
    const first = runCli(['convert', '年报.docx'], dir);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(
      first.stdout,
      '已把 年报.docx 转为 Markdown 草稿：年报.md\n以下内容未能放入标准表格，已列在草稿末尾的注释中，请核对后填到应在的位置：\n  表二第 2 行第 3 列（“信息内容”）  本年废止件\n',
    );
    const written = readFileSync(join(dir, '年报.md'), 'utf8');
    assert.ok(written.startsWith('# 平潭综合实验区农业农村局2024年政府信息公开工作年度报告\n\n'));
    writeFileSync(join(dir, '年报.md'), 'mine');
    const again = runCli(['convert', '年报.docx'], dir);
    assert.deepEqual([again.code, again.stderr], [2, '年报.md 已存在，没有覆盖：请用 -o 指定另一个文件名\n']);
    assert.equal(readFileSync(join(dir, '年报.md'), 'utf8'), 'mine');
    const other = runCli(['convert', '年报.docx', '-o', 'draft.md'], dir);
    assert.equal(other.code, 0);
    assert.equal(readFileSync(join(dir, 'draft.md'), 'utf8'), written);
    const old = runCli(['convert', join(WORD, 'encrypted.docx'), '-o', join(dir, 'e.md')], dir);
    assert.equal(old.code, 2);
    assert.ok(old.stderr.includes(formatMessage('word.problem.encrypted', {}, 'zh-cn')));
    assert.equal(existsSync(join(dir, 'e.md')), false);
    const notWord = runCli(['convert', 'a.md'], dir);
    assert.equal(notWord.code, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
