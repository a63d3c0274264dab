// Years that belong to another document or another year's report are not the report's own year:
// a cited title in 《…》, and last year's report named in the sections (seen in real reports).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatMessage, lint } from '../../core/src/index.js';
import { fixture, replaceOnce } from './fixtures.js';

const tsv = fixture('shapes', 'clean-tsv.txt');

function yearFindings(text: string): string[] {
  const r = lint(text);
  return r.findings.filter((f) => f.ruleId === 'year-mismatch').map((f) => `${r.index.positionAt(f.span.start).line + 1}: ${text.slice(f.span.start, f.span.end)} ${formatMessage(f.messageId, f.args, 'zh-cn')}`);
}

test('a year inside a cited title (《…2021年…年度报告…通知》) is not the report\'s year', () => {
  const text = replaceOnce(tsv, '要求，编制本报告。', '和《关于编制公布2021年政府信息公开工作年度报告有关事项的通知》要求，编制本报告。');
  assert.deepEqual(yearFindings(text), []);
});

test('last year\'s report named in 五 (针对2024年政府信息公开工作年度报告中指出的问题) is not this report naming itself', () => {
  const text = replaceOnce(tsv, '五、存在的主要问题及改进情况\n', '五、存在的主要问题及改进情况\n针对2024年政府信息公开工作年度报告中指出的问题，已全部整改到位。\n');
  assert.deepEqual(yearFindings(text), []);
});

test('the preamble naming the report with a wrong year, and a narrative year of 一, are still reported', () => {
  let text = replaceOnce(tsv, '要求，编制本报告。', '要求，编制本机关2024年度政府信息公开工作年度报告。');
  assert.equal(yearFindings(text).length, 1);
  assert.match(yearFindings(text)[0], /^\d+: 2024 此处写的是 2024 年，但这是 2025 年度的报告/);
  text = replaceOnce(tsv, '2025年，某某镇认真贯彻落实', '2024年，某某镇认真贯彻落实');
  assert.equal(yearFindings(text).length, 1);
});
