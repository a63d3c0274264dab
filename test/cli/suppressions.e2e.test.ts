// The workspace suppressions file from the command line (built dist/cli.cjs on temp folders):
// --suppress-all records every finding, later runs count the ignored ones instead of listing them,
// an edit elsewhere keeps them ignored, a changed cell is reported again and its old entry listed as
// stale, --prune-suppressions removes it; --suppressions names the file; a broken file stops the run.
// Whole outputs are compared.

import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entriesFor, formatMessage, lint, serializeSuppressions, withEntries, emptySuppressions } from '../../core/src/index.js';
import { REPO, ensureBuilt, runCli, runJson, tempTree } from './cliRunner.js';
import { validateSarif } from './sarifCheck.js';

before(() => ensureBuilt());

const clean = readFileSync(join(REPO, 'test', 'fixtures', 'shapes', 'clean-pipe.md'), 'utf8');
const slash = clean.replace('| 行政处罚 | 4 |', '| 行政处罚 | / |');
const draft = slash.replace('本机关2025年未收取信息处理费。', '无。');
const CELL = '表二“行政处罚”行“本年处理决定数量”栏填的是“/”：应填数字，没有发生的填 0。';
const FEE = '“其他需要报告的事项”没有说明信息处理费：2021 年格式要求在此报告按《政府信息公开信息处理费管理办法》收取信息处理费的情况，没有收取的也要写明。';

/** The file --suppress-all writes for these reports (the core's entries of each). */
function expectedFile(reports: Record<string, string>, locale: 'zh-cn' | 'en' = 'zh-cn'): string {
  let file = emptySuppressions();
  for (const [key, text] of Object.entries(reports)) file = withEntries(file, key, entriesFor(lint(text).findings, text, locale));
  return serializeSuppressions(file);
}

test('--suppress-all records every finding; the next runs count them as ignored; an edit elsewhere keeps them ignored', (t) => {
  const { root, cleanup } = tempTree({ 'a.md': draft });
  t.after(cleanup);
  const file = join(root, '.nianbao-suppressions.json');
  const first = runCli(['lint'], root);
  assert.deepEqual(first, {
    code: 0,
    stdout: `\na.md\n   50:10  警告  ${CELL}  table-cell-invalid\n  106:4   警告  ${FEE}  fee-not-reported\n\n✖ 共 2 个问题（0 个错误，2 个警告）\n`,
    stderr: '',
  });
  const ignoredLine = '\n另有 2 个问题按工作区的忽略记录（.nianbao-suppressions.json）未显示，涉及 1 个文件\n';
  assert.deepEqual(runCli(['lint', '--suppress-all'], root), { code: 0, stdout: ignoredLine, stderr: `已把 2 个问题记入 ${file}，以后不再报告\n` });
  assert.equal(readFileSync(file, 'utf8'), expectedFile({ 'a.md': draft }));
  assert.deepEqual(runCli(['lint'], root), { code: 0, stdout: ignoredLine, stderr: '' });
  // Lines added above both findings, in section 一: they stay ignored.
  writeFileSync(join(root, 'a.md'), draft.replace('持续推进政府信息公开工作。', '持续推进政府信息公开工作。\n\n全年召开专题会议三次，研究部署政府信息公开工作。'));
  assert.deepEqual(runCli(['lint'], root), { code: 0, stdout: ignoredLine, stderr: '' });
  // Running --suppress-all again changes nothing.
  assert.deepEqual(runCli(['lint', '--suppress-all'], root), { code: 0, stdout: ignoredLine, stderr: '' });
  // The JSON output lists the ignored findings as ESLint lists suppressed messages.
  const json = runJson(['lint'], root).json as unknown as Array<{ messages: unknown[]; suppressedMessages: Array<{ ruleId: string; line: number; suppressions: unknown }> }>;
  assert.deepEqual(json.map((r) => [r.messages, r.suppressedMessages.map((m) => [m.ruleId, m.line, m.suppressions])]), [[[], [
    ['table-cell-invalid', 52, [{ kind: 'external', justification: '' }]],
    ['fee-not-reported', 108, [{ kind: 'external', justification: '' }]],
  ]]]);
  // In SARIF they are results with SARIF's own external suppression.
  const sarif = JSON.parse(runCli(['lint', '--format', 'sarif'], root).stdout) as { runs: Array<{ results: Array<{ ruleId: string; suppressions?: unknown }> }> };
  validateSarif(sarif);
  assert.deepEqual(sarif.runs[0]!.results.map((r) => [r.ruleId, r.suppressions]), [
    ['table-cell-invalid', [{ kind: 'external', status: 'accepted' }]],
    ['fee-not-reported', [{ kind: 'external', status: 'accepted' }]],
  ]);
});

