// LintFacts: what several rules derive from one report is computed once per lint, and a lint's facts
// are its own (nothing kept between lints); a failure leaves nothing stale behind.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint, templates } from '../../core/src/index.js';
import { LintFacts, type Fact } from '../../core/src/rules/lintFacts.js';
import { fixture } from './fixtures.js';

test('LintFacts computes a fact once per lint, each fact on its own, for its own report and template', () => {
  const a = lint(fixture('shapes', 'clean-pipe.md')).report;
  const calls: string[] = [];
  const tables: Fact<{ tables: number; template: string }> = (report, template) => {
    calls.push(`tables:${template.id}`);
    return { tables: report.tables.length, template: template.id };
  };
  const years: Fact<number | undefined> = (report) => {
    calls.push('years');
    return report.year?.value;
  };
  const facts = new LintFacts(a, templates['2021']);
  const first = facts.of(tables);
  assert.equal(facts.of(tables), first, 'the same object is handed back');
  assert.equal(facts.of(years), a.year?.value);
  assert.equal(facts.of(years), a.year?.value);
  assert.deepEqual(first, { tables: a.tables.length, template: '2021' });
  // Another lint (here: the same report against the other template) has facts of its own.
  assert.deepEqual(new LintFacts(a, templates['2019']).of(tables), { tables: a.tables.length, template: '2019' });
  assert.deepEqual(calls, ['tables:2021', 'years', 'tables:2019']);
});

test('LintFacts: a fact whose computation throws is asked again next time', () => {
  const facts = new LintFacts(lint(fixture('shapes', 'clean-pipe.md')).report, templates['2021']);
  let fail = true;
  const fact: Fact<number> = () => {
    if (fail) throw new Error('boom');
    return 1;
  };
  assert.throws(() => facts.of(fact), /boom/);
  fail = false;
  assert.equal(facts.of(fact), 1);
});

test('sum findings of two reports linted in turn stay each their own', () => {
  const clean = fixture('shapes', 'clean-pipe.md');
  const broken = lint(clean).report.tables.find((t) => t.tableId === 'requests')!;
  const cell = broken.rows.find((r) => r.rowId === 'new')!.cells.at(-1)!;
  const wrong = clean.slice(0, cell.token.span.start) + String(cell.value! + 5) + clean.slice(cell.token.span.end);
  for (let i = 0; i < 3; i++) {
    assert.deepEqual(lint(clean).findings.filter((f) => f.ruleId.startsWith('sum-')), []);
    const found = lint(wrong).findings.filter((f) => f.ruleId === 'sum-row-total');
    assert.equal(found.length, 1);
    assert.equal(found[0].args.expected, cell.value);
  }
});
