// Reading a Word file as a report, the same way for the CLI (cli/src/lintWordFile.ts), the
// workspace lint and the index (server/src/readWordFile.ts): the size check, mammoth, the draft,
// and which files found in a folder are reports at all. Each face says the outcome its own way.

import { readFileSync, statSync } from 'node:fs';
import { looksLikeReport } from '../../core/src/index.js';
import { oldWordLooksLikeReport, readWordBytes, type WordProblem } from './readWordBytes.js';
import { buildWordDraft, type WordDraft } from './wordDraft.js';

/** A Word file may be this much larger than the size limit (pictures make .docx files big); its text is held to the limit. */
const WORD_SIZE_FACTOR = 16;

type WordReportRead =
  | { kind: 'draft'; draft: WordDraft }
  /** Found in a folder and not a report (an old .doc/.wps whose text is not one, a .docx whose draft is not one). */
  | { kind: 'notReport' }
  | { kind: 'unreadable'; code: string }
  /** The file is larger than the limit times WORD_SIZE_FACTOR. */
  | { kind: 'fileTooLarge'; size: number; limit: number }
  /** The draft's text is longer than the limit. */
  | { kind: 'draftTooLarge'; draft: WordDraft }
  | { kind: 'wordProblem'; problem: WordProblem; detail: string };

/** Reads a Word file; `included` says it was named (checked even if it does not look like a report). Never throws on a file it cannot read. */
export async function readWordReport(path: string, limit: number, included: boolean): Promise<WordReportRead> {
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > limit * WORD_SIZE_FACTOR) return { kind: 'fileTooLarge', size, limit: limit * WORD_SIZE_FACTOR };
    bytes = readFileSync(path);
  } catch (e) {
    return { kind: 'unreadable', code: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
  const read = await readWordBytes(bytes, path);
  if (!read.ok) {
    // A .doc/.wps in a folder counts only when its text is a report's; a named file always.
    if (!included && (read.problem === 'doc' || read.problem === 'wps') && !oldWordLooksLikeReport(bytes)) return { kind: 'notReport' };
    return { kind: 'wordProblem', problem: read.problem, detail: read.detail ?? '' };
  }
  const draft = buildWordDraft(read.html);
  if (!included && !looksLikeReport(draft.text)) return { kind: 'notReport' };
  if (draft.text.length > limit) return { kind: 'draftTooLarge', draft };
  return { kind: 'draft', draft };
}
