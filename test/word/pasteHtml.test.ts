// Paste from Word, WPS or a web page (word/src/pasteHtml.ts): the text/html those put on the clipboard
// (Word's mso-* HTML with its styles and XML islands, WPS's, a browser's copy of a page's table)
// becomes the report's Markdown — headings kept, tables of the template as their standard pipe tables,
// every number kept, what has no place listed — and the provider's decision when to offer it.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { readReport } from '../../core/src/index.js';
import { convertWordFile } from '../../word/src/convertWordFile.js';
import { flattenClipboardHtml, pasteAsReport, pastedHtmlToMarkdown } from '../../word/src/pasteHtml.js';
import { fixture, root } from '../core/fixtures.js';

const paste = (name: string) => readFileSync(join(root, 'test', 'fixtures', 'paste', name), 'utf8');
/** Constructed by hand to imitate Word's, WPS's and a web page's clipboard HTML (no Word or WPS here; see the README). */
const samples = ['word-table2', 'wps-table4', 'web-table3'];
/** Real captures of what Chromium put on the X clipboard (test/fixtures/paste/README.md). */
const captured = ['chromium-section2', 'chromium-section3', 'chromium-table4'];
/** Real captures of what LibreOffice Writer put on the X clipboard: each whole report .docx of test/fixtures/word/ (README). */
const officeReports = ['jingfa-2022', 'guozi-2023', 'nongye-2024', 'guanweihui-2019', 'caizheng-2025'];
/** Real captures of 表三 alone, copied in LibreOffice Writer. */
const officeTables = ['jingfa-2022', 'guanweihui-2019'];
const office = [...officeReports.map((n) => `libreoffice-${n}`), ...officeTables.map((n) => `libreoffice-${n}-table3`)];

/**
 * Every table row the reader finds in a Markdown text: table id, row id (or label) and each cell as
 * written. Rows whose cells are all blank are left out: the standard table writes the template's rows a
 * report lacks as blank rows, which hold no value of the report.
 */
function tableCells(markdown: string): [string, string[][]][] {
  return readReport(markdown).report.tables.map((t) => [
    t.tableId,
    t.rows.filter((r) => r.cells.some((c) => c.token.text !== '')).map((r) => [r.rowId ?? r.label?.text ?? '', ...r.cells.map((c) => c.token.text)]),
  ]);
}

test('what LibreOffice Writer put on the clipboard for a whole report (real capture) gives every table cell of the original report', async () => {
  for (const name of officeReports) {
    const { markdown, unplaced } = pastedHtmlToMarkdown(paste(`libreoffice-${name}.html`), 'auto', 'zh-cn');
    // The values, read from the report the .docx was made from (not from any conversion).
    assert.deepEqual(tableCells(markdown), tableCells(fixture('word', `${name}.md`)), name);
    // The whole text: the same as the .docx itself converted (mammoth's HTML of the file, not the clipboard's).
    const converted = await convertWordFile(readFileSync(join(root, 'test', 'fixtures', 'word', `${name}.docx`)), `${name}.docx`, 'auto', 'zh-cn');
    assert.ok(converted.ok, name);
    assert.equal(markdown, converted.draft.markdown, name);
    assert.deepEqual(unplaced, converted.draft.unplaced, name);
  }
});

test('表三 alone as LibreOffice Writer put it on the clipboard (real capture) is exactly that report\'s standard 表三', async () => {
  for (const name of officeTables) {
    const { markdown, unplaced } = pastedHtmlToMarkdown(paste(`libreoffice-${name}-table3.html`), 'auto', 'zh-cn');
    assert.deepEqual(unplaced, [], name);
    const requests = tableCells(fixture('word', `${name}.md`)).filter(([id]) => id === 'requests');
    assert.equal(requests.length, 1, name);
    assert.deepEqual(tableCells(markdown), requests, name);
    // Nothing but the table: its lines are the 表三 of the whole report converted, line for line.
    const converted = await convertWordFile(readFileSync(join(root, 'test', 'fixtures', 'word', `${name}.docx`)), `${name}.docx`, 'auto', 'zh-cn');
    assert.ok(converted.ok && converted.draft.markdown.includes(`\n\n${markdown.trim()}\n\n`), name);
    assert.match(markdown, /^\| 申请人情况 \|[^\n]*\n\| --- \|/, name);
  }
});

