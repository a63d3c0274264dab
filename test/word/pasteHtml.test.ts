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
import { flattenClipboardHtml, pasteAsReport, pastedHtmlToMarkdown } from '../../word/src/pasteHtml.js';
import { fixture, root } from '../core/fixtures.js';

const paste = (name: string) => readFileSync(join(root, 'test', 'fixtures', 'paste', name), 'utf8');
const samples = ['word-table2', 'wps-table4', 'web-table3'];
/** Real captures of what Chromium put on the X clipboard (test/fixtures/paste/README.md). */
const captured = ['chromium-section2', 'chromium-section3', 'chromium-table4'];

test('Word, WPS and web clipboard HTML become exactly the reviewed Markdown', () => {
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

test('nothing of Word\'s styles, XML islands or conditional comments reaches the text', () => {
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
  for (const name of [...samples, ...captured]) {
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

test('a row the standard table has no place for is listed at the end, never dropped', () => {
  const html = paste('word-table2.html');
  const at = html.indexOf('</table>');
  const extra = html.slice(0, at) + '<tr><td><p class=MsoNormal>合计</p></td><td colspan=3><p class=MsoNormal>44</p></td></tr>' + html.slice(at);
  const { markdown, unplaced } = pastedHtmlToMarkdown(extra, 'auto', 'zh-cn');
  assert.deepEqual(unplaced, [{ place: '表二第 15 行第 1 列（“合计”）', text: '合计 44' }]);
  assert.ok(markdown.endsWith('| 行政事业性收费 | 1.25 |\n\n<!--\nnianbao：以下内容未能放入标准表格，请核对后填到应在的位置（转换时没有丢弃任何内容）：\n- 表二第 15 行第 1 列（“合计”）：合计 44\n-->\n'), markdown.slice(-200));
});

test('offered in a report draft or an empty document for a table or a heading; not for a sentence, nor in other documents', () => {
  const report = fixture('shapes', 'clean-pipe.md');
  const table = paste('wps-table4.html');
  assert.equal(pasteAsReport(report, table, 'zh-cn'), paste('wps-table4.expected.md'));
  assert.equal(pasteAsReport('', table, 'zh-cn'), paste('wps-table4.expected.md'));
  assert.equal(pasteAsReport('  \n', table, 'zh-cn'), paste('wps-table4.expected.md'));
  assert.equal(pasteAsReport('# Release notes\n\nVersion 2 fixes the build.\n', table, 'zh-cn'), undefined);
  assert.equal(pasteAsReport(report, '<html><body><!--StartFragment--><span style="font-size:14px">全年主动公开政府信息128条。</span><!--EndFragment--></body></html>', 'zh-cn'), undefined);
});
