// The CLI's per-file results: findings already rendered to text with 1-based lines and columns.
// Plain data, so results can cross from worker threads and feed every formatter the same way.

import { formatMessage, type Finding, type LineIndex, type ReportDigest } from '../../core/src/index.js';
import type { ReportFigures } from '../../core/src/index.js';
import type { LintOptions, Locale, Severity } from '../../core/src/index.js';
import type { SuppressionEntry, UnusedSuppression } from '../../core/src/index.js';

interface CliRelated {
  message: string;
  /** The place is in another file (last year's report): its absolute path. */
  filePath?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface CliMessage {
  /** The rule's id; null for the CLI's own messages (unreadable file, too large…). */
  ruleId: string | null;
  severity: Severity;
  message: string;
  /** 1-based; columns count UTF-16 code units, as editors and ESLint do. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The file could not be checked at all; makes the exit code 2. */
  fatal?: boolean;
  /** A safe fix exists (`--fix` would apply it). */
  fixable?: boolean;
  related?: CliRelated[];
  /**
   * A finding in a Word file: its place in words (paragraph, or table row and column) and the message
   * without it. `message` then holds both, and line/column are the paragraph or row and the column.
   */
  word?: { place: string; message: string };
}

export interface FileResult {
  /** Absolute path. */
  filePath: string;
  messages: CliMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** `--fix` changed and wrote this file. */
  fixed?: boolean;
  /** Looks like a report (or was named) but was not checked: too large, binary, undecodable, its config broken. Its one message says why. */
  skipped?: boolean;
  /** What the cross-report rules need of this report (asked by LintTask.digest; not printed). */
  digest?: ReportDigest;
  /** The report's table figures and counts for `nianbao summary` (asked by LintTask.figures). */
  figures?: ReportFigures;
  /** Findings the suppressions file ignores (not counted above, but shown as ignored). */
  suppressedMessages?: CliMessage[];
  /** Entries of the suppressions file for this report that ignore nothing any more. */
  unusedSuppressions?: UnusedSuppression[];
  /** The entries that would ignore every finding of the report (asked by LintTask.entries, for --suppress-all). */
  entries?: SuppressionEntry[];
}

/** One file to check, with everything needed to do it in a worker thread. */
export interface LintTask {
  path: string;
  /** Named explicitly or matched by a glob: checked even if it does not look like a report. */
  explicit: boolean;
  options: LintOptions;
  fix: boolean;
  quiet: boolean;
  maxSize: number;
  locale: Locale;
  /** Return the report's digest with the result (the first pass over several files). */
  digest?: boolean;
  /** Return the report's figures with the result (`nianbao summary`). */
  figures?: boolean;
  /** Digests of the other files given that this one is compared with (last year's report). */
  related?: ReportDigest[];
  /** Return the entries that ignore all of the report's findings, and report them all as ignored (--suppress-all). */
  entries?: boolean;
}

// Builds a FileResult from its messages, counting them the way ESLint does (info counts as a warning there).
export function makeFileResult(filePath: string, messages: CliMessage[], fixed = false): FileResult {
  const sorted = [...messages].sort(
    (a, b) => a.line - b.line || a.column - b.column || ((a.ruleId ?? '') < (b.ruleId ?? '') ? -1 : (a.ruleId ?? '') > (b.ruleId ?? '') ? 1 : 0),
  );
  const count = (pred: (m: CliMessage) => boolean) => sorted.filter(pred).length;
  return {
    filePath,
    messages: sorted,
    errorCount: count((m) => m.severity === 'error'),
    warningCount: count((m) => m.severity === 'warning'),
    infoCount: count((m) => m.severity === 'info'),
    fatalErrorCount: count((m) => m.fatal === true),
    fixableErrorCount: count((m) => m.fixable === true && m.severity === 'error'),
    fixableWarningCount: count((m) => m.fixable === true && m.severity !== 'error'),
    ...(fixed ? { fixed: true } : {}),
  };
}

// A result holding one message from the CLI itself (file unreadable, binary, too large…), at 1:1.
export function fileMessageResult(filePath: string, message: string, severity: Severity, fatal: boolean): FileResult {
  return makeFileResult(filePath, [
    { ruleId: null, severity, message, line: 1, column: 1, endLine: 1, endColumn: 1, ...(fatal ? { fatal: true } : {}) },
  ]);
}

// A file that looks like a report but is not checked, with the reason as its one (warning) message.
export function skippedResult(filePath: string, reason: string): FileResult {
  return { ...fileMessageResult(filePath, reason, 'warning', false), skipped: true };
}

// The process exit code for a run: 2 if any file could not be checked, 1 if any error, else 0.
export function exitCodeFor(results: readonly FileResult[]): 0 | 1 | 2 {
  if (results.some((r) => r.fatalErrorCount > 0)) return 2;
  return results.some((r) => r.errorCount > 0) ? 1 : 0;
}

/** A core finding as a message of the result model: localised text, 1-based line/column (UTF-16 units), its related places (the CLI's output; the results view takes its first fields). */
export function findingMessage(finding: Finding, index: LineIndex, locale: Locale): CliMessage {
  const start = index.positionAt(finding.span.start);
  const end = index.positionAt(finding.span.end);
  const message: CliMessage = {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: formatMessage(finding.messageId, finding.args, locale),
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
  };
  if (finding.fix?.safe) message.fixable = true;
  if (finding.related.length) {
    message.related = finding.related.map((r) => {
      if (r.elsewhere) {
        const { start: s, end: e, file } = r.elsewhere;
        return { message: formatMessage(r.messageId, r.args, locale), filePath: file, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
      }
      const s = index.positionAt(r.start);
      const e = index.positionAt(r.end);
      return {
        message: formatMessage(r.messageId, r.args, locale),
        line: s.line + 1,
        column: s.character + 1,
        endLine: e.line + 1,
        endColumn: e.character + 1,
      };
    });
  }
  return message;
}
