// lint(): read a draft, run every enabled rule against its format, apply severities from the
// options and the inline disable comments. A rule that throws becomes one internal-error finding.

import type { Report } from './model.js';
import { isDisabled } from './read/readDirectives.js';
import { readReport } from './read/readReport.js';
import { rules } from './rules/registry.js';
import type { LineIndex } from './text/lineIndex.js';
import type { Template, TemplateId } from './templates/templateTypes.js';
import type { Finding, LintOptions } from './types.js';

export interface LintResult {
  findings: Finding[];
  templateId: TemplateId;
  report: Report;
  template: Template;
  index: LineIndex;
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  const { report, template, index } = readReport(text, options.template ?? 'auto');
  const findings: Finding[] = [];
  // One context for every rule (they only read it).
  const context = { report, template, index, related: options.related, file: options.file };
  for (const rule of rules) {
    const setting = options.rules?.[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    let found;
    try {
      found = rule.check(context);
    } catch (error) {
      findings.push({
        ruleId: 'internal-error', severity: 'error', span: { start: 0, end: 0 }, messageId: 'internal-error',
        args: { rule: rule.id, detail: error instanceof Error ? error.message : String(error) }, related: [],
      });
      continue;
    }
    for (const f of found) {
      if (isDisabled(report.directives, rule.id, index.lineAt(f.span.start))) continue;
      findings.push({ ruleId: rule.id, severity: setting, span: f.span, messageId: f.messageId, args: f.args, related: f.related ?? [], fix: f.fix });
    }
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
  return { findings, templateId: template.id, report, template, index };
}
