// Reading a Word file from disk for the workspace lint and the index, by the CLI's selection
// (cli/src/lintWordFile.ts): a .docx becomes the reader's draft (word/src); an old .doc/.wps found in
// a folder counts only when its text is a report's; an encrypted or damaged file is a problem to report.
// Never throws.

import { readFileSync, statSync } from 'node:fs';
import { looksLikeReport } from '../../core/src/index.js';
import { WORD_DRAFT_REQUEST, wordFileUri } from '../../protocol/src/protocol.js';
import { formatMessage, type Locale } from '../../core/src/index.js';
import type { Connection } from 'vscode-languageserver';
import { oldWordLooksLikeReport, readWordBytes } from '../../word/src/readWordBytes.js';
import { buildWordDraft, type WordDraft } from '../../word/src/wordDraft.js';
import type { Outcome } from './documentOutcome.js';
import type { ErrorReporter } from './guard.js';
import { uriToPath } from './uris.js';

/** A Word file may be this much larger than the size limit (pictures make .docx files big); its text is held to the limit (as the CLI does). */
const WORD_SIZE_FACTOR = 16;

type WordRead = { draft: WordDraft } | { outcome: Outcome };

// Reads a Word file; `included` says a glob names it (checked even if it does not look like a report).
export async function readWordFile(path: string, limit: number, included: boolean): Promise<WordRead> {
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > limit * WORD_SIZE_FACTOR) return { outcome: { kind: 'tooLarge', size, limit: limit * WORD_SIZE_FACTOR } };
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // Gone since the event or the walk that named it: nothing to report (as readReportFile).
    return { outcome: code === 'ENOENT' ? { kind: 'ignored' } : { kind: 'unreadable', detail: code ?? String(e) } };
  }
  const read = await readWordBytes(bytes, path);
  if (!read.ok) {
    if (!included && (read.problem === 'doc' || read.problem === 'wps') && !oldWordLooksLikeReport(bytes)) return { outcome: { kind: 'ignored' } };
    return { outcome: { kind: 'wordProblem', problem: read.problem, detail: read.detail ?? '' } };
  }
  const draft = buildWordDraft(read.html);
  if (!included && !looksLikeReport(draft.text)) return { outcome: { kind: 'ignored' } };
  if (draft.text.length > limit) return { outcome: { kind: 'tooLarge', size: Buffer.byteLength(draft.text, 'utf8'), limit } };
  return { draft };
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
