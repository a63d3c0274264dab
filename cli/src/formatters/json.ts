// The `--format json` output: ESLint's JSON formatter shape, so existing tooling can read it.
// Severity is ESLint's number (2 error, 1 warning; info also 1); positions are 1-based, columns in UTF-16 units.

import type { FileResult } from '../results.js';

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

interface EslintJsonResult {
  filePath: string;
  messages: EslintJsonMessage[];
  suppressedMessages: [];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

// Maps results to ESLint's JSON result objects (info findings count as warnings, as ESLint has no info level).
export function toEslintJson(results: readonly FileResult[]): EslintJsonResult[] {
  return results.map((r) => ({
    filePath: r.filePath,
    messages: r.messages.map((m) => ({
      ruleId: m.ruleId,
      severity: m.severity === 'error' ? 2 : 1,
      message: m.message,
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
      ...(m.fatal ? { fatal: true as const } : {}),
    })),
    suppressedMessages: [],
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
