// The HTML lexer (lexPlainHtml) is a fast path in front of parse5's tokenizer: wherever it reads a
// table, the cells (text runs and offsets) must be exactly those parse5's tokenizer gives, and on
// the tables Word and pandoc write it must not give up. Generated markup, fixed seed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scanHtmlCellsWith } from '../../core/src/read/scanHtmlCells.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './fuzzInputs.js';

/** Pieces of table markup, plain and odd: attributes in every syntax, entities, stray '<' and '&'. */
const piece = fc.constantFrom(
  '<table>', '</table>', '<TABLE border=1>', '<tbody>', '</tbody>', '<thead>', '</thead>', '<tr>', '</tr>', '<tr style="height:20pt">',
  '<td>', '</td>', '<th>', '</th>', '<td rowspan="3">', "<td colspan='2' class=x>", '<td rowspan=2 colspan = "4" >', '<TD nowrap>',
  '<td/>', '<td a="1"b="2">', '<td =x>', '<td a="x>y">', "<td a='<'>", '<td a=x/>', '<td a=b&c>', '</td x>', '</td >', '</TD>',
  '<p>', '</p>', '<p class="MsoNormal" align=center>', '<div>', '</div>', '<span lang="EN-US">', '</span>', '<o:p>', '</o:p>',
  '<b>', '</b>', '<strong>', '</strong>', '<br>', '<br/>', '<br />', '</br>', '<img src=x>', '<!-- c -->', '<!DOCTYPE html>', '<?x?>',
  '< td>', '</ td>', '<', '>', '&', '&nbsp;', '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&NBSP;', '&nbsp', '&copy;', '&constructor;',
  '&#20013;', '&#x4e2d;', '&#X4E2D;', '&#0;', '&#128;', '&#x110000;', '&#xD800;', '&#65535;', '&#;', '&#x;',
  '0', '12', '自然人', '（一）本年新收', '总计', ' ', '  ', '\n', '\r\n', '\r', '\t', '\f', '\u3000', '\u00a0', '\0', '"', "'", '=', '/',
);
const tableMarkup = fc.array(piece, { maxLength: 40 }).map((parts) => `<table>${parts.join('')}</table>`);

test('where the lexer reads a table, its cells are exactly parse5 tokenizer\'s', () => {
  let read = 0;
  fc.assert(
    fc.property(tableMarkup, (source) => {
      const fast = scanHtmlCellsWith.lexer(source);
      if (fast === undefined) return;
      read++;
      assert.deepStrictEqual(fast, scanHtmlCellsWith.parse5(source));
    }),
    { seed: 20261201, numRuns: 20_000 },
  );
  // The property must not hold vacuously: a good share of the generated tables are read by the lexer.
  assert.ok(read > 2_000, `the lexer read only ${read} of 20,000 generated tables`);
});

test('the lexer reads the Word and pandoc tables of the fixtures without giving up', () => {
  const text = readFileSync(join(projectRoot, 'test/fixtures/shapes/clean-html.md'), 'utf8');
  const tables = [...text.matchAll(/<table\b[\s\S]*?<\/table\s*>/gi)].map((m) => m[0]);
  assert.ok(tables.length >= 3);
  for (const t of tables) {
    const fast = scanHtmlCellsWith.lexer(t);
    assert.ok(fast, `gave up on ${t.slice(0, 80)}`);
    assert.deepStrictEqual(fast, scanHtmlCellsWith.parse5(t));
    const crlf = t.replace(/\n/g, '\r\n');
    assert.deepStrictEqual(scanHtmlCellsWith.lexer(crlf), scanHtmlCellsWith.parse5(crlf));
  }
});
