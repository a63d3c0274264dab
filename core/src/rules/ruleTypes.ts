// What a rule is: metadata (id, category, default severity, docs) and one check over the model.

import type { Report } from '../model.js';
import type { RelatedReports } from '../related/reportDigest.js';
import type { LineIndex } from '../text/lineIndex.js';
import type { Template } from '../templates/templateTypes.js';
import type { Fix, RelatedSpan, RuleCategory, Severity, Span } from '../types.js';

export interface RuleContext {
  report: Report;
  template: Template;
  index: LineIndex;
  /** Other reports to compare with (LintOptions.related), and this document's name among them. */
  related?: RelatedReports;
  file?: string;
}

export interface RuleFinding {
  span: Span;
  messageId: string;
  args: Record<string, string | number>;
  related?: RelatedSpan[];
  fix?: Fix;
}

export interface Rule {
  id: string;
  category: RuleCategory;
  defaultSeverity: Severity;
  /** Whether the rule offers fixes. */
  fixable: boolean;
  check(context: RuleContext): RuleFinding[];
}
