// One report's line in the reviewer's results view (what nianbao.lintWorkspace returns): the body,
// year and template, counts by severity, whether its sums hold, and every finding as text with 1-based
// lines — the same shape as the CLI's messages, so the client exports CSV/JSON/SARIF/HTML from it.

import type { Finding, LineIndex, Locale } from '../../core/src/index.js';
import { findingMessage } from '../../node/src/results.js';
import { bodyOfReport } from '../../core/src/index.js';
import { reportFigures } from '../../core/src/index.js';
import type { Outcome } from './documentOutcome.js';
import type { ReportSummary, SummaryMessage } from '../../protocol/src/protocol.js';
import { outcomeDiagnostics, placedMessage, type WordShown } from './toDiagnostics.js';

/** A finding as the results view lists it: the result model's message (node/src/results.ts) without its related places or fix mark; a Word file's with its place in front, at its range in the converted draft. */
function message(finding: Finding, index: LineIndex, locale: Locale, word: WordShown | undefined): SummaryMessage {
  const { ruleId, severity, message: text, line, column, endLine, endColumn } = findingMessage(finding, index, locale);
  const placed = placedMessage(text, finding.span, locale, word);
  if (!word) return { ruleId, severity, message: placed, line, column, endLine, endColumn };
  const { start, end } = word.range(finding.span);
  return { ruleId, severity, message: placed, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

// The summary of one checked file (undefined for an ignored one). A report whose sums all hold has
// no finding of a sum-* rule; a file that was not checked (too large, binary…) has one message.
// `withFigures`: add the report's table figures for the roll-up (nianbao.workspaceSummary).
// `word`: a Word file's findings name their place in the Word document, at their range in its converted draft.
export function summarize(uri: string, filePath: string, file: string, outcome: Outcome, locale: Locale, withFigures = false, word?: WordShown): ReportSummary | undefined {
  if (outcome.kind === 'ignored') return undefined;
  if (outcome.kind !== 'linted') {
    const [notice] = outcomeDiagnostics(outcome, { uri, locale, docsBaseUrl: '', version: null });
    // An unreadable Word file is a warning (a report left unchecked); the other notices are information.
    const severity = outcome.kind === 'wordProblem' ? 'warning' : 'info';
    const state = outcome.kind === 'timedOut' || outcome.kind === 'lintFailed' ? 'stopped' : outcome.kind === 'wordProblem' ? 'unreadable' : outcome.kind;
    return {
      uri, filePath, file, state, counts: { error: 0, warning: severity === 'warning' ? 1 : 0, info: severity === 'info' ? 1 : 0 },
      messages: [{ ruleId: null, severity, message: typeof notice?.message === 'string' ? notice.message : outcome.kind, line: 1, column: 1, endLine: 1, endColumn: 1 }],
    };
  }
  const { findings, index, report, templateId } = outcome.result;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const summary: ReportSummary = {
    uri, filePath, file, state: 'linted', templateId, counts,
    sumsHold: !findings.some((f) => f.ruleId.startsWith('sum-')),
    messages: [...findings].sort((a, b) => a.span.start - b.span.start).map((f) => message(f, index, locale, word)),
  };
  if (outcome.result.suppressed.length > 0) summary.suppressed = outcome.result.suppressed.length;
  const body = bodyOfReport(report);
  if (body) summary.body = body;
  if (report.year) summary.year = report.year.value;
  if (withFigures) summary.figures = reportFigures(outcome.result, file);
  return summary;
}
