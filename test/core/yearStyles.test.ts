// Years written in full-width digits (２０２５年) or Chinese numerals (二〇二五年) are read like
// 2025年: the title's year picks the template and is compared with the period and the text, and a
// year fix writes the year the way the draft writes it there.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { applyFixes, lint } from '../../core/src/index.js';
import { foldYearDigits, yearLike } from '../../core/src/read/foldYearDigits.js';
import { fixture, replaceOnce } from './fixtures.js';

const clean = fixture('shapes', 'clean-pipe.md');
const TITLE = '## 2025年政府信息公开工作年度报告';
const report2020 = readFileSync(join(process.cwd(), 'examples', 'report-2020.txt'), 'utf8');

test('a title year in full-width digits or Chinese numerals is the report\'s year', () => {
  for (const written of ['２０２５', '二〇二五', '二○二五', '二零二五', '二0二五']) {
    const text = replaceOnce(clean, TITLE, `## ${written}年政府信息公开工作年度报告`);
    const result = lint(text);
    assert.equal(result.report.year?.from, 'title', written);
    assert.equal(result.report.year?.value, 2025, written);
    assert.equal(text.slice(result.report.year!.span.start, result.report.year!.span.end), written);
    assert.deepEqual(result.findings, [], `${written}: the clean draft stays clean`);
  }
});

test('a 2020 report titled 二〇二〇年 with no period is checked against the 2019 template, and is clean', () => {
  const text = report2020.replace('2020年政府信息公开工作年度报告', '二〇二〇年政府信息公开工作年度报告')
    .replace('本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。', '');
  const result = lint(text);
  assert.equal(result.templateId, '2019');
  assert.deepEqual(result.findings, []);
});

test('a title of 二〇二四年 against a 2025 period and text: year-mismatch, fixed in the period\'s own digits', () => {
  const text = replaceOnce(clean, TITLE, '## 二〇二四年政府信息公开工作年度报告');
  const found = lint(text).findings.filter((f) => f.ruleId === 'year-mismatch');
  assert.ok(found.length >= 2);
  assert.ok(found.every((f) => f.args.expected === 2024 && f.args.actual === 2025));
  const period = found.find((f) => f.messageId === 'year-mismatch.period')!;
  assert.equal(period.fix?.edits[0]?.text, '2024');
});

test('a year written in full-width digits or Chinese numerals is fixed in the same writing', () => {
  const fullWidth = replaceOnce(clean, '本报告统计数据从2025年1月1日至2025年12月31日', '本报告统计数据从２０２４年１月１日至２０２５年１２月３１日');
  const [f] = lint(fullWidth).findings.filter((x) => x.ruleId === 'year-mismatch');
  assert.equal(fullWidth.slice(f!.span.start, f!.span.end), '２０２４');
  assert.equal(f!.fix?.edits[0]?.text, '２０２５');
  assert.equal(f!.fix?.safe, true);
  assert.ok(applyFixes(fullWidth, [f!.fix!]).text.includes('从２０２５年１月１日至２０２５年１２月３１日'));

  const chinese = replaceOnce(clean, '2025年，某某镇认真贯彻落实', '二〇二四年，某某镇认真贯彻落实');
  const [g] = lint(chinese).findings.filter((x) => x.ruleId === 'year-mismatch');
  assert.equal(chinese.slice(g!.span.start, g!.span.end), '二〇二四');
  assert.equal(g!.fix?.edits[0]?.text, '二〇二五');
});

test('yearLike writes a year as ASCII, full-width or Chinese numerals, keeping the draft\'s zero', () => {
  assert.equal(yearLike('2024', 2025), '2025');
  assert.equal(yearLike('２０２４', 2025), '２０２５');
  assert.equal(yearLike('二〇二四', 2020), '二〇二〇');
  assert.equal(yearLike('二零二四', 2025), '二零二五');
  assert.equal(yearLike('二○二四', 2030), '二○三○');
  assert.equal(yearLike('二0二四', 2020), '二0二0');
  assert.equal(yearLike('2020', 2024), '2024');
});

test('foldYearDigits keeps the length and changes only full-width digits and Chinese years before 年', () => {
  const pieces = fc.constantFrom('二〇二五年', '二0二五年', '二0', '二零二四 年', '二○二三', '２０２５', '２', '十二月', '二〇', '零', '年', '2025', 'a', '。', '\n', '一二三四年', '二〇二五五年', '\u3000', ' ');
  fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
    const text = parts.join('');
    const folded = foldYearDigits(text);
    assert.equal(folded.length, text.length);
    for (let i = 0; i < text.length; i++) {
      if (folded[i] === text[i]) continue;
      assert.match(folded[i]!, /[0-9]/, `only digits are written (at ${i} of ${JSON.stringify(text)})`);
      assert.match(text[i]!, /[０-９〇○零一二三四五六七八九]/);
    }
    assert.equal(foldYearDigits(folded), folded);
    // Whatever a year reader would find in the folded text is found: a 年 with digits before it.
    const yearsIn = (t: string) => [...t.matchAll(/(\d{4})[ \t\u3000]*年/g)].map((m) => m.index);
    const wholeFold = text.replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
      .replace(/二[〇○零0][〇○零0一二三四五六七八九]{2}(?=[ \t\u3000]*年)/g, (y) => [...y].map((c) => (c === '○' || c === '零' || c === '0' ? 0 : '〇一二三四五六七八九'.indexOf(c))).join(''));
    assert.deepEqual(yearsIn(folded), yearsIn(wholeFold), `the 年 check skipped a year in ${JSON.stringify(text)}`);
  }), { numRuns: 500 });
  assert.equal(foldYearDigits('十二月三十一日，一二三四年'), '十二月三十一日，一二三四年');
  assert.equal(foldYearDigits('2025年１月１日至１２月３１日'), '2025年1月1日至12月31日', 'a period with full-width month and day');
  assert.equal(foldYearDigits('二〇二五年度与２０２４'), '2025年度与2024');
});
