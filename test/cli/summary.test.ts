// `nianbao summary`: units written by the test from the template's skeleton with values the test
// chose (so the expected totals are the test's own sums, not the reader's), checked cell by cell
// in JSON, CSV and Markdown; failing sums and unreadable tables left out and said so; reports of
// another year in a group of their own; --include-failing; --against a consolidated report listing
// exactly the cell that differs; the real consecutive-year fixtures listed with their key figures.

import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { renderBlankTable, renderReportSkeleton, templates } from '../../core/src/index.js';
import type { RowSpec, TableSpec } from '../../core/src/index.js';
import { run } from '../../cli/src/run.js';
import { REPO } from './cliRunner.js';

type Values = Record<string, Record<string, Record<string, number>>>; // table → row → column → value
const T = templates['2021'];
const spec = (id: string): TableSpec => T.tables.find((t) => t.id === id)!;

/** A small deterministic generator (the same numbers every run). */
function numbers(seed: number): (max: number) => number {
  let s = seed;
  return (max) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return max <= 0 ? 0 : s % (max + 1);
  };
}

/** Values for tables 二, 三, 四 whose sums hold. */
function unitValues(seed: number): Values {
  const r = numbers(seed);
  const active: Record<string, Record<string, number>> = {};
  for (const row of spec('active').rows) active[row.id] = Object.fromEntries(row.columns.map((c) => [c, c === 'feeAmount' ? r(400) / 100 : r(30)]));
  const requests: Record<string, Record<string, number>> = {};
  for (const row of spec('requests').rows) if (row.columns.length) requests[row.id] = Object.fromEntries(row.columns.map((c) => [c, 0]));
  for (const c of ['natural', 'business', 'research', 'charity', 'legal', 'otherOrg']) {
    const received = r(9);
    const carried = r(2);
    const open = r(received);
    const partial = r(received - open);
    const refused = r(received - open - partial);
    requests.new![c] = received;
    requests.carried![c] = carried;
    requests.open![c] = open;
    requests.partial![c] = partial;
    requests.refuse4![c] = refused;
    requests.outcomeTotal![c] = open + partial + refused;
    requests.carryOver![c] = received + carried - open - partial - refused;
  }
  for (const row of Object.values(requests)) row.total = ['natural', 'business', 'research', 'charity', 'legal', 'otherOrg'].reduce((s, c) => s + row[c]!, 0);
  const review: Record<string, number> = {};
  for (const g of ['review', 'direct', 'after']) {
    const parts = ['Upheld', 'Corrected', 'Other', 'Pending'].map((o) => [g + o, r(3)] as const);
    for (const [c, v] of parts) review[c] = v;
    review[g + 'Total'] = parts.reduce((s, [, v]) => s + v, 0);
  }
  return { active, requests, review: { review } };
}

function tableText(id: string, values: Values, blank?: string): string {
  return renderBlankTable(spec(id), 'markdown', (row: RowSpec) => row.columns.map((c) => (`${row.id}.${c}` === blank ? '' : String(values[id]![row.id]![c]))))
    .join('\n');
}

/** The skeleton of body's report with the tables filled in (`blank`: "row.column" of 表二 left empty). */
function reportText(body: string, year: number, values: Values, blank?: string): string {
  let text = renderReportSkeleton(body, year);
  for (const id of ['active', 'requests', 'review']) text = text.replace(renderBlankTable(spec(id), 'markdown').join('\n'), tableText(id, values, blank));
  return text;
}

