// Every real seed draft parses into the full model and yields exactly its reviewed golden findings.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { formatMessage, lint } from '../../core/src/index.js';
import { fixture, root } from './fixtures.js';

const seeds = readdirSync(join(root, 'test', 'fixtures', 'seeds'));
const real = readdirSync(join(root, 'test', 'fixtures', 'real')).filter((f) => f !== 'README.md');
// Real reports as text copied out of a PDF of them (test/fixtures/pdf/README.md says how each was made).
const pdf = readdirSync(join(root, 'test', 'fixtures', 'pdf')).filter((f) => f !== 'README.md');

test('there are seeds and real reports to check', () => {
  assert.ok(seeds.length >= 3);
  assert.ok(real.length >= 10);
  assert.ok(pdf.length >= 10);
});

interface Golden {
  file: string;
  reviewed: string;
  findings: { ruleId: string; line: number; column: number; messageId: string; message: string; why: string }[];
  misses: { ruleId: string; line: number; text: string; why: string }[];
  notReported: { line: number; text: string; why: string }[];
}

// Each draft's golden file is a reviewer's decision: every finding with why it is right, what a
// checker must not say there (and why), and what is knowingly not reported yet.
for (const [dir, name] of [...seeds.map((f) => ['seeds', f]), ...real.map((f) => ['real', f]), ...pdf.map((f) => ['pdf', f])]) {
  test(`${dir} ${name}: findings equal the reviewed golden file`, () => {
    const text = fixture(dir, name);
    const golden = JSON.parse(readFileSync(join(root, 'test', 'core', 'golden', `${name}.json`), 'utf8')) as Golden;
    assert.equal(golden.file, `test/fixtures/${dir}/${name}`);
    assert.ok(golden.reviewed.length > 40, 'the golden file says how it was reviewed');
    const result = lint(text);
    const actual = result.findings.map((f) => {
      const p = result.index.positionAt(f.span.start);
      return { ruleId: f.ruleId, line: p.line + 1, column: p.character + 1, messageId: f.messageId, message: formatMessage(f.messageId, f.args, 'zh-cn') };
    });
    assert.deepEqual(actual, golden.findings.map(({ why: _why, ...f }) => f));
    for (const f of golden.findings) assert.ok(f.why.length > 10, `why ${f.ruleId} on line ${f.line} is right`);
    // The places named as not to be reported hold the text the reviewer saw there.
    const lines = text.split(/\r\n|\r|\n/);
    for (const n of [...golden.notReported, ...golden.misses.filter((m) => m.text !== undefined && m.line)]) {
      assert.ok(lines[n.line - 1]?.includes(n.text.split('\t')[0].split(' | ')[0]), `line ${n.line} holds ${JSON.stringify(n.text)}`);
    }
  });
}

for (const seed of seeds) {
  test(`seed ${seed}: the model holds all three tables with every row and cell`, () => {
    const { report, template } = lint(fixture('seeds', seed));
    for (const spec of template.tables) {
      const table = report.tables.find((t) => t.tableId === spec.id);
      assert.ok(table, `${spec.name} is read`);
      for (const row of spec.rows) {
        const found: (typeof table.rows)[number] | undefined = table.rows.find((r) => r.rowId === row.id);
        assert.ok(found, `${spec.name} row ${row.label}`);
        assert.equal(found.cells.length, row.columns.length, `${spec.name} ${row.label} cells`);
        for (const cell of found.cells) {
          assert.equal(report.text.slice(cell.token.span.start, cell.token.span.end), cell.token.text);
        }
      }
    }
  });
}

test('seed lijun-2020: the 2019 template is picked from the year 2020, with seven headings read', () => {
  const { templateId, report } = lint(fixture('seeds', 'lijun-2020.txt'));
  assert.equal(templateId, '2019');
  assert.equal(report.year?.value, 2020);
  assert.equal(report.title?.text, '海原县李俊乡人民政府2020年政府信息公开工作年度报告');
  assert.deepEqual(report.sections.map((s) => s.sectionId ?? null), ['overview', null, 'active', 'requests', 'review', 'problems', 'other']);
});

test('seed lijun-2025: title split over two Markdown headings; period without a second year', () => {
  const { templateId, report } = lint(fixture('seeds', 'lijun-2025.md'));
  assert.equal(templateId, '2021');
  assert.equal(report.title?.text, '海原县李俊乡2025 年政府信息公开工作年度报告');
  assert.deepEqual(report.period?.end, { year: undefined, month: 12, day: 31 });
  assert.equal(report.sections.find((s) => s.sectionId === 'overview')?.subsections.length, 5);
});

test('seed jiatang-2024: table 三 broken by a blank line and a shifted label is read whole', () => {
  const { report } = lint(fixture('seeds', 'jiatang-2024.txt'));
  const requests = report.tables.find((t) => t.tableId === 'requests')!;
  assert.equal(requests.rows.filter((r) => r.expectedCount === 7 && r.cells.length === 7).length, 25);
});
