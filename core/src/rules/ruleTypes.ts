// What a rule is: metadata (id, category, default severity, docs) and one check over the model.

import type { Report } from '../model.js';
import type { RelatedReports } from '../related/reportDigest.js';
import type { LineIndex } from '../text/lineIndex.js';
import type { Template } from '../templates/templateTypes.js';
import type { LintFacts } from './lintFacts.js';
import type { Fix, RelatedSpan, RuleCategory, Severity, Span } from '../types.js';

export interface RuleContext {
  report: Report;
  template: Template;
  index: LineIndex;
  /** What several rules derive from this report (failing sums, other-template tables), once per lint. */
  facts: LintFacts;
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

/**
 * How a fix may be applied: `safe` fixes may go into "fix all" (the rule still marks, finding by
 * finding, which ones are safe); a `suggestion` is only offered in the editor, never marked safe.
 */
export type FixKind = 'safe' | 'suggestion';

/**
 * What a rule may report, declared beside its check (like ESLint's `meta.messages`): lint() checks
 * every finding against it, so an undeclared message id or a suggestion marked safe is caught.
 */
export interface RuleMeta {
  /** The message ids (l10n keys) of its findings. */
  messages: readonly string[];
  /** The message ids of its related places. */
  related?: readonly string[];
  /** Its fixes by title id (l10n key) and kind. */
  fixes?: Readonly<Record<string, FixKind>>;
}

export interface Rule {
  id: string;
  category: RuleCategory;
  defaultSeverity: Severity;
  meta: RuleMeta;
  check(context: RuleContext): RuleFinding[];
}