test('none of LibreOffice\'s styles, fonts, language spans or the clipboard\'s closing NUL reaches the text', () => {
  for (const name of office) {
    const html = paste(`${name}.html`);
    assert.ok(html.endsWith('</html>\0'), `${name}: the capture ends as LibreOffice wrote it`);
    assert.doesNotMatch(flattenClipboardHtml(html), /<(?:style|head|meta|title)\b|@page|\0/i, name);
    const { markdown } = pastedHtmlToMarkdown(html, 'auto', 'zh-cn');
    // (nongye's unplaced header is listed in the draft's own <!-- … --> note, the one tag it may hold.)
    assert.doesNotMatch(markdown, /<(?!!--\nnianbao)/, name);
    for (const leak of ['western', 'so-language', 'WenQuanYi', 'orphans', '\0', '\uFFFD']) assert.ok(!markdown.includes(leak), `${name}: ${JSON.stringify(leak)}`);
  }
});

test('constructed imitations of Word, WPS and web clipboard HTML become exactly the reviewed Markdown', () => {
  for (const name of samples) {
    const { markdown, unplaced } = pastedHtmlToMarkdown(paste(`${name}.html`), 'auto', 'zh-cn');
    assert.equal(markdown, paste(`${name}.expected.md`), name);
    assert.deepEqual(unplaced, [], name);
  }
});

