// The Markdown preview's official layout (core officialLayoutPlugin, run here on markdown-it itself as
// VS Code's preview runs it): the report's tables 二, 三 and 四 in any shape become the official tables
// of the reviewed golden HTML, a failing sum's cell is marked with its message, and everything else —
// other blocks, tables with something the layout would drop, documents that are not reports — is
// exactly what markdown-it renders without the plugin.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import MarkdownIt from 'markdown-it';
import { officialLayoutPlugin } from '../../core/src/index.js';
import { officialLayoutTokens, type MarkdownItInstance } from '../../core/src/preview/officialLayoutPlugin.js';
import { fixture, replaceOnce, root } from './fixtures.js';

const plain = new MarkdownIt({ html: true });
const withLayout = new MarkdownIt({ html: true }).use(officialLayoutPlugin);
const officialTables = (html: string) => html.match(/<table class="nianbao-official"[^]*?<\/table>\n/g) ?? [];
const golden = readFileSync(join(root, 'test', 'fixtures', 'preview', 'clean-pipe.html'), 'utf8');

test('the clean report in pipe tables renders as the reviewed golden HTML (tables 二, 三, 四 in the official layout)', () => {
  assert.equal(withLayout.render(fixture('shapes', 'clean-pipe.md')), golden);
  assert.deepEqual(officialTables(golden).map((t) => /data-nianbao-table="(\w+)"/.exec(t)?.[1]), ['active', 'requests', 'review']);
});

test('tables written in HTML, as a grid or with tabs show the same official tables', () => {
  for (const shape of ['clean-html.md', 'clean-grid.md', 'clean-tsv.txt']) {
    assert.deepEqual(officialTables(withLayout.render(fixture('shapes', shape))), officialTables(golden), shape);
  }
});

/** The top-level blocks of markdown-it's tokens (as the plugin renders them), each with its source lines and its own HTML. */
function blocks(md: MarkdownItInstance, text: string): { lines: string; html: string }[] {
  const tokens = officialLayoutTokens(md.parse(text, {}));
  const out: { lines: string; html: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    if (tokens[i]!.nesting === 1) while (!(tokens[j]!.level === 0 && tokens[j]!.nesting === -1)) j++;
    const block = tokens.slice(i, j + 1);
    out.push({ lines: (tokens[i]!.map ?? []).join('-'), html: md.renderer.render(block, md.options, {}) });
    i = j;
  }
  return out;
}

test('every other block is exactly what markdown-it renders; each official table takes the place of its table\'s blocks', () => {
  for (const shape of ['clean-pipe.md', 'clean-html.md', 'clean-grid.md']) {
    const text = fixture('shapes', shape);
    const mine = blocks(withLayout, text);
    const theirs = blocks(plain, text);
    const replaced = mine.filter((b) => b.html.startsWith('<table class="nianbao-official"')).map((b) => b.lines.split('-').map(Number));
    assert.equal(replaced.length, 3, shape);
    const inside = (lines: string) => {
      const [start, end] = lines.split('-').map(Number);
      return replaced.some(([from, to]) => start! >= from! && end! <= to!);
    };
    assert.deepEqual(mine.filter((b) => !b.html.startsWith('<table class="nianbao-official"')), theirs.filter((b) => !inside(b.lines)), shape);
  }
});

test('the template is chosen at render time from the env, as VS Code\'s preview parses with an empty env and renders with currentDocument', () => {
  const text = fixture('shapes', 'clean-pipe.md');
  const asked: unknown[] = [];
  const byDocument = new MarkdownIt({ html: true }).use(officialLayoutPlugin, {
    template: (env) => {
      asked.push(env);
      return (env as { currentDocument?: string }).currentDocument === 'in-2019-folder' ? '2019' : 'auto';
    },
  });
  const tables = (html: string) => officialTables(html).map((t) => /data-nianbao-table="(\w+)"/.exec(t)?.[1]);
  const tokens = byDocument.parse(text, {});
  const before = JSON.stringify(tokens);
  // Read as the 2019 template, this 2021 draft's 表二 and 表三 are not the template's tables: only 表四 is laid out.
  assert.deepEqual(tables(byDocument.renderer.render(tokens, byDocument.options, { currentDocument: 'in-2019-folder' })), ['review']);
  // The same parsed tokens (VS Code keeps them per document version) rendered for another document.
  assert.equal(byDocument.renderer.render(tokens, byDocument.options, { currentDocument: 'elsewhere' }), golden);
  assert.deepEqual(asked, [{ currentDocument: 'in-2019-folder' }, { currentDocument: 'elsewhere' }]);
  assert.equal(JSON.stringify(tokens), before, 'the parsed tokens are not changed');
});

test('a cell whose sum fails is marked, the message (with the expected value) as its tooltip', () => {
  const text = replaceOnce(fixture('shapes', 'clean-pipe.md'), '| 1 | 0 | 0 | 1 | 2 | 0 | 1 |', '| 1 | 0 | 0 | 1 | 3 | 0 | 1 |');
  const review = officialTables(withLayout.render(text))[2]!;
  const marked = review.match(/<td class="nianbao-num nianbao-sum-fails"[^>]*>[^<]*<\/td>/g);
  assert.deepEqual(marked, [
    '<td class="nianbao-num nianbao-sum-fails" style="text-align:right;background-color:rgba(229,57,53,0.18);outline:1px solid rgba(229,57,53,0.8)" title="表四“行政复议”的总计应为 2（结果维持 1 + 尚未审结 1，其余各项为 0），表中为 3。">3</td>',
  ]);
  const english = new MarkdownIt({ html: true }).use(officialLayoutPlugin, { locale: () => 'en' as const });
  assert.match(officialTables(english.render(text))[2]!, /title="[^"]*\b3\b[^"]*"/);
});

test('a table holding something the official layout has no place for is left as markdown-it renders it', () => {
  const text = replaceOnce(fixture('shapes', 'clean-pipe.md'), '| 行政事业性收费 | 1.25 |\n', '| 行政事业性收费 | 1.25 |\n| 合计 | 12 |\n');
  const html = withLayout.render(text);
  assert.deepEqual(officialTables(html).map((t) => /data-nianbao-table="(\w+)"/.exec(t)?.[1]), ['requests', 'review']);
  assert.ok(html.includes('<td>合计</td>\n<td>12</td>'), 'the draft\'s own table, with the stray row');
});

test('a document that is not a report, and broken input, render exactly as without the plugin', () => {
  for (const text of [readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8'), '| a | b |\n| - | - |\n| 1 | 2 |\n', '<table><tr><td>行政复议', '\u0000\uffff|||\n\n']) {
    assert.equal(withLayout.render(text), plain.render(text));
  }
});