function sum(list: Values[]): Values {
  const out: Values = {};
  for (const v of list) {
    for (const [t, rows] of Object.entries(v)) {
      for (const [row, cols] of Object.entries(rows)) {
        for (const [c, n] of Object.entries(cols)) {
          ((out[t] ??= {})[row] ??= {})[c] = Math.round((((out[t]![row]![c]) ?? 0) + n) * 1e6) / 1e6;
        }
      }
    }
  }
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'nianbao-summary-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const unit = [1, 2, 3, 4, 5].map(unitValues);
const failing: Values = structuredClone(unit[3]!);
failing.requests!.carryOver!.natural! += 1; // 四、结转 no longer balances, nor does its total
writeFileSync(join(dir, 'a-2024.md'), reportText('平潭综合实验区甲局', 2024, unit[0]!));
writeFileSync(join(dir, 'b-2024.md'), reportText('平潭综合实验区乙局', 2024, unit[1]!));
writeFileSync(join(dir, 'c-2024.md'), reportText('平潭综合实验区丙局', 2024, unit[2]!));
writeFileSync(join(dir, 'd-2024.md'), reportText('平潭综合实验区丁局', 2024, failing));
writeFileSync(join(dir, 'e-2024.md'), reportText('平潭综合实验区戊局', 2024, unit[4]!, 'licence.decisions'));
const older = unitValues(6);
writeFileSync(join(dir, 'f-2023.md'), reportText('平潭综合实验区己局', 2023, older));
// What each table of 2024 adds up, by the test's own arithmetic.
const active2024 = sum([unit[0]!, unit[1]!, unit[2]!, failing]).active!;
const requests2024 = sum([unit[0]!, unit[1]!, unit[2]!, unit[4]!]).requests!;
const review2024 = sum([unit[0]!, unit[1]!, unit[2]!, failing, unit[4]!]).review!;
// The consolidated report: the units' sums, with one cell of 表二 wrong.
const consolidated: Values = { active: structuredClone(active2024), requests: requests2024, review: review2024 };
consolidated.active!.rules!.made! += 5;
writeFileSync(join(dir, 'quanqu-2024.md'), reportText('平潭综合实验区', 2024, consolidated));

async function summary(args: string[], cwd = dir) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(['summary', ...args], { cwd, stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), color: false });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

interface JsonSummary {
  includeFailing: boolean;
  reports: { name: string; body?: string; year?: number; group: string | null; excluded: Record<string, string>; includedFailing: string[]; sumsHold: boolean; key: Record<string, number> }[];
  groups: { key: string; reports: number; tables: Record<string, { reports: number; values: Values[string] }> }[];
  against?: { file: string; group?: string; notCompared: string[]; differences: unknown[] };
}

const UNITS = ['a-2024.md', 'b-2024.md', 'c-2024.md', 'd-2024.md', 'e-2024.md', 'f-2023.md'];

test('JSON: every report listed with what was left out and why; each group’s tables equal the test’s sums, cell by cell', async () => {
  const { code, stdout, stderr } = await summary([...UNITS, '--format', 'json']);
  assert.equal(stderr, '');
  assert.equal(code, 0);
  const json = JSON.parse(stdout) as JsonSummary;
  assert.deepEqual(json.reports.map((r) => ({ name: r.name, year: r.year, group: r.group, excluded: r.excluded, sumsHold: r.sumsHold })), [
    { name: 'a-2024.md', year: 2024, group: '2024/2021', excluded: {}, sumsHold: true },
    { name: 'b-2024.md', year: 2024, group: '2024/2021', excluded: {}, sumsHold: true },
    { name: 'c-2024.md', year: 2024, group: '2024/2021', excluded: {}, sumsHold: true },
    { name: 'd-2024.md', year: 2024, group: '2024/2021', excluded: { requests: 'sums' }, sumsHold: false },
    { name: 'e-2024.md', year: 2024, group: '2024/2021', excluded: { active: 'cells' }, sumsHold: true },
    { name: 'f-2023.md', year: 2023, group: '2023/2021', excluded: {}, sumsHold: true },
  ]);
  // Key figures of each report: the test's values (d's 表三 is read whole; only its sums fail).
  assert.deepEqual(json.reports.slice(0, 5).map((r) => r.key), [unit[0]!, unit[1]!, unit[2]!, failing, unit[4]!].map((v) => ({
    received: v.requests!.new!.total, closed: v.requests!.outcomeTotal!.total, carriedOver: v.requests!.carryOver!.total,
    reviews: v.review!.review!.reviewTotal, lawsuits: v.review!.review!.directTotal! + v.review!.review!.afterTotal!,
  })));
  assert.deepEqual(json.groups.map((g) => ({ key: g.key, reports: g.reports, tables: Object.fromEntries(Object.entries(g.tables).map(([id, t]) => [id, t.reports])) })), [
    { key: '2023/2021', reports: 1, tables: { active: 1, requests: 1, review: 1 } },
    { key: '2024/2021', reports: 5, tables: { active: 4, requests: 4, review: 5 } },
  ]);
  assert.deepEqual(json.groups[0]!.tables.requests!.values, older.requests);
  assert.deepEqual(json.groups[1]!.tables.active!.values, active2024);
  assert.deepEqual(json.groups[1]!.tables.requests!.values, requests2024);
  assert.deepEqual(json.groups[1]!.tables.review!.values, review2024);
});

