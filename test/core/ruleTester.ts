// A RuleTester for the core (after ESLint's): a case states every finding lint() gives a draft
// (rule, message, line and the text it is on, every message argument, the kind of its fix) and the
// text after fixing, so an extra, missing or moved finding fails the test, not only a wrong first one.

import assert from 'node:assert/strict';
import { applyFixes, fixAll, lint, type LintOptions, type LintResult } from '../../core/src/index.js';

interface ExpectedFinding {
  rule: string;
  messageId: string;
  /** 1-based line the finding starts on. */
  line: number;
  /** The text the finding's span covers. */
  at: string;
  /** Every argument of its message. */
  args: Record<string, string | number>;
  /** Its fix: none (omitted), one "fix all" applies, or one only offered to a person. */
  fix?: 'safe' | 'suggestion';
  /** The text of its related places, when it has any. */
  related?: string[];
}

interface RuleCase {
  text: string;
  options?: LintOptions;
  /** Every finding, in lint()'s order. */
  findings: ExpectedFinding[];
  /** The text fixAll() gives; omitted: fixAll() must leave the text as it is. */
  fixed?: string;
  /** The text after applying every finding's fix (safe or not) at once, when some finding has one. */
  suggested?: string;
}

/** The findings of a lint in the form a case states them. */
export function stated(result: LintResult): ExpectedFinding[] {
  const text = result.report.text;
  return result.findings.map((f) => ({
    rule: f.ruleId,
    messageId: f.messageId,
    line: result.index.lineAt(f.span.start) + 1,
    at: text.slice(f.span.start, f.span.end),
    args: f.args,
    ...(f.fix ? { fix: f.fix.safe ? 'safe' as const : 'suggestion' as const } : {}),
    ...(f.related.length > 0 ? { related: f.related.map((r) => (r.elsewhere ? r.elsewhere.file : text.slice(r.start, r.end))) } : {}),
  }));
}

/** Lints the case's text and checks all it states; returns the lint for further checks. */
export function checkRuleCase(c: RuleCase): LintResult {
  const result = lint(c.text, c.options);
  assert.deepEqual(stated(result), c.findings, 'the findings');
  assert.equal(fixAll(c.text, c.options).text, c.fixed ?? c.text, 'the text after fix all');
  const fixes = result.findings.flatMap((f) => (f.fix ? [f.fix] : []));
  if (c.suggested !== undefined || fixes.length > 0) {
    assert.equal(applyFixes(c.text, fixes).text, c.suggested, 'the text after applying every fix');
  }
  return result;
}
