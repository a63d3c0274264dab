// The reader's markdown-it block parse keeps only heading_open and table_open tokens and builds no
// other token, with a table rule of its own: the tokens kept must be exactly the ones markdown-it's
// own parser gives (type, lines, markup, level), on generated Markdown with lists, quotes, fences,
// HTML, headings and tables with escaped pipes, short and long rows, odd delimiters and indentation.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { parseBlocks } from '../../core/src/read/markdownBlocks.js';

const full = new MarkdownIt('commonmark', { html: true }).enable('table');

const line = fc.constantFrom(
  '# 一、总体情况', '## （一）主动公开', '###### 六', '#没有空格', '    # 缩进的代码', '标题\n===', '标题\n---', '',
  '| 信息内容 | 本年制发件数 |', '| --- | --- |', '|:---|---:|', '| 规章 | 3 |', '规章 | 3', '| a \\| b | c |', '|---|',
  '- 列表项', '  - 子项 | x |', '1. 第一', '2) 第二', '> 引用 | a |', '> | --- |', '```', '~~~', '<table>', '<td>1</td>', '</table>',
  '| 信息内容 | 本年制发件数 |\n| --- | --- |', 'a | b\n--|--', '- | a | b |\n  | --- | --- |', '> | a |\n> |---|',
  '<!-- nianbao-disable -->', '***', '[a]: http://x', '正文。', '\t| a | b |', '   | a | b |', '     | a | b |',
  '| a \\| b |', '| a | b \\|', 'a \\| b | c', '\\| a | b |', '|', '||', '| |', '|a|', 'a|', '|a', '\u3000| a | b |\u3000',
  '| a | b | c |', '| a |', '|---|---|---|', '|:-:|--:|', '| - | - |', '-|-', ':-|-:', '|-- -|---|', '| --- | x |', '- |---|',
  '|---|---|\n| 1 | 2 |', '| a | b |\n|---|---|\n| 1 |', '| a | b |\n|---|---|\n| 1 | 2 | 3 |', '| a | b |\n| - | - |\n- x',
  '| a | b |\n|---|---|\n> q', '| a | b |\n|---|---|\n    | 1 | 2 |', '| a | b |\n|---|---|\n# h', '| a | b |\n|---|---|\n```',
  '段落\n| a | b |\n|---|---|', '| a | b |\n|:--|--:|\n|  |  |', '| a | \\\\| b |\n|---|---|',
);
const markdown = fc.array(line, { maxLength: 30 }).map((lines) => lines.join('\n'));

const kept = (tokens: { type: string; map: [number, number] | null; markup: string; level: number }[]) =>
  tokens.filter((t) => t.type === 'heading_open' || t.type === 'table_open').map((t) => ({ type: t.type, map: t.map, markup: t.markup, level: t.level }));

test('the kept block tokens are those of markdown-it\'s full block parse', () => {
  let tables = 0;
  fc.assert(
    fc.property(markdown, (src) => {
      const expected = kept(full.parse(src, {}));
      tables += expected.filter((t) => t.type === 'table_open').length;
      assert.deepStrictEqual(kept(parseBlocks(src)), expected);
      assert.equal(parseBlocks(src).length, expected.length);
    }),
    { seed: 20261201, numRuns: 5_000 },
  );
  assert.ok(tables > 500, `only ${tables} pipe tables were generated`);
});

test('a table ends where markdown-it ends it after 65,536 missing cells', () => {
  const header = `|${' h |'.repeat(1000)}`;
  const delimiter = `|${'---|'.repeat(1000)}`;
  const src = [header, delimiter, ...Array.from({ length: 80 }, (_, i) => `| ${i} |`), '| after |'].join('\n');
  const expected = kept(full.parse(src, {}));
  assert.ok(expected[0].map![1] < 80, `the full parser kept ${expected[0].map![1]} lines`);
  assert.deepStrictEqual(kept(parseBlocks(src)), expected);
});
