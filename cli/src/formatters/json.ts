// The `--format json` output: ESLint's JSON formatter shape, so existing tooling can read it.
// Severity is ESLint's number (2 error, 1 warning; info also 1); positions are 1-based, columns in UTF-16 units.

import type { CliMessage, FileResult } from '../../../node/src/results.js';

interface EslintJsonMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fatal?: true;
}

/** A finding the workspace's suppressions file ignores, as ESLint lists suppressed messages. */
interface EslintJsonSuppressed extends EslintJsonMessage {
  suppressions: [{ kind: 'external'; justification: '' }];
}

interface EslintJsonResult {
  filePath: string;
  messages: EslintJsonMessage[];
  suppressedMessages: EslintJsonSuppressed[];
  /** Entries of the suppressions file for this file that ignore nothing any more (nianbao's own field). */
  unusedSuppressions?: Array<{ ruleId: string; fingerprint: string; count: number; message?: string }>;
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

// Maps results to ESLint's JSON result objects (info findings count as warnings, as ESLint has no info level).
export function toEslintJson(results: readonly FileResult[]): EslintJsonResult[] {
  const message = (m: CliMessage): EslintJsonMessage => ({
    ruleId: m.ruleId,
    severity: m.severity === 'error' ? 2 : 1,
    message: m.message,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    ...(m.fatal ? { fatal: true as const } : {}),
  });
  return results.map((r) => ({
    filePath: r.filePath,
    messages: r.messages.map(message),
    suppressedMessages: (r.suppressedMessages ?? []).map((m) => ({ ...message(m), suppressions: [{ kind: 'external' as const, justification: '' as const }] })),
    ...(r.unusedSuppressions?.length
      ? { unusedSuppressions: r.unusedSuppressions.map((u) => ({ ruleId: u.rule, fingerprint: u.fingerprint, count: u.unmatched, ...(u.message ? { message: u.message } : {}) })) }
      : {}),
    errorCount: r.errorCount,
    fatalErrorCount: r.fatalErrorCount,
    warningCount: r.warningCount + r.infoCount,
    fixableErrorCount: r.fixableErrorCount,
    fixableWarningCount: r.fixableWarningCount,
  }));
}

// Renders the JSON output text (one line, like ESLint's json formatter, plus a newline).
export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(toEslintJson(results)) + '\n';
}
