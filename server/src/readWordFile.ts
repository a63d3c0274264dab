// Reading a Word file from disk for the workspace lint and the index, as the CLI reads it
// (word/src/readWordReport.ts): a .docx becomes the reader's draft; an old .doc/.wps found in a
// folder counts only when its text is a report's; an encrypted or damaged file is a problem to
// report. Here each outcome becomes the server's. Never throws.

import { readFileSync } from 'node:fs';
import { WORD_DRAFT_REQUEST, wordFileUri } from '../../protocol/src/protocol.js';
import { formatMessage, type Locale } from '../../core/src/index.js';
import type { Connection } from 'vscode-languageserver';
import { readWordBytes } from '../../word/src/readWordBytes.js';
import { readWordReport } from '../../word/src/readWordReport.js';
import { buildWordDraft, type WordDraft } from '../../word/src/wordDraft.js';
import type { Outcome } from './documentOutcome.js';
import type { ErrorReporter } from './guard.js';
import { uriToPath } from './uris.js';

type WordRead = { draft: WordDraft } | { outcome: Outcome };

// Reads a Word file; `included` says a glob names it (checked even if it does not look like a report).
export async function readWordFile(path: string, limit: number, included: boolean): Promise<WordRead> {
  const read = await readWordReport(path, limit, included);
  switch (read.kind) {
    case 'draft':
      return { draft: read.draft };
    case 'notReport':
      return { outcome: { kind: 'ignored' } };
    // Gone since the event or the walk that named it: nothing to report (as readReportFile).
    case 'unreadable':
      return { outcome: read.code === 'ENOENT' ? { kind: 'ignored' } : { kind: 'unreadable', detail: read.code } };
    case 'fileTooLarge':
      return { outcome: { kind: 'tooLarge', size: read.size, limit: read.limit } };
    case 'draftTooLarge':
      return { outcome: { kind: 'tooLarge', size: Buffer.byteLength(read.draft.text, 'utf8'), limit } };
    case 'wordProblem':
      return { outcome: { kind: 'wordProblem', problem: read.problem, detail: read.detail } };
  }
}

// The text of a Word file's draft document (WORD_DRAFT_REQUEST): what the checker reads from it, or
// the one sentence saying why it cannot be read, so the Problems entry always opens something true.
async function draftText(uri: string, locale: Locale): Promise<string> {
  const path = uriToPath(wordFileUri(uri));
  if (!path) return formatMessage('server.unreadable', { detail: uri }, locale);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return formatMessage('server.unreadable', { detail: (e as NodeJS.ErrnoException).code ?? String(e) }, locale) + '\n';
  }
  const read = await readWordBytes(bytes, path);
  if (!read.ok) return formatMessage(`word.problem.${read.problem}`, { detail: read.detail ?? '' }, locale) + '\n';
  return buildWordDraft(read.html).text;
}

/** Answers WORD_DRAFT_REQUEST on the connection. */
export function registerWordDrafts(connection: Connection, errors: ErrorReporter, locale: () => Promise<Locale>): void {
  connection.onRequest(
    WORD_DRAFT_REQUEST,
    errors.guard('wordDraft', { text: '' }, async (params: { uri: string }) => ({ text: await draftText(params.uri, await locale()) })),
  );
}
