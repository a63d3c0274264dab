// lint(): read a draft, run every enabled rule against its template, apply severities from the
// options, the inline disable comments and the workspace suppressions file's entries. A rule that throws, or reports what it did not declare
// (Rule.meta), becomes one internal-error finding.

import type { Report } from './model.js';
import { isDisabled } from './read/readDirectives.js';
import { readReport } from './read/readReport.js';
import { rules } from './rules/registry.js';
import { pastedOnOneLine } from './rules/pastedOnOneLine.js';
import { tableCellsMerged } from './rules/tableCellsMerged.js';
import { undeclaredUse } from './rules/ruleDeclaration.js';
import { LintFacts } from './rules/lintFacts.js';
import type { Rule, RuleContext } from './rules/ruleTypes.js';
import type { LineIndex } from './text/lineIndex.js';
import type { Template, TemplateId } from './templates/templateTypes.js';
import type { Finding, LintOptions, Severity } from './types.js';
import { applySuppressions, type UnusedSuppression } from './suppressions.js';

export interface LintResult {
  findings: Finding[];
  templateId: TemplateId;
  report: Report;
  template: Template;
  index: LineIndex;
  /** Findings the suppressions file ignores (LintOptions.suppressions): not in `findings`, counted for the user. */
  suppressed: Finding[];
  /** Entries of LintOptions.suppressions that matched no finding (stale: the finding went away or changed). */
  unusedSuppressions: UnusedSuppression[];
}

/** A lint with what its rules derived from the report (the failing sums…), for the fix gate to reuse. */
interface LintWithFacts extends LintResult {
  facts: LintFacts;
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  return lintWithFacts(text, options);
}

/** lint(), with the lint's facts (core-internal: the fix gate compares failing sums). */
export function lintWithFacts(text: string, options: LintOptions = {}): LintWithFacts {
  const { report, template, index } = readReport(text, options.template ?? 'auto');
  const findings: Finding[] = [];
  // One context for every rule (they only read it).
  const facts = new LintFacts(report, template, new Set(rules.filter((r) => (options.rules?.[r.id] ?? r.defaultSeverity) === 'off').map((r) => r.id)));
  const context: RuleContext = { report, template, index, facts, related: options.related, file: options.file };
  // A whole report pasted as one line gets table-cells-merged's one finding, not one per missing part.
  const severityOf = (rule: Rule) => options.rules?.[rule.id] ?? rule.defaultSeverity;
  const oneLine = severityOf(tableCellsMerged) !== 'off' && pastedOnOneLine(report);
  for (const rule of rules) {
    const setting = severityOf(rule);
    if (setting === 'off' || (oneLine && rule !== tableCellsMerged)) continue;
    runRule(rule, context, setting, findings);
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
  if (!options.suppressions?.length) return { findings, templateId: template.id, report, template, index, facts, suppressed: [], unusedSuppressions: [] };
  const outcome = applySuppressions(findings, text, options.suppressions);
  return { findings: outcome.findings, templateId: template.id, report, template, index, facts, suppressed: outcome.suppressed, unusedSuppressions: outcome.unused };
}

function internalError(ruleId: string, detail: string, messageId = 'internal-error'): Finding {
  return { ruleId: 'internal-error', severity: 'error', span: { start: 0, end: 0 }, messageId, args: { rule: ruleId, detail }, related: [] };
}

/**
 * Runs one rule and adds its findings (those not disabled inline) to `out`. A rule that throws gives
 * one internal-error finding; so does one that reports what its meta does not declare: its findings
 * are kept (they may well be right), but none of its fixes is then applied by "fix all".
 */
export function runRule(rule: Rule, context: RuleContext, severity: Severity, out: Finding[]): void {
  let found;
  try {
    found = rule.check(context);
  } catch (error) {
    out.push(internalError(rule.id, error instanceof Error ? error.message : String(error)));
    return;
  }
  let broken: string | undefined;
  for (const f of found) broken ??= undeclaredUse(rule, f);
  for (const f of found) {
    if (isDisabled(context.report.directives, rule.id, context.index.lineAt(f.span.start))) continue;
    const fix = broken && f.fix?.safe ? { ...f.fix, safe: false } : f.fix;
    out.push({ ruleId: rule.id, severity, span: f.span, messageId: f.messageId, args: f.args, related: f.related ?? [], fix });
  }
  if (broken) out.push(internalError(rule.id, broken, 'internal-error.undeclared'));
}
