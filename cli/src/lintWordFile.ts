// Checking one Word file (.docx; .doc/.wps/encrypted get one clear message): read it with mammoth,
// lint the draft the core reads, and give each finding its place as a Word user finds it.

import { reportFigures } from '../../core/src/index.js';
import { readFileSync, statSync } from 'node:fs';
import { formatMessage, lint, looksLikeReport, type Finding, type LintResult, type Locale } from '../../core/src/index.js';
import { oldWordLooksLikeReport, readWordBytes, type WordProblem } from '../../word/src/readWordBytes.js';
import { buildWordDraft, type WordDraft } from '../../word/src/wordDraft.js';
import { wordPlace } from '../../word/src/wordPlaces.js';
import { formatBytes, t } from './messages.js';
import { fileMessageResult, makeFileResult, type CliMessage, type FileResult, type LintTask } from '../../node/src/results.js';

/** A Word file may be this much larger than --max-size (pictures make .docx files big); its text is held to --max-size. */
const WORD_SIZE_FACTOR = 16;

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
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > task.maxSize * WORD_SIZE_FACTOR) {
      const message = t('tooLarge', locale, { size: formatBytes(size), limit: formatBytes(task.maxSize * WORD_SIZE_FACTOR) });
      return fileMessageResult(path, message, 'warning', false);
    }
    bytes = readFileSync(path);
  } catch (e) {
    const detail = (e as NodeJS.ErrnoException).code ?? String(e);
    return fileMessageResult(path, t('unreadable', locale, { detail }), 'error', true);
  }
  const read = await readWordBytes(bytes, path);
  if (!read.ok) {
    // A .doc/.wps in a folder is named only when its text is a report's; an explicit file always.
    if (!task.explicit && (read.problem === 'doc' || read.problem === 'wps') && !oldWordLooksLikeReport(bytes)) return null;
    return fileMessageResult(path, wordProblemMessage(read.problem, read.detail, locale), task.explicit ? 'error' : 'warning', task.explicit);
  }
  const draft = buildWordDraft(read.html);
  if (!task.explicit && !looksLikeReport(draft.text)) return null;
  if (draft.text.length > task.maxSize) {
    const message = t('tooLarge', locale, { size: formatBytes(draft.text.length), limit: formatBytes(task.maxSize) });
    return fileMessageResult(path, message, 'warning', false);
  }
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
