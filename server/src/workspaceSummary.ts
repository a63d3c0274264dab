// nianbao.workspaceSummary: the county roll-up (core/src/summary/) of the reports a workspace lint
// just checked, as Markdown for the editor to open — the same text as `nianbao summary`.

import { consolidate } from '../../core/src/index.js';
import type { ReportFigures } from '../../core/src/index.js';
import { renderSummaryMarkdown } from '../../core/src/index.js';
import type { Locale } from '../../core/src/index.js';
import type { LintWorkspaceResult, WorkspaceSummaryResult } from '../../protocol/src/protocol.js';
import { wordReportsWithDrafts } from '../../node/src/convertedDrafts.js';

/** The roll-up of a workspace lint's reports (run with figures); files that were not linted have none. */
export function workspaceSummary(result: LintWorkspaceResult, locale: Locale): WorkspaceSummaryResult {
  const reports = result.reports ?? [];
  // A Word report with the Markdown draft converted from it beside it is counted once, as the draft (as the CLI does).
  const twice = wordReportsWithDrafts(reports.map((r) => r.filePath));
  const figures = reports.filter((r) => !twice.has(r.filePath)).map((r) => r.figures).filter((f): f is ReportFigures => f !== undefined);
  // Figures are named by the file's path in its workspace folder already.
  const markdown = renderSummaryMarkdown(consolidate(figures), locale, (file) => file);
  return { markdown, reports: figures.length, cancelled: result.cancelled };
}
