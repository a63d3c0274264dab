// Rules declare what they report (Rule.meta) and lint() holds every finding to it: a message id, a
// related place or a fix the rule did not declare, or a suggestion marked safe, gives one
// internal-error finding and no safe fix, so a slip in a rule fails the tests and never reaches "fix all".

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readReport, rules } from '../../core/src/index.js';
import { runRule } from '../../core/src/lint.js';
import { LintFacts } from '../../core/src/rules/lintFacts.js';
import type { Rule, RuleFinding } from '../../core/src/rules/ruleTypes.js';
import type { Finding } from '../../core/src/index.js';

const text = '# 某某局2025年政府信息公开工作年度报告\n\n## 一、总体情况\n\n正文。\n';

function probe(found: RuleFinding[]): Rule {
  return {
    id: 'probe', category: 'content', defaultSeverity: 'warning',
    meta: { messages: ['probe.message'], related: ['related.term'], fixes: { 'fix.safe': 'safe', 'fix.suggested': 'suggestion' } },
    check: () => found,
  };
}

function run(found: RuleFinding[]): Finding[] {
  const { report, template, index } = readReport(text, 'auto');
  const out: Finding[] = [];
  runRule(probe(found), { report, template, index, facts: new LintFacts(report, template) }, 'warning', out);
  return out;
}

const span = { start: 2, end: 4 };
const edit = { start: 2, end: 4, text: 'x' };

describe('rules that declare themselves', () => {
  it('keeps a finding that uses only what its rule declares, its safe fix safe', () => {
    const finding = { span, messageId: 'probe.message', args: {}, related: [{ ...span, messageId: 'related.term', args: {} }], fix: { messageId: 'fix.safe', args: {}, edits: [edit], safe: true } };
    assert.deepEqual(run([finding]), [{ ruleId: 'probe', severity: 'warning', ...finding }]);
  });

  const cases: [string, RuleFinding, string][] = [
    ['an undeclared message id', { span, messageId: 'probe.other', args: {}, fix: { messageId: 'fix.safe', args: {}, edits: [edit], safe: true } }, 'undeclared message id probe.other'],
    ['an undeclared related message id', { span, messageId: 'probe.message', args: {}, related: [{ ...span, messageId: 'related.total', args: {} }], fix: { messageId: 'fix.safe', args: {}, edits: [edit], safe: true } }, 'undeclared related message id related.total'],
    ['an undeclared fix', { span, messageId: 'probe.message', args: {}, fix: { messageId: 'fix.other', args: {}, edits: [edit], safe: true } }, 'undeclared fix fix.other'],
    ['a suggestion marked safe', { span, messageId: 'probe.message', args: {}, fix: { messageId: 'fix.suggested', args: {}, edits: [edit], safe: true } }, 'fix fix.suggested is declared a suggestion but marked safe'],
  ];
  for (const [what, finding, detail] of cases) {
    it(`reports ${what} as an internal error and applies none of the rule's fixes`, () => {
      const fine = { span: { start: 5, end: 6 }, messageId: 'probe.message', args: {}, fix: { messageId: 'fix.safe', args: {}, edits: [{ start: 5, end: 6, text: 'y' }], safe: true } };
      assert.deepEqual(run([fine, finding]), [
        { ruleId: 'probe', severity: 'warning', ...fine, related: [], fix: { ...fine.fix, safe: false } },
        { ruleId: 'probe', severity: 'warning', related: [], ...finding, fix: { ...finding.fix!, safe: false } },
        { ruleId: 'internal-error', severity: 'error', span: { start: 0, end: 0 }, messageId: 'internal-error.undeclared', args: { rule: 'probe', detail }, related: [] },
      ]);
    });
  }

  it('gives one internal error for a rule that throws, and nothing else of it', () => {
    const { report, template, index } = readReport(text, 'auto');
    const out: Finding[] = [];
    runRule({ ...probe([]), check: () => { throw new Error('boom'); } }, { report, template, index, facts: new LintFacts(report, template) }, 'warning', out);
    assert.deepEqual(out, [{ ruleId: 'internal-error', severity: 'error', span: { start: 0, end: 0 }, messageId: 'internal-error', args: { rule: 'probe', detail: 'boom' }, related: [] }]);
  });

  it('every rule declares at least one message', () => {
    assert.deepEqual(rules.filter((r) => r.meta.messages.length === 0).map((r) => r.id), []);
  });
});