test('--include-failing adds the failing report and flags it', async () => {
  const json = JSON.parse((await summary([...UNITS, '--format', 'json', '--include-failing'])).stdout) as JsonSummary;
  assert.equal(json.includeFailing, true);
  assert.deepEqual(json.reports.map((r) => [r.name, r.excluded, r.includedFailing]), [
    ['a-2024.md', {}, []], ['b-2024.md', {}, []], ['c-2024.md', {}, []], ['d-2024.md', {}, ['requests']],
    ['e-2024.md', { active: 'cells' }, []], ['f-2023.md', {}, []],
  ]);
  const g = json.groups[1]!;
  assert.equal(g.tables.requests!.reports, 5);
  assert.deepEqual(g.tables.requests!.values, sum([unit[0]!, unit[1]!, unit[2]!, failing, unit[4]!]).requests);
});

test('--against: the consolidated report (in the folder, so not a unit) differs from the units in exactly one cell', async () => {
  const { code, stdout } = await summary(['.', '--format', 'json', '--against', 'quanqu-2024.md']);
  assert.equal(code, 0);
  const json = JSON.parse(stdout) as JsonSummary;
  assert.deepEqual(json.reports.map((r) => r.name), UNITS);
  assert.deepEqual(json.against, {
    file: join(dir, 'quanqu-2024.md'), templateId: '2021', year: 2024, group: '2024/2021', notCompared: [],
    differences: [{ tableId: 'active', rowId: 'rules', column: 'made', reported: active2024.rules!.made! + 5, summed: active2024.rules!.made! }],
  });
  const md = (await summary(['.', '--against', 'quanqu-2024.md', '--locale', 'en'])).stdout;
  const tail = md.slice(md.indexOf('## Compared with'));
  assert.equal(tail, [
    '## Compared with the consolidated report quanqu-2024.md', '',
    'Cells of quanqu-2024.md that differ from the sum of the units: 1.', '',
    '| Table | Row | Column | Consolidated report | Sum of the units |', '| --- | --- | --- | --- | --- |',
    `| 表二 | 规章 | 本年制发件数 | ${active2024.rules!.made! + 5} | ${active2024.rules!.made!} |`, '',
  ].join('\n'));
});

test('Markdown: the report list row by row, and each table in the template’s own shape with the sums', async () => {
  const { stdout } = await summary(UNITS);
  const lines = stdout.split('\n');
  const listStart = lines.indexOf('| 文件 | 机关 | 年度 | 格式 | 本年新收 | 办结（总计） | 结转下年度 | 行政复议 | 行政诉讼 | 错误 | 警告 | 勾稽关系 | 计入合计 |');
  assert.ok(listStart > 0);
  const rows = lines.slice(listStart + 2, listStart + 8).map((l) => l.split(' | ').slice(-2).join(' | '));
  assert.deepEqual(rows, [
    '成立 | 全部计入 |', '成立 | 全部计入 |', '成立 | 全部计入 |', '不成立 | 未计入表三：勾稽关系不成立 |',
    '成立 | 未计入表二：表中有单元格没有数字 |', '成立 | 全部计入 |',
  ]);
  assert.ok(lines.includes('共 6 份报告，按格式和年度分 2 组（不同组不相加）。1 份报告勾稽关系不成立，其不成立的表未计入（--include-failing 可计入）。'));
  const table3 = renderBlankTable(spec('requests'), 'markdown', (row) => row.columns.map((c) => String(requests2024[row.id]![c]))).join('\n');
  const group = stdout.slice(stdout.indexOf('## 2024 年度'));
  assert.ok(group.includes(`### 表三\n\n表三：计入 4 份报告（共 5 份）。\n\n${table3}\n`), group.slice(0, 400));
});

test('CSV: BOM, CRLF, and 表三 of 2024 as a flat block with the test’s sums', async () => {
  const { stdout } = await summary([...UNITS, '--format', 'csv']);
  assert.ok(stdout.startsWith('\uFEFF各报告\r\n共 6 份报告'), stdout.slice(0, 40));
  assert.ok(!/[^\r]\n/.test(stdout), 'every line break is CRLF');
  const blocks = stdout.slice(1).split('\r\n\r\n');
  const block = blocks.find((b) => b.startsWith('2024 年度，2021 版格式（国办公开办函〔2021〕30号）：5 份报告 · 表三'))!;
  const s = spec('requests');
  assert.deepEqual(block.split('\r\n'), [
    '2024 年度，2021 版格式（国办公开办函〔2021〕30号）：5 份报告 · 表三',
    '表三：计入 4 份报告（共 5 份）。',
    ['项目', ...s.columns.map((c) => c.title)].join(','),
    ...s.rows.filter((r) => r.columns.length).map((r) => {
      const name = lines3.get(r.id)!;
      return [name.includes(',') ? `"${name}"` : name, ...r.columns.map((c) => String(requests2024[r.id]![c]))].join(',');
    }),
  ]);
});