test('what a real Chromium put on the clipboard (captured, see the fixtures\' README) becomes exactly the reviewed Markdown', () => {
  for (const name of captured) {
    const { markdown, unplaced } = pastedHtmlToMarkdown(paste(`${name}.html`), 'auto', 'zh-cn');
    assert.equal(markdown, paste(`${name}.expected.md`), name);
    assert.deepEqual(unplaced, [], name);
    assert.doesNotMatch(markdown, /style=|rgb\(|font-family|</, `${name}: none of Chromium's inlined styles`);
  }
  // Pasted into a report draft: the same, in the draft's template.
  const report = fixture('shapes', 'clean-pipe.md');
  for (const name of captured) assert.equal(pasteAsReport(report, paste(`${name}.html`), 'zh-cn'), paste(`${name}.expected.md`), name);
});

test('nothing of Word\'s styles, XML islands or conditional comments reaches the text (constructed imitations)', () => {
  for (const name of samples) assert.doesNotMatch(flattenClipboardHtml(paste(`${name}.html`)), /<(?:style|xml|head|meta|link|title)\b|<!--|@font-face/i, name);
  const { markdown } = pastedHtmlToMarkdown(paste('word-table2.html'), 'auto', 'zh-cn');
  for (const leak of ['font-family', 'mso', 'Office', 'Fragment', '{', '<']) assert.ok(!markdown.includes(leak), leak);
});

/** The text of the HTML's body as a person sees it (no attributes, styles or comments). */
function visibleText(html: string): string {
  const parts: string[] = [];
  const visit = (n: DefaultTreeAdapterMap['node']) => {
    if (n.nodeName === '#text') parts.push((n as DefaultTreeAdapterMap['textNode']).value);
    if ('tagName' in n && ['style', 'head', 'script', 'xml'].includes(n.tagName)) return;
    if ('childNodes' in n) for (const c of n.childNodes) visit(c);
  };
  visit(parse(html));
  return parts.join(' ');
}

test('every number of the pasted text is in the Markdown, as many times', () => {
  const numbers = (s: string) => s.match(/[0-9]+(?:\.[0-9]+)?/g) ?? [];
  for (const name of [...samples, ...captured, ...office]) {
    const html = paste(`${name}.html`);
    const left = new Map<string, number>();
    for (const n of numbers(pastedHtmlToMarkdown(html, 'auto', 'zh-cn').markdown)) left.set(n, (left.get(n) ?? 0) + 1);
    const missing = numbers(visibleText(html)).filter((n) => {
      const k = left.get(n) ?? 0;
      left.set(n, k - 1);
      return k <= 0;
    });
    assert.deepEqual(missing, [], name);
  }
});

test('a row the standard table has no place for is listed at the end, never dropped (a row added to a real LibreOffice capture)', () => {
  const html = paste('libreoffice-jingfa-2022.html');
  const at = html.indexOf('</table>');
  const cell = (text: string, span = '') => `<td${span} style="border: none; padding: 0in"><p class="western" align="left" style="orphans: 0; widows: 0">${text}</p></td>`;
  const extra = html.slice(0, at) + `<tr>${cell('<font face="WenQuanYi Micro Hei"><span lang="zh-CN">合计</span></font>')}${cell('44', ' colspan="3"')}</tr>` + html.slice(at);
  const { markdown, unplaced } = pastedHtmlToMarkdown(extra, 'auto', 'zh-cn');
  assert.deepEqual(unplaced, [{ place: '表二第 15 行第 1 列（“合计”）', text: '合计 44' }]);
  assert.ok(markdown.endsWith('\n\n<!--\nnianbao：以下内容未能放入标准表格，请核对后填到应在的位置（转换时没有丢弃任何内容）：\n- 表二第 15 行第 1 列（“合计”）：合计 44\n-->\n'), markdown.slice(-200));
  // Nothing else changed: without the note, the draft is the capture's.
  assert.equal(markdown.slice(0, markdown.indexOf('<!--\nnianbao')), pastedHtmlToMarkdown(html, 'auto', 'zh-cn').markdown + '\n');
});

test('offered in a report draft or an empty document for a table or a heading; not for a sentence, nor in other documents', () => {
  const report = fixture('shapes', 'clean-pipe.md');
  // Real captures of 表三 copied alone in LibreOffice Writer (their content is checked above).
  const table = paste('libreoffice-jingfa-2022-table3.html');
  const converted = pastedHtmlToMarkdown(table, 'auto', 'zh-cn').markdown;
  assert.match(converted, /^\| 申请人情况 \|/);
  assert.equal(pasteAsReport(report, table, 'zh-cn'), converted);
  assert.equal(pasteAsReport('', table, 'zh-cn'), converted);
  assert.equal(pasteAsReport('  \n', table, 'zh-cn'), converted);
  assert.equal(pasteAsReport('# Release notes\n\nVersion 2 fixes the build.\n', table, 'zh-cn'), undefined);
  assert.equal(pasteAsReport(report, '<html><body><!--StartFragment--><span style="font-size:14px">全年主动公开政府信息128条。</span><!--EndFragment--></body></html>', 'zh-cn'), undefined);
  // A 2019-template 表三 (its 其他处理 a row of its own): into an empty document, the 2019 table that
  // places all of it; into a 2021 report draft, that draft's template, the row it has no place for listed.
  const table2019 = paste('libreoffice-guanweihui-2019-table3.html');
  assert.equal(pasteAsReport('', table2019, 'zh-cn'), pastedHtmlToMarkdown(table2019, '2019', 'zh-cn').markdown);
  assert.equal(pasteAsReport(report, table2019, 'zh-cn'), pastedHtmlToMarkdown(table2019, '2021', 'zh-cn').markdown);
  assert.deepEqual(pastedHtmlToMarkdown(table2019, '2021', 'zh-cn').unplaced, [{ place: '表三第 24 行第 2 列（“（六）其他处理”）', text: '（六）其他处理 2 0 0 0 0 0 2' }]);
  assert.deepEqual(pastedHtmlToMarkdown(table2019, '2019', 'zh-cn').unplaced, []);
});