test('a changed cell is reported again, its old entry and the fixed finding\'s are stale; --prune-suppressions removes them', (t) => {
  const { root, cleanup } = tempTree({ 'a.md': draft, '.nianbao-suppressions.json': expectedFile({ 'a.md': draft, 'gone.md': draft }) });
  t.after(cleanup);
  const file = join(root, '.nianbao-suppressions.json');
  writeFileSync(join(root, 'a.md'), clean.replace('| 行政处罚 | 4 |', '| 行政处罚 | — |'));
  const finding = `\na.md\n  50:10  警告  ${CELL.replace('“/”', '“—”')}  table-cell-invalid\n\n✖ 共 1 个问题（0 个错误，1 个警告）\n`;
  assert.deepEqual(runCli(['lint', 'a.md'], root), {
    code: 0,
    stdout: `${finding}3 条忽略记录已失效（问题已改正或已变化），可用 --prune-suppressions 删除：\n`
      + `  a.md  fee-not-reported  1 处：${FEE}\n`
      + `  a.md  table-cell-invalid  1 处：${CELL}\n`
      + '  .nianbao-suppressions.json  gone.md：文件已不存在（2 个问题的记录）\n',
    stderr: '',
  });
  assert.deepEqual(runCli(['lint', 'a.md', '--prune-suppressions'], root), { code: 0, stdout: finding, stderr: `已从 ${file} 删除 4 个问题的失效忽略记录\n` });
  assert.equal(readFileSync(file, 'utf8'), '{\n  "version": 1,\n  "files": {}\n}\n');
  assert.deepEqual(runCli(['lint', 'a.md'], root), { code: 0, stdout: finding, stderr: '' });
});

test('the file sits beside the report\'s .nianbaorc.json; --suppressions names another; a broken one stops the run', (t) => {
  const { root, cleanup } = tempTree({ 'sub/.nianbaorc.json': '{}', 'sub/r.md': slash, 'other.md': slash, 'broken/.nianbaorc.json': '{}', 'broken/.nianbao-suppressions.json': '{"version":1,', 'broken/b.md': slash });
  t.after(cleanup);
  const sub = join(root, 'sub', '.nianbao-suppressions.json');
  assert.deepEqual(runCli(['lint', 'sub', '--suppress-all'], root), {
    code: 0,
    stdout: '\n另有 1 个问题按工作区的忽略记录（.nianbao-suppressions.json）未显示，涉及 1 个文件\n',
    stderr: `已把 1 个问题记入 ${sub}，以后不再报告\n`,
  });
  assert.equal(readFileSync(sub, 'utf8'), expectedFile({ 'r.md': slash }));
  const named = join(root, 'ignored.json');
  assert.deepEqual(runCli(['lint', 'other.md', '--suppressions', 'ignored.json', '--suppress-all', '--locale', 'en'], root), {
    code: 0,
    stdout: '\nNot shown: 1 problem ignored in the workspace (.nianbao-suppressions.json), in 1 file\n',
    stderr: `Recorded 1 problem in ${named}; they are no longer reported\n`,
  });
  assert.equal(readFileSync(named, 'utf8'), expectedFile({ 'other.md': slash }, 'en'));
  const broken = runCli(['lint', 'broken'], root);
  assert.equal(broken.code, 2);
  assert.equal(broken.stdout, '');
  assert.match(broken.stderr, /^忽略记录文件 .*broken[/\\]\.nianbao-suppressions\.json 有误：.+\n$/);
  assert.equal(formatMessage('cli.suppressionsProblem', { path: 'p', detail: 'd' }, 'zh-cn'), '忽略记录文件 p 有误：d');
});
