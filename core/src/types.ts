// The public data shapes of the checker core: findings, fixes, options.
// Everything here is plain data so the CLI, the language server and the tests can share it.

import type { RelatedReports } from './related/reportDigest.js';
import type { SuppressionEntry } from './suppressions.js';

/** Offsets into the document text (UTF-16 code units, as JavaScript strings and LSP count them). */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export type TemplateChoice = 'auto' | '2021' | '2019';
export type Locale = 'zh-cn' | 'en';

/** A text edit on offsets: replace text[start, end) with `text`. */
export interface Edit extends Span {
  text: string;
}

/** A fix a rule offers. `safe` fixes are applied by "fix all"; the others only on request. */
export interface Fix {
  /** l10n key of the fix title and its arguments. */
  messageId: string;
  args: Record<string, string | number>;
  edits: Edit[];
  safe: boolean;
}

/** A cell or place that a finding refers to besides its own span (e.g. the summed cells). */
export interface RelatedSpan extends Span {
  messageId: string;
  args: Record<string, string | number>;
  /**
   * The place is in another file (last year's report): its name as the face gave it and its range
   * there. The span then means nothing; faces use this instead.
   */
  elsewhere?: { file: string; start: Position; end: Position };
}

export type RuleCategory = 'structure' | 'table' | 'sum' | 'content' | 'internal';

export interface Finding {
  ruleId: string;
  severity: Severity;
  span: Span;
  messageId: string;
  args: Record<string, string | number>;
  related: RelatedSpan[];
  fix?: Fix;
}

export interface LintOptions {
  /** Which official template to check against; 'auto' picks it from the report's year. */
  template?: TemplateChoice;
  /** Per-rule severity overrides; 'off' disables a rule. */
  rules?: Record<string, SeveritySetting>;
  /**
   * Other reports already read (their digests), for the rules that compare with last year's report
   * (carryover-mismatch, repeated-text). The CLI gives the files it was given, the server its index.
   */
  related?: RelatedReports;
  /** How the caller names this document (as in the digests), so it is never its own last year. */
  file?: string;
  /**
   * This document's entries of the workspace suppressions file (.nianbao-suppressions.json): the
   * findings they match are not reported (LintResult.suppressed has them), so "fix all" leaves them too.
   */
  suppressions?: readonly SuppressionEntry[];
}

/** A finding with its message already rendered and its position in lines/columns (0-based). */
export interface Position {
  line: number;
  character: number;
}