/** How the summary names 表三's rows (the template's labels with their group, notes dropped). */
const lines3 = new Map<string, string>([
  ['new', '一、本年新收政府信息公开申请数量'], ['carried', '二、上年结转政府信息公开申请数量'],
  ['open', '（一）予以公开'], ['partial', '（二）部分公开'],
  ...['属于国家秘密', '其他法律行政法规禁止公开', '危及“三安全一稳定”', '保护第三方合法权益', '属于三类内部事务信息', '属于四类过程性信息', '属于行政执法案卷', '属于行政查询事项']
    .map((n, i) => [`refuse${i + 1}`, `（三）不予公开 ${i + 1}.${n}`] as [string, string]),
  ...['本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确'].map((n, i) => [`cannot${i + 1}`, `（四）无法提供 ${i + 1}.${n}`] as [string, string]),
  ...['信访举报投诉类申请', '重复申请', '要求提供公开出版物', '无正当理由大量反复申请', '要求行政机关确认或重新出具已获取信息']
    .map((n, i) => [`ignore${i + 1}`, `（五）不予处理 ${i + 1}.${n}`] as [string, string]),
  ['other1', '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['other2', '（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['other3', '（六）其他处理 3.其他'], ['outcomeTotal', '（七）总计'], ['carryOver', '四、结转下年度继续办理'],
]);

test('a file that cannot be read is named on stderr (exit 2), never summed as 0', async () => {
  writeFileSync(join(dir, 'broken.md'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0]));
  const { code, stderr, stdout } = await summary(['a-2024.md', 'broken.md', '--format', 'json']);
  rmSync(join(dir, 'broken.md'));
  assert.equal(code, 2);
  assert.match(stderr, /^broken\.md: /);
  assert.deepEqual((JSON.parse(stdout) as JsonSummary).reports.map((r) => r.name), ['a-2024.md']);
});

test('the real consecutive-year fixtures: key figures, sums and what is left out, report by report', async () => {
  const json = JSON.parse((await summary(['.', '--format', 'json'], join(REPO, 'test', 'fixtures', 'years'))).stdout) as JsonSummary;
  assert.deepEqual(json.reports.map((r) => [r.name, r.year, r.key, r.sumsHold, r.excluded]), [
    ['caizheng-2024.md', 2024, { received: 3, closed: 2, carriedOver: 1, reviews: 0, lawsuits: 0 }, true, {}],
    ['caizheng-2025.md', 2025, { received: 2, closed: 2, carriedOver: 0, reviews: 0, lawsuits: 0 }, true, {}],
    ['gongan-2024.txt', 2024, { received: 8, closed: 8, carriedOver: 0, reviews: 0, lawsuits: 0 }, true, {}],
    ['gongan-2025.txt', 2025, { received: 8, closed: 8, carriedOver: 0, reviews: 0, lawsuits: 0 }, true, {}],
    ['nongye-2024.md', 2024, { received: 0, closed: 0, carriedOver: 0, reviews: 0, lawsuits: 0 }, false, { active: 'rows', requests: 'sums' }],
    ['nongye-2025.md', 2025, { received: 2, closed: 3, carriedOver: 0, reviews: 0, lawsuits: 0 }, true, { active: 'rows' }],
  ]);
});

test('a Word report with the Markdown draft converted from it beside it is counted once, as the draft, and said so', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'nianbao-summary-word-'));
  after(() => rmSync(folder, { recursive: true, force: true }));
  const word = join(REPO, 'test', 'fixtures', 'word');
  for (const name of ['guozi-2023.docx', 'jingfa-2022.docx', 'jingfa-2022.md']) copyFileSync(join(word, name), join(folder, name));
  const { code, stdout, stderr } = await summary(['.', '--format', 'json'], folder);
  assert.equal(code, 0);
  // guozi-2023.docx has no draft beside it: counted. jingfa-2022.docx's draft jingfa-2022.md speaks for it.
  assert.deepEqual((JSON.parse(stdout) as JsonSummary).reports.map((r) => r.name), ['guozi-2023.docx', 'jingfa-2022.md']);
  assert.equal(stderr, 'jingfa-2022.docx：未计入汇总，已计入由它转出的 Markdown 草稿 jingfa-2022.md（同一份报告不计两次）。\n');
});
