// A Word file's bytes to its Markdown draft, for the CLI's convert command and the editor's command.

import type { Locale, TemplateChoice } from '../../core/src/index.js';
import { convertWordDraft, type ConvertedDraft } from './convertWordDraft.js';
import { readWordBytes, type WordProblem } from './readWordBytes.js';
import { buildWordDraft } from './wordDraft.js';

type ConvertResult = { ok: true; draft: ConvertedDraft } | { ok: false; problem: WordProblem; detail?: string };

// Reads the Word file and writes its Markdown draft text (nothing is written to disk here).
export async function convertWordFile(bytes: Uint8Array, fileName: string, template: TemplateChoice, locale: Locale): Promise<ConvertResult> {
  const read = await readWordBytes(bytes, fileName);
  if (!read.ok) return read;
  return { ok: true, draft: convertWordDraft(buildWordDraft(read.html), template, locale) };
}
