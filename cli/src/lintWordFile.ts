// Checking one Word file (.docx; .doc/.wps/encrypted get one clear message): read it with mammoth,
// lint the draft the core reads, and give each finding its place as a Word user finds it.

import { reportFigures } from '../../core/src/index.js';
import { formatMessage, lint, type Finding, type LintResult, type Locale } from '../../core/src/index.js';
import type { WordProblem } from '../../word/src/readWordBytes.js';
import { readWordReport } from '../../word/src/readWordReport.js';
import type { WordDraft } from '../../word/src/wordDraft.js';
import { wordPlace } from '../../word/src/wordPlaces.js';
import { formatBytes, t } from './messages.js';
import { fileMessageResult, makeFileResult, type CliMessage, type FileResult, type LintTask } from '../../node/src/results.js';

// Checks one Word file. Like lintFile: null when a file found in a folder is not a report; never throws.
export async function lintWordFile(task: LintTask): Promise<FileResult | null> {
  try {
    return await lintWordFileUnsafe(task);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fileMessageResult(task.path, t('internalError', task.locale, { detail }), 'error', true);
  }
}

async function lintWordFileUnsafe(task: LintTask): Promise<FileResult | null> {
  const { path, locale } = task;
  const read = await readWordReport(path, task.maxSize, task.explicit);
  switch (read.kind) {
    case 'notReport':
      return null;
    case 'unreadable':
      return fileMessageResult(path, t('unreadable', locale, { detail: read.code }), 'error', true);
    case 'fileTooLarge':
      return fileMessageResult(path, t('tooLarge', locale, { size: formatBytes(read.size), limit: formatBytes(read.limit) }), 'warning', false);
    case 'draftTooLarge':
      return fileMessageResult(path, t('tooLarge', locale, { size: formatBytes(read.draft.text.length), limit: formatBytes(task.maxSize) }), 'warning', false);
    case 'wordProblem':
      return fileMessageResult(path, wordProblemMessage(read.problem, read.detail, locale), task.explicit ? 'error' : 'warning', task.explicit);
  }
  const { draft } = read;
  const result = lint(draft.text, task.options);
  const messages = result.findings
    .filter((f) => !task.quiet || f.severity === 'error')
    .map((f) => toWordMessage(f, draft, result, locale));
  // Paragraph numbers and row numbers are different counts: keep the document's order, not line order.
  const fileResult: FileResult = { ...makeFileResult(path, messages), messages };
  if (task.figures) fileResult.figures = reportFigures(result, path);
  return fileResult;
}

// The one message for a Word file that cannot be read: what it is and how to save it as .docx.
export function wordProblemMessage(problem: WordProblem, detail: string | undefined, locale: Locale): string {
  return formatMessage(`word.problem.${problem}`, { detail: detail ?? '' }, locale);
}

// Renders a finding of a Word file: the place in the message, line = paragraph or table row number.
function toWordMessage(finding: Finding, draft: WordDraft, result: LintResult, locale: Locale): CliMessage {
  const place = wordPlace(draft, finding.span, result.report, result.template, locale);
  const bare = formatMessage(finding.messageId, finding.args, locale);
  const message: CliMessage = {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: formatMessage('word.placed', { place: place.text, message: bare }, locale),
    line: place.line,
    column: place.column,
    endLine: place.endLine,
    endColumn: place.endColumn,
    word: { place: place.text, message: bare },
  };
  // No `fixable`: --fix does not write Word files.
  if (finding.related.length) {
    message.related = finding.related.map((r) => {
      const p = wordPlace(draft, r, result.report, result.template, locale);
      const text = formatMessage(r.messageId, r.args, locale);
      return { message: formatMessage('word.placed', { place: p.text, message: text }, locale), line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn };
    });
  }
  return message;
}
